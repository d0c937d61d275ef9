/**
 * Penalty subjects of session 16 (branch pen16), each in made-up words, names and currencies: the names
 * after a penalty reached past a part of the term set off by commas (`…, dont six mois avec sursis, contre
 * M. X`), and a list after the penalty whose members carry a role aside (`contre M. A, secrétaire général
 * du S, et contre M. B`, `on A, chair of X, and on his deputy, B`).
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

type Names = Parameters<typeof run>[1];

describe("penalties: names after the penalty, past a part of the term and past a member's role aside", () => {
  it.each([
    [
      "French: a suspended part between the term and `contre`",
      "Le tribunal a prononcé une peine de trois ans d'emprisonnement, dont deux ans avec sursis, contre M. Olivier Ngoma.",
      ["Olivier Ngoma"],
      "fr",
      ["Olivier Ngoma|1095|prison|-"],
    ],
    [
      "French: a list after `contre`, each member with his role, repeated preposition",
      "Le tribunal a infligé une peine de dix mois d'emprisonnement contre M. Olivier Ngoma, trésorier du SYNATRA, et contre Mme Aline Mabiala, sa secrétaire.",
      ["Olivier Ngoma", "Aline Mabiala"],
      "fr",
      ["Olivier Ngoma|300|prison|-", "Aline Mabiala|300|prison|-"],
    ],
    [
      "Spanish: a part counted out of the term (`dos de ellos en suspenso`) is no kind of the whole",
      "La jueza impuso cuatro años de prisión, dos de ellos en suspenso, a Marta Quispe Lora.",
      ["Marta Quispe Lora"],
      "es",
      ["Marta Quispe Lora|1460|prison|-"],
    ],
    [
      "English: a long role aside on the first of two people the penalty is imposed on",
      "The district court imposed probation for two years on Petar Iliev, chairman of the Free Bakers' Union \"Zora\", and on his deputy, Vesna Koleva, over a strike.",
      ["Petar Iliev", "Vesna Koleva"],
      undefined,
      ["Petar Iliev|730|probation|-", "Vesna Koleva|730|probation|-"],
    ],
  ])("%s", (_why, text, names: Names, language, expected) => {
    expect(sentences(run(text, names, [], null, language))).toEqual(expected);
  });

  it("the people of that list are the ones a later `Each` stands for", () => {
    const text = "The district court imposed probation for two years on Petar Iliev, chairman of the Free Bakers' Union \"Zora\", and on his deputy, Vesna Koleva. Each was also fined EUR 400.";
    expect(fines(run(text, ["Petar Iliev", "Vesna Koleva"]))).toEqual(["Petar Iliev|400|EUR|-", "Vesna Koleva|400|EUR|-"]);
  });

  it.each([
    [
      "French: a name inside the first member's aside is no member (`, collègue de M. B,`)",
      "Le tribunal a prononcé une peine de dix mois d'emprisonnement contre M. Olivier Ngoma, collègue de M. Paul Bemba, pour diffamation.",
      ["Olivier Ngoma", "Paul Bemba"],
      "fr",
      ["Olivier Ngoma|300|prison|-"],
    ],
    [
      "English: a name after a relative clause aside that tells of another event is no member",
      "The court imposed probation for two years on Petar Iliev, who was arrested with Vesna Koleva in May.",
      ["Petar Iliev", "Vesna Koleva"],
      undefined,
      ["Petar Iliev|730|probation|-"],
    ],
  ])("not a member: %s", (_why, text, names: Names, language, expected) => {
    expect(sentences(run(text, names, [], null, language))).toEqual(expected);
  });
});

describe("penalties: a bare `officer` role is an official only when its holder is not in the dock", () => {
  it.each([
    [
      "a clerk called `officer` who is the subject of the penalty, past two asides",
      "Former records officer Dawa Tenzin, 41, who the court found had leaked the memo to the paper, was sentenced to two years in prison.",
      [["Dawa Tenzin", [], ["officer"]]],
      ["Dawa Tenzin|730|prison|-"],
    ],
    [
      "an officer of a union who received the penalty",
      "Branch officer Lerato Sithole, 52, received a six-month prison sentence.",
      [["Lerato Sithole", [], ["officer"]]],
      ["Lerato Sithole|180|prison|-"],
    ],
  ])("%s", (_why, text, names, expected) => {
    expect(sentences(run(text, names as Names))).toEqual(expected);
  });

  it("keeps an officer who only speaks of the penalty out of it", () => {
    const text = "Officer Dawa Tenzin told reporters that the court had acted lawfully. The court sentenced him to two years in prison.";
    expect(sentences(run(text, [["Dawa Tenzin", [], ["officer"]]]))).toEqual([]);
  });
});

describe("penalties: a counted part of a group (`Two of them`) named by the next sentence", () => {
  it.each([
    [
      "English: `Two of them`, then `They are A and B`",
      "The court convicted five dockers. Two of them received suspended prison terms of one year and four months. They are Rui Mota, the union's leader, and its vice-president, Sara Lemos.",
      ["Rui Mota", "Sara Lemos"],
      ["Rui Mota|485|suspended prison|-", "Sara Lemos|485|suspended prison|-"],
    ],
    [
      "English: `Three of the strikers`, a plural noun after `of the`",
      "Three of the strikers were jailed for six months. They are Ines Moyo, Tariq Bello and Kofi Mensah.",
      ["Ines Moyo", "Tariq Bello", "Kofi Mensah"],
      ["Ines Moyo|180|prison|-", "Tariq Bello|180|prison|-", "Kofi Mensah|180|prison|-"],
    ],
    [
      "English: `two of the accused` as the verb's object",
      "The magistrate sentenced two of the accused to eight months in jail. Ines Moyo and Tariq Bello have appealed.",
      ["Ines Moyo", "Tariq Bello"],
      ["Ines Moyo|240|prison|-", "Tariq Bello|240|prison|-"],
    ],
  ])("%s", (_why, text, names: Names, expected) => {
    expect(sentences(run(text, names))).toEqual(expected);
  });

  it.each([
    [
      "the part is never the whole named before it",
      "Ines Moyo, Tariq Bello, Kofi Mensah and Ada Obi were tried together. Two of them were jailed for six months.",
      ["Ines Moyo", "Tariq Bello", "Kofi Mensah", "Ada Obi"],
    ],
    [
      "the next sentence names the rest of the group, not the part",
      "Ines Moyo, Tariq Bello, Kofi Mensah and Ada Obi were tried. Two of them were jailed for six months. The other two, Kofi Mensah and Ada Obi, were acquitted.",
      ["Ines Moyo", "Tariq Bello", "Kofi Mensah", "Ada Obi"],
    ],
    [
      "the next sentence names fewer people than the part counts",
      "Two of the accused were jailed for six months. Their lawyer, Ines Moyo, has appealed.",
      ["Ines Moyo"],
    ],
  ])("nobody: %s", (_why, text, names: Names) => {
    expect(sentences(run(text, names))).toEqual([]);
  });
});

describe("penalties: custody before trial told as `was detained for N days`", () => {
  it.each([
    ["held at a police station until a judge let them go", "Ines Moyo was detained for six days at the Kindia police station in March, before the investigating judge released her on bail.", ["Ines Moyo"]],
    ["held in a detention centre", "Ines Moyo was detained for four days in the Ratoma detention centre.", ["Ines Moyo"]],
    ["a paragraph on bail and pre-trial custody, with no ruling in it", "Pre-trial detention. Tariq Bello was granted bail in June. Ines Moyo was detained for eleven days and her phone was never returned.", ["Tariq Bello", "Ines Moyo"]],
  ])("nothing: %s", (_why, text, names: Names) => {
    expect(sentences(run(text, names))).toEqual([]);
  });

  it.each([
    ["a detention the court orders beside its fine", "On 3 June the district court fined Ines Moyo 400 euros. She was also detained for seven days.", ["Ines Moyo"], ["Ines Moyo|7|detention|-"]],
    ["a detention after a hearing, in a paragraph with no bail", "Ines Moyo walked out of the detention centre on 2 May. She was detained again for 12 days after a hearing that lasted ten minutes.", ["Ines Moyo"], ["Ines Moyo|12|detention|-"]],
  ])("a penalty: %s", (_why, text, names: Names, expected) => {
    expect(sentences(run(text, names))).toEqual(expected);
  });
});

describe("penalties: the kind of a bare term", () => {
  it.each([
    ["`12 months` of a sentence counts as a year: prison", "Mwila Banda received a 12-month sentence.", ["Mwila Banda"], ["Mwila Banda|360|prison|-"]],
    ["a weak verb's bare term after a sentence in its sentence", "Mwila Banda received a sentence of two years, while Chanda Phiri got 18 months.", ["Mwila Banda", "Chanda Phiri"], ["Mwila Banda|730|prison|-", "Chanda Phiri|540|prison|-"]],
    ["a short sentence with no kind stays unknown", "Mwila Banda was sentenced to 15 days.", ["Mwila Banda"], ["Mwila Banda|15|-|-"]],
  ])("%s", (_why, text, names: Names, expected) => {
    expect(sentences(run(text, names))).toEqual(expected);
  });
});

describe("fines: a sum of a fine and other charges, or of several fines, is no one's fine", () => {
  it.each([
    ["a fine summed with lawyers' fees", "Ana Lind was fined last year; friends are helping her pay the fine and lawyers' fees of about $900.", ["Ana Lind"]],
    ["fines told as a total by a relative clause", "Ana Lind and Ivo Tamm have not paid the fines, which together amount to roughly €4,000.", ["Ana Lind", "Ivo Tamm"]],
    ["`which total`", "Supporters are collecting money for Ana Lind's fines, which total €2,400.", ["Ana Lind"]],
  ])("nothing: %s", (_why, text, names: Names) => {
    expect(fines(run(text, names))).toEqual([]);
  });

  it.each([
    ["one person's fine stated as `a total of`", "The court fined Ana Lind a total of €600.", ["Ana Lind"], ["Ana Lind|600|EUR|-"]],
    ["a fine with costs after it", "Ana Lind was fined €900 plus €300 in court costs.", ["Ana Lind"], ["Ana Lind|900|EUR|-"]],
  ])("a fine: %s", (_why, text, names: Names, expected) => {
    expect(fines(run(text, names))).toEqual(expected);
  });
});

describe("penalties: a term served only if a fine goes unpaid, and a request told by its noun", () => {
  it.each([
    ["terms to serve if they did not pay", "The judge fined Priya Nair S$3,500 and Dan Goh S$2,000. The judge ordered that they serve 10 days' and seven days' jail respectively if they did not pay.", ["Priya Nair", "Dan Goh"]],
    ["a term if he does not pay", "Rui Mota was fined €500 and sentenced to 30 days in jail if he does not pay.", ["Rui Mota"]],
    ["a rejected request, told by the noun", "She rejected the prosecution's request for effective prison sentences of two years for Rui Mota and Sara Lemos.", ["Rui Mota", "Sara Lemos"]],
  ])("nothing: %s", (_why, text, names: Names) => {
    expect(sentences(run(text, names))).toEqual([]);
  });

  it.each([
    ["`at the request of` is no request for the term", "At the request of the prosecutor, the court sentenced Rui Mota to two years in prison.", ["Rui Mota"], ["Rui Mota|730|prison|-"]],
    ["a term and costs to pay", "Rui Mota was sentenced to 30 days in jail and ordered to pay the costs.", ["Rui Mota"], ["Rui Mota|30|prison|-"]],
  ])("a penalty: %s", (_why, text, names: Names, expected) => {
    expect(sentences(run(text, names))).toEqual(expected);
  });
});
