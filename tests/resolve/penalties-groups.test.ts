/**
 * Penalties that reach several named people (issue 12, item 1) and the ruling date each takes
 * (issue 17, item 2): what must be found, and what must not. Names and wording are made up.
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

type Case = [string, string, (string | [string, string[]])[], string[], [string, string][]?, string?];

/** `[what, text, people, expected sentences "person|days|kind|date", dates, letter date]`. */
const GROUP_CASES: Case[] = [
  ["each, names before", "Ana Ruiz, Juan Soto and Luis Paz were each sentenced to three years in prison.", ["Ana Ruiz", "Juan Soto", "Luis Paz"],
    ["Ana Ruiz|1095|prison|-", "Juan Soto|1095|prison|-", "Luis Paz|1095|prison|-"]],
  ["the pair, named in the sentence before", "Reporters Eva Berg and Nils Holm were arrested at the border. The pair were both sentenced to 11 years in jail.",
    ["Eva Berg", "Nils Holm"], ["Eva Berg|4015|prison|-", "Nils Holm|4015|prison|-"]],
  ["a judge's object is not the judge", "Reporters Eva Berg and Nils Holm were tried in the capital. The presiding judge in the case, Omar Haddad, sentenced the journalists to 11 years in prison.",
    ["Eva Berg", "Nils Holm", "Omar Haddad"], ["Eva Berg|4015|prison|-", "Nils Holm|4015|prison|-"]],
  ["a counted group named in the sentences after", "Three union members were each sentenced to 3 years of hard labour. After a closed hearing, Rosa Lema, Ines Vidal and Tomas Roig were taken to prison.",
    ["Rosa Lema", "Ines Vidal", "Tomas Roig"], ["Rosa Lema|1095|prison|-", "Ines Vidal|1095|prison|-", "Tomas Roig|1095|prison|-"]],
  ["a definite group counted before, named in a list anywhere",
    "Four teachers were convicted in May. But the teachers won a partial victory when they were given suspended jail sentences of two years. The four are Rosa Lema, Ines Vidal (of the teachers' union), Tomas Roig and Pablo Vega.",
    ["Rosa Lema", "Ines Vidal", "Tomas Roig", "Pablo Vega"],
    ["Rosa Lema|730|suspended prison|-", "Ines Vidal|730|suspended prison|-", "Tomas Roig|730|suspended prison|-", "Pablo Vega|730|suspended prison|-"]],
  ["everyone, after a chain of terms",
    "Mr. Ruiz was given 15 years in prison, Mr. Soto- 13 years and Mr. Paz- eight years in prison. In addition, everyone was given three years of probation.",
    [["Ana Ruiz", ["Ruiz"]], ["Juan Soto", ["Soto"]], ["Luis Paz", ["Paz"]]],
    ["Ana Ruiz|5475|prison|-", "Juan Soto|4745|prison|-", "Luis Paz|2920|prison|-", "Ana Ruiz|1095|probation|-", "Juan Soto|1095|probation|-", "Luis Paz|1095|probation|-"]],
  ["chained terms with the names after", "The court ordered 14 days of administrative detention for activists Ana Ruiz and Juan Soto, eight days for Luis Paz, six days for Marta Gil and Pablo Vega, and five days for Rosa Lema.",
    ["Ana Ruiz", "Juan Soto", "Luis Paz", "Marta Gil", "Pablo Vega", "Rosa Lema"],
    ["Ana Ruiz|14|administrative detention|-", "Juan Soto|14|administrative detention|-", "Luis Paz|8|administrative detention|-", "Marta Gil|6|administrative detention|-",
      "Pablo Vega|6|administrative detention|-", "Rosa Lema|5|administrative detention|-"]],
  ["a list opened by `Both`", "Both Kwame Asante and Efua Mensah received 24-month sentences.", ["Kwame Asante", "Efua Mensah"], ["Kwame Asante|720|prison|-", "Efua Mensah|720|prison|-"]],
  ["chained terms imposed `on` the names after",
    "The court imposed eight days of detention on Giorgi Beridze, six days on Nino Kapanadze and Levan Gelashvili, and five days on Tamar Lomidze.",
    ["Giorgi Beridze", "Nino Kapanadze", "Levan Gelashvili", "Tamar Lomidze"],
    ["Giorgi Beridze|8|detention|-", "Nino Kapanadze|6|detention|-", "Levan Gelashvili|6|detention|-", "Tamar Lomidze|5|detention|-"]],
  ["items set apart by semicolons, the verb left out",
    "Juma Otieno received eight years in prison; Wanjiru Kamau, five years; and Peter Njoroge, two years.",
    ["Juma Otieno", "Wanjiru Kamau", "Peter Njoroge"], ["Juma Otieno|2920|prison|-", "Wanjiru Kamau|1825|prison|-", "Peter Njoroge|730|prison|-"]],
  ["a second term handed to the name after it", "A judge handed a three-year suspended prison term to Ana Ruiz, editor of a weekly, and a two-year suspended prison sentence to Juan Soto, its publisher.",
    ["Ana Ruiz", "Juan Soto"], ["Ana Ruiz|1095|suspended prison|-", "Juan Soto|730|suspended prison|-"]],
  ["names after the penalty with a role between and a fine before `on`",
    "The court imposed three months of jail terms on its publisher Ana Ruiz and executive editor Juan Soto. It imposed six months of jail term and a 5,000 euro fine on Luis Paz.",
    ["Ana Ruiz", "Juan Soto", "Luis Paz"], ["Ana Ruiz|90|prison|-", "Juan Soto|90|prison|-", "Luis Paz|180|prison|-"]],
  ["a role object named in the next sentence", "A court sentenced the editor to two years in prison. Vera Lind, 54, had run the paper since 2010.", ["Vera Lind"], ["Vera Lind|730|prison|-"]],
  ["a role object named before in the sentence", "Vera Lind remains in jail after a court sentenced the teacher unionist to six years in prison.", ["Vera Lind"], ["Vera Lind|2190|prison|-"]],
  ["a term as subject handed to a role, named in the next sentence", "A two-year prison sentence was handed down in absentia to the union's press officer. Vera Lind, who left the country in 2020, was convicted of libel.", ["Vera Lind"], ["Vera Lind|730|prison|-"]],
  ["the same across a paragraph, `on Thursday to the leader of …`", "An 18-month prison term was handed down on Thursday to the leader of a 2021 strike at a cannery.\n\nRosa Lema Ortiz, president of the cannery union, was convicted of coercion.", ["Rosa Lema Ortiz"], ["Rosa Lema Ortiz|540|prison|-"]],
  ["a chain of bare numbers in a sentence full of names", "On 11 January the Harbour District Court of Lima punished four drivers of Lima Bus Depot No. 3: eight days of administrative detention for Ana Ruiz, six for Juan Soto and Luis Paz, and ten for Marta Gil.",
    ["Ana Ruiz", "Juan Soto", "Luis Paz", "Marta Gil"], ["Ana Ruiz|8|administrative detention|-", "Juan Soto|6|administrative detention|-", "Luis Paz|6|administrative detention|-", "Marta Gil|10|administrative detention|-"]],
  ["a role after the term, named in the next sentence", "A court in the capital on Sunday handed a ten-year prison term to one of the country's best-known teachers. Vera Lind, 54, was convicted of incitement.",
    ["Vera Lind"], ["Vera Lind|3650|prison|-"]],
  ["a role after a noun-led term, named next", "The district court ordered 13 days of administrative detention for a local editor who had just been released. Ana Ruiz, editor of a news site, was detained again at the gate.",
    ["Ana Ruiz"], ["Ana Ruiz|13|administrative detention|-"]],
  ["a counted group shared out respectively, named next in order", "A court on Wednesday sentenced two labour activists to six and five years in prison respectively. Ana Ruiz, 38, and Juan Soto, 44, were arrested in May.",
    ["Ana Ruiz", "Juan Soto"], ["Ana Ruiz|2190|prison|-", "Juan Soto|1825|prison|-"]],
  ["a weak verb restating a noun-led penalty of the sentence before", "On 3 March the court ordered eight days of administrative detention for Ana Ruiz. Ruiz was detained again as she left and on 12 March received another 15 days.",
    [["Ana Ruiz", ["Ruiz"]]], ["Ana Ruiz|8|administrative detention|-", "Ana Ruiz|15|administrative detention|-"]],
  ["a list set beside its group word", "The six – Marta Gil, Pablo Vega, Rosa Lema, Ines Vidal, Tomas Roig and Eva Berg – received 40-month sentences.",
    ["Marta Gil", "Pablo Vega", "Rosa Lema", "Ines Vidal", "Tomas Roig", "Eva Berg"],
    ["Marta Gil|1200|prison|-", "Pablo Vega|1200|prison|-", "Rosa Lema|1200|prison|-", "Ines Vidal|1200|prison|-", "Tomas Roig|1200|prison|-", "Eva Berg|1200|prison|-"]],
  ["a counted group word beside its list", "Both defendants, Ana Ruiz and Juan Soto, got two years in prison.", ["Ana Ruiz", "Juan Soto"], ["Ana Ruiz|730|prison|-", "Juan Soto|730|prison|-"]],
  ["terms paired with names, then respectively", "The court jailed Ana Ruiz for three years and Juan Soto for two years respectively.", ["Ana Ruiz", "Juan Soto"], ["Ana Ruiz|1095|prison|-", "Juan Soto|730|prison|-"]],
  ["a list with asides shared out respectively, a name inside an aside left out",
    "Judge Omar Haddad handed Ana Ruiz, a reporter for the weekly Norte, and Juan Soto, who runs the channel of Eva Berg, three years and 18 months' imprisonment respectively.",
    ["Omar Haddad", "Ana Ruiz", "Juan Soto", "Eva Berg"], ["Ana Ruiz|1095|prison|-", "Juan Soto|540|prison|-"]],
  ["a verb's objects with asides shared out respectively", "The court sentenced Rosa Lema, the branch treasurer, and Tomas Roig, whose cousin Pablo Vega is a lawyer, to four and two years in prison respectively.",
    ["Rosa Lema", "Tomas Roig", "Pablo Vega"], ["Rosa Lema|1460|prison|-", "Tomas Roig|730|prison|-"]],
  ["a speaker with an aside is no member of the list after her verb", "Ana Ruiz, who heads the union, said Juan Soto and Luis Paz received four and two years in prison respectively.",
    ["Ana Ruiz", "Juan Soto", "Luis Paz"], ["Juan Soto|1460|prison|-", "Luis Paz|730|prison|-"]],
  ["an indefinite recipient named when the next sentence opens, after a definite noun", "The court sentenced Budi Santoso to eight months in prison. The same court handed a third defendant a one-year suspended sentence. The defendant, Dewi Lestari, leads the union.",
    ["Budi Santoso", "Dewi Lestari"], ["Budi Santoso|240|prison|-", "Dewi Lestari|365|suspended prison|-"]],
  ["an indefinite recipient named when the next sentence opens", "The court sentenced Budi Santoso to eight months in prison. The same court gave a union organiser a two-year sentence. Dewi Lestari, the organiser, had invited him.",
    ["Budi Santoso", "Dewi Lestari"], ["Budi Santoso|240|prison|-", "Dewi Lestari|730|prison|-"]],
  ["a gapped clause of a surname and its initials is that person's", "The court sentences Kaya, M. to two years of restricted freedom and Demir, A. to one year of restricted freedom.",
    [["Mehmet Kaya", ["Kaya"]], ["Ayla Demir", ["Demir"]]], ["Mehmet Kaya|730|restricted freedom|-", "Ayla Demir|365|restricted freedom|-"]],
  // Session 13 (h13b): a plural penalty noun beside the term agrees with a list subject: one each.
  ["a plural noun after the term", "Three other workers, Mei Tanaka, Arjun Rao and Lina Haddad, received one-year suspended sentences.",
    ["Mei Tanaka", "Arjun Rao", "Lina Haddad"], ["Mei Tanaka|365|suspended prison|-", "Arjun Rao|365|suspended prison|-", "Lina Haddad|365|suspended prison|-"]],
  ["a plural noun after the term, two names", "Olu Bello and Ama Owusu got 18-month prison terms after the strike.",
    ["Olu Bello", "Ama Owusu"], ["Olu Bello|540|prison|-", "Ama Owusu|540|prison|-"]],
  ["a plural noun before the term", "Karim Nasser and Dana Levi later received sentences of six months in jail.",
    ["Karim Nasser", "Dana Levi"], ["Karim Nasser|180|prison|-", "Dana Levi|180|prison|-"]],
];

