/**
 * Who a penalty reaches when its sentence does not name the person plainly (issue 12, session 11,
 * from heldout10's and heldout9's English misses, each written again in other words): probation
 * `for the same period` as the term before, a timeline's present tense (`reduces X's term to`),
 * a court subject after a time opener in a re-trial paragraph with no name, a subject named by
 * its role and named later with that role, a term stated first and its person after a colon or in
 * the next sentence, a relative aside's name. Negatives: maxima, requests, custody, an unnamed
 * counted group, an acquitted co-accused, the B of `A, a colleague of B`. Made-up names and wordings.
 */
import { describe, expect, it } from "vitest";
import { SAME_PERIOD } from "../../src/extract/sentences/same-period.js";
import { fines, run, sentences } from "./penalties-helpers.js";

type Names = Parameters<typeof run>[1];
const check = (text: string, names: Names, expected: string[]): void => {
  expect(sentences(run(text, names))).toEqual(expected);
};

describe("penalties: probation for the same period", () => {
  it("matches its own example", () => {
    expect(new RegExp(SAME_PERIOD[0].source, "iu").test(SAME_PERIOD[1])).toBe(true);
  });

  it.each([
    ["`and placed on probation for the same period`", "Halima Mwakyusa was given an eighteen-month suspended sentence and placed on probation for the same period.", ["Halima Mwakyusa"],
      ["Halima Mwakyusa|540|suspended prison|-", "Halima Mwakyusa|540|probation|-"]],
    ["`put on probation for the same length of time`", "Ignacio Barreto Salas received a suspended prison term of two years and was put on probation for the same length of time.", ["Ignacio Barreto Salas"],
      ["Ignacio Barreto Salas|730|suspended prison|-", "Ignacio Barreto Salas|730|probation|-"]],
    ["an object pronoun and `an equal period`", "The judge sentenced Oksana Hrytsenko to three years, suspended, and placed her on probation for an equal period.", ["Oksana Hrytsenko"],
      ["Oksana Hrytsenko|1095|suspended prison|-", "Oksana Hrytsenko|1095|probation|-"]],
    ["the sentence before states the term", "Kwame Asante was handed a one-year suspended sentence. He was also placed on probation for the same period.", ["Kwame Asante"],
      ["Kwame Asante|365|suspended prison|-", "Kwame Asante|365|probation|-"]],
    ["a third defendant after a shared term", "The court jailed Ines Duarte and Rui Matos for four and three years respectively. A third defendant, Tiago Lobo, was given a two-year suspended sentence and placed on probation for the same period.", ["Ines Duarte", "Rui Matos", "Tiago Lobo"],
      ["Ines Duarte|1460|prison|-", "Rui Matos|1095|prison|-", "Tiago Lobo|730|suspended prison|-", "Tiago Lobo|730|probation|-"]],
  ] as const)("gives the probation the term before (%s)", (_, text, names, expected) => {
    check(text, names as unknown as Names, [...expected]);
  });

  it.each([
    ["no term before it", "Nilufar Rahimova was placed on probation for the same period as her husband."],
    ["a term in an earlier paragraph", "Nilufar Rahimova was given a two-year suspended sentence.\n\nHer husband was placed on probation for the same period."],
  ])("gives no second record (%s)", (_, text) => {
    expect(sentences(run(text, ["Nilufar Rahimova"])).filter((s) => s.includes("probation"))).toEqual([]);
  });
});

