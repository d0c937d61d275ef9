/**
 * The people-and-organisation robustness letters (fixtures/robustness/letters/po-*.txt):
 * fourteen letters in styles the development corpus lacks (an urgent action with `Name (m/f)`, Spanish
 * two-surname names, family-name-first names, `al-`/`bin`/`Abu`, all-caps signatures, a cc list
 * and a table of signatories, `Dr.`/`Atty.` with possessives, French and Filipino bodies).
 * The minima sit a little under today's figures (people 0.993, organisations 1.000), so a
 * regression fails. Other files in the folder belong to other record types and are not scored here.
 */
import { expect, it } from "vitest";
import { scoreLetters } from "../helpers/score-letters.js";

const MINIMA = { people: 0.97, organisations: 0.97 };

it("scores the people and organisation robustness letters at or above the minima", async () => {
  const { letters, scores } = await scoreLetters("fixtures/robustness", "po-");
  expect(letters.length).toBeGreaterThanOrEqual(14);
  for (const [type, minimum] of Object.entries(MINIMA)) {
    expect(scores.byType[type as keyof typeof MINIMA].f1, type).toBeGreaterThanOrEqual(minimum);
  }
}, 60_000);
