/**
 * Who a penalty reaches (session 21, subj21): a list whose members carry their own asides (`the union's president, A,
 * and its treasurer, B`; `A, a welder; B, a driver; and C`) as the people a group stands for (`fined each of them`,
 * `Each received …`, `sentenced three members of X to …: A; B; and C`), terms shared out in order to members with ages
 * and forms of address, and `of the same penalty, respectively`. Made-up names and wordings, with near-misses.
 */
import { describe, expect, it } from "vitest";
import { run } from "./penalties-helpers.js";

const reached = (r: ReturnType<typeof run>): string[] => r.sentences.map((s) => `${s.person}|${s.days}`).sort();
const fined = (r: ReturnType<typeof run>): string[] => r.fines.map((f) => `${f.person}|${f.amount}`).sort();
/** The expected records in the order `reached` and `fined` give them. */
const sorted = (records: readonly string[]): string[] => [...records].sort();

describe("penalties: terms shared out in order to list members with ages and forms of address", () => {
  it("gives each member of `Ms. A, 29, and Ms. B, 26` one of the terms `respectively`, not the clause's earlier name", () => {
    const text = "The court sentenced Mr. Tomas Berg to four years' imprisonment, while Ms. Clara Holm, 29, and Ms. Dora Lind, 26, both cleaners, received two years and eighteen months respectively.";
    expect(reached(run(text, ["Tomas Berg", "Clara Holm", "Dora Lind"]))).toEqual(sorted(["Clara Holm|730", "Dora Lind|540", "Tomas Berg|1460"]));
  });

  it("gives each member with a bracketed age one term", () => {
    const text = "The tribunal sentenced Lena Voss (41) and Mr. Piet Kramer (38) to three and two years in prison respectively.";
    expect(reached(run(text, ["Lena Voss", "Piet Kramer"]))).toEqual(sorted(["Lena Voss|1095", "Piet Kramer|730"]));
  });
});

describe("penalties: a group after names listed with their asides in its own sentence", () => {
  it("gives `fined each of them` to the two listed with their posts, not to the people the next sentence names", () => {
    const text =
      "Judge Maria Ostrova found the federation's president, Ilie Cazan, and its vice-president, Doru Rotaru, guilty of an unauthorised picket and fined each of them 120 conventional units. Two members of its council, Ana Moldovan and Elena Sirbu, were fined 60 conventional units apiece.";
    expect(fined(run(text, ["Maria Ostrova", "Ilie Cazan", "Doru Rotaru", "Ana Moldovan", "Elena Sirbu"]))).toEqual(sorted([
      "Ana Moldovan|60", "Doru Rotaru|120", "Elena Sirbu|60", "Ilie Cazan|120",
    ]));
  });

  it("does not read names joined by a clause of their own as one list (near-miss)", () => {
    const text = "Inspector Paul Grant said that Ilie Cazan was arrested on Monday, and a court later convicted Doru Rotaru and fined each of them 120 conventional units.";
    const found = fined(run(text, ["Paul Grant", "Ilie Cazan", "Doru Rotaru"]));
    expect(found).not.toContain("Ilie Cazan|120");
  });
});

describe("penalties: `Each` right after a sentence that counts the people it lists", () => {
  const text =
    "Two union leaders, Yerlan Abenov and Nurlan Sadykov, were sentenced to three and two years of restricted freedom respectively.\n\nThe three other defendants were members of the strike committee: Gulmira Tasova, a laboratory technician; Daulet Omarov, a crane operator; and Marat Zhenisov, the committee's secretary. Each received one year of restricted freedom and a fine of 150 MCI.";
  const names = ["Yerlan Abenov", "Nurlan Sadykov", "Gulmira Tasova", "Daulet Omarov", "Marat Zhenisov"];

  it("gives the term and the fine to the three listed, not to the two penalised before", () => {
    const r = run(text, names);
    expect(reached(r)).toEqual(sorted(["Daulet Omarov|365", "Gulmira Tasova|365", "Marat Zhenisov|365", "Nurlan Sadykov|730", "Yerlan Abenov|1095"]));
    expect(fined(r)).toEqual(sorted(["Daulet Omarov|150", "Gulmira Tasova|150", "Marat Zhenisov|150"]));
  });

  it("does not take a list the count disagrees with (near-miss)", () => {
    const other = text.replace("The three other defendants", "The four other defendants");
    const found = reached(run(other, names));
    expect(found.filter((s) => s.endsWith("|365"))).not.toContain("Gulmira Tasova|365");
  });
});

