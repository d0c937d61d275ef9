/**
 * Session 20 (word20): penalty wordings that were not read. Terms listed under a colon after the penalties are
 * named, each item's name first (`the sentences: A, 6 years; B, 5 years; C and D, 4 years each`); a list line's
 * term shared (`12 years each`) or served under a regime (`, strict regime`); a weak verb's further term given
 * under a provision (`was given an additional two years under Section 17`). Made-up sentences, names and places.
 */
import { describe, expect, it } from "vitest";
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

describe("sentences/chain: the items after a colon, each name before its term", () => {
  it.each([
    [
      "the penalties named, semicolons between items, two names sharing one",
      "On 3 May the regional court tried six farmers. The court announced the penalties at once: Rosa Lind, 7 years; Piet Vos, 5 years; Ada Kim and Ian Roe, 3 years and 6 months each; and Ole Berg, 2 years.",
      ["sentences/chain|7 years|prison|P7Y", "sentences/chain|5 years|prison|P5Y", "sentences/chain|3 years and 6 months|prison|P3Y6M", "sentences/chain|2 years|prison|P2Y"],
    ],
    [
      "a ruling verb before the colon",
      "The judge sentenced the four dockers as follows: Tomas Berg, 18 months; Lara Field, 12 months; and Omar Said, 9 months.",
      ["sentences/chain|18 months|prison|P18M", "sentences/chain|12 months|prison|P12M", "sentences/chain|9 months|prison|P9M"],
    ],
  ])("%s", (_, text, expected) => {
    expect(found(text).filter((f) => f.startsWith("sentences/chain"))).toEqual(expected);
  });

  it.each([
    ["ages after names under a colon with no penalty named", "The delegation met three elders: Rosa Lind, 70 years; Piet Vos, 64 years; and Ole Berg, 81 years."],
    ["years of service after the penalties named", "The penalties ignore their records: Rosa Lind, 20 years of service; Piet Vos, 15 years of service."],
  ])("nothing from %s", (_, text) => {
    expect(found(text).filter((f) => f.startsWith("sentences/chain"))).toEqual([]);
  });
});

describe("sentences/list-item: a shared term and the regime it is served under", () => {
  it("reads `N years each` and `, strict regime` after the term", () => {
    const text = "Prison sentences handed down on 2 March:\n\n- Lev Orlov and Ivan Sych, welders: 9 years each, strict regime;\n- Anna Pak, engineer: 6 years, general regime;\n- Oleg Bor: 4 years.";
    expect(found(text).filter((f) => f.startsWith("sentences/list-item"))).toEqual([
      "sentences/list-item|- Lev Orlov and Ivan Sych, welders: 9 years each, strict regime;|prison|P9Y",
      "sentences/list-item|- Anna Pak, engineer: 6 years, general regime;|prison|P6Y",
      "sentences/list-item|- Oleg Bor: 4 years.|prison|P4Y",
    ]);
  });

  it("reads no line whose words after the term are no regime", () => {
    const text = "Prison sentences handed down on 2 March:\n\n- Lev Orlov, welder: 9 years each, strict parents;\n- Anna Pak, engineer: 6 years, general manager;";
    expect(found(text).filter((f) => f.startsWith("sentences/list-item"))).toEqual([]);
  });
});

describe("sentences/verb-term: a weak verb's further term given under a provision", () => {
  it.each([
    ["`an additional` and a section", "Three organisers were sentenced to three years in prison. Mina Lwin was given an additional two years under Section 17(1) of the Act.", "given an additional two years"],
    ["`an extra` and an article", "The court jailed Ali Demir for four years. Selim Kaya was given an extra 18 months under Article 299.", "given an extra 18 months"],
  ])("%s", (_, text, expected) => {
    expect(found(text).some((f) => f.includes(`|${expected}|`))).toBe(true);
  });

  it("reads no term before `under` that is no provision", () => {
    const text = "The court jailed Ali Demir for four years. Selim Kaya was given an extra two years under pressure to resign.";
    expect(found(text).some((f) => f.includes("extra two years"))).toBe(false);
  });
});

describe("guards: custody that ends in a charge is no penalty", () => {
  it.each([
    ["police station, before being charged", "The four were arrested and detained at Kira Road Police Station for five days before being charged with unlawful assembly."],
    ["until brought before a magistrate", "Tomas Berg was held by the police for three days until he was brought before a magistrate."],
    ["until granted bail", "The organisers were detained for six days until they were granted bail."],
  ])("nothing from %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it("keeps a term served before a release", () => {
    const text = "Ana Ruiz was sentenced to 15 days of administrative detention before being released on 3 May.";
    expect(found(text).map((f) => f.split("|")[3])).toEqual(["P15D"]);
  });
});