describe("penalties: a timeline's present tense", () => {
  it.each([
    ["`cuts X's sentence to`", "- 4 Jan 2025 – Magistrate sentences Chan Siu-ming to 14 months' imprisonment.\n- 9 Jan 2025 – Chan files an appeal.\n- 21 Mar 2025 – High Court cuts Chan's sentence to 10 months.",
      [["Chan Siu-ming", ["Chan"]]], ["Chan Siu-ming|420|prison|-", "Chan Siu-ming|300|-|-"]],
    ["`reduces X's term to`", "- 2 Feb 2025: court jails Ravi Menon for two years.\n- 10 Mar 2025: appeal court reduces Menon's term to 18 months.",
      [["Ravi Menon", ["Menon"]]], ["Ravi Menon|730|prison|-", "Ravi Menon|540|prison|-"]],
    ["`Tribunal sentences X to` and `lowers her term to`", "6 June 2024 — Tribunal sentences Aylin Demir to 3 years. 1 Oct 2024 — Court of Cassation upholds Demir's conviction but lowers her term to 2 years.",
      [["Aylin Demir", ["Demir"]]], ["Aylin Demir|1095|prison|-", "Aylin Demir|730|prison|-"]],
  ] as const)("reads the term (%s)", (_, text, names, expected) => {
    check(text, names as unknown as Names, [...expected]);
  });

  it("reads no sentence in the plural noun `sentences`", () => {
    check("The sentences Amir Said received were long. The union cuts its fees to 3 euros.", ["Amir Said"], []);
  });
});

describe("penalties: a court subject after a time opener refers back", () => {
  it.each([
    ["a re-trial paragraph with no name", "On 5 October 2023, the regional court sentenced Mr. Bakir Osmanov to eleven years in a penal colony. On 19 March 2024, the appeal court annulled the verdict and sent the case back.\n\nThe re-trial opened on 2 September 2024. The prosecutor again requested 14 years. On 14 January 2025, the regional court imposed a new term of nine years in a penal colony, to be followed by one year of restricted freedom.",
      [["Bakir Osmanov", ["Mr. Osmanov"]]], ["Bakir Osmanov|4015|prison|-", "Bakir Osmanov|3285|prison|-", "Bakir Osmanov|365|restricted freedom|-"]],
    ["an opener with an aside", "Farida Nasser was first convicted in 2022, but the verdict was quashed. At the second trial, which ended in February, the court handed down seven years in prison.",
      ["Farida Nasser"], ["Farida Nasser|2555|prison|-"]],
    ["a date and `the bench` with no comma", "Lucas Pereira's first trial collapsed in May. On 2 October 2024 the bench imposed a sentence of six years' imprisonment after a retrial.",
      ["Lucas Pereira"], ["Lucas Pereira|2190|prison|-"]],
  ] as const)("gives the penalty to the person spoken of (%s)", (_, text, names, expected) => {
    check(text, names as unknown as Names, [...expected]);
  });
});

describe("penalties: a subject named by role, named later", () => {
  it.each([
    ["a role subject, the name in apposition two sentences on", "The treasurer of the Lakeside Dockworkers Union was jailed for six months on Monday.\n\nThe magistrate, Helen Quayle, said the strike had endangered the port.\n\nOkonkwo Ibe, the union's treasurer, will appeal.",
      ["Helen Quayle", "Okonkwo Ibe"], ["Okonkwo Ibe|180|prison|-"]],
    ["a dateline before a dash, the role before the name", "PORTVILLE, 3 May 2025 (Harbour Wire) – The president of the Northern Miners' Federation has been sentenced to two years in prison. Judge Arvid Lunde read the verdict. Federation president Soraya Haddad, 52, denied all charges.",
      ["Arvid Lunde", "Soraya Haddad", "Harbour Wire"], ["Soraya Haddad|730|prison|-"]],
    ["the term first, the role after `handed down to`, the name in the next paragraph", "Two years' imprisonment: that is the sentence handed down to the editor of the weekly Coast Echo on Friday.\n\nAna Ruiz, 41, has edited the weekly since 2019.",
      ["Ana Ruiz"], ["Ana Ruiz|730|prison|-"]],
    ["a fragment, then `That was the penalty … gave the leader of …`", "Eighteen months behind bars. That was the penalty a court in Tashkent gave the leader of the drivers' union on 3 March. Rustam Karimov, 47, plans to appeal.",
      ["Rustam Karimov"], ["Rustam Karimov|540|prison|-"]],
    ["a verb-led clause, the subject after a colon", "Sentenced to five years for organising a strike: the chair of the textile union, Mehmet Aksoy, learned his fate on Thursday.",
      ["Mehmet Aksoy"], ["Mehmet Aksoy|1825|prison|-"]],
    ["the general secretary, with an honorific", "The general secretary of the nurses' association was jailed for eight months yesterday. Magistrate Sela Vunipola said the sit-in was unlawful. Ratu Josefa Tikoduadua, the association's general secretary, will serve four months.",
      ["Sela Vunipola", "Josefa Tikoduadua"], ["Josefa Tikoduadua|240|prison|-"]],
  ] as const)("finds the person (%s)", (_, text, names, expected) => {
    check(text, names as unknown as Names, [...expected]);
  });

  it.each([
    ["a role no later name holds and no opening name", "The treasurer of the dockers' union was jailed for six months. The union said it would appeal. Its members gathered outside the court, where Lina Park spoke."],
    ["a named subject of its own", "The treasurer, Lina Park, was jailed for six months. The union's president, Ruth Obi, condemned the ruling."],
  ])("gives the penalty to no one else (%s)", (_, text) => {
    const found = sentences(run(text, ["Lina Park", "Ruth Obi"]));
    expect(found.filter((s) => !s.startsWith("Lina Park"))).toEqual([]);
  });
});

