/**
 * Who a penalty reaches (session 23, subj23). Made-up names and wordings, with near-misses.
 */
import { describe, expect, it } from "vitest";
import { run } from "./penalties-helpers.js";

const reached = (r: ReturnType<typeof run>): string[] => r.sentences.map((s) => `${s.person}|${s.days}`).sort();
const fined = (r: ReturnType<typeof run>): string[] => r.fines.map((f) => `${f.person}|${f.amount}`).sort();
const sorted = (records: readonly string[]): string[] => [...records].sort();

describe("penalties: people described after the hand word, then named", () => {
  it("gives a fine `imposed on two shop stewards from <long complement>, A and B` to A and B", () => {
    const text =
      "Oren Vasko was fined US$100. Fines of ZiG4 000 each were imposed on two shop stewards from the Hillside branch of the Leather Workers Union (LWU), Tendai Kora and Musa Ndlovu, for singing at the gate.";
    const r = run(text, ["Oren Vasko", "Tendai Kora", "Musa Ndlovu"]);
    expect(fined(r)).toEqual(sorted(["Musa Ndlovu|4000", "Oren Vasko|100", "Tendai Kora|4000"]));
  });

  it("gives `detention for five days of two other members of the board, A and B` to A and B", () => {
    const text =
      "Lina Haddad was fined JD 2,000. Later that month, the governor ordered the administrative detention for five days of two other members of the council's board, Omar Saleh and Rana Taha, after they met teachers.";
    const r = run(text, ["Lina Haddad", "Omar Saleh", "Rana Taha"]);
    expect(reached(r)).toEqual(sorted(["Omar Saleh|5", "Rana Taha|5"]));
  });

  it("gives `arrest for the union's deputy chairwoman, A, and for its spokesman, B` to A and B, not the person named before", () => {
    const text =
      "Bat Oyun was fined 900 units. On 3 May the district court ordered ten days' administrative arrest for the union's deputy chairwoman, D. Saran, and for its spokesman, T. Bold, who had spoken to reporters.";
    const r = run(text, ["Bat Oyun", "D. Saran", "T. Bold"]);
    expect(reached(r)).toEqual(sorted(["D. Saran|10", "T. Bold|10"]));
  });

  it("gives nobody a counted description whose names are fewer than it counts (near-miss)", () => {
    const text = "Fines of ZiG4 000 each were imposed on two shop stewards from the Hillside branch, Tendai Kora told us.";
    expect(fined(run(text, ["Tendai Kora"]))).toEqual([]);
  });

  it("never gives the penalty to a victim named after `for the killing of` a role (near-miss)", () => {
    const text = "Oren Vasko stood trial in June. A soldier was sentenced to ten years for the killing of the union's treasurer, Ana Ruiz, in 2021.";
    expect(reached(run(text, ["Oren Vasko", "Ana Ruiz"]))).not.toContain("Ana Ruiz|3650");
  });
});

describe("penalties: a counted group named by a noun the letter gave as a role", () => {
  it("gives `The two reporters were each sentenced` to the two people whose role is reporter, not the two penalised just before", () => {
    const text =
      "Its director, Elin Abas, its editor, Sev Mirza, and two reporters, Nur Qasim and Ays Hasan, were arrested. On 30 April the court found all four guilty. It sentenced Mr Abas to nine years' imprisonment and Ms Mirza to eight years. The two reporters were each sentenced to seven years.";
    const r = run(text, [["Elin Abas", ["Mr Abas"], ["director"]], ["Sev Mirza", ["Ms Mirza"], ["editor"]], ["Nur Qasim", [], ["reporter"]], ["Ays Hasan", [], ["reporter"]]]);
    expect(reached(r)).toEqual(sorted(["Ays Hasan|2555", "Elin Abas|3285", "Nur Qasim|2555", "Sev Mirza|2920"]));
  });

  it("keeps the people penalised last when the letter gives the noun as a role to another number of people (near-miss)", () => {
    const text =
      "Three reporters, Nur Qasim, Ays Hasan and Tim Volk, covered the strike. It sentenced Mr Abas to nine years' imprisonment and Ms Mirza to eight years. The two reporters were also fined AZN 500.";
    const r = run(text, [["Elin Abas", ["Mr Abas"]], ["Sev Mirza", ["Ms Mirza"]], ["Nur Qasim", [], ["reporter"]], ["Ays Hasan", [], ["reporter"]], ["Tim Volk", [], ["reporter"]]]);
    expect(fined(r)).toEqual(sorted(["Elin Abas|500", "Sev Mirza|500"]));
  });

  it("passes over a sentence that names only one of them to the sentence that named both (`the two nurses`, `fined them`)", () => {
    const text =
      "The founder, Abdu Nasser, was sentenced in 2011 to ten years in prison.\n\n3. THE NURSES\n\nZara Sayeg, a head nurse at a hospital, and Fatma Aali, the society's secretary, were arrested on 3 April. The arrests came after both women gave an interview. They were charged with false news and, in Aali's case, with insult. On 20 September the court sentenced the two nurses to six months in prison each and fined them BD 200 each.";
    const r = run(text, ["Abdu Nasser", ["Zara Sayeg", [], ["head nurse"]], ["Fatma Aali", ["Aali"], ["secretary"]]]);
    expect(reached(r)).toEqual(sorted(["Abdu Nasser|3650", "Fatma Aali|180", "Zara Sayeg|180"]));
    expect(fined(r)).toEqual(sorted(["Fatma Aali|200", "Zara Sayeg|200"]));
  });

  it("keeps the people penalised last when the pair named before is never described with the noun (near-miss)", () => {
    const text =
      "Abdu Nasser and Omar Bakr were sentenced in 2011 to ten years in prison. Zara Sayeg and Fatma Aali were arrested on 3 April. In Aali's case, the charge was insult. The court sentenced the two drivers to six months in prison.";
    const r = run(text, ["Abdu Nasser", "Omar Bakr", "Zara Sayeg", ["Fatma Aali", ["Aali"]]]);
    expect(reached(r)).toEqual(sorted(["Abdu Nasser|180", "Abdu Nasser|3650", "Omar Bakr|180", "Omar Bakr|3650"]));
  });
});

