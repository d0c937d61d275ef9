/**
 * Who a penalty reaches and when (session 20, subj20): a list line that names two people joined by a
 * conjunction gives its term to each (`- A and B: 12 days each`, `3. A et B : six mois chacun`, with the
 * regime it is served under, `12 years each, strict regime`). Made-up names and wordings, with near-misses.
 */
import { describe, expect, it } from "vitest";
import { run } from "./penalties-helpers.js";

/** Each sentence as `person|days` (the kind is the wording's business, not this rule's). */
const reached = (r: ReturnType<typeof run>): string[] => r.sentences.map((s) => `${s.person}|${s.days}`).sort();

describe("penalties: a list line naming two people joined by a conjunction", () => {
  it.each([
    [
      "English, `each` after a bare term between lines of administrative arrest",
      "On 1 March the district court heard administrative cases against four dockers:\n\n- Aliaksandr Zhuk, a crane operator: 15 days of administrative arrest;\n- Siarhei Bondar and Mikalai Vasilevich: 12 days each;\n- Anton Shved: 10 days.\n",
      ["Aliaksandr Zhuk", "Siarhei Bondar", "Mikalai Vasilevich", "Anton Shved"],
      undefined,
      ["Aliaksandr Zhuk|15", "Siarhei Bondar|12", "Mikalai Vasilevich|12", "Anton Shved|10"],
    ],
    [
      "English, numbered, with ages and posts, `each` and a regime after the term",
      "The regional court handed down the following sentences:\n\n1. Petro Savchuk, 52, chair of the branch: 9 years in a penal colony;\n2. Olena Marchuk and Dmytro Koval, fitters at the plant: 7 years each, general regime;\n3. Ivan Hrytsenko, 30, driver: 5 years.\n",
      ["Petro Savchuk", "Olena Marchuk", "Dmytro Koval", "Ivan Hrytsenko"],
      undefined,
      ["Petro Savchuk|3285", "Olena Marchuk|2555", "Dmytro Koval|2555", "Ivan Hrytsenko|1825"],
    ],
    [
      "Spanish `y` and `cada uno`",
      "El juzgado dictó las siguientes condenas:\n\n- Julio César Mairena, secretario general: 8 años de prisión;\n- Ana Lucía Rivas y Pedro José Ortega: 5 años cada uno;\n- Marta Elena Soza: 2 años.\n",
      ["Julio César Mairena", "Ana Lucía Rivas", "Pedro José Ortega", "Marta Elena Soza"],
      "es",
      ["Julio César Mairena|2920", "Ana Lucía Rivas|1825", "Pedro José Ortega|1825", "Marta Elena Soza|730"],
    ],
  ] as const)("%s", (_, text, names, language, expected) => {
    expect(reached(run(text, [...names], [], null, language))).toEqual([...expected].sort());
  });

  it("gives nothing for a list of years worked, whatever the conjunction and `each` (near-miss)", () => {
    const text = "Union members and the years they have worked at the plant:\n\n- Aigerim Sadykova: 12 years;\n- Nurlan Bekov and Dana Omarova: 9 years each;\n- Yerlan Tulegenov: 4 years.\n";
    expect(reached(run(text, ["Aigerim Sadykova", "Nurlan Bekov", "Dana Omarova", "Yerlan Tulegenov"]))).toEqual([]);
  });

  it("does not give a line's term to a judge named on the line before (near-miss)", () => {
    const text = "The judge, Ruslan Karimov, delivered the following sentences:\n\n- Olena Marchuk and Dmytro Koval: 7 years each;\n- Ivan Hrytsenko: 5 years.\n";
    const found = reached(run(text, ["Ruslan Karimov", "Olena Marchuk", "Dmytro Koval", "Ivan Hrytsenko"]));
    expect(found.some((s) => s.startsWith("Ruslan Karimov"))).toBe(false);
    expect(found.filter((s) => s.startsWith("Olena Marchuk") || s.startsWith("Dmytro Koval"))).toHaveLength(2);
  });
});

describe("penalties: a pair on a list line that does not share one term out", () => {
  it("leaves a prose bullet with its own verb to the verb rules: one record each, none doubled (near-miss)", () => {
    const text = "Since then the courts have ruled as follows:\n\n• Nana Abashidze, 23, a student, was sentenced on 1 December to 12 days of administrative detention;\n• Tamar Kvirikashvili and Dato Lomtadze, both nurses, were each fined GEL 2,000 on 3 December;\n• Levan Kobakhidze, a camera operator, was sentenced on 4 December to 10 days of administrative detention; he was rearrested on his release and on 6 December received a further eight days;\n";
    expect(reached(run(text, ["Nana Abashidze", "Tamar Kvirikashvili", "Dato Lomtadze", "Levan Kobakhidze"]))).toEqual(["Levan Kobakhidze|10", "Levan Kobakhidze|8", "Nana Abashidze|12"]);
  });

  it("does not read a summary's pair with two terms as one shared term (near-miss)", () => {
    const text = "Summary of sentences\n\n- Tran Van Hieu: seven years' imprisonment and three years' probation, 14 January 2025.\n- Pham Thi Lan and Dang Quoc Bao: four and three years' imprisonment, 18 March 2025.\n- Vo Minh Tuan: two years' imprisonment, 18 March 2025.\n";
    const found = reached(run(text, ["Tran Van Hieu", "Pham Thi Lan", "Dang Quoc Bao", "Vo Minh Tuan"]));
    expect(found).toEqual(["Dang Quoc Bao|1095", "Pham Thi Lan|1460", "Tran Van Hieu|1095", "Tran Van Hieu|2555", "Vo Minh Tuan|730"]);
  });
});