const GROUP_NOTHING: Case[] = [
  ["a list beside a group of another size", "The three – Ana Ruiz and Juan Soto – and their lawyer saw Luis Paz receive a two-year sentence.", ["Ana Ruiz", "Juan Soto", "Luis Paz"], ["Luis Paz|730|-|-"]],
  ["a list beside no group word", "In a statement, the union – led by Ana Ruiz and Juan Soto – said Luis Paz received a 2-year sentence.", ["Ana Ruiz", "Juan Soto", "Luis Paz"], ["Luis Paz|730|prison|-"]],
  ["a reason after the term is no role", "A court handed a two-year prison term for a post about the strike. Ana Ruiz, a journalist, reported from the courtroom.", ["Ana Ruiz"], []],
  ["a possessive after the term is no role", "A court handed a two-year prison term for the union leader's speech. Ana Ruiz, a journalist, reported from the courtroom.", ["Ana Ruiz"], []],
  ["a weak verb with a noun after the term", "On 3 March the court ordered eight days of administrative detention for Ana Ruiz. In the spring her brother received another 15 days of leave.",
    ["Ana Ruiz"], ["Ana Ruiz|8|administrative detention|-"]],
  ["a term handed to a role when the next sentence opens with no name", "A two-year prison sentence was handed down to the union's press officer. The union said it would appeal, Vera Lind told reporters later that week in the capital.", ["Vera Lind"], []],
  ["other people, unnamed", "Ana Ruiz was sentenced to three years in prison. Two other activists were sentenced to two years each.", ["Ana Ruiz"], ["Ana Ruiz|1095|prison|-"]],
  ["a counted group named in a different number", "Three activists were sentenced to one year in prison each. Ana Ruiz and Juan Soto were also arrested that week.", ["Ana Ruiz", "Juan Soto"], []],
  ["a group's total", "The regime sentenced five activists to a total 57 years in prison. On Monday, Ana Ruiz, Juan Soto, Luis Paz, Marta Gil and Pablo Vega stood trial.",
    ["Ana Ruiz", "Juan Soto", "Luis Paz", "Marta Gil", "Pablo Vega"], []],
  ["`for` before a complement is no person", "Ana Ruiz was sentenced to 10 years in prison for insulting President Juan Soto.", ["Ana Ruiz", "Juan Soto"], ["Ana Ruiz|3650|prison|-"]],
  ["a headline's `for` names no one", "Court Sentences Journalists to 5 Months Imprisonment for Criminal Defamation", ["Criminal Defamation"], []],
  ["`both` before names that are no list of the penalised", "Ana Ruiz thanked both Juan Soto and Luis Paz before Luis Paz received two years in prison.", ["Ana Ruiz", "Juan Soto", "Luis Paz"], ["Luis Paz|730|prison|-"]],
  ["a semicolon item that is no term of a penalty", "Juma Otieno received eight years in prison; Wanjiru Kamau, five years ago, had been freed.", ["Juma Otieno", "Wanjiru Kamau"], ["Juma Otieno|2920|prison|-"]],
  ["time spent `on` a task after a term", "Ana Ruiz was jailed for ten days, three days on Radio Sol and two days on Monday were lost.", ["Ana Ruiz"], ["Ana Ruiz|10|prison|-"]],
  ["a singular noun after a list: the last name's", "Mei Tanaka thanked Arjun Rao and Lina Haddad received a one-year suspended sentence.",
    ["Mei Tanaka", "Arjun Rao", "Lina Haddad"], ["Lina Haddad|365|suspended prison|-"]],
  ["an indefinite recipient the next sentence does not open with", "The court sentenced Budi Santoso to eight months in prison. The same court gave a union organiser a one-year suspended sentence. The union said Dewi Lestari would appeal.",
    ["Budi Santoso", "Dewi Lestari"], ["Budi Santoso|240|prison|-"]],
  ["a definite recipient is the one named before", "Police held Budi Santoso for a week. The court handed the reporter a one-year suspended sentence. Dewi Lestari, his editor, protested.",
    ["Budi Santoso", "Dewi Lestari"], ["Budi Santoso|365|suspended prison|-"]],
  ["a plural noun after one name", "The court gave Arjun Rao two-year sentences on two counts, to run together.", ["Arjun Rao"], ["Arjun Rao|730|-|-"]],
  ["a bare term with no penalty before it", "Ana Ruiz spoke for ten minutes, Juan Soto- 12 minutes and eight days for Luis Paz were spent on the road.", ["Ana Ruiz", "Juan Soto", "Luis Paz"], []],
];

