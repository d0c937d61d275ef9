/** The `sentences/changed` rule: both terms of a sentence changed on appeal or review. */
import { describe, expect, it } from "vitest";
import { CHANGE_VERB } from "../../../src/extract/sentences/changed.js";
import { createContext } from "../../../src/extract/context.js";
import { extract } from "../../../src/extract/index.js";
import { sentenceExtractors } from "../../../src/extract/sentences/index.js";
import type { Extractor } from "../../../src/extract/types.js";

function found(text: string): string[] {
  const context = createContext(text, { dateOrder: "auto" });
  return extract(context, sentenceExtractors as Extractor[]).map((c) => {
    if (c.type !== "sentence") throw new Error("not a sentence");
    return `${c.rule}|${c.text}|${c.kind ?? "-"}|${c.duration}`;
  });
}

describe("sentences/changed", () => {
  it("matches its own example", () => {
    expect(new RegExp(CHANGE_VERB[0].source, "iu").test(CHANGE_VERB[2])).toBe(true);
  });

  it.each([
    ["`cut … from A to B` with an apposition between",
      "The appeal chamber cut the sentence of Tomas Ek, president of the dockers' union, from 9 years to 6 years and 8 months.",
      ["sentences/changed|from 9 years|prison|P9Y", "sentences/changed|to 6 years and 8 months|prison|P6Y8M"]],
    ["a possessive before `sentence`",
      "The high court reduced Amina Yusuf's sentence from five years to three years.",
      ["sentences/changed|from five years|prison|P5Y", "sentences/changed|to three years|prison|P3Y"]],
    ["a passive `term was reduced`, read by verb-term once the window is scanned",
      "Ravi Menon's term was reduced to 18 months.",
      ["sentences/verb-term|reduced to 18 months|-|P18M"]],
    ["a raised term (the new one named by its noun)",
      "On review the court raised the sentence of Olga Berg from two years to four years in prison.",
      ["sentences/noun-term|four years in prison|prison|P4Y", "sentences/changed|from two years|prison|P2Y"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["a range over a group", "The court handed down sentences ranging from two years to six years to the eleven strikers."],
    ["wages cut", "The company cut wages from 2023 to 2024 and reduced overtime from two hours to one hour."],
    ["a change with no sentence spoken of", "Working hours were reduced from eight hours to six hours a day."],
    ["a verb in an earlier sentence", "The court reduced the fines. From 2 years to 3 years the union waited."],
  ])("finds no changed sentence in %s", (_, text) => {
    expect(found(text).filter((f) => f.startsWith("sentences/changed"))).toEqual([]);
  });
});