describe("penalties: a counted object whose people are listed after a colon", () => {
  it("shares the terms out to the three listed after the colon, though the object's noun takes a long complement", () => {
    const text =
      "Ivan Shulga was given a one-year suspended sentence in March. Last month the regional court sentenced three members of the initiative group of the Independent Union of Fertiliser Workers of the Lakeside plant to terms of five, four and three years of imprisonment respectively: Maksim Lagun, the group's coordinator; Olga Viarbitskaya; and Yury Hanchar.";
    expect(reached(run(text, ["Ivan Shulga", "Maksim Lagun", "Olga Viarbitskaya", "Yury Hanchar"]))).toEqual(sorted([
      "Olga Viarbitskaya|1460", "Yury Hanchar|1095", "Ivan Shulga|365", "Maksim Lagun|1825",
    ]));
  });

  it("reads past an aside set off by commas on the counted object (`…, which has run kitchens since the war began, to …`)", () => {
    const text =
      "Omer Bashir was jailed for a year in March. On 2 June, the criminal court sentenced three young volunteers of the Emergency Response Room, which has run community kitchens since the war began, to nine months in prison apiece: Hamid Yousif, Sara Osman and Nada Faris. Yousif had been held since 19 May.";
    expect(reached(run(text, ["Omer Bashir", "Hamid Yousif", "Sara Osman", "Nada Faris"]))).toEqual(sorted(["Omer Bashir|365", "Hamid Yousif|270", "Sara Osman|270", "Nada Faris|270"]));
  });

  it("gives nothing when the names after the colon are fewer than counted (near-miss)", () => {
    const text =
      "Ivan Shulga was given a one-year suspended sentence in March. Last month the regional court sentenced three members of the initiative group of the Independent Union of Fertiliser Workers of the Lakeside plant to terms of five, four and three years of imprisonment respectively: Maksim Lagun, the group's coordinator, and Olga Viarbitskaya.";
    const found = reached(run(text, ["Ivan Shulga", "Maksim Lagun", "Olga Viarbitskaya"]));
    expect(found).toEqual(["Ivan Shulga|365"]);
  });
});

describe("penalties: terms of the same penalty, respectively", () => {
  it("shares `one year and six months and one year of the same penalty, respectively` out to the two named", () => {
    const text =
      "Mr. Gan Erdene, the union's chairman, was sentenced to two years of restriction of freedom. The union's deputy chairwoman, Ms. Tuya Naran, and the safety representative Mr. Bat Ochir received one year and six months and one year of the same penalty, respectively.";
    const r = run(text, ["Gan Erdene", "Tuya Naran", "Bat Ochir"]);
    expect(reached(r)).toEqual(sorted(["Gan Erdene|730", "Tuya Naran|545", "Bat Ochir|365"]));
    expect(r.sentences.every((s) => s.kind === "restricted freedom")).toBe(true);
  });
});