describe("penalties reaching several named people", () => {
  it.each(GROUP_CASES)("%s", (_what, text, people, expected, dates = [], letterDate = undefined) => {
    expect(sentences(run(text, people, dates, letterDate ?? null))).toEqual(expected);
  });
  it.each(GROUP_NOTHING)("not: %s", (_what, text, people, expected, dates = [], letterDate = undefined) => {
    expect(sentences(run(text, people, dates, letterDate ?? null))).toEqual(expected);
  });

  it("gives the rest of a group, counted and not named, no one's fine; the named rest keep theirs", () => {
    const rest = "The court jailed Ana Ruiz and Juan Soto for eight years each. The remaining fourteen accused, whose names the court did not read out, were each fined 10,000 euros.";
    expect(fines(run(rest, ["Ana Ruiz", "Juan Soto"]))).toEqual([]);
    const forty = "The court jailed Ana Ruiz and Juan Soto for eight years each. The other 40 workers were each fined 2,000 euros.";
    expect(fines(run(forty, ["Ana Ruiz", "Juan Soto"]))).toEqual([]);
    const chained = "The court sentenced Ana Ruiz to eight years; the remaining twenty accused, whose names were not read out, were each fined 500 euros.";
    expect(fines(run(chained, ["Ana Ruiz"]))).toEqual([]);
    const named = "The court jailed Ana Ruiz for eight years. The other two defendants, Juan Soto and Luis Paz, were each fined 2,000 euros.";
    expect(fines(run(named, ["Ana Ruiz", "Juan Soto", "Luis Paz"]))).toEqual(["Juan Soto|2000|EUR|-", "Luis Paz|2000|EUR|-"]);
  });

  it("gives fines in the plural (`fines of …`) to each name of a list subject, a singular fine to the last name (h13b, session 13)", () => {
    expect(fines(run("Tomas Roig and Eva Berg got fines of 4,000 euros.", ["Tomas Roig", "Eva Berg"]))).toEqual(["Tomas Roig|4000|EUR|-", "Eva Berg|4000|EUR|-"]);
    expect(fines(run("Tomas Roig met Eva Berg, who was given a fine of 4,000 euros.", ["Tomas Roig", "Eva Berg"]))).toEqual(["Eva Berg|4000|EUR|-"]);
  });

  it("gives `each of them` the counted group said before it in the sentence, named next when the count agrees", () => {
    const text = "The court convicted three reporters of false news and ordered each of them to pay a fine of 2,000 euros. Ana Ruiz and Juan Soto, both reporters, and photographer Luis Paz had covered the strike.";
    expect(fines(run(text, ["Ana Ruiz", "Juan Soto", "Luis Paz"]))).toEqual(["Ana Ruiz|2000|EUR|-", "Juan Soto|2000|EUR|-", "Luis Paz|2000|EUR|-"]);
    const two = "The court convicted three reporters of false news and ordered each of them to pay a fine of 2,000 euros. Ana Ruiz and Juan Soto had covered the strike.";
    expect(fines(run(two, ["Ana Ruiz", "Juan Soto"]))).toEqual([]);
  });

  it("gives `them` after a counted group in its own sentence that group, named next when the count agrees", () => {
    const text = "The district court in Mombasa on Monday sentenced four port workers to six months in prison each and fined them KES 50,000 apiece. The four are Juma Otieno, Achieng Wanjiru, Peter Kamau and Halima Said.";
    const names = ["Juma Otieno", "Achieng Wanjiru", "Peter Kamau", "Halima Said"];
    expect(fines(run(text, names))).toEqual(names.map((n) => `${n}|50000|KES|-`));
    const verb = "A Lahore court convicted three brick-kiln organisers and fined them 100,000 rupees. They are Nadia Parveen, Imran Gill and Tariq Shah.";
    expect(fines(run(verb, ["Nadia Parveen", "Imran Gill", "Tariq Shah"]))).toEqual(["Nadia Parveen|100000|PKR|-", "Imran Gill|100000|PKR|-", "Tariq Shah|100000|PKR|-"]);
  });

  it("gives `them` after a counted group nobody (a count that disagrees, no names, or only someone named before)", () => {
    const three = "The court sentenced three port workers to six months in prison and fined them KES 50,000 each. Juma Otieno and Peter Kamau were among them.";
    expect(fines(run(three, ["Juma Otieno", "Peter Kamau"]))).toEqual([]);
    const unnamed = "Amina Yusuf was jailed for a year in May. On Monday the court sentenced four dockers to six months in prison and fined them KES 50,000 each. Their union has appealed.";
    expect(fines(run(unnamed, ["Amina Yusuf"]))).toEqual([]);
  });

  it("gives a sized group its people named further back than six sentences, when the sentences between name nobody", () => {
    const body = "The hearing was moved twice. The courtroom was too small for the public. Two diplomats were admitted late. The judge let the defence speak at length. The prosecutor repeated the request for conviction. The court announced its verdict the same afternoon.";
    const two = `Case 1: the Daily Lamp trial\n\nAnil Perera, editor of the Daily Lamp, and Nisha Fernando, its reporter, were tried over three articles. ${body} Both journalists were sentenced to two years in prison.`;
    expect(sentences(run(two, ["Anil Perera", "Nisha Fernando"]))).toEqual(["Anil Perera|730|prison|-", "Nisha Fernando|730|prison|-"]);
    const spanish = `Mateo Quispe y Rosa Mamani, dirigentes del sindicato minero, fueron detenidos en Oruro. ${body} Ambos dirigentes fueron condenados a tres años de prisión.`;
    expect(sentences(run(spanish, ["Mateo Quispe", "Rosa Mamani"], [], null, "es"))).toEqual(["Mateo Quispe|1095|prison|-", "Rosa Mamani|1095|prison|-"]);
  });

  it("gives a sized group named far back nobody across a heading, or when the count disagrees", () => {
    const body = "The hearing was moved twice. The courtroom was too small for the public. Two diplomats were admitted late. The judge let the defence speak at length. The prosecutor repeated the request for conviction. The court announced its verdict the same afternoon.";
    const heading = `Anil Perera, editor of the Daily Lamp, and Nisha Fernando, its reporter, were tried over three articles.\n\nCase 2: the port strike\n\n${body} Both dockers were sentenced to two years in prison.`;
    expect(sentences(run(heading, ["Anil Perera", "Nisha Fernando"]))).toEqual([]);
    const three = `Anil Perera, Nisha Fernando and Ruwan Silva were tried over three articles. ${body} Both journalists were sentenced to two years in prison.`;
    expect(sentences(run(three, ["Anil Perera", "Nisha Fernando", "Ruwan Silva"]))).toEqual([]);
  });

  it("fines every name listed between the verb and the amount", () => {
    const text = "The court fined each of the defendants, Ana Ruiz, Juan Soto and Luis Paz, 10,000 rubles in Moscow.";
    expect(fines(run(text, ["Ana Ruiz", "Juan Soto", "Luis Paz"]))).toEqual(["Ana Ruiz|10000|RUB|-", "Juan Soto|10000|RUB|-", "Luis Paz|10000|RUB|-"]);
  });

  it("fines a group object right before the amount, named in the next sentence", () => {
    const text = "The judge fined both journalists 3,000 cedis in Accra. The journalists are Kofi Mensah and Ama Owusu.";
    expect(fines(run(text, ["Kofi Mensah", "Ama Owusu"]))).toEqual(["Kofi Mensah|3000|GHS|-", "Ama Owusu|3000|GHS|-"]);
    const three = "The judge fined both journalists 3,000 cedis in Accra. The journalists are Kofi Mensah, Yaw Boateng and Ama Owusu.";
    expect(fines(run(three, ["Kofi Mensah", "Yaw Boateng", "Ama Owusu"]))).toEqual([]);
  });

  it("shares bare amounts before a named one in order (`fined 20,000, 15,000 and 10,000 rubles respectively`)", () => {
    const text = "Ana Ruiz, Juan Soto and Luis Paz were fined 20,000, 15,000 and 10,000 rubles respectively.";
    expect(fines(run(text, ["Ana Ruiz", "Juan Soto", "Luis Paz"]))).toEqual(["Ana Ruiz|20000|RUB|-", "Juan Soto|15000|RUB|-", "Luis Paz|10000|RUB|-"]);
  });

  it("copies a fine restated as `the same amount` or `the same fine as X`", () => {
    expect(fines(run("Ana Ruiz was fined 2,000 euros. Juan Soto was fined the same amount.", ["Ana Ruiz", "Juan Soto"]))).toEqual(["Ana Ruiz|2000|EUR|-", "Juan Soto|2000|EUR|-"]);
    const named = "Ana Ruiz was fined 2,000 euros on Monday. Luis Paz was fined 500 euros. Juan Soto received the same fine as Ruiz.";
    expect(fines(run(named, [["Ana Ruiz", ["Ruiz"]], "Luis Paz", "Juan Soto"]))).toEqual(["Ana Ruiz|2000|EUR|-", "Luis Paz|500|EUR|-", "Juan Soto|2000|EUR|-"]);
    expect(fines(run("Ana Ruiz was fined 2,000 euros. Juan Soto said the same amount was raised by the union.", ["Ana Ruiz", "Juan Soto"]))).toEqual(["Ana Ruiz|2000|EUR|-"]);
    expect(fines(run("Juan Soto was fined the same amount.", ["Juan Soto"]))).toEqual([]);
  });

  it("pairs fines with the names before each, then `respectively`", () => {
    const text = "The court fined Ana Ruiz 6,500 euros and Juan Soto 5,000 euros respectively.";
    expect(fines(run(text, ["Ana Ruiz", "Juan Soto"]))).toEqual(["Ana Ruiz|6500|EUR|-", "Juan Soto|5000|EUR|-"]);
  });

  it("penalises a union's officer, not a police officer", () => {
    const union = "Ana Ruiz, the union's health and safety officer, was fined 300 euros.";
    expect(fines(run(union, [["Ana Ruiz", [], ["health and safety officer"]]]))).toEqual(["Ana Ruiz|300|EUR|-"]);
    const phrase = "Ana Ruiz was fined 300 euros.";
    expect(fines(run(phrase, [["Ana Ruiz", [], ["legal officer", "placed under house arrest by the investigator"]]]))).toEqual(["Ana Ruiz|300|EUR|-"]);
    const police = "Juan Soto was fined 300 euros.";
    expect(fines(run(police, [["Juan Soto", [], ["police officer"]]]))).toEqual([]);
  });

  it("gives a fine to each of a group (`were each fined`, `ordered the journalists to each pay`)", () => {
    const text = "A judge handed a three-year prison term to Ana Ruiz and a two-year prison term to Juan Soto. The judge also ordered the journalists to each pay a fine of 500 euros.";
    expect(fines(run(text, ["Ana Ruiz", "Juan Soto"]))).toEqual(["Ana Ruiz|500|EUR|-", "Juan Soto|500|EUR|-"]);
    expect(fines(run("Ana Ruiz and Juan Soto were each fined 300 euros.", ["Ana Ruiz", "Juan Soto"]))).toEqual(["Ana Ruiz|300|EUR|-", "Juan Soto|300|EUR|-"]);
  });

  it("gives `the three` the people penalised before it, a copied sentence included, not one penalised later", () => {
    const text = "Ana Ruiz and Juan Soto were each sentenced to two years in prison. Their co-accused, Luis Paz, received the same sentence. The three were also fined 500 euros each. A fourth defendant, Marta Gil, was placed on probation for two years.";
    expect(fines(run(text, ["Ana Ruiz", "Juan Soto", "Luis Paz", "Marta Gil"]))).toEqual(["Ana Ruiz|500|EUR|-", "Juan Soto|500|EUR|-", "Luis Paz|500|EUR|-"]);
  });

  it("gives a fine imposed `on each of the three` to the three penalised before", () => {
    const text = "Ana Ruiz, Juan Soto and Luis Paz were each sentenced to ten months in prison. The court also imposed fines of 3,000 euros on each of the three for resisting an officer.";
    expect(fines(run(text, ["Ana Ruiz", "Juan Soto", "Luis Paz"]))).toEqual(["Ana Ruiz|3000|EUR|-", "Juan Soto|3000|EUR|-", "Luis Paz|3000|EUR|-"]);
  });

  it("does not read a group from words after the penalty that are no group (`on the same day`)", () => {
    const text = "Ana Ruiz and Juan Soto were each sentenced to ten months in prison. Luis Paz was arrested later. The court also imposed a fine of 3,000 euros on the same day.";
    expect(fines(run(text, ["Ana Ruiz", "Juan Soto", "Luis Paz"])).length).toBeLessThan(2);
  });

  it("gives `the six` the people already penalised", () => {
    const text = "Ana Ruiz, Juan Soto, Luis Paz, Marta Gil, Pablo Vega and Rosa Lema were given suspended jail sentences of two years. The six were also ordered to pay a fine of 500 euros.";
    expect(fines(run(text, ["Ana Ruiz", "Juan Soto", "Luis Paz", "Marta Gil", "Pablo Vega", "Rosa Lema"]))).toHaveLength(6);
  });

  it("keeps a penalty of another year apart from one of today", () => {
    const text = "On Monday, a court sentenced Ivan Orlov to 15 days in jail. In 2015 Orlov was handed a 15-day prison sentence for leaflets.";
    expect(sentences(run(text, [["Ivan Orlov", ["Orlov"]]]))).toEqual(["Ivan Orlov|15|prison|-", "Ivan Orlov|15|prison|-"]);
  });
});

