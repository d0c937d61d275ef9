/**
 * Session 24 (pen24): penalty wordings that were not read, and terms that are no penalty. Made-up sentences, names and
 * places, each with what must be found and a near-miss that must not.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { extract } from "../../../src/extract/index.js";
import { sentenceExtractors } from "../../../src/extract/sentences/index.js";
import type { Extractor } from "../../../src/extract/types.js";

function found(text: string, language?: string): string[] {
  const context = createContext(text, { dateOrder: "auto", ...(language ? { language } : {}) });
  return extract(context, sentenceExtractors as Extractor[]).map((c) => {
    if (c.type !== "sentence") throw new Error("not a sentence");
    return `${c.kind ?? "-"}|${c.duration}`;
  });
}

describe("a French maximum told by the adjective is no penalty", () => {
  it.each([
    ["the law's maximum", "Le parquet a demandé la relaxe, infraction pour laquelle la loi prévoit pourtant une peine maximale de trois ans.", []],
    ["the code's maximum", "Le Code pénal prévoit pour les faits reprochés une peine maximale de deux ans d'emprisonnement.", []],
    // Near-miss: the ruling in the next sentence stands.
    ["the ruling after it", "La loi prévoit une peine maximale de trois ans. Le tribunal a condamné M. Paul Essi à deux ans de prison.", ["prison|P2Y"]],
  ])("%s", (_, text, expected) => {
    expect(found(text, "fr")).toEqual(expected);
  });
});
