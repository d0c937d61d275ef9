/**
 * Linking penalties in shapes that unseen letters showed (fixtures/heldout7's causes, session 8),
 * each written again in other wordings: who a shared-out, gapped or `each` penalty goes to, a
 * person by description named next, a subject the letter does not name, a fine on a body, a
 * lawyer fined, and a penalty given several times in one phrase.
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

describe("penalties: shared out, gapped and `each`", () => {
  it("shares terms out to the list that ends at the last name, past an earlier penalised name", () => {
    const text = "The court sentenced strike leader Ibrahim Keita to nine years in prison; his deputies Mariam Traore and Seydou Diallo received seven years and five years respectively, both suspended for three years.";
    expect(sentences(run(text, ["Ibrahim Keita", "Mariam Traore", "Seydou Diallo"]))).toEqual([
      "Ibrahim Keita|3285|prison|-", "Mariam Traore|2555|suspended prison|-", "Seydou Diallo|1825|suspended prison|-",
    ]);
  });

  it("gives `…, and each was fined` to everyone penalised in the sentence", () => {
    const text = "Three members stood trial in March. Aigerim Bekova was given four years and her colleague Nurlan Seitkali two years, and each was fined 200,000 tenge.";
    const r = run(text, ["Aigerim Bekova", "Nurlan Seitkali"]);
    expect(sentences(r)).toEqual(["Aigerim Bekova|1460|prison|-", "Nurlan Seitkali|730|prison|-"]);
    expect(fines(r)).toEqual(["Aigerim Bekova|200000|KZT|-", "Nurlan Seitkali|200000|KZT|-"]);
  });

  it.each([
    ["basic units, surnames only", "The court fined Kuzmich 50 basic units, and Sidarenka and Hrytsuk 25 basic units each.", ["Andrei Kuzmich", ["Kuzmich"]], ["Volha Sidarenka", ["Sidarenka"]], ["Pavel Hrytsuk", ["Hrytsuk"]], ["Andrei Kuzmich|50|basic amount|-", "Volha Sidarenka|25|basic amount|-", "Pavel Hrytsuk|25|basic amount|-"]],
    ["cedis", "The magistrate fined Osei 2,000 cedis, and Boateng and Asante 1,500 cedis each.", ["Kwame Osei", ["Osei"]], ["Yaw Boateng", ["Boateng"]], ["Kojo Asante", ["Asante"]], ["Kwame Osei|2000|GHS|-", "Yaw Boateng|1500|GHS|-", "Kojo Asante|1500|GHS|-"]],
  ] as const)("keeps a name with its own amount out of a later `each` (%s)", (_, text, a, b, c, expected) => {
    expect(fines(run(text, [[a[0], [...a[1]]], [b[0], [...b[1]]], [c[0], [...c[1]]]]))).toEqual(expected);
  });

  it("keeps a name with its own term out of a later `while … each`", () => {
    const text = "A court sentenced Sipho Ndlovu to twelve years' imprisonment, half of it suspended, while the organisers Thandi Zulu and Musa Khumalo got three years each.";
    expect(sentences(run(text, ["Sipho Ndlovu", "Thandi Zulu", "Musa Khumalo"]))).toEqual(["Sipho Ndlovu|4380|prison|-", "Thandi Zulu|1095|prison|-", "Musa Khumalo|1095|prison|-"]);
  });

  it("still shares `each` across names set off with their ages", () => {
    const text = "The court convicted them. Tran Hoa, 38, and Dinh Khoa, 44, were also each given three years of probation.";
    expect(sentences(run(text, ["Tran Hoa", "Dinh Khoa"]))).toEqual(["Tran Hoa|1095|probation|-", "Dinh Khoa|1095|probation|-"]);
  });
});

describe("penalties: a person by description, named next", () => {
  it.each([
    ["a blogger, in a penal colony", "A court in Tashkent on 5 May sentenced one of the country's best-known bloggers to six years in a penal colony. Dilshod Karimov, 39, ran a popular channel.", "Dilshod Karimov", "Dilshod Karimov|2190|prison|-"],
    ["jailed for", "On Friday a judge jailed one of the union's founders for eight years. Vusi Mahlangu, 61, has led the union since 1998.", "Vusi Mahlangu", "Vusi Mahlangu|2920|prison|-"],
  ])("`sentenced one of the …` is the person the next sentence opens with (%s)", (_, text, name, expected) => {
    expect(sentences(run(text, [name]))).toEqual([expected]);
  });

  it("gives `one of the …` nobody when the next sentence opens with no name", () => {
    const text = "A court sentenced one of the protesters to two years in prison. The union said the trial was unfair, and Ana Ruiz spoke to reporters.";
    expect(sentences(run(text, ["Ana Ruiz"]))).toEqual([]);
  });
});

describe("penalties: a subject the letter does not name", () => {
  it.each([
    ["whom we do not name, after a named person", "Sok Dara was jailed for two years. A fourth worker, whom we do not name for her safety, was fined 2 million riel.", "Sok Dara"],
    ["whose name is withheld", "Rosa Mendez was sentenced to two years in prison. Another activist, whose name is withheld at his family's request, was fined 5,000 pesos.", "Rosa Mendez"],
    ["who asked not to be named", "Tomas Novak received a suspended sentence of one year. A third defendant, who asked not to be named, was fined 30,000 korunas.", "Tomas Novak"],
    ["in the same sentence", "Tomas Novak got two years, and a third defendant, who asked not to be named, was fined 30,000 euros.", "Tomas Novak"],
  ])("gives the fine nobody (%s)", (_, text, name) => {
    expect(fines(run(text, [name]))).toEqual([]);
  });
});

describe("penalties: fines on bodies and on lawyers", () => {
  it.each([
    ["imposed … on a parent company", "Reporter Elif Aksoy was sentenced to ten months. The court also imposed an administrative fine of 50,000 lira on the newspaper's parent company, Deniz Medya A.S., under the press law.", "Elif Aksoy"],
    ["a company by its legal form as the object", "Reporter Elif Aksoy was sentenced to ten months. Separately the court fined the broadcaster's owner, Bora Media Ltd., TL 80,000.", "Elif Aksoy"],
    ["a body subject with its name set off", "Reporter Elif Aksoy was sentenced to ten months, and her employer, Yeni Ses Gazetecilik A.S., was fined TL 40,000.", "Elif Aksoy"],
    ["against the union", "Organiser Juma Bakari was jailed for a year, and a fine of TSh 2,000,000 was imposed against the union itself.", "Juma Bakari"],
    // Session 13 (h13b): a company told to pay, by its legal form, perhaps with an aside.
    ["a company ordered to pay, with an aside", "Editor Leyla Hasanova got eight years. The court further ordered Kür Media MMC, the company that prints the weekly, to pay 90,000 manats in unpaid taxes.", "Leyla Hasanova"],
    ["a company ordered to pay", "Organiser Aliya Nurlanovna was given two years. The judge ordered Dala Trans TOO to pay 2 million tenge.", "Aliya Nurlanovna"],
  ])("gives a fine on a company or union nobody (%s)", (_, text, name) => {
    expect(fines(run(text, [name]))).toEqual([]);
  });

  it("still fines a person ordered to pay after a company named in the sentence before (session 13)", () => {
    const text = "The court closed Kür Media MMC. It ordered Leyla Hasanova, the editor, to pay 9,000 manats.";
    expect(fines(run(text, ["Leyla Hasanova"]))).toEqual(["Leyla Hasanova|9000|AZN|-"]);
  });

  it("still fines a person named after `on the union's leader`", () => {
    const text = "The court imposed a fine of TSh 500,000 on the union's leader, Juma Bakari.";
    expect(fines(run(text, ["Juma Bakari"]))).toEqual(["Juma Bakari|500000|TZS|-"]);
  });

  it("gives a fine on `the company` nobody and the director's own fine to the director", () => {
    const text = "The court sentenced Elvin Mammadov to nine years in prison. The court also fined the company 30,000 manats and ordered Mammadov to pay a personal fine of AZN 15,000.";
    expect(fines(run(text, [["Elvin Mammadov", ["Mammadov"]]]))).toEqual(["Elvin Mammadov|15000|AZN|-"]);
  });

  it.each([
    ["in apposition", "On 10 March, their lawyer, Ms. Leila Moradi, was fined IRR200,000,000 by the same branch after she objected.", "Leila Moradi|200000000|IRR|-"],
    ["with an honorific title", "Their lawyer, Advocate Themba Dlamini, was fined E5,000 for leaving the courtroom in protest.", "Themba Dlamini|5000|SZL|-"],
  ])("fines a lawyer who is the subject of the fine (%s)", (_, text, expected) => {
    const name = expected.split("|")[0] ?? "";
    expect(fines(run(text, [[name, [], ["lawyer"]]]))).toEqual([expected]);
  });
});

describe("penalties: a lawyer named as a penalty verb's object (h14b)", () => {
  it.each([
    ["first in a list of objects", "Mr. Khalid Al-Amin is a lawyer. On 9 January the court sentenced Mr. Al-Amin and Mr. Obaid to 15 years' imprisonment each.", ["Khalid Al-Amin|5475|prison|-", "Hamad Obaid|5475|prison|-"]],
    ["the only object", "Ms. Rana Haddad is a lawyer. The court sentenced Ms. Haddad to two years in prison.", ["Rana Haddad|730|prison|-"]],
  ])("is in the dock (%s)", (_, text, expected) => {
    const lawyer = (expected[0] ?? "").split("|")[0] ?? "";
    const family = lawyer.split(" ").at(-1) ?? "";
    const others = expected.slice(1).map((e) => { const name = e.split("|")[0] ?? ""; return [name, [`Mr. ${name.split(" ").at(-1) ?? ""}`]] as [string, string[]]; });
    expect(sentences(run(text, [[lawyer, [`Mr. ${family}`, `Ms. ${family}`], ["lawyer"]], ...others]))).toEqual(expected);
  });

  it("stays out of the dock when the verb's object is another (`sentenced the two men, and lawyer X said`)", () => {
    const text = "The court sentenced Omar Said to two years in prison, and lawyer Rana Haddad said she would appeal.";
    expect(sentences(run(text, ["Omar Said", ["Rana Haddad", [], ["lawyer"]]]))).toEqual(["Omar Said|730|prison|-"]);
  });
});

describe("penalties: given several times in one phrase", () => {
  it.each([
    ["jailed twice", "Daniel Kovacs had already been jailed twice for fifteen days in 2024.", "Daniel Kovacs", 2],
    ["detained three times", "Before this trial, Li Wei was detained three times for ten days for handing out leaflets.", "Li Wei", 3],
  ])("gives one record each time (%s)", (_, text, name, times) => {
    expect(sentences(run(text, [name])).length).toBe(times);
  });

  it.each([
    ["naira, two counts", "Daniel Okoro, who is 64, was fined ₦2m on each of two counts.", "Daniel Okoro", 2],
    ["shillings, three charges", "The court fined Halima Yusuf 50,000 shillings on each of three charges.", "Halima Yusuf", 3],
  ])("gives one fine a count (%s)", (_, text, name, times) => {
    expect(fines(run(text, [name])).length).toBe(times);
  });

  it("keeps one record for a penalty given once, restated", () => {
    const text = "Li Wei was jailed for ten days. The union protested; Li Wei served the ten days in a cell.";
    expect(sentences(run(text, ["Li Wei"])).length).toBe(1);
  });
});

describe("penalties: shapes from the eighth held-out set (session 8)", () => {
  it("gives terms chained after a long ruling and a colon to the names after `for`, of the ruling's kind", () => {
    const text = "In Gomel, the Central District Court on Tuesday 4 June handed down administrative arrests to three volunteers of the Nasha Hazeta website for \"spreading extremist content\", after police searched their laptops: ten days for Darya Kavalchuk, seven for Yury Lazouski and Ales Mikhnevich.";
    expect(sentences(run(text, ["Darya Kavalchuk", "Yury Lazouski", "Ales Mikhnevich"]))).toEqual([
      "Darya Kavalchuk|10|administrative detention|-", "Yury Lazouski|7|administrative detention|-", "Ales Mikhnevich|7|administrative detention|-",
    ]);
  });

  it("gives a term told in the present of a chronology to the name after `for`, not to the verb's object", () => {
    const text = "Amos Ouma, Ruth Achola and Peter Wafula appear before the magistrate. When supporters sing in the gallery, she convicts the three of contempt and jails them for ten days for Ouma, five for Achola and Wafula.";
    expect(sentences(run(text, [["Amos Ouma", ["Ouma"]], ["Ruth Achola", ["Achola"]], ["Peter Wafula", ["Wafula"]]]))).toEqual(["Amos Ouma|10|prison|-", "Ruth Achola|5|prison|-", "Peter Wafula|5|prison|-"]);
  });

  it.each([
    ["each, also suspended", "The court sentenced their chairman Kostas Lianos to two years in prison. Two other board members, Eleni Markou and Yannis Petridis, received ten months each, also suspended."],
    ["each, suspended, on condition", "The court jailed Kostas Lianos for two years. His deputy, Sra. Eleni Markou, and the treasurer, Sr. Yannis Petridis, received ten months each, suspended, on condition that they report monthly."],
  ])("reads a term given to each and suspended after it (%s)", (_, text) => {
    expect(sentences(run(text, ["Kostas Lianos", "Eleni Markou", "Yannis Petridis"]))).toEqual(["Kostas Lianos|730|prison|-", "Eleni Markou|300|suspended prison|-", "Yannis Petridis|300|suspended prison|-"]);
  });

  // Note: `Rs.` is PKR here since session 21 (word21): a shared sign takes the code the letter writes itself (`PKR50,000`).
  it("gives `Each was also ordered to pay` to the people the sentence before penalised, not to the paragraph's first", () => {
    const text = "On 15th April, the court sentenced Mr. Imran Qureshi, the General Secretary of the federation, to seven years' imprisonment and a fine of Rs. 200,000. Mr. Tariq Mehmood and Ms. Saima Bibi, both district organisers, were sentenced to three years and 18 months respectively. Each was also ordered to pay PKR50,000.";
    expect(fines(run(text, ["Imran Qureshi", "Tariq Mehmood", "Saima Bibi"]))).toEqual(["Imran Qureshi|200000|PKR|-", "Tariq Mehmood|50000|PKR|-", "Saima Bibi|50000|PKR|-"]);
  });
});