const DATE_CASES: Case[] = [
  ["a dated ruling sentence before, in the paragraph", "On 5 September 2021 the court heard Ana Ruiz and Juan Soto. They were each sentenced to two years in prison.",
    ["Ana Ruiz", "Juan Soto"], ["Ana Ruiz|730|prison|2021-09-05", "Juan Soto|730|prison|2021-09-05"], [["5 September 2021", "2021-09-05"]]],
  ["in the same hearing", "Ana Ruiz was sentenced on 5 September 2021 to two years in prison. In the same hearing, Juan Soto was sentenced to one year in prison.",
    ["Ana Ruiz", "Juan Soto"], ["Ana Ruiz|730|prison|2021-09-05", "Juan Soto|365|prison|2021-09-05"], [["5 September 2021", "2021-09-05"]]],
  ["the court also, after a relative day", "The court on Sunday sentenced Ana Ruiz to three months in prison. Her lawyer spoke to reporters. The court has also imposed six months of jail term on Juan Soto.",
    ["Ana Ruiz", "Juan Soto"], ["Ana Ruiz|90|prison|2024-09-29", "Juan Soto|180|prison|2024-09-29"], [], "2024-09-30"],
  ["the sentencing's date stated after", "Ana Ruiz was given a nine-month suspended jail sentence. The group will appeal. The sentencing took place on 6 February 2019 after a delay.",
    ["Ana Ruiz"], ["Ana Ruiz|270|suspended prison|2019-02-06"], [["6 February 2019", "2019-02-06"]]],
  ["the paragraph before dates the ruling", "On 5 October 2018, the court found Ana Ruiz and Juan Soto guilty of subversion.\n\nParticularly, Ana Ruiz was given 15 years in prison and Juan Soto was given 10 years in prison.",
    ["Ana Ruiz", "Juan Soto"], ["Ana Ruiz|5475|prison|2018-10-05", "Juan Soto|3650|prison|2018-10-05"], [["5 October 2018", "2018-10-05"]]],
  ["a weekday's convictions against the dateline", "New York, December 6, 2012 – Monday's convictions of two reporters are an outrage.\n\nA judge handed a three-year prison term to Ana Ruiz.",
    ["Ana Ruiz"], ["Ana Ruiz|1095|prison|2012-12-03"], [["December 6, 2012", "2012-12-06"]], "2012-12-06"],
];

