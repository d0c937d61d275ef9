/**
 * Penalty subjects and terms in shapes heldout9's unseen letters showed (issue 12, session 10),
 * each written again in other words: defendants numbered by a label (`Accused 1: A;`), a chain
 * item given `each on` a role and `and on` the next, a term that `went to` or was `imposed on`
 * someone, a quoted nickname of initials inside a name, a judge's `suspended … jail time for X`,
 * dated chain items, and subjects the letter says it cannot name. Made-up names and wordings.
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

type Names = Parameters<typeof run>[1];

describe("penalties: defendants numbered by a label", () => {
  it.each([
    [
      "`Accused 1: A;` lines, then `The first accused` and `Accused 2 and 3 … each`",
      "The accused were:\n\nAccused 1: Wanjiru Kamau, 38, branch secretary;\nAccused 2: Otieno Barasa, 44, driver;\nAccused 3: Chebet Langat, 29, clerk.\n\nThe magistrate delivered judgment. The first accused was sentenced to four years' imprisonment. Accused 2 and 3 received eighteen months each.",
      ["Wanjiru Kamau", "Otieno Barasa", "Chebet Langat"],
      ["Wanjiru Kamau|1460|prison|-", "Otieno Barasa|540|prison|-", "Chebet Langat|540|prison|-"],
    ],
    [
      "`Defendant No. 1 - A` lines, the verb's object `Defendants 1 and 3`, then `the second defendant`",
      "Standing trial:\nDefendant No. 1 - Rafiqul Islam (organiser)\nDefendant No. 2 - Nasrin Akter (treasurer)\nDefendant No. 3 - Tanvir Hasan (member)\n\nThe tribunal jailed Defendants 1 and 3 for two years each, while the second defendant received a six-month term.",
      ["Rafiqul Islam", "Nasrin Akter", "Tanvir Hasan"],
      ["Rafiqul Islam|730|prison|-", "Tanvir Hasan|730|prison|-", "Nasrin Akter|180|prison|-"],
    ],
    [
      "two labels on one line (`Respondent 1 - A; Respondent 2 - B`)",
      "Respondent 1 - Jose Bautista; Respondent 2 - Maria Santos.\n\nThe court found both guilty. The first respondent was sentenced to six years in prison.",
      ["Jose Bautista", "Maria Santos"],
      ["Jose Bautista|2190|prison|-"],
    ],
    [
      "`The second detainee got …` over `Detainee 2: B` lines, an honorific after the label",
      "Detainee 1: Mr Karim Mansour\nDetainee 2: Ms Laila Sharaf\n\nThe second detainee got three years in prison.",
      [["Karim Mansour", ["Mr Karim Mansour"]], ["Laila Sharaf", ["Ms Laila Sharaf"]]],
      ["Laila Sharaf|1095|prison|-"],
    ],
  ] as const)("gives the labelled people their terms (%s)", (_, text, names, expected) => {
    expect(sentences(run(text, names as unknown as Names))).toEqual(expected);
  });

  it.each([
    ["an ordinal past the labelled list", "Accused 1: Wanjiru Kamau;\nAccused 2: Otieno Barasa.\n\nThe third accused was sentenced to two years in prison."],
    ["a label with no name after it", "Accused 1: a driver whose name we withhold;\nAccused 2: a clerk.\n\nThe first accused was sentenced to two years in prison. Wanjiru Kamau watched."],
    ["an ordinal that is no defendant", "Accused 1: Wanjiru Kamau;\nAccused 2: Otieno Barasa.\n\nAt the second hearing the court refused bail. The judge recalled that the maximum is ten years in prison."],
  ])("gives nobody (%s)", (_, text) => {
    expect(sentences(run(text, ["Wanjiru Kamau", "Otieno Barasa"]))).toEqual([]);
  });
});

describe("penalties: a chain item given `each on` a role, `and on` the next", () => {
  it.each([
    [
      "`… on its secretary, B, and on the picket's organiser, C`",
      "The city court imposed administrative arrest of ten days on the union's president, Zurab Tsiklauri, and seven days each on its secretary, Ketevan Lomidze, and on the picket's organiser, Beka Natsvlishvili.",
      ["Zurab Tsiklauri", "Ketevan Lomidze", "Beka Natsvlishvili"],
      ["Zurab Tsiklauri|10|administrative detention|-", "Ketevan Lomidze|7|administrative detention|-", "Beka Natsvlishvili|7|administrative detention|-"],
    ],
    [
      "after a semicolon, `nine days each went to B and to C`",
      "The court handed down detention of twelve days to Pavel Hrynko; nine days each went to Alesia Shved and to Yury Kastsiuk.",
      ["Pavel Hrynko", "Alesia Shved", "Yury Kastsiuk"],
      ["Pavel Hrynko|12|detention|-", "Alesia Shved|9|detention|-", "Yury Kastsiuk|9|detention|-"],
    ],
  ] as const)("gives each item to its names (%s)", (_, text, names, expected) => {
    expect(sentences(run(text, [...names]))).toEqual(expected);
  });

  it("gives an item `each on` two unnamed students to nobody", () => {
    const text = "The court imposed eight days of administrative arrest on Ana Ruiz, and six days each on two students it did not name.";
    expect(sentences(run(text, ["Ana Ruiz"]))).toEqual(["Ana Ruiz|8|administrative detention|-"]);
  });

  it("does not read `and on the same day` as the next name's preposition", () => {
    const text = "The court imposed eight days of administrative arrest on the chair, Ana Ruiz, and on the same day Juan Soto was released.";
    expect(sentences(run(text, ["Ana Ruiz", "Juan Soto"]))).toEqual(["Ana Ruiz|8|administrative detention|-"]);
  });
});

describe("penalties: a term that went to, or was imposed on, someone", () => {
  it.each([
    ["`The eight-year sentence went to X`", "A court in Baku on Monday jailed two editors. The eight-year sentence went to Elchin Rahimli, the outlet's founder.", ["Elchin Rahimli"], ["Elchin Rahimli|2920|-|-"]],
    ["`the 40-month term imposed on her at first instance`", "The appeal court upheld the conviction of his colleague, Marta Rengifo, together with the 40-month term imposed on her at first instance.", ["Marta Rengifo"], ["Marta Rengifo|1200|-|-"]],
    ["`the three-year prison sentence handed to X by the lower court`", "The Supreme Court confirmed the three-year prison sentence handed to Rosa Quispe by the lower court.", ["Rosa Quispe"], ["Rosa Quispe|1095|prison|-"]],
    ["`the 30-month sentence that the trial court had imposed on X`", "The appeal judges let stand the 30-month sentence that the trial court had imposed on Diego Yanez.", ["Diego Yanez"], ["Diego Yanez|900|-|-"]],
  ] as const)("gives it to that person (%s)", (_, text, names, expected) => {
    expect(sentences(run(text, [...names]))).toEqual(expected);
  });

  it.each([
    ["a term of office that went to someone", "The four-year term as union president went to Elchin Rahimli."],
    ["a term of office handed to someone", "The board's two-year term handed to Elchin Rahimli ends in May."],
  ])("reads no penalty in %s", (_, text) => {
    expect(sentences(run(text, ["Elchin Rahimli"]))).toEqual([]);
  });
});

describe("penalties: a nickname, jail time and a suspending judge", () => {
  it("reads a term given to a name with a quoted nickname of initials (`Raymond \"R.J.\" Whitfield`)", () => {
    const text = 'Judge Ellen Marsh gave union steward Raymond "R.J." Whitfield two years of probation on May 1. She suspended 30 days of jail time for Whitfield provided he commits no new offense.';
    expect(sentences(run(text, [["Raymond Whitfield", ['Raymond "R.J." Whitfield', "Whitfield"]], "Ellen Marsh"]))).toEqual([
      "Raymond Whitfield|730|probation|-",
      "Raymond Whitfield|30|suspended prison|-",
    ]);
  });

  it("gives `suspended a further 45 days of jail for X` to X, suspended, after another person's term", () => {
    const text = "Justice Anne Dufresne sentenced Lucia Bianchi to one year of probation and suspended a further 45 days of jail time for Marco Bellini.";
    expect(sentences(run(text, ["Anne Dufresne", "Lucia Bianchi", "Marco Bellini"]))).toEqual([
      "Lucia Bianchi|365|probation|-",
      "Marco Bellini|45|suspended prison|-",
    ]);
  });

  it("gives `a one-year probation order on organiser X` to X", () => {
    expect(sentences(run("The bench imposed a one-year probation order on organiser Ruth Mensah.", ["Ruth Mensah"]))).toEqual(["Ruth Mensah|365|probation|-"]);
  });

  it("reads no term in `suspended 30 days of strike action`", () => {
    expect(sentences(run("The union suspended 30 days of strike action for Raymond Whitfield.", ["Raymond Whitfield"]))).toEqual([]);
  });
});

describe("penalties: dated chain items", () => {
  it("reads `for twelve days in February and ten days on 8 April` as two terms", () => {
    const text = "Ilnur Garipov had already been given administrative arrest twice this year, for twelve days in February and ten days on 8 April.";
    expect(sentences(run(text, ["Ilnur Garipov"]))).toEqual(["Ilnur Garipov|12|administrative detention|-", "Ilnur Garipov|10|administrative detention|-"]);
  });

  it("reads no second term in `… in March and three months later was released`", () => {
    const text = "Ilnur Garipov was sentenced to two years in prison in March and three months later was released on parole.";
    expect(sentences(run(text, ["Ilnur Garipov"]))).toEqual(["Ilnur Garipov|730|prison|-"]);
  });
});

describe("penalties: subjects the letter says it cannot name", () => {
  it.each([
    ["`whom the union has not been able to identify`", "Two further workers tried in Binh Duong on 19 February, whom the union has not been able to identify, were each sentenced to three years."],
    ["`whose identities remain unknown`", "Three other activists from Binh Duong, whose identities remain unknown, were each sentenced to two years in prison."],
  ])("gives nobody (%s)", (_, text) => {
    // Note: `Binh Duong` given as a person stands for a place the people stage takes for a name.
    expect(sentences(run(text, ["Binh Duong"]))).toEqual([]);
  });
});

describe("penalties: a byline's writer is never the person penalised (h10b, h11a; session 11)", () => {
  it.each([
    ["`By A` over a lede with `one of them`", "Union trio fined over picket\n\nBy Nurul Huda Kassim\n\nKOTA BHARU, May 3, 2025: Three officials of a union were fined today, and one of them was also sentenced to a day's jail.", ["Nurul Huda Kassim"]],
    ["`Reporting by A` over a passive lede", "Reporting by Tomasz Wielgosz\n\nWARSAW: A union leader was sentenced to two years in prison on Friday.", ["Tomasz Wielgosz"]],
    ["`Par A` over a French lede", "Par Awa Diop\n\nDAKAR – Le syndicaliste a été condamné à un an de prison ferme.", ["Awa Diop"]],
  ])("gives the writer nothing (%s)", (_, text, names) => {
    expect(sentences(run(text, names))).toEqual([]);
  });

  it("still gives a person named after `by` in a sentence their term", () => {
    const text = "The strike was led by Nurul Huda Kassim. She was sentenced to two years in prison.";
    expect(sentences(run(text, ["Nurul Huda Kassim"]))).toEqual(["Nurul Huda Kassim|730|prison|-"]);
  });
});

describe("penalties: a penalty stated first, its person named after (h10b, h11a, h11b; session 11)", () => {
  it.each([
    [
      "`A decade in prison, followed by …. That is what the court imposed … on a worker …. Name, …`",
      "A decade in prison, followed by five years of probation. That is what the provincial court imposed on Tuesday on a 41-year-old factory worker whose only offence was to write about pay slips. Tran Thi Mai Anh, a former line leader at the plant, was convicted of propaganda.",
      ["Tran Thi Mai Anh"],
      ["Tran Thi Mai Anh|3650|prison|-", "Tran Thi Mai Anh|1825|probation|-"],
      "en",
    ],
    [
      "French: `Huit mois de prison ferme … : c'est la peine prononcée … . Elle frappe M. X, …`",
      "Huit mois de prison ferme : c'est la peine prononcée le jeudi par la chambre correctionnelle du tribunal de première instance de la ville. Elle frappe M. Moncef Trabelsi, secrétaire général du syndicat régional des ouvriers agricoles, arrêté en septembre.",
      ["Moncef Trabelsi"],
      ["Moncef Trabelsi|240|prison|-"],
      "fr",
    ],
    [
      "French: `Deux ans d'emprisonnement ferme : c'est la peine prononcée contre le directeur … . M. X, …`",
      "Deux ans d'emprisonnement ferme : c'est la peine prononcée contre le directeur du journal régional par le tribunal correctionnel de la ville. M. Karim Saadi, 54 ans, dirige le journal depuis sa fondation et conteste toutes les accusations.",
      ["Karim Saadi"],
      ["Karim Saadi|730|prison|-"],
      "fr",
    ],
  ] as const)("gives the term to the person named next (%s)", (_, text, names, expected, language) => {
    expect(sentences(run(text, [...names], [], null, language))).toEqual(expected);
  });

  it.each([
    ["a term the next sentence does not point back to", "A decade in prison is the maximum for the charge. Tran Thi Mai Anh, a former line leader at the plant, was questioned by police on Monday."],
    ["a pointing-back sentence whose next name is inside it, not opening", "Five years in prison. That is what the prosecutor asked for in a trial where the union's lawyer, Tran Thi Mai Anh, spoke last."],
  ])("gives nobody (%s)", (_, text) => {
    expect(sentences(run(text, ["Tran Thi Mai Anh"]))).toEqual([]);
  });
});

describe("penalties: terms, a colon, then a clause pointing back that hands them to a list (h13a; session 13)", () => {
  it.each([
    [
      "`… and a fine of E5,000 each: that is the penalty handed down on Wednesday to A, …; B, …; and C, …`",
      "Two years' imprisonment, wholly suspended for three years, and a fine of E5,000 each: that is the penalty handed down on Wednesday to Thandeka Nxumalo, the union's deputy secretary general; Musa Khumalo, its national treasurer; and Lindiwe Dube, chairperson of the shop stewards' council.",
      ["Thandeka Nxumalo", "Musa Khumalo", "Lindiwe Dube"],
      "en",
      ["Thandeka Nxumalo|730|suspended prison|-", "Musa Khumalo|730|suspended prison|-", "Lindiwe Dube|730|suspended prison|-"],
      ["Thandeka Nxumalo|5000|SZL|-", "Musa Khumalo|5000|SZL|-", "Lindiwe Dube|5000|SZL|-"],
    ],
    [
      "French: `… : c'est la peine prononcée mardi contre A et B`",
      "Six mois de prison ferme et une amende de 300 000 francs CFA chacun : c'est la peine prononcée mardi contre Ousmane Diallo et Mariama Bah.",
      ["Ousmane Diallo", "Mariama Bah"],
      "fr",
      ["Ousmane Diallo|180|prison|-", "Mariama Bah|180|prison|-"],
      ["Ousmane Diallo|300000|XOF|-", "Mariama Bah|300000|XOF|-"],
    ],
  ] as const)("gives the terms to every name of the list (%s)", (_, text, names, language, terms, amounts) => {
    const result = run(text, [...names], [], null, language);
    expect(sentences(result)).toEqual(terms);
    expect(fines(result).map((f) => f.replace(/\|X[AO]F\|/u, "|XOF|"))).toEqual(amounts);
  });

  it("stops the list at a name inside an apposition's complement", () => {
    const text = "Three years in prison: that is the penalty handed down to Ana Ruiz, the wife of Pedro Soto, by the regional court.";
    expect(sentences(run(text, ["Ana Ruiz", "Pedro Soto"]))).toEqual(["Ana Ruiz|1095|prison|-"]);
  });

  it("gives nobody when the clause pointing back hands the terms to no name (a request)", () => {
    const text = "Five years in prison: that is the penalty the prosecutor asked for, while Ana Ruiz, the union's lawyer, spoke last.";
    expect(sentences(run(text, ["Ana Ruiz"]))).toEqual([]);
  });
});

describe("penalties: a name inside a fronted phrase is no subject (`In the same ruling as X, he was sentenced`; h13a, session 13)", () => {
  it.each([
    ["`In the same ruling as Mr. X, he …`", "Néstor Colmenares is a journalist. He was arrested while covering the protest. In the same ruling as Mr. Pernía Linares, he was sentenced to two years' imprisonment."],
    ["`Like X, he …`", "Néstor Colmenares is a journalist. He was arrested while covering the protest. Like Pernía Linares, he was sentenced to two years' imprisonment."],
  ])("gives the term to the pronoun's antecedent (%s)", (_, text) => {
    expect(sentences(run(text, ["Néstor Colmenares", "Pernía Linares"]))).toEqual(["Néstor Colmenares|730|prison|-"]);
  });

  it("still gives the term to a name that is the clause's subject after a fronted phrase", () => {
    const text = "Néstor Colmenares is a journalist. In the same ruling, Pernía Linares was sentenced to two years' imprisonment.";
    expect(sentences(run(text, ["Néstor Colmenares", "Pernía Linares"]))).toEqual(["Pernía Linares|730|prison|-"]);
  });
});

describe("penalties: a payer named by an object pronoun (`ordered her to pay a fine … to X`; h13a, session 13)", () => {
  it.each([
    ["a fine paid `to` a complainant", "Marites Robles was sentenced to four years in prison. The court also ordered her to pay a fine of ₱50,000 to Rodolfo Esperas."],
    ["a fine and damages paid `to` a complainant", "Marites Robles was sentenced to four years in prison. The court also ordered her to pay a fine of ₱50,000 and moral damages of ₱300,000 to Rodolfo Esperas."],
  ])("gives the fine to the pronoun's antecedent, not the payee (%s)", (_, text) => {
    expect(fines(run(text, ["Marites Robles", "Rodolfo Esperas"]))).toEqual(["Marites Robles|50000|PHP|-"]);
  });

  it("still gives a term handed `to` a name in a clause of its own after a pronoun's clause", () => {
    const text = "The judge sentenced him to two years and gave six months to Ana Ruiz, a reporter.";
    expect(sentences(run(text, ["Ana Ruiz"]))).toEqual(["Ana Ruiz|180|-|-"]);
  });
});