describe("penalties: a role object with a possessor", () => {
  it("gives `sentenced the programme's presenter to …` to the name the next sentence opens with", () => {
    const text =
      "LIRA, 2 May – The network condemns the conviction of two journalists.\n\nA court on Monday sentenced the programme's presenter to eighteen months in prison. Okello Brian, 29, who has hosted the morning show since 2021, was convicted of offensive communication.";
    expect(reached(run(text, ["Okello Brian"]))).toEqual(["Okello Brian|540"]);
  });

  it("gives it to nobody when the next sentence does not open with a name (near-miss)", () => {
    const text =
      "LIRA, 2 May – The network condemns the conviction of two journalists.\n\nA court on Monday sentenced the programme's presenter to eighteen months in prison. The station, which has broadcast in the region for twenty years, called the ruling unjust, according to Okello Brian.";
    expect(reached(run(text, ["Okello Brian"]))).toEqual([]);
  });
});

describe("penalties: a lawyer in the dock, penalised by the pronoun of the next sentence", () => {
  it("gives `On 3 March she was sentenced …` to the lawyer whose own sentence opened the paragraph, not a person of the section before", () => {
    const text =
      "## 3. The committee\n\nOn the 12th Judge Nat Kova sentenced Siarhei Hryn to three years of imprisonment.\n\n## 4. Alena Yasko\n\nAlena Yasko, 34, a lawyer in the union's legal department, was the target of a carousel of arrests in spring 2024. On 3 March she was sentenced to 15 days of administrative detention. In August the court fined her 30 base amounts.";
    const r = run(text, [["Nat Kova", [], ["Judge"]], "Siarhei Hryn", ["Alena Yasko", [], ["lawyer"]]]);
    expect(reached(r)).toEqual(sorted(["Alena Yasko|15", "Siarhei Hryn|1095"]));
    expect(fined(r)).toEqual(["Alena Yasko|30"]);
  });

  it("keeps the client's penalty from his lawyer when the lawyer speaks for him (near-miss)", () => {
    const text = "Oleg Tarn was arrested in May. Ina Volk, his lawyer, said the charges were false. On 3 June he was sentenced to two years in prison.";
    const r = run(text, ["Oleg Tarn", ["Ina Volk", [], ["lawyer"]]]);
    expect(reached(r)).toEqual(["Oleg Tarn|730"]);
  });
});