const DATE_NONE: Case[] = [
  ["no date in the letter", "Ana Ruiz was sentenced to two years in prison.", ["Ana Ruiz"], ["Ana Ruiz|730|prison|-"]],
  ["past perfect borrows no date", "On 3 May 2020 the court rejected her appeal. Ana Ruiz had been convicted of fraud and sentenced to two years in prison.",
    ["Ana Ruiz"], ["Ana Ruiz|730|prison|-"], [["3 May 2020", "2020-05-03"]]],
  ["a stated other year borrows no date", "In May 2020 a court rejected the request. In 2015 Ana Ruiz was handed a 15-day prison sentence.",
    ["Ana Ruiz"], ["Ana Ruiz|15|prison|-"], [["May 2020", "2020-05"]]],
  ["an event before `in response`", "Ana Ruiz was beaten up in August 2020, and in response she was detained and sentenced to 15 days.",
    ["Ana Ruiz"], ["Ana Ruiz|15|-|-"], [["August 2020", "2020-08"]]],
  ["a dateline is no ruling date", "New York, December 6, 2012 – CPJ condemns the trial.\n\nA judge handed a three-year prison term to Ana Ruiz.",
    ["Ana Ruiz"], ["Ana Ruiz|1095|prison|-"], [["December 6, 2012", "2012-12-06"]], "2012-12-06"],
];