describe("penalties: `of the same penalty` after a sentence of other matters", () => {
  it("reads the weak verb's terms with the kind of the penalty told before, past a sentence naming none", () => {
    const text =
      "Mr. Gan Erdene, the union's chairman, was sentenced to two years of restriction of freedom. Under the Criminal Code, one fine unit is equal to one thousand tugriks.\n\nThe union's deputy chairwoman, Ms. Tuya Naran, and the safety representative Mr. Bat Ochir received one year and six months and one year of the same penalty, respectively.";
    const r = run(text, ["Gan Erdene", "Tuya Naran", "Bat Ochir"]);
    expect(reached(r)).toEqual(sorted(["Gan Erdene|730", "Tuya Naran|545", "Bat Ochir|365"]));
    expect(r.sentences.every((s) => s.kind === "restricted freedom")).toBe(true);
  });

  it("reads nothing when no penalty was told before (near-miss)", () => {
    const text = "Ms. Tuya Naran and Mr. Bat Ochir have worked at the mine for years. They received one year and six months of the same training, respectively.";
    expect(reached(run(text, ["Tuya Naran", "Bat Ochir"]))).toEqual([]);
  });
});

describe("penalties: Indian forms of address end no sentence", () => {
  it("gives `were each sentenced` to both names when the second follows `Smt.`", () => {
    const text = "Shri Mohan Lal, general secretary of the Sangh, and Smt. Kavita Devi Rai, its vice-president, were each sentenced to rigorous imprisonment for two years and a fine of ₹10,000.";
    const r = run(text, ["Mohan Lal", "Kavita Devi Rai"]);
    expect(reached(r)).toEqual(sorted(["Kavita Devi Rai|730", "Mohan Lal|730"]));
    expect(fined(r)).toEqual(sorted(["Kavita Devi Rai|10000", "Mohan Lal|10000"]));
  });
});

describe("penalties: a compound term shared out by `respectively`", () => {
  it.each([
    ["a list line naming two people", "The court convicted the workers on 2 May:\n\n- Deepak Raj Thapa (India), whom the workers chose as their spokesman, and Nurul Islam Khan (Bangladesh): one year and six months' imprisonment respectively;\n- Prakash Gurung (Nepal): six months' imprisonment.\n", ["Deepak Raj Thapa", "Nurul Islam Khan", "Prakash Gurung"], ["Nurul Islam Khan|180", "Deepak Raj Thapa|365", "Prakash Gurung|180"]],
    ["a sentence", "Deepak Raj Thapa and Nurul Islam Khan were sentenced to two years and eight months in prison respectively.", ["Deepak Raj Thapa", "Nurul Islam Khan"], ["Nurul Islam Khan|240", "Deepak Raj Thapa|730"]],
  ] as const)("gives each of two people one part (%s)", (_, text, names, expected) => {
    expect(reached(run(text, [...names]))).toEqual(sorted([...expected]));
  });

  it("keeps the compound one term when it is given to each (near-miss)", () => {
    const text = "Deepak Raj Thapa and Nurul Islam Khan were each sentenced to one year and six months in prison.";
    expect(reached(run(text, ["Deepak Raj Thapa", "Nurul Islam Khan"]))).toEqual(sorted(["Nurul Islam Khan|545", "Deepak Raj Thapa|545"]));
  });

  it("keeps a compound that is one item of a list shared out (near-miss)", () => {
    const text = "Wang Li and Zhou Min were sentenced to three years and three years and six months respectively.";
    expect(reached(run(text, ["Wang Li", "Zhou Min"]))).toEqual(sorted(["Wang Li|1095", "Zhou Min|1275"]));
  });
});

