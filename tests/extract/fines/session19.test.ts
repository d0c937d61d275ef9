/**
 * Session 19 (word19): a currency sign of two or three capitals written as dotted initials (`L.L. 30,000,000`
 * for the Lebanese pound's `LL`, `T.L.` for `TL`) is that sign, and its dots end no sentence before the number.
 * Made-up sentences and names, with near-misses.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { extract } from "../../../src/extract/index.js";
import { fineExtractors } from "../../../src/extract/fines/index.js";
import type { Extractor } from "../../../src/extract/types.js";

function fines(text: string): string[] {
  return extract(createContext(text, { dateOrder: "auto" }), fineExtractors as Extractor[]).map((c) => {
    if (c.type !== "fine") throw new Error("not a fine");
    return `${c.amount}|${c.currency ?? c.unit}`;
  });
}

describe("a sign written as dotted initials", () => {
  it.each([
    ["the Lebanese pound", "In Beirut the court fined the reporter Hadi Saab L.L. 45,000,000 on Monday.", ["45000000|LBP"]],
    ["the Turkish lira", "The court in Izmir fined the shop steward Deniz Kaya T.L. 12,000.", ["12000|TRY"]],
  ])("%s", (_, text, expected) => {
    expect(fines(text)).toEqual(expected);
  });
  it("splits the sentence after dotted capitals before a word (`the U.N.`), and reads no sign before a word", () => {
    const context = createContext("The case was raised at the U.N. The court then fined Hadi Saab LL 5,000,000.", { dateOrder: "auto" });
    expect(context.sentences.length).toBe(2);
    expect(fines("Hadi Saab wrote to the L.L. office about the case.")).toEqual([]);
  });
});