describe("penalties: an apposition's head, not its complement", () => {
  it.each([
    ["`a colleague of B`", "Yasmin Farouk, a colleague of the union leader Karim Saleh, was sentenced to three years in prison.", ["Yasmin Farouk", "Karim Saleh"], ["Yasmin Farouk|1095|prison|-"]],
    ["`the deputy of B`", "Tomasz Wrona, the deputy of Adam Lis, received eight months' detention.", ["Tomasz Wrona", "Adam Lis"], ["Tomasz Wrona|240|detention|-"]],
    ["a relative aside naming B", "Nadia Bello, who worked alongside Efe Okoro for ten years, was jailed for two years.", ["Nadia Bello", "Efe Okoro"], ["Nadia Bello|730|prison|-"]],
    ["`an assistant to B`, B not charged", "Chen Lei, an assistant to Wang Fang, was given 18 months in jail. Wang Fang was not charged.", ["Chen Lei", "Wang Fang"], ["Chen Lei|540|prison|-"]],
  ] as const)("gives the penalty to A only (%s)", (_, text, names, expected) => {
    check(text, names as unknown as Names, [...expected]);
  });
});

describe("penalties: no ruling, or nobody named", () => {
  it.each([
    ["a maximum and a request", "The charge of unlawful assembly carries a maximum of five years in prison. Prosecutors asked for four years for Iker Zubiri.", ["Iker Zubiri"]],
    ["custody without a ruling", "Marisol Duarte was held for ten days at a police station before being released without charge.", ["Marisol Duarte"]],
    ["a counted group with no names", "Three union members were sentenced to one year each. Their names have not been published.", []],
    ["pre-trial detention", "Hamid Rezaei has spent 14 months in pre-trial detention awaiting trial.", ["Hamid Rezaei"]],
  ] as const)("gives no sentence (%s)", (_, text, names) => {
    check(text, names as unknown as Names, []);
  });

  it("gives an acquitted co-accused nothing", () => {
    check("The court acquitted Petra Novak, while her co-accused Lena Horvat received two years in prison.", ["Petra Novak", "Lena Horvat"], ["Lena Horvat|730|prison|-"]);
  });
});

/**
 * A capability audit of issue 12's items 1 (penalties given to groups and lists) and 2 (penalty
 * wording), in wordings written for it: one short made-up letter each, people given by name.
 */
