/** Penalty windows re-join sentences the splitter cut after an abbreviation. */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { windowsOf } from "../../../src/extract/sentences/windows.js";

const windows = (text: string): string[] =>
  windowsOf(createContext(text, { dateOrder: "auto" })).map((w) => text.slice(w.start, w.end));

describe("windowsOf", () => {
  it("keeps St. Petersburg in one sentence", () => {
    expect(windows("He was sentenced in St. Petersburg to 25 days in jail. He appealed.")).toEqual([
      "He was sentenced in St. Petersburg to 25 days in jail.",
      "He appealed.",
    ]);
  });

  it("keeps approx. with its amount", () => {
    expect(windows("(One base amount equals approx. 10 EUR in equivalent.) Next.")[0]).toBe("(One base amount equals approx. 10 EUR in equivalent.)");
  });

  it("does not join across lines", () => {
    expect(windows("Dear Mr.\nSmith was jailed.")).toHaveLength(2);
  });
});

describe("windowsOf: a line broken off mid-clause", () => {
  it.each([
    ["a comma", "The court sentenced Ana Ruiz,\na nurse, to two years.", 1],
    ["a preposition", "Hamid Karimi, editor of\nthe weekly Sobh, was jailed for a year.", 1],
    ["a French verb waiting for its object", "Le tribunal a condamné\nAmina Diallo, directrice de\nLa Voix, à deux ans de prison.", 1],
    ["a Spanish article", "El juez condenó a los\ndirigentes Pedro Gil y Rosa Vera a tres años.", 1],
    ["a lower-case next line", "She was sentenced on 4 May to five years\nin prison for her posts.", 1],
  ])("runs on after %s", (_why, text, count) => {
    expect(windows(text)).toHaveLength(count);
  });

  it.each([
    ["lines of a penalty list", "Penalties\nMaria Lopez – six years' imprisonment\nJuan Perez – three years' imprisonment"],
    ["a closed line before a capitalised one", "He was jailed for ten days.\nThe union protested."],
    ["a list item after a comma", "The defendants were,\n- Ana Ruiz: two years\n- Luis Mora: one year"],
    ["a blank line", "The court sentenced\n\nAna Ruiz to two years."],
  ])("keeps apart %s", (_why, text) => {
    expect(windows(text).length).toBeGreaterThan(1);
  });
});
