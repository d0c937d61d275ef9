/** The `sentences/indeterminate` rule: an indeterminate sentence's maximum is the sentence; its minimum is none. */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { extract } from "../../../src/extract/index.js";
import { sentenceExtractors } from "../../../src/extract/sentences/index.js";
import { MAXIMUM_AFTER, MIN_TO_MAX } from "../../../src/extract/sentences/indeterminate.js";
import type { Extractor } from "../../../src/extract/types.js";

function found(text: string): string[] {
  const context = createContext(text, { dateOrder: "auto" });
  return extract(context, sentenceExtractors as Extractor[]).map((c) => {
    if (c.type !== "sentence") throw new Error("not a sentence");
    return `${c.rule}|${c.text}|${c.kind ?? "-"}|${c.duration}`;
  });
}

describe("sentences/indeterminate", () => {
  it.each([MIN_TO_MAX, MAXIMUM_AFTER])("matches its own example: %s", (pattern, _label, example) => {
    expect(pattern.test(example)).toBe(true);
  });

  it.each([
    ["commas and the penalties' names",
      "Under the Indeterminate Sentence Law, the court sentenced Jose Ramirez to an indeterminate penalty of two years, four months and one day of prision correccional, as minimum, to six years and one day of prision mayor, as maximum.",
      ["sentences/indeterminate|six years and one day of prision mayor, as maximum|prison|P6Y1D"]],
    ["`ranging from` with labels",
      "Judge Ana Cruz sentenced Benjamin Santos to suffer imprisonment ranging from six months and one day, as minimum, to two years, four months and one day, as maximum.",
      ["sentences/indeterminate|two years, four months and one day, as maximum|prison|P2Y4M1D"]],
    ["no commas",
      "Maria Villanueva was sentenced to an indeterminate prison term of one year as minimum to three years and six months as maximum.",
      ["sentences/indeterminate|three years and six months as maximum|prison|P3Y6M"]],
    ["imposed on a person",
      "The court imposed on Rodel Bautista an indeterminate sentence of four years and two months of prision correccional as minimum to eight years of prision mayor as maximum.",
      ["sentences/indeterminate|eight years of prision mayor as maximum|prison|P8Y"]],
  ])("reads the maximum only: %s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["a charge's maximum", "The law sets one year as minimum, to six years as maximum, for libel."],
    ["a maximum with no minimum before it", "The court sentenced Jose Reyes to six years, the maximum."],
  ])("nothing from %s", (_, text) => {
    expect(found(text).filter((f) => f.startsWith("sentences/indeterminate"))).toEqual([]);
  });
});