describe("penalties: issue 12 audit, groups and lists", () => {
  const noDate = (text: string, names: Names): string[] => sentences(run(text, names)).map((s) => s.replace(/\|[^|]*$/u, ""));
  it.each([
    ["`were each handed … by`", "Amara Nwosu, Tobias Lind and Keiko Mori were each handed thirty months in prison by the district court.", ["Amara Nwosu", "Tobias Lind", "Keiko Mori"],
      ["Amara Nwosu|900|prison", "Tobias Lind|900|prison", "Keiko Mori|900|prison"]],
    ["`Both were jailed` after a conviction", "The court convicted Pablo Ríos and Elena Vidal on Monday. Both were jailed for 16 months.", ["Pablo Ríos", "Elena Vidal"],
      ["Pablo Ríos|480|prison", "Elena Vidal|480|prison"]],
    ["`All three received nine-month terms` after a verdict", "Judge Marsh found Kofi Mensah, Ama Owusu and Yaw Boateng guilty of obstruction. All three received nine-month terms.", ["Kofi Mensah", "Ama Owusu", "Yaw Boateng"],
      ["Kofi Mensah|270|-", "Ama Owusu|270|-", "Yaw Boateng|270|-"]],
    ["`sent the two journalists, A and B, to prison for a year each`", "The tribunal sent the two journalists, Dara Quinn and Niamh Byrne, to prison for a year each.", ["Dara Quinn", "Niamh Byrne"],
      ["Dara Quinn|365|prison", "Niamh Byrne|365|prison"]],
    ["a chain `ten days for A, seven days for B and C, and four days for D`", "The magistrate handed down ten days for Ilya Sorin, seven days for Pavel Gusev and Oleg Titov, and four days for Anton Belov.", ["Ilya Sorin", "Pavel Gusev", "Oleg Titov", "Anton Belov"],
      ["Ilya Sorin|10|-", "Pavel Gusev|7|-", "Oleg Titov|7|-", "Anton Belov|4|-"]],
    ["`respectively`", "Rosa Blanco and Mateo Cruz were sentenced to six and four years respectively.", ["Rosa Blanco", "Mateo Cruz"],
      ["Rosa Blanco|2190|prison", "Mateo Cruz|1460|prison"]],
    ["list lines with honorifics", "Sentences:\n- Mr. Tran Van Long: 9 years\n- Ms. Le Thi Hoa: 7 years", ["Tran Van Long", "Le Thi Hoa"],
      ["Tran Van Long|3285|-", "Le Thi Hoa|2555|-"]],
    ["a role object named by the next sentence", "A court in Harare sentenced a prominent union organiser to three years on Tuesday. Tendai Moyo, 39, had led the bus strike.", ["Tendai Moyo"],
      ["Tendai Moyo|1095|prison"]],
    ["`Each of them – A, B and C – was given`", "Each of them - Juma Said, Rehema Ali and Baraka Mwita - was given a suspended sentence of one year.", ["Juma Said", "Rehema Ali", "Baraka Mwita"],
      ["Juma Said|365|suspended prison", "Rehema Ali|365|suspended prison", "Baraka Mwita|365|suspended prison"]],
    ["`ordered that A and B serve 30 months each in prison`", "The court ordered that Anh Nguyen and Minh Pham serve 30 months each in prison.", ["Anh Nguyen", "Minh Pham"],
      ["Anh Nguyen|900|prison", "Minh Pham|900|prison"]],
    ["`have been jailed for five years each`", "Union leaders Gulnara Abenova and Yerlan Saparov have been jailed for five years each, the court in Almaty ruled on 2 April.", ["Gulnara Abenova", "Yerlan Saparov"],
      ["Gulnara Abenova|1825|prison", "Yerlan Saparov|1825|prison"]],
  ] as const)("one record per named person (%s)", (_, text, names, expected) => {
    expect(noDate(text, names as unknown as Names)).toEqual(expected);
  });

  it("gives an unnamed group nothing", () => {
    expect(noDate("Two other workers were sentenced to eight months each. Wanjiru Kamau was released.", ["Wanjiru Kamau"])).toEqual([]);
  });
});

