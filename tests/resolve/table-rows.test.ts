/** A table row read as one unit: its penalty goes to its person and takes its date column. */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/pipeline.js";
import { tableRows } from "../../src/extract/tables.js";
import { createContext } from "../../src/extract/context.js";
import { DEFAULT_OPTIONS } from "../../src/options.js";

const LETTER = "Letter of 3 June 2023.\n\n";

function penalties(rows: string): string[] {
  const { records } = analyse(`${LETTER}${rows}\n\nWe ask for their release.`);
  return [...records.sentences, ...records.fines].map((p) => `${p.person ?? "-"}: ${p.text} (${p.date ?? "no date"})`);
}

describe("table rows", () => {
  it("gives a row's penalty to the person in its name column, whatever the column order", () => {
    const table = "Sentence\tDate\tName\tCharge\n2 years in prison\t4 May 2023\tEla Brook\tslandering Mira Holt\n6 months in prison\t5 May 2023\tJon Vale\tstriking with Tomas Ruud";
    expect(penalties(table)).toEqual(["Ela Brook: 2 years in prison (2023-05-04)", "Jon Vale: 6 months in prison (2023-05-05)"]);
  });

  it("dates a penalty by the date column the header names, not another date in the row", () => {
    const table = "Name\tArrested\tSentence\tSentenced on\nEla Brook\t4 May 2022\t2 years in prison\t4 May 2023\nJon Vale\t5 May 2022\tfined 300 euros\t5 May 2023";
    expect(penalties(table)).toEqual(["Ela Brook: 2 years in prison (2023-05-04)", "Jon Vale: fined 300 euros (2023-05-05)"]);
  });

  it("dates a penalty by a date its column's header gives in brackets, with no date column", () => {
    const table = "Name\tSentence (Trial Court, 4 May 2023)\tAppeal (9 January 2024)\nEla Brook\t2 years in prison\t18 months in prison\nJon Vale\t6 months in prison\tupheld";
    expect(penalties(table)).toEqual(["Ela Brook: 2 years in prison (2023-05-04)", "Ela Brook: 18 months in prison (2024-01-09)", "Jon Vale: 6 months in prison (2023-05-04)"]);
  });

  it("finds a later row's date that repeats an earlier row's", () => {
    const table = "Name\tSentence\tDate\nEla Brook\t2 years in prison\t4 May 2023\nJon Vale\t6 months in prison\t4 May 2023";
    expect(penalties(table)).toEqual(["Ela Brook: 2 years in prison (2023-05-04)", "Jon Vale: 6 months in prison (2023-05-04)"]);
  });

  it("reads a column whose every cell is a date alone as the date column (`Ruling`, `Decided`), a stray number elsewhere no match", () => {
    const text = "Bulletin 4 - 9 May 2024.\n\nName\tSentence\tRuling\nEla Brook\t2 years in prison\t12-Mar-2024\nJon Vale\t6 months in prison\t12-Mar-2024\n\nWe ask for their release.";
    const { records } = analyse(text);
    expect(records.sentences.map((s) => `${s.person ?? "-"}: ${s.date ?? "no date"}`)).toEqual(["Ela Brook: 2024-03-12", "Jon Vale: 2024-03-12"]);
  });

  it("reads no date column from a column of dates and words mixed", () => {
    const text = `${LETTER}Name\tSentence\tRuling\nEla Brook\t2 years in prison\tupheld on appeal\nJon Vale\t6 months in prison\t4 May 2023`;
    const context = createContext(text, DEFAULT_OPTIONS);
    expect(tableRows(text, context.paragraphs).every((row) => !row.columns?.includes("date"))).toBe(true);
  });

  it("gives a row's penalty to each person its name cell names", () => {
    const table = "Name\tSentence\tFine\nEla Brook and Jon Vale\t2 years in prison each\t300 euros each\nMira Holt\t6 months in prison\t–";
    expect(penalties(table).sort()).toEqual([
      "Ela Brook: 2 years in prison (no date)", "Ela Brook: 300 euros each (no date)", "Jon Vale: 2 years in prison (no date)", "Jon Vale: 300 euros each (no date)", "Mira Holt: 6 months in prison (no date)",
    ]);
  });

  it("has no say in a row that names two people and has no name column", () => {
    const text = `${LETTER}Port strike\tEla Brook and Jon Vale\t2 years in prison each\nMine strike\tMira Holt\t6 months in prison\tno appeal`;
    const context = createContext(text, DEFAULT_OPTIONS);
    expect(tableRows(text, context.paragraphs).every((row) => row.columns === null)).toBe(true);
    const { records } = analyse(text);
    expect(records.sentences.map((s) => s.person).sort()).toEqual(["Ela Brook", "Jon Vale", "Mira Holt"]);
  });

  it("reads no rows outside tables: a paragraph of prose, a lone line with a tab", () => {
    const text = `${LETTER}Brussels\t14 June 2023\n\nEla Brook was sentenced to 2 years in prison.`;
    expect(tableRows(text, createContext(text, DEFAULT_OPTIONS).paragraphs)).toEqual([]);
  });
});
