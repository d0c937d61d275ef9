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