describe("penalty dates", () => {
  it.each(DATE_CASES)("%s", (_what, text, people, expected, dates = [], letterDate = undefined) => {
    expect(sentences(run(text, people, dates, letterDate ?? null))).toEqual(expected);
  });
  it.each(DATE_NONE)("none: %s", (_what, text, people, expected, dates = [], letterDate = undefined) => {
    expect(sentences(run(text, people, dates, letterDate ?? null))).toEqual(expected);
  });
});

describe("the same sentence as another", () => {
  it("copies each penalty of the person named after `as`", () => {
    const text = "On 2 March 2022 Ana Ruiz was sentenced to two years in prison. Juan Soto received the same sentence as Ruiz.";
    expect(sentences(run(text, [["Ana Ruiz", ["Ruiz"]], "Juan Soto"], [["2 March 2022", "2022-03-02"]]))).toEqual([
      "Ana Ruiz|730|prison|2022-03-02",
      "Juan Soto|730|prison|2022-03-02",
    ]);
  });

  it("with no `as`, copies the one term given in the sentence just before", () => {
    const text = "Ana Ruiz and Juan Soto were given one and a half years of restricted freedom. A third member, Luis Paz, received the same sentence.";
    expect(sentences(run(text, ["Ana Ruiz", "Juan Soto", "Luis Paz"]))).toEqual([
      "Ana Ruiz|545|restricted freedom|-",
      "Juan Soto|545|restricted freedom|-",
      "Luis Paz|545|restricted freedom|-",
    ]);
  });

  it("with no `as`, the phrase may close its clause before `, and …` (h11a, session 11)", () => {
    const text = "Last year Ana Ruiz, a columnist, was sentenced to six months and one day in prison. Her publisher, Luis Paz, received the same term, and both were fined 500 euros each.";
    expect(sentences(run(text, ["Ana Ruiz", "Luis Paz"]))).toEqual(["Ana Ruiz|181|prison|-", "Luis Paz|181|prison|-"]);
  });

  it.each([
    ["`likewise`", "likewise;"],
    ["`the same`", "the same."],
    ["`same as above`", "same as above"],
  ])("a list line whose penalty is %s after its colon copies the line before's (h13a, session 13)", (_, tail) => {
    const text = `The court ruled as follows:\n\n1. Ana Ruiz, branch treasurer: eighteen months' imprisonment, suspended for two years;\n\n2. Luis Paz, shop steward: ${tail}`;
    expect(sentences(run(text, ["Ana Ruiz", "Luis Paz"]))).toEqual(["Ana Ruiz|540|suspended prison|-", "Luis Paz|540|suspended prison|-"]);
  });

  it("copies nothing for `likewise` inside a line's prose", () => {
    const text = "The court ruled as follows:\n\n1. Ana Ruiz, branch treasurer: eighteen months' imprisonment;\n\n2. Luis Paz, shop steward, was likewise arrested but released.";
    expect(sentences(run(text, ["Ana Ruiz", "Luis Paz"]))).toEqual(["Ana Ruiz|540|prison|-"]);
  });

  it("copies nothing from the same term of another thing (`the same term, which …` with a contract)", () => {
    const text = "Ana Ruiz was sentenced to six months in prison. Luis Paz received the same term of office, and the union re-elected him.";
    expect(sentences(run(text, ["Ana Ruiz", "Luis Paz"]))).toEqual(["Ana Ruiz|180|prison|-"]);
  });

  it.each([
    ["two different terms just before", "Ana Ruiz was given two years in prison and Juan Soto one year in prison. Luis Paz received the same sentence."],
    ["a penalty three sentences back", "Ana Ruiz was given two years in prison. The hearing was brief. Reporters waited outside. Many left early. Luis Paz received the same sentence."],
    ["no name before the phrase", "Ana Ruiz was given two years in prison. A colleague received the same sentence."],
  ])("with no `as`, copies nothing from %s", (_, text) => {
    expect(sentences(run(text, ["Ana Ruiz", "Juan Soto", "Luis Paz"])).filter((s) => s.startsWith("Luis Paz") || s.startsWith("Juan Soto|730"))).toEqual([]);
  });

  it.each([
    ["a French list line, the source known by surname after an elision (h14b)", "fr", "Au Togo, le tribunal a condamné Afi Koffi à six mois de prison avec sursis.\n\n- Yao Dossou et Ama Sika, délégués : la même peine qu'Afi Koffi, assortie d'une amende de 50 000 FCFA chacun.", ["Afi Koffi", ["Koffi"]], ["Afi Koffi|180|suspended prison|-", "Yao Dossou|180|suspended prison|-", "Ama Sika|180|suspended prison|-"], ["Yao Dossou|50000|XOF|-", "Ama Sika|50000|XOF|-"]],
    ["a French verb", "fr", "Le tribunal a condamné Afi Koffi à six mois de prison avec sursis. Yao Dossou a reçu la même peine que Koffi.", ["Afi Koffi", ["Koffi"]], ["Afi Koffi|180|suspended prison|-", "Yao Dossou|180|suspended prison|-"], []],
    ["a Spanish verb", "es", "El tribunal condenó a Ana Ruiz a dos años de prisión. Juan Soto recibió la misma pena que Ana Ruiz.", ["Ana Ruiz", []], ["Ana Ruiz|730|prison|-", "Juan Soto|730|prison|-"], []],
  ])("copies the penalty named in French and Spanish: %s", (_, language, text, source, expected, expectedFines) => {
    const others = ["Yao Dossou", "Ama Sika", "Juan Soto"].filter((n) => text.includes(n));
    const found = run(text, [source as [string, string[]], ...others], [], null, language);
    expect(sentences(found)).toEqual(expected);
    if ((expectedFines as string[]).length > 0) expect(fines(found)).toEqual(expectedFines);
  });

  it("copies the penalty named in French and Spanish: nothing from `la même année que X`", () => {
    const text = "Le tribunal a condamné Afi Koffi à six mois de prison. Yao Dossou est né la même année que Koffi.";
    expect(sentences(run(text, [["Afi Koffi", ["Koffi"]], "Yao Dossou"], [], null, "fr"))).toEqual(["Afi Koffi|180|prison|-"]);
  });

  it("copies nothing when that person has no penalty before", () => {
    const text = "Juan Soto received the same sentence as Ana Ruiz. Ana Ruiz is a reporter.";
    expect(sentences(run(text, ["Ana Ruiz", "Juan Soto"]))).toEqual([]);
  });

  it.each([
    ["`and so was X`", "His brother, Juan Soto, was sentenced to one year, and so was Ana Ruiz.", ["Juan Soto|365|prison|-", "Ana Ruiz|365|prison|-"]],
    ["`as were A and B`", "Juan Soto received eight months in prison, as were Ana Ruiz and Luis Paz.", ["Juan Soto|240|prison|-", "Ana Ruiz|240|prison|-", "Luis Paz|240|prison|-"]],
  ])("the people named after %s take the term closing the clause before", (_, text, expected) => {
    expect(sentences(run(text, ["Ana Ruiz", "Juan Soto", "Luis Paz"]))).toEqual(expected);
  });

  it.each([
    ["an arrest", "Juan Soto was arrested in May, as was Ana Ruiz. Luis Paz was sentenced to two years in prison."],
    ["no person after `as was`", "Juan Soto was sentenced to two years in prison, as was expected by Ana Ruiz."],
    ["a term in an earlier sentence", "Juan Soto was sentenced to two years in prison. The hearing was closed, as was Ana Ruiz's appeal."],
  ])("`so/as was` copies nothing after %s", (_, text) => {
    expect(sentences(run(text, ["Ana Ruiz", "Juan Soto", "Luis Paz"])).filter((s) => s.startsWith("Ana Ruiz"))).toEqual([]);
  });
});

