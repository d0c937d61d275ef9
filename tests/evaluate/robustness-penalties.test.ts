/**
 * Letters written to stress the date, sentence and fine rules with phrasings the development
 * corpus does not cover (fixtures/robustness/letters/dpf-*.txt): "was handed a two-year prison
 * term", "three years' probation", "ordered to pay 500,000 tenge", "fined ₦20,000", a US letter
 * with month-first numeric dates, a `Name – 3 years` list, a deadline the letter asks for.
 * The minima sit at or a little under today's figures, so a regression fails.
 */
import { expect, it } from "vitest";
import { scoreLetters } from "../helpers/score-letters.js";

const MINIMA = { dates: 0.98, sentences: 0.95, fines: 0.9 };

it("scores the dpf robustness letters at or above the minima for dates, sentences and fines", async () => {
  // Note: the prefix keeps these apart from the people/organisation letters in the same folder.
  const { letters, scores } = await scoreLetters("fixtures/robustness", "dpf-");
  expect(letters.length).toBeGreaterThanOrEqual(6);
  for (const [type, minimum] of Object.entries(MINIMA)) {
    expect(scores.byType[type as keyof typeof MINIMA].f1, type).toBeGreaterThanOrEqual(minimum);
  }
  expect(scores.letterDate.accuracy).toBe(1);
}, 60_000);
