/**
 * Linking penalties: to whom (nearest name, groups, pronouns, lists, `All three defendants`,
 * an indefinite subject named next), when (the ruling's date), and restatements merged.
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

describe("penalties: who", () => {
  it("links the nearest name before the term", () => {
    const r = run("Strikes broke out, including Sergei Dylevsky, a representative of the strike committee, who has been sentenced to 10 days in prison.", ["Sergei Dylevsky"]);
    expect(sentences(r)).toEqual(["Sergei Dylevsky|10|prison|-"]);
    expect(r.sentences[0]).toMatchObject({ id: "sentence-1", person_id: "person-1", text: "sentenced to 10 days in prison", duration: "P10D" });
  });

  it("links a pronoun to the previous sentence's subject, and dates the ruling in its sentence", () => {
    const text = "Sergei Cherkasov, Vice-Chair of the BNP, was released on 28 September 2020. He was sentenced again on 5 October 2020 for another 15 days.";
    const r = run(text, ["Sergei Cherkasov"], [["28 September 2020", "2020-09-28"], ["5 October 2020", "2020-10-05"]]);
    expect(sentences(r)).toEqual(["Sergei Cherkasov|15|-|2020-10-05"]);
  });

  it("skips a sentence that itself opens with a pronoun when looking back", () => {
    const text = "Lee Cheuk-yan was arrested in 2020. He was charged over the Candlelight Vigil rally. He was sentenced to a total of 20 months in jail.";
    expect(sentences(run(text, ["Lee Cheuk-yan", "Candlelight Vigil"]))).toEqual(["Lee Cheuk-yan|600|prison|-"]);
  });

  it("gives both people of `were both sentenced` a record", () => {
    const r = run("Activists Sar Kanika and Ton Nimol were both sentenced to 20 months in prison.", ["Sar Kanika", "Ton Nimol"]);
    expect(sentences(r)).toEqual(["Sar Kanika|600|prison|-", "Ton Nimol|600|prison|-"]);
  });

  it("gives every listed person each of the shared penalties", () => {
    const text = "Ali Nejati, Jalil Ahmadi each received sentences of one year's immediate imprisonment plus 6 months suspended sentence.";
    expect(sentences(run(text, ["Ali Nejati", "Jalil Ahmadi"]))).toEqual([
      "Ali Nejati|365|prison|-", "Jalil Ahmadi|365|prison|-", "Ali Nejati|180|suspended prison|-", "Jalil Ahmadi|180|suspended prison|-",
    ]);
  });

  it("fines `All three defendants` as the three people already sentenced", () => {
    const text = "Rong Chhun was sentenced to two years in prison. Sar Kanika and Ton Nimol were both sentenced to 20 months in prison. All three defendants will also be fined 2 million riel [roughly 490USD] each.";
    expect(fines(run(text, ["Rong Chhun", "Sar Kanika", "Ton Nimol"]))).toEqual(["Rong Chhun|2000000|KHR|-", "Sar Kanika|2000000|KHR|-", "Ton Nimol|2000000|KHR|-"]);
  });

  it("fines the people listed after `on`, not the judge", () => {
    const text = "The judge Viktoryia Shabunia imposed fines in the sum of 35 base amounts on freelance journalists Lubou Luniova and Siarhei Krauchuk.";
    expect(fines(run(text, ["Viktoryia Shabunia", "Lubou Luniova", "Siarhei Krauchuk"]))).toEqual(["Lubou Luniova|35|basic amount|-", "Siarhei Krauchuk|35|basic amount|-"]);
  });

  it("names a counted group from the next sentence when it names exactly as many people", () => {
    const text = "Two leaders of the federation were sentenced on Friday to seven years in prison each. Moe Sandar Myint, 32, and Thet Hnin Aung, its secretary, were arrested in March.";
    expect(sentences(run(text, ["Moe Sandar Myint", "Thet Hnin Aung"]))).toEqual(["Moe Sandar Myint|2555|prison|-", "Thet Hnin Aung|2555|prison|-"]);
  });

  it.each([
    ["`other` people than those named", "Two other activists were sentenced to seven years in prison each. Ivan Petrov and Olga Ivanova were released."],
    ["a count the next sentence does not match", "Three activists were sentenced to seven years in prison each. Ivan Petrov and Olga Ivanova were released."],
  ])("leaves a counted group unnamed: %s", (_, text) => {
    expect(sentences(run(text, ["Ivan Petrov", "Olga Ivanova"]))).toEqual([]);
  });

  it("names an indefinite subject from the next sentence; an Administrative Code term is administrative detention", () => {
    const text = "A Russian activist has been sentenced to 25 days in jail. Artyom Goncharenko was ruled to have broken the Administrative Code.";
    expect(sentences(run(text, ["Artyom Goncharenko"]))).toEqual(["Artyom Goncharenko|25|administrative detention|-"]);
  });

  it("names an indefinite subject after a dateline's dash from the next paragraph's opening name", () => {
    const text = "HANOI, May 3, 2024 (Delta Wire) – A Vietnamese union organiser was sentenced on Friday to 30 months in prison.\n\nTran Van Long, 51, heads the dockers' union.";
    expect(sentences(run(text, ["Tran Van Long"])).map((s) => s.split("|").slice(0, 2).join("|"))).toEqual(["Tran Van Long|900"]);
  });

  it("gives an unnamed group nothing", () => {
    const text = "Khaled Drareni was jailed for three years. Two other activists were sentenced to two years each.";
    expect(sentences(run(text, ["Khaled Drareni"]))).toEqual(["Khaled Drareni|1095|prison|-"]);
  });

  it("penalises a lawyer in the dock, coordinated with a convicted person or the subject of the penalty", () => {
    const text = "The court convicted Tomas Berg and the federation's lawyer, Ms Ingrid Solberg. The court gave Berg three years of restricted freedom. Solberg was sentenced to two years of restricted freedom. Each was also ordered to pay a fine of 900,000 tenge.";
    const r = run(text, [["Tomas Berg", ["Berg"]], ["Ingrid Solberg", ["Solberg"], ["lawyer"]]]);
    expect(sentences(r)).toEqual(["Tomas Berg|1095|restricted freedom|-", "Ingrid Solberg|730|restricted freedom|-"]);
    expect(fines(r).map((f) => f.split("|")[0])).toEqual(["Tomas Berg", "Ingrid Solberg"]);
    const alone = "Human rights attorney Nasrin Kazemi was sentenced to five years in prison for defending protesters.";
    expect(sentences(run(alone, [["Nasrin Kazemi", [], ["attorney"]]]))).toEqual(["Nasrin Kazemi|1825|prison|-"]);
  });

  it("gives a group with no count the people penalised in its own paragraph", () => {
    const text = "Police held Mei Lin and Arjun Rao; each got ten days of detention.\n\nLater, Sipho Ndlovu was given two years in prison and Chen Wei three years in prison. Each was also fined 5,000 rand.";
    const r = run(text, ["Mei Lin", "Arjun Rao", "Sipho Ndlovu", "Chen Wei"]);
    expect(fines(r).map((f) => f.split("|")[0])).toEqual(["Sipho Ndlovu", "Chen Wei"]);
    const one = "Mei Lin and Arjun Rao were each given ten days of detention.\n\nSipho Ndlovu was given two years in prison. All of them were also fined 5,000 rand.";
    expect(fines(run(one, ["Mei Lin", "Arjun Rao", "Sipho Ndlovu"])).map((f) => f.split("|")[0])).toEqual(["Mei Lin", "Arjun Rao", "Sipho Ndlovu"]);
  });

  it("gives a penalty set beside its noun to the name after it (`the heaviest sentence, four years in prison, to X`)", () => {
    const text = "By Nadia Ferro\n\nCAIRO — A court jailed six workers. The court handed the heaviest sentence, four years in prison with labour, to Bruno Castell, a welder.";
    expect(sentences(run(text, ["Nadia Ferro", "Bruno Castell"]))).toEqual(["Bruno Castell|1460|prison|-"]);
    const dashes = "The tribunal gave the harshest penalty – six years' imprisonment – to the union treasurer, Amina Diallo.";
    expect(sentences(run(dashes, ["Amina Diallo"]))).toEqual(["Amina Diallo|2190|prison|-"]);
    const reserved = "The judge reserved the longest term, ten years in jail, for Tran Thi Mai.";
    expect(sentences(run(reserved, ["Tran Thi Mai"]))).toEqual(["Tran Thi Mai|3650|prison|-"]);
  });

  it("gives nothing for a requested or maximum penalty set beside its noun", () => {
    const text = "The prosecutor asked for the heaviest sentence, ten years in prison, for Omar Haddad.";
    expect(sentences(run(text, ["Omar Haddad"]))).toEqual([]);
    const maximum = "The charge carries a maximum penalty, seven years in prison, for anyone who organises a strike, Omar Haddad warned.";
    expect(sentences(run(maximum, ["Omar Haddad"]))).toEqual([]);
  });

  it("gives a fine on a company, outlet or union to nobody", () => {
    const cases: [string, string[]][] = [
      ["The court fined the weekly Harbour Post 50,000 euros and sentenced its editor, Lucas Moreau, to one year in prison.", ["Lucas Moreau"]],
      ["Journalist Rafael Ortiz watched as the court fined the station itself 20,000 euros.", ["Rafael Ortiz"]],
      ["Editor Mehmet Yilmaz saw his newspaper, Gundem Daily, fined 200,000 lira as a company.", ["Mehmet Yilmaz"]],
      ["Kamran Aliyev said the court fined Ulduz Media as a legal entity 90,000 manats.", ["Kamran Aliyev"]],
      ["Reporter Sana Qureshi said the channel was fined Rs500,000 by the regulator.", ["Sana Qureshi"]],
    ];
    for (const [text, names] of cases) expect(fines(run(text, names))).toEqual([]);
  });

  it("still gives a fine to a person named with a body", () => {
    expect(fines(run("The court fined the union leader, Ama Owusu, 3,000 cedis.", ["Ama Owusu"])).map((f) => f.split("|")[0])).toEqual(["Ama Owusu"]);
    expect(fines(run("Ana Ruiz, editor of the newspaper, was fined 5,000 euros.", ["Ana Ruiz"])).map((f) => f.split("|")[0])).toEqual(["Ana Ruiz"]);
    expect(fines(run("Ana Ruiz of the newspaper was fined 5,000 euros.", ["Ana Ruiz"])).map((f) => f.split("|")[0])).toEqual(["Ana Ruiz"]);
    expect(fines(run("The newspaper's editor, Ana Ruiz, was fined 5,000 euros.", ["Ana Ruiz"])).map((f) => f.split("|")[0])).toEqual(["Ana Ruiz"]);
  });

  it("gives a table cell its header's kind, never the kind of the row above", () => {
    const text = "Name\tSentence\nLeila Moradi\t2 years suspended\nOmid Jafari\t3 years\n";
    expect(sentences(run(text, ["Leila Moradi", "Omid Jafari"])).find((s) => s.startsWith("Omid"))).toBe("Omid Jafari|1095|-|-");
  });

  it("never penalises the defence's or the prosecution's lawyer", () => {
    const text = "The court sentenced Kofi Mensah to four years in prison. His lawyer, Mr Daniel Okafor, said the verdict would be appealed.";
    expect(sentences(run(text, ["Kofi Mensah", ["Daniel Okafor", [], ["lawyer"]]]))).toEqual(["Kofi Mensah|1460|prison|-"]);
    const other = "Defence attorney Lina Park said her client was given two years in prison; state attorney Omar Said had asked for six.";
    expect(sentences(run(other, [["Lina Park", [], ["attorney"]], ["Omar Said", [], ["attorney"]]]))).toEqual([]);
  });

  it("refers a list item back to the page's subject, without dating it by the offence", () => {
    const text = "Lee Cheuk-yan\n\n• Obstructing a police officer on 1 Jan 2021 > Sentenced to three weeks imprisonment";
    expect(sentences(run(text, ["Lee Cheuk-yan"], [["1 Jan 2021", "2021-01-01"]]))).toEqual(["Lee Cheuk-yan|21|prison|-"]);
  });
});

describe("penalties: restatements and kinds", () => {
  it("merges a headline and the body into one record", () => {
    const text = "Union leader Rong Chhun sentenced to two years\n\nRong Chhun was convicted and sentenced to two years in prison.";
    expect(sentences(run(text, ["Rong Chhun"]))).toEqual(["Rong Chhun|730|prison|-"]);
  });

  it("keeps a penalty given again as its own record", () => {
    const text = "Anatoly Bokun was detained and sentenced to serve a 15-day administrative detention. He later received a fine of 25 basic amounts (EUR 219) only to be detained once again for 15 days.";
    const r = run(text, ["Anatoly Bokun"]);
    expect(sentences(r)).toEqual(["Anatoly Bokun|15|administrative detention|-", "Anatoly Bokun|15|detention|-"]);
    expect(fines(r)).toEqual(["Anatoly Bokun|25|basic amount|-"]);
    expect(r.fines[0]?.money).toEqual([{ amount: 219, currency: "EUR" }]);
  });

  it("gives an elliptical term the kind of the sentence before", () => {
    const text = "Alaksandr Kasumau and Ina Dubinina were sentenced to 18 months of restricted freedom. Uladzimir Kavalou was sentenced to two years.";
    expect(sentences(run(text, ["Alaksandr Kasumau", "Ina Dubinina", "Uladzimir Kavalou"]))).toEqual([
      "Alaksandr Kasumau|540|restricted freedom|-", "Ina Dubinina|540|restricted freedom|-", "Uladzimir Kavalou|730|restricted freedom|-",
    ]);
  });
});

describe("penalties: ruling dates", () => {
  it("carries the ruling's date to a paragraph that says its people were tried in the same trial", () => {
    const text = "A court on 7 July 2025 sentenced Ana Lind to ten years in prison.\n\nTwo of her colleagues were convicted alongside her. Bo Ek received nine years in prison; Kaito Mori, seven years.";
    const dates: [string, string][] = [["7 July 2025", "2025-07-07"]];
    expect(sentences(run(text, ["Ana Lind", "Bo Ek", "Kaito Mori"], dates))).toEqual(["Ana Lind|3650|prison|2025-07-07", "Bo Ek|3285|prison|2025-07-07", "Kaito Mori|2555|prison|2025-07-07"]);
    const own = "On 7 July 2025 the court jailed Ana Lind for eighteen months. Bo Ek and Kaito Mori, who had stood trial with her, were given one year each.";
    expect(sentences(run(own, ["Ana Lind", "Bo Ek", "Kaito Mori"], dates))).toEqual(["Ana Lind|540|prison|2025-07-07", "Bo Ek|365|prison|2025-07-07", "Kaito Mori|365|prison|2025-07-07"]);
    const apart = "A court on 7 July 2025 sentenced Ana Lind to ten years in prison.\n\nTwo of her colleagues were arrested in a raid. Bo Ek received nine years in prison.";
    expect(sentences(run(apart, ["Ana Lind", "Bo Ek"], dates))).toEqual(["Ana Lind|3650|prison|2025-07-07", "Bo Ek|3285|prison|-"]);
  });

  it("passes over a date another event claims", () => {
    const text = "Ales Bialiatski is the president. He was arrested on August 4, 2011, and sentenced to 4 years and a half imprisonment in November 2011.";
    expect(sentences(run(text, ["Ales Bialiatski"], [["August 4, 2011", "2011-08-04"], ["November 2011", "2011-11"]]))).toEqual(["Ales Bialiatski|1640|prison|2011-11"]);
  });

  it("passes over the date of the act a quoted charge names, and takes the ruling's day", () => {
    const text = "A court on Sunday sentenced Omar Haddad to two years in prison. The same court fined Rana Saleh 500 dinars for \"taking part in an unlicensed rally\" on 14 January.";
    const r = run(text, ["Omar Haddad", "Rana Saleh"], [["14 January", "2025-01-14"]], "2025-02-10");
    expect(fines(r)).toEqual(["Rana Saleh|500|DZD|2025-02-09"]);
  });

  it("keeps a date after a charge that is not quoted, when the sentence has no other", () => {
    const text = "Rana Saleh was fined 500 dinars for her speech on 14 January.";
    expect(fines(run(text, ["Rana Saleh"], [["14 January", "2025-01-14"]], "2025-02-10"))).toEqual(["Rana Saleh|500|DZD|2025-01-14"]);
  });

  it("reads `today` against the letter's date, for the sentence and the fine", () => {
    const text = "A court today sentenced Faiq Amirov to three years in prison and ordered him to pay a fine of 39,000 manats.";
    const r = run(text, ["Faiq Amirov"], [], "2017-07-24");
    expect(sentences(r)).toEqual(["Faiq Amirov|1095|prison|2017-07-24"]);
    expect(fines(r)).toEqual(["Faiq Amirov|39000|AZN|2017-07-24"]);
  });

  it("reads `on Monday` as the last Monday up to the letter's date; a later fine shares it", () => {
    const text = "Khaled Drareni received a three-year prison sentence on Monday. His lawyer spoke. Drareni will also pay a fine of 50,000 dinar.";
    const r = run(text, [["Khaled Drareni", ["Drareni"]]], [], "2020-08-12");
    expect(sentences(r)).toEqual(["Khaled Drareni|1095|prison|2020-08-10"]);
    expect(fines(r)).toEqual(["Khaled Drareni|50000|DZD|2020-08-10"]);
  });

  it("takes the date of a ruling sentence just before", () => {
    const text = "On April 14, 2009, sentencing was pronounced against the leaders. Ali Nejati was sentenced to one year in prison.";
    expect(sentences(run(text, ["Ali Nejati"], [["April 14, 2009", "2009-04-14"]]))).toEqual(["Ali Nejati|365|prison|2009-04-14"]);
  });

  it("takes the date of a verdict named just after", () => {
    const text = "The court sentenced Esmail Abdi to six years in prison.\nThe February 22, 2016 verdict drew protests.";
    expect(sentences(run(text, ["Esmail Abdi"], [["February 22, 2016", "2016-02-22"]]))).toEqual(["Esmail Abdi|2190|prison|2016-02-22"]);
  });

  it("takes the date of a sentence saying when the ruling was delivered, just after", () => {
    const text = "Ali Karimi was sentenced to 3 years in prison. The ruling was handed down on 3 May 2022.";
    expect(sentences(run(text, ["Ali Karimi"], [["3 May 2022", "2022-05-03"]], "2022-06-10"))).toEqual(["Ali Karimi|1095|prison|2022-05-03"]);
  });

  it("never dates a reported ruling after the letter", () => {
    const text = "Ali Karimi was sentenced to 3 years in prison, a ruling he will appeal by 20 June 2022.";
    expect(sentences(run(text, ["Ali Karimi"], [["20 June 2022", "2022-06-20"]], "2022-06-10"))).toEqual(["Ali Karimi|1095|prison|-"]);
  });

  it("counts `two days later` from the dated event before, for the term and a fine told `also` after it", () => {
    const text = "Four dockers were found guilty on June 3, 2019 of obstruction.\n\nThree days later Ivan Petrov and Olga Ivanova were given suspended sentences of one year. The pair were also ordered to pay a fine of 300 euros.";
    const r = run(text, ["Ivan Petrov", "Olga Ivanova"], [["June 3, 2019", "2019-06-03"]], "2019-06-20");
    expect(sentences(r)).toEqual(["Ivan Petrov|365|suspended prison|2019-06-06", "Olga Ivanova|365|suspended prison|2019-06-06"]);
    expect(fines(r)).toEqual(["Ivan Petrov|300|EUR|2019-06-06", "Olga Ivanova|300|EUR|2019-06-06"]);
  });

  it("takes `the next day` from the date before, but not a `two days later` after the term, nor one counted from a month", () => {
    const dated = "Police searched the office of Ali Karimi on 4 March 2021. The next day a court sentenced Ali Karimi to 10 days in jail.";
    expect(sentences(run(dated, ["Ali Karimi"], [["4 March 2021", "2021-03-04"]]))).toEqual(["Ali Karimi|10|prison|2021-03-05"]);
    const after = "Police searched the office of Ali Karimi on 4 March 2021. A court sentenced Ali Karimi to 10 days in jail, and he was freed two days later.";
    expect(sentences(run(after, ["Ali Karimi"], [["4 March 2021", "2021-03-04"]]))).toEqual(["Ali Karimi|10|prison|-"]);
    const month = "The strike began in March 2021. Two days later a court sentenced Ali Karimi to 10 days in jail.";
    expect(sentences(run(month, ["Ali Karimi"], [["March 2021", "2021-03"]]))).toEqual(["Ali Karimi|10|prison|-"]);
  });

  it("dates a judge's later paragraphs (`He sentenced them …`, `He also sentenced …`) by the ruling dated before, past other dated events", () => {
    const text = [
      "A district court in Westport on 9 May 2022 convicted two reporters, Ivan Petrov and Olga Ivanova, of libel.",
      "Their article had been posted on 2 January 2020 on a news site.",
      "The judge said the charge of libel had been proven.",
      "He sentenced them to one month in prison with an option of a 2,000 euro fine each for the first count.",
      "He also sentenced each of them to a fine of 3,000 euros on the second count.",
    ].join("\n\n");
    const r = run(text, ["Ivan Petrov", "Olga Ivanova"], [["9 May 2022", "2022-05-09"], ["2 January 2020", "2020-01-02"]], "2022-06-01");
    expect(fines(r)).toEqual(["Ivan Petrov|2000|EUR|2022-05-09", "Olga Ivanova|2000|EUR|2022-05-09", "Ivan Petrov|3000|EUR|2022-05-09", "Olga Ivanova|3000|EUR|2022-05-09"]);
  });

  it("dates `The court has imposed …` paragraphs later by a ruling dated `on Sunday`, the term and the fine of one sentence alike", () => {
    const text = "A bench of the high court on Sunday imposed two months of jail terms on editor Ivan Petrov.\nPetrov was taken to prison after the verdict.\nThe court has imposed four months of jail term and Rs2,000 fine on Ali Karimi, who recorded the clip.";
    const r = run(text, ["Ivan Petrov", "Ali Karimi"], [], "2024-05-14");
    expect(sentences(r)).toEqual(["Ivan Petrov|60|prison|2024-05-12", "Ali Karimi|120|prison|2024-05-12"]);
    expect(fines(r)).toEqual(["Ali Karimi|2000|INR|2024-05-12"]);
  });

  it("gives a penalty told later by someone other than the court no date from an earlier dated ruling", () => {
    const text = "A district court on 9 May 2022 sentenced Ivan Petrov to four months in prison.\n\nPetrov's lawyer spoke to reporters.\n\nOlga Ivanova was sentenced to two years in prison.";
    expect(sentences(run(text, ["Ivan Petrov", "Olga Ivanova"], [["9 May 2022", "2022-05-09"]], "2022-06-01"))).toEqual(["Ivan Petrov|120|prison|2022-05-09", "Olga Ivanova|730|prison|-"]);
  });

  it("dates a paragraph of penalties by the dated sentence telling of the trial before it, not by an arrest", () => {
    const tried = "On 3 October 2021 the security court in Tanta tried four workers of the mill.\n\nThe sentences\n\nAli Karimi was sentenced to three years in prison.";
    expect(sentences(run(tried, ["Ali Karimi"], [["3 October 2021", "2021-10-03"]], "2021-10-20"))).toEqual(["Ali Karimi|1095|prison|2021-10-03"]);
    const arrested = "On 3 October 2021 the police arrested four workers of the mill.\n\nThe sentences\n\nAli Karimi was sentenced to three years in prison.";
    expect(sentences(run(arrested, ["Ali Karimi"], [["3 October 2021", "2021-10-03"]], "2021-10-20"))).toEqual(["Ali Karimi|1095|prison|-"]);
  });

  it("dates penalties by a sentence opening with `Today`, not by the event its later words date", () => {
    const text = "Today Magistrate Ann Ko sentenced three members for a march on 14 February.\n\nIvan Petrov received a six-month sentence. Olga Ivanova was fined 2,000 euros.";
    const r = run(text, ["Ivan Petrov", "Olga Ivanova"], [["14 February", "2021-02-14"]], "2021-09-20");
    expect(sentences(r)).toEqual(["Ivan Petrov|180|-|2021-09-20"]);
    expect(fines(r)).toEqual(["Olga Ivanova|2000|EUR|2021-09-20"]);
    // With no letter date, `Today` cannot be read, and the march's date is still not the ruling's.
    expect(sentences(run(text, ["Ivan Petrov", "Olga Ivanova"], [["14 February", "2021-02-14"]]))).toEqual(["Ivan Petrov|180|-|-"]);
  });

  it("takes the date of a `found … guilty` sentence just before, and a day told with the ruling's verb despite a strike in the sentence", () => {
    const guilty = "On 6 March 2023, Magistrate Ann Ko found Ivan Petrov guilty of unlawful assembly. Ivan Petrov was sentenced to nine months in prison.";
    expect(sentences(run(guilty, ["Ivan Petrov"], [["6 March 2023", "2023-03-06"]], "2023-03-10"))).toEqual(["Ivan Petrov|270|prison|2023-03-06"]);
    const strike = "A court in Oran on Tuesday convicted four members of the union over a strike held in January.\n\nThey received these sentences:\n\n- Ali Karimi: one year in prison";
    expect(sentences(run(strike, ["Ali Karimi"], [["January", "2022-01"]], "2022-05-26"))).toEqual(["Ali Karimi|365|prison|2022-05-24"]);
  });

  it("ignores a year-less date", () => {
    const text = "Sergei Cherkasov was sentenced on 5 October to 15 days in prison.";
    expect(sentences(run(text, ["Sergei Cherkasov"], [["5 October", "--10-05"]]))).toEqual(["Sergei Cherkasov|15|prison|-"]);
  });
});

describe("penalties: implicit people", () => {
  it("links a pronoun object (`jailed him`) back to the person named before", () => {
    const text = "Police detained Andrei Ivanov on 12 May 2021. A court later jailed him for 14 days.";
    expect(sentences(run(text, ["Andrei Ivanov"]))).toEqual(["Andrei Ivanov|14|prison|-"]);
  });

  it("links a fine a court imposes to the person the letter is speaking of", () => {
    const text = "Mehmet Yilmaz was sentenced to 6 years and 3 months in prison. The court also imposed a judicial fine of 10,000 Turkish lira.";
    expect(fines(run(text, ["Mehmet Yilmaz"]))).toEqual(["Mehmet Yilmaz|10000|TRY|-"]);
  });

  it("reads a long sentence with no kind as prison, a short one as unknown", () => {
    const text = "On 5 June the court sentenced Maria Kolesnikova to 11 years. Ivan Petrov was sentenced to 10 days.";
    expect(sentences(run(text, ["Maria Kolesnikova", "Ivan Petrov"]))).toEqual(["Maria Kolesnikova|4015|prison|-", "Ivan Petrov|10|-|-"]);
  });
});

describe("penalties: objects of the verb", () => {
  it("gives every person the verb names as object a record", () => {
    const text = "The court sentenced Ivan Petrov and Olga Ivanova to three years in prison each.";
    expect(sentences(run(text, ["Ivan Petrov", "Olga Ivanova"]))).toEqual(["Ivan Petrov|1095|prison|-", "Olga Ivanova|1095|prison|-"]);
  });

  it("links a gapped clause to the person it names", () => {
    const text = "Ivan Petrov was sentenced to five years in prison, and Olga Ivanova to three years.";
    expect(sentences(run(text, ["Ivan Petrov", "Olga Ivanova"]))).toEqual(["Ivan Petrov|1825|prison|-", "Olga Ivanova|1095|prison|-"]);
  });

  it("links `the sentence of X` to X, and reads a long `sentence` as prison", () => {
    const text = "The court upheld the five-year sentence of Ali Karimi. Reza Amini was handed a 10-year sentence.";
    expect(sentences(run(text, ["Ali Karimi", "Reza Amini"]))).toEqual(["Ali Karimi|1825|-|-", "Reza Amini|3650|prison|-"]);
  });

  it("shares `were each sentenced` only with the names after another person's own penalty", () => {
    const text = "Firuza Saidova received a penalty of 3,000 somoni, and Davron Qodirov and Shamsiddin Aliev were each sentenced to one year of restricted freedom.";
    expect(sentences(run(text, ["Firuza Saidova", "Davron Qodirov", "Shamsiddin Aliev"]))).toEqual(["Davron Qodirov|365|restricted freedom|-", "Shamsiddin Aliev|365|restricted freedom|-"]);
  });

  it("gives a contrast clause with an unknown subject nobody", () => {
    const text = "Timur Gaziev was jailed for a year, while his colleague received a sentence of eight months' corrective labour.";
    expect(sentences(run(text, ["Timur Gaziev"]))).toEqual(["Timur Gaziev|365|prison|-"]);
  });

  it("links a contrast clause to the name it gives", () => {
    const text = "Timur Gaziev was jailed for a year, while Oleg Rumyantsev received eight months of corrective labour.";
    expect(sentences(run(text, ["Timur Gaziev", "Oleg Rumyantsev"]))).toEqual(["Timur Gaziev|365|prison|-", "Oleg Rumyantsev|240|corrective labour|-"]);
  });

  it("links a reduced sentence to the person it names", () => {
    const text = "On 20 April 2021 an appeals court reduced the sentence of editor Mehmet Demir from five to three years.";
    expect(sentences(run(text, ["Mehmet Demir"], [["20 April 2021", "2021-04-20"]]))).toEqual(["Mehmet Demir|1095|prison|2021-04-20"]);
  });

  it("links a possessive (`his 3-year sentence`) to the person named before", () => {
    const text = "Reza Shahabi appealed. His 3-year prison sentence was upheld.";
    expect(sentences(run(text, ["Reza Shahabi"]))).toEqual(["Reza Shahabi|1095|prison|-"]);
  });

  it("links `They` to the people named together before", () => {
    const text = "Ivan Petrov and Olga Ivanova were detained at the rally on Sunday. They were sentenced to 15 days in jail each.";
    expect(sentences(run(text, ["Ivan Petrov", "Olga Ivanova"]))).toEqual(["Ivan Petrov|15|prison|-", "Olga Ivanova|15|prison|-"]);
  });

  it("takes `both` as the last two people penalised", () => {
    const text = "Ali Reza was jailed for one year. Ivan Petrov and Olga Ivanova were sentenced to 15 days in prison. Both were also fined 500 rubles.";
    expect(fines(run(text, ["Ali Reza", "Ivan Petrov", "Olga Ivanova"]))).toEqual(["Ivan Petrov|500|RUB|-", "Olga Ivanova|500|RUB|-"]);
  });

  it("fines the person named after a passive `was imposed on`", () => {
    const text = "A fine of 500 euros was imposed on journalist Ivan Petrov.";
    expect(fines(run(text, ["Ivan Petrov"]))).toEqual(["Ivan Petrov|500|EUR|-"]);
  });

  it("takes `each of them` as the people already penalised", () => {
    const text = "The court sentenced Rauf Hasanli to 9 years in prison. Günel Babayeva received 8 years and 6 months. The judge also ordered each of them to pay a fine of AZN 5,000.";
    expect(fines(run(text, ["Rauf Hasanli", "Günel Babayeva"]))).toEqual(["Rauf Hasanli|5000|AZN|-", "Günel Babayeva|5000|AZN|-"]);
  });

  it("keeps a fine in rupees with `Rs.` in the sentence of the prison term", () => {
    const text = "On 28.07.2022 the court sentenced Lakshmi Subramanian to six months' simple imprisonment and a fine of Rs. 2,000.";
    const found = run(text, ["Lakshmi Subramanian"]);
    expect(sentences(found)).toEqual(["Lakshmi Subramanian|180|prison|-"]);
    expect(fines(found)).toEqual(["Lakshmi Subramanian|2000|INR|-"]);
  });

  it("shares out whole terms in order with `respectively`, and amounts after `them` likewise", () => {
    const text = "The court sentenced Chea Vannak, Sok Sreymom and Phan Sophea to two years, 18 months and one year in prison respectively. It also ordered them to pay fines of 4,000,000 riel (US$975), 2,000,000 riel (US$488) and 1,000,000 riel respectively.";
    const found = run(text, ["Chea Vannak", "Sok Sreymom", "Phan Sophea"]);
    expect(sentences(found)).toEqual(["Chea Vannak|730|prison|-", "Sok Sreymom|540|prison|-", "Phan Sophea|365|prison|-"]);
    expect(fines(found)).toEqual(["Chea Vannak|4000000|KHR|-", "Sok Sreymom|2000000|KHR|-", "Phan Sophea|1000000|KHR|-"]);
  });

  it("gives listed terms without `respectively` to each person as found, not summed", () => {
    const text = "Ivan Petrov was sentenced to 15 days, and 10 days later Olga Ivanova was sentenced to 12 days.";
    expect(sentences(run(text, ["Ivan Petrov", "Olga Ivanova"]))).toEqual(["Ivan Petrov|15|-|-", "Olga Ivanova|12|-|-"]);
  });

  it("shares out a list of terms in order with `respectively`", () => {
    const text = "Jafar Azimzadeh and Shapour Ehsanirad were sentenced to six and five years in prison respectively.";
    expect(sentences(run(text, ["Jafar Azimzadeh", "Shapour Ehsanirad"]))).toEqual(["Jafar Azimzadeh|2190|prison|-", "Shapour Ehsanirad|1825|prison|-"]);
  });

  it("shares out terms in order when `respectively` comes before them, each with its own `to`", () => {
    const text = "Rosa Lind and Tomas Berg were sentenced respectively to one year and three months and to ten months in prison. Ines Vale and Pablo Mora were sentenced respectively to nine months and six months' imprisonment.";
    expect(sentences(run(text, ["Rosa Lind", "Tomas Berg", "Ines Vale", "Pablo Mora"]))).toEqual([
      "Rosa Lind|455|prison|-", "Tomas Berg|300|prison|-", "Ines Vale|270|prison|-", "Pablo Mora|180|prison|-",
    ]);
  });

  it("does not share out two terms joined by `and to` without `respectively`", () => {
    const text = "Rosa Lind and Tomas Berg were sentenced to one year and to ten months in prison.";
    expect(sentences(run(text, ["Rosa Lind", "Tomas Berg"]))).not.toEqual(["Rosa Lind|365|prison|-", "Tomas Berg|300|prison|-"]);
  });

  it("passes over a name inside a complement (`the wife of X`)", () => {
    const text = "Larisa Petrova, the wife of Ivan Petrov, was sentenced to two years in prison.";
    expect(sentences(run(text, ["Larisa Petrova", "Ivan Petrov"]))).toEqual(["Larisa Petrova|730|prison|-"]);
  });

  it("passes over the judge named in the phrase", () => {
    const text = "Ivan Petrov was sentenced by Judge Olga Ivanova to five years in prison.";
    expect(sentences(run(text, ["Ivan Petrov", "Olga Ivanova"]))).toEqual(["Ivan Petrov|1825|prison|-"]);
  });
});