describe("group words", () => {
  it.each([
    ["each was given", "Ana Ruiz and Juan Soto were convicted. Each was given two years in prison."],
    ["every was given (everyone)", "Ana Ruiz was given 5 years in prison and Juan Soto was given 4 years in prison. In addition, every was given three years of probation."],
  ])("%s", (_what, text) => {
    const found = sentences(run(text, ["Ana Ruiz", "Juan Soto"]));
    expect(found.filter((s) => /\|(?:730|1095)\|/u.test(s))).toHaveLength(2);
  });
});

describe("penalty dates, continued", () => {
  it.each([
    ["a bare restatement right after a dated penalty", "On 16 June 2023, the court sentenced Ana Ruiz to 9 years in prison. Deputy editor Juan Soto received 8 years and 6 months.",
      ["Ana Ruiz|3285|prison|2023-06-16", "Juan Soto|3100|prison|2023-06-16"]],
    ["on the same day, in the next paragraph", "On 19 December 2022, the court sentenced Ana Ruiz to five years in prison.\n\nOn the same day, the court sentenced Juan Soto to three years in prison.",
      ["Ana Ruiz|1825|prison|2022-12-19", "Juan Soto|1095|prison|2022-12-19"]],
  ])("%s", (_what, text, expected) => {
    const dates: [string, string][] = [["16 June 2023", "2023-06-16"], ["19 December 2022", "2022-12-19"]].filter(([t]) => text.includes(t ?? "")) as [string, string][];
    expect(sentences(run(text, ["Ana Ruiz", "Juan Soto"], dates))).toEqual(expected);
  });

  it.each([
    ["a date of the offence after `for …ing`", "Ana Ruiz was fined 8,000 euros for taking part in a rally in July 2020.", [["July 2020", "2020-07"]]],
    ["a penalty of a new paragraph after another dated penalty, not referring back", "On 19 December 2022, the court sentenced Juan Soto to five years in prison.\n\nAna Ruiz was fined 8,000 euros.", [["19 December 2022", "2022-12-19"]]],
  ])("no date from %s", (_what, text, dates) => {
    expect(fines(run(text, ["Ana Ruiz", "Juan Soto"], dates as [string, string][]))).toEqual(["Ana Ruiz|8000|EUR|-"]);
  });
});