describe("penalties: a counted group after a numbered list that names as many", () => {
  it.each([
    [
      "English, four items, one with no term",
      "The court imposed the following penalties:\n\n1. Ana Petrova, coordinator of the union: 5 years in prison;\n2. Boris Lenkov, a delegate: 3 years in prison;\n3. Dina Orlova, a driver: 2 years in prison;\n4. Vera Sokolova, a welder: community service.\n\nThe four were also ordered to pay a fine of 500 tax units each.\n",
      ["Ana Petrova", "Boris Lenkov", "Dina Orlova", "Vera Sokolova"],
      undefined,
    ],
    [
      "Spanish, four items, one with no term",
      "Las penas impuestas son las siguientes:\n\n1. Ana Pérez Castillo, coordinadora del sindicato: 5 años de prisión.\n2. Boris Tovar Mena, delegado: 3 años de prisión.\n3. Dina Orozco Gil, chofer: 2 años de prisión.\n4. Vera Rondón Sosa, operadora: trabajo comunitario.\n\nAdemás, los cuatro fueron condenados a pagar una multa de 500 unidades tributarias cada uno.\n",
      ["Ana Pérez Castillo", "Boris Tovar Mena", "Dina Orozco Gil", "Vera Rondón Sosa"],
      "es",
    ],
  ] as const)("gives the fine to every listed person (%s)", (_, text, names, language) => {
    expect(fined(run(text, [...names], [], null, language))).toEqual(sorted(names.map((n) => `${n}|500`)));
  });

  it("gives nothing when the list names another number (near-miss)", () => {
    const text =
      "The court imposed the following penalties:\n\n1. Ana Petrova, coordinator of the union: 5 years in prison;\n2. Boris Lenkov, a delegate: 3 years in prison;\n3. Vera Sokolova, a welder: community service.\n\nThe four were also ordered to pay a fine of 500 tax units each.\n";
    expect(fined(run(text, ["Ana Petrova", "Boris Lenkov", "Vera Sokolova"])).filter((f) => f.startsWith("Vera"))).toEqual(sorted([]));
  });
});

describe("penalties: the first or last people of a list set out line by line", () => {
  const list =
    "The court handed down the following sentences:\n\n1. Petro Savchuk, 49, chair of the primary organisation: 14 years in a penal colony;\n2. Olena Marchuk, 41, safety engineer: 10 years in a penal colony;\n3. Dmytro Koval and Ivan Hrytsenko, turbine operators: 12 years each;\n4. Anna Lysenko, 58, a laboratory assistant: 4 years, suspended.\n\n";
  const names = ["Petro Savchuk", "Olena Marchuk", "Dmytro Koval", "Ivan Hrytsenko", "Anna Lysenko"];

  it("gives `each of the first four` the first four people, counting people, not lines", () => {
    const r = run(`${list}In addition, the court ordered each of the first four to pay a fine of 500,000 roubles.`, names);
    expect(fined(r)).toEqual(sorted(["Dmytro Koval|500000", "Ivan Hrytsenko|500000", "Olena Marchuk|500000", "Petro Savchuk|500000"]));
  });

  it("gives `the last two` the last two people", () => {
    const r = run(`${list}The court also ordered the last two to each pay a fine of 20,000 roubles.`, names);
    expect(fined(r)).toEqual(sorted(["Anna Lysenko|20000", "Ivan Hrytsenko|20000"]));
  });

  it("gives nobody when a line of the list names no one the letter knows (near-miss)", () => {
    const r = run(`${list}In addition, the court ordered each of the first four to pay a fine of 500,000 roubles.`, ["Petro Savchuk", "Dmytro Koval", "Ivan Hrytsenko", "Anna Lysenko"]);
    expect(fined(r)).toEqual(sorted([]));
  });

  it("reads no group in `the first three years` (near-miss)", () => {
    const r = run(`${list}Anna Lysenko must pay a fine of 10,000 roubles within the first three months.`, names);
    expect(fined(r)).toEqual(sorted(["Anna Lysenko|10000"]));
  });
});

describe("penalties: a compound that is the last item of a list shared out by `respectively`", () => {
  it("keeps the compound whole: one term to each person, in order (near-miss of the pair)", () => {
    const text =
      "Pavel Zhuk, the chairman, Inna Karpenka, his deputy, and Oleg Minich, a fitter, were sentenced to four years' imprisonment in a penal colony, three years of restricted freedom with referral, and two years and six months of restricted freedom without referral respectively.";
    expect(reached(run(text, ["Pavel Zhuk", "Inna Karpenka", "Oleg Minich"]))).toEqual(sorted(["Pavel Zhuk|1460", "Oleg Minich|910", "Inna Karpenka|1095"]));
  });
});