describe("penalties: `you` in a letter to named people", () => {
  it("gives `sentenced you both to …` and `fined each of you …` to the two people the salutation names", () => {
    const text =
      "To: Sister Dara Vong, Brother Kim Sorn and all members of the federation\n\nDear Sister Dara, dear Brother Sorn, dear friends,\n\nWe were shocked that the court sentenced you both to 10 months in prison and fined each of you 4 million riels.";
    const r = run(text, [["Dara Vong", ["Dara"]], ["Kim Sorn", ["Sorn"]]]);
    expect(reached(r)).toEqual(sorted(["Dara Vong|300", "Kim Sorn|300"]));
    expect(fined(r)).toEqual(sorted(["Dara Vong|4000000", "Kim Sorn|4000000"]));
  });

  it("gives `You were fined …` to the one person the salutation names, not the person named before", () => {
    const text =
      "To: Comrade Rehema Sefu, General Secretary, and all members of the council\n\nDear Sister Rehema, dear comrades,\n\nThe magistrate convicted Brother Juma Ally and sentenced him to eighteen months in jail. You were fined Sh500,000 for the same counts.";
    const r = run(text, [["Rehema Sefu", ["Rehema"]], ["Juma Ally", []]]);
    expect(fined(r)).toEqual(["Rehema Sefu|500000"]);
  });

  it("leaves a quoted `you` to the speaker's addressee, not the letter's (near-miss)", () => {
    const text =
      "Dear Sister Rehema,\n\nJuma Ally stood in the dock. The judge told him: \"You are sentenced to two years.\" Juma Ally said nothing.";
    const r = run(text, [["Rehema Sefu", ["Rehema"]], ["Juma Ally", []]]);
    expect(reached(r)).not.toContain("Rehema Sefu|730");
  });

  it("gives `you both` to nobody when the salutation names one person (near-miss)", () => {
    const text = "Dear Sister Rehema, dear comrades,\n\nThe court sentenced you both to two years in prison.";
    expect(reached(run(text, [["Rehema Sefu", ["Rehema"]]]))).toEqual([]);
  });
});

describe("penalties: a body told to pay a fine", () => {
  it("gives `ordered the union itself to pay a fine of …` to no person", () => {
    const text =
      "Ann Wanjiru received a suspended sentence of 30 days and was fined Sh200,000. The court also ordered the union itself to pay a fine of Sh1,000,000 and froze its accounts.";
    expect(fined(run(text, ["Ann Wanjiru"]))).toEqual(["Ann Wanjiru|200000"]);
  });

  it("still gives `ordered the union's treasurer, A, to pay a fine of …` to A (near-miss)", () => {
    const text = "The court ordered the union's treasurer, Ann Wanjiru, to pay a fine of Sh50,000.";
    expect(fined(run(text, ["Ann Wanjiru"]))).toEqual(["Ann Wanjiru|50000"]);
  });
});

describe("penalties: a union's own fiscal is no prosecutor", () => {
  it("gives `y a los compañeros A, secretaria, y B, fiscal del sindicato, a tres años … cada uno` to B too", () => {
    const text =
      "El tribunal condenó al presidente del sindicato, compañero José Marad, a cuatro años de prisión, y a los compañeros Dilcia Cruz, secretaria de conflictos, y Santos Zel, fiscal del sindicato, a tres años de prisión cada uno.";
    const r = run(text, ["José Marad", "Dilcia Cruz", ["Santos Zel", [], ["fiscal"]]], [], null, "es");
    expect(reached(r)).toEqual(sorted(["Dilcia Cruz|1095", "José Marad|1460", "Santos Zel|1095"]));
  });

  it("keeps the prosecutor of the case an official (near-miss)", () => {
    const text = "Juan Soto fue detenido en marzo. La fiscal del caso, Ana Pérez, lo acusó de usurpación. El tribunal lo condenó a tres años de prisión.";
    const r = run(text, ["Juan Soto", ["Ana Pérez", [], ["fiscal"]]], [], null, "es");
    expect(reached(r)).toEqual(["Juan Soto|1095"]);
  });
});

describe("penalties: a group's combined penalties are no one's own", () => {
  it("gives `the three … sentenced to a combined 19 years … and to fines of 780 units` to nobody", () => {
    const text =
      "Ivan Lis was sentenced to nine years. Olga Mar was sentenced to six years. Petr Kol was sentenced to four years. Together, the three have been sentenced to a combined 19 years, and to fines of 780 base amounts.";
    const r = run(text, ["Ivan Lis", "Olga Mar", "Petr Kol"]);
    expect(fined(r)).toEqual([]);
  });

  it("still gives `the three were also fined 50 base amounts each` to the three (near-miss)", () => {
    const text = "Ivan Lis was sentenced to nine years. Olga Mar was sentenced to six years. Petr Kol was sentenced to four years. The three were also fined 50 base amounts each.";
    const r = run(text, ["Ivan Lis", "Olga Mar", "Petr Kol"]);
    expect(fined(r)).toEqual(sorted(["Ivan Lis|50", "Olga Mar|50", "Petr Kol|50"]));
  });
});
