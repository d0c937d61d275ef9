/**
 * Session 23 (fines23): statutory ranges, sums written with their name first, Swiss francs. Made-up sentences and
 * names, each with a near-miss.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { extract } from "../../../src/extract/index.js";
import { fineExtractors } from "../../../src/extract/fines/index.js";
import type { Extractor } from "../../../src/extract/types.js";

function fines(text: string, language?: string): string[] {
  return extract(createContext(text, { dateOrder: "auto", ...(language ? { language } : {}) }), fineExtractors as Extractor[]).map((c) => {
    if (c.type !== "fine") throw new Error("not a fine");
    return `${c.amount}|${c.currency ?? c.unit}`;
  });
}

describe("a statute's range is no fine", () => {
  it.each([
    ["a range after `and a fine of`", "In Tangier, Morocco, the charge is punishable by one to two years' imprisonment and a fine of 3,000 to 30,000 dirhams, and the court fined Omar Idrissi 4,000 dirhams.", "en", ["4000|MAD"]],
    ["`between … and …`", "In Kigali, Rwanda, the code sets a fine of between FRW 2,000,000 and FRW 4,000,000, and the court fined Eric Mugabo FRW 500,000.", "en", ["500000|RWF"]],
    ["French `de … à …`", "Au Maroc, le tribunal a infligé à Samir Alaoui une amende de 6 000 dirhams ; la loi prévoit une amende de 1 000 à 10 000 dirhams.", "fr", ["6000|MAD"]],
    ["Spanish `de … a …`", "En Honduras, el juez impuso a Rosa Mejía una multa de 3.000 lempiras; el código prevé una multa de 1.000 a 9.000 lempiras.", "es", ["3000|HNL"]],
  ])("%s", (_, text, language, expected) => {
    expect(fines(text, language)).toEqual(expected);
  });
  it.each([
    ["a fine reduced on appeal (its verb of change)", "In Rabat, Morocco, the appeal court reduced the fine of Nadia Bennani from 12,000 to 6,000 dirhams.", "en", ["6000|MAD"]],
    ["French `ramené … de … à …`", "La cour d'appel a ramené l'amende de Samir Alaoui de 12 000 à 6 000 dirhams.", "fr", ["6000|MAD"]],
    ["a list of two fines, no `between`", "In Minsk, Anna Ivanova and Oleg Petrov were fined 900 and 700 roubles respectively.", "en", ["900|BYN", "700|BYN"]],
    ["Spanish `a` after people counted", "En Honduras, el juez condenó a 2 de ellos a una multa de 3.000 lempiras.", "es", ["3000|HNL"]],
  ])("keeps %s (near-miss)", (_, text, language, expected) => {
    expect(fines(text, language)).toEqual(expected);
  });
});