describe("penalties: issue 12 audit, penalty wording", () => {
  const one = (text: string, name: string): string[] => sentences(run(text, [name])).map((s) => s.replace(/\|[^|]*$/u, ""));
  it.each([
    ["Natallia Hrybava was sentenced to three years of restricted freedom.", "Natallia Hrybava", ["Natallia Hrybava|1095|restricted freedom"]],
    ["Siarhei Kuzmich received two and a half years of restriction of freedom.", "Siarhei Kuzmich", ["Siarhei Kuzmich|910|restricted freedom"]],
    ["The court imposed restrictions on her freedom of movement for four years on Dinara Sultanova.", "Dinara Sultanova", ["Dinara Sultanova|1460|restricted freedom"]],
    ["Maksim Zorin was given a suspended term of eighteen months.", "Maksim Zorin", ["Maksim Zorin|540|suspended prison"]],
    ["Alibek Nurlanov was sentenced to one year with a stay of execution.", "Alibek Nurlanov", ["Alibek Nurlanov|365|suspended prison"]],
    ["Jamal Haddad was jailed for a decade.", "Jamal Haddad", ["Jamal Haddad|3650|prison"]],
    ["Lina Osei was handed a jail term of 14 months.", "Lina Osei", ["Lina Osei|420|prison"]],
    ["Kyaw Zin was sentenced to seven years with hard labour.", "Kyaw Zin", ["Kyaw Zin|2555|prison"]],
    ["Ruth Achieng received a 20-month sentence.", "Ruth Achieng", ["Ruth Achieng|600|prison"]],
    ["Tomás Alves was sentenced to 1½ years in prison.", "Tomás Alves", ["Tomás Alves|545|prison"]],
    ["Meera Pillai was sentenced to four years and three months' rigorous imprisonment.", "Meera Pillai", ["Meera Pillai|1550|prison"]],
    ["Olga Dubova was placed on probation for three years.", "Olga Dubova", ["Olga Dubova|1095|probation"]],
    ["Nodir Rakhimov was sentenced to three years in a penal colony, suspended for two years.", "Nodir Rakhimov", ["Nodir Rakhimov|1095|suspended prison"]],
    ["Hassan Omar is serving a nine-year sentence.", "Hassan Omar", ["Hassan Omar|3285|prison"]],
  ] as const)("reads %j", (text, name, expected) => {
    expect(one(text, name)).toEqual(expected);
  });

  it.each([
    ["Rustam Aliyev faces up to eight years in prison if convicted.", "Rustam Aliyev"],
    ["The prosecutor demanded six years for Kenji Sato.", "Kenji Sato"],
    ["Amit Rao was fined Rs 10,000, or three months in default of payment.", "Amit Rao"],
    ["Eva Horak was arrested on 3 April and remains in custody.", "Eva Horak"],
    ["Pita Vea will serve ten years as president of the union.", "Pita Vea"],
  ] as const)("reads no penalty in %j", (text, name) => {
    expect(one(text, name)).toEqual([]);
  });
});

/**
 * Counsel penalised through a pronoun (heldout12's lawyer fined for contempt, written again): a
 * lawyer is an official of the case unless a penalty verb's pronoun object stands for him in his
 * own sentence; not when he speaks of his client (`said the court had sentenced her`).
 */
describe("penalties: a lawyer penalised through a pronoun", () => {
  it.each([
    ["fined for protesting", "Karim Saleh was tried in May. His lawyer, Ivan Petrov, was not allowed to see him. When Mr Petrov objected, the judge fined him 3,000 somoni.",
      ["Karim Saleh", ["Ivan Petrov", ["Mr Petrov"], ["lawyer"]]], ["Ivan Petrov|3000|TJS|-"]],
    ["jailed for contempt after walking out", "Nadia Bello stood trial in Kano. Her counsel, the lawyer Efe Okoro, walked out, and the magistrate jailed her for seven days for contempt.",
      ["Nadia Bello", ["Efe Okoro", [], ["lawyer"]]], ["S:Efe Okoro|7|prison|-"]],
    ["a lawyer speaking of the client", "Lena Horvat was arrested in May. Her lawyer, Petra Novak, said the judge had sentenced her to three years in prison.",
      ["Lena Horvat", ["Petra Novak", [], ["lawyer"]]], ["S:Lena Horvat|1095|prison|-"]],
  ] as const)("%s", (_, text, names, expected) => {
    const r = run(text, names as unknown as Names, [], null);
    const got = [...sentences(r).map((s) => `S:${s}`), ...fines(r)];
    expect(got).toEqual([...expected]);
  });
});
