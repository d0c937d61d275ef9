/** The `fines/table-cell` rule: an amount in a table's fine or penalty column is a fine; other columns give none. */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { tableFineRule } from "../../../src/extract/fines/table-cell.js";
import { analyse } from "../../../src/pipeline.js";
import { DEFAULT_OPTIONS } from "../../../src/options.js";

const LETTER = "Letter of 3 June 2024 from Amman, Jordan.\n\n";

function found(table: string): string[] {
  const text = `${LETTER}${table}\n\nWe ask for the fines to be lifted.`;
  return tableFineRule.extract(createContext(text, DEFAULT_OPTIONS)).map((c) => `${c.text}|${c.amount}|${c.currency ?? c.unit}|${c.money.map((m) => `${m.amount} ${m.currency}`).join("+")}|${c.each ? "each" : "-"}`);
}

describe("fines/table-cell finds", () => {
  it.each([
    ["a Fine column", "Name\tSentence\tFine\nRana Saleh\t6 months\tJOD 500\nOmar Zaid\t1 year\t300 dinars", ["JOD 500|500|JOD||-", "300 dinars|300|JOD||-"]],
    ["a column named a judicial fine, each", "Defendant\tRole\tJudicial fine\nRana Saleh and Omar Zaid\tMembers\tJOD 250 each", ["JOD 250 each|250|JOD||each"]],
    ["a penalty column holding a sum, with its equivalent", "Name\tPosition\tPenalty\nRana Saleh\tChair\t1,000 dinars (about $1,400)", ["1,000 dinars (about $1,400)|1000|JOD|1400 USD|-"]],
    ["a bare number under a Fine header takes the country's currency", "Name\tSentence\tFine\nRana Saleh\t6 months\t750", ["750|750|JOD||-"]],
    ["a `ditto` cell repeats the fine above (h10b)", "Name\tSentence\tFine\nRana Saleh\t6 months\tJOD 500\nOmar Zaid\tditto\tditto\nLaila Haddad\t1 year\t—", ["JOD 500|500|JOD||-", "ditto|500|JOD||-"]],
  ])("%s", (_, table, expected) => {
    expect(found(table)).toEqual(expected);
  });

  it("gives each row's fine to the person in its name column", () => {
    const { records } = analyse(`${LETTER}Name\tSentence\tFine\nRana Saleh\t6 months\tJOD 500\nOmar Zaid\t1 year\tJOD 300\n\nWe ask for the fines to be lifted.`);
    expect(records.fines.map((f) => `${f.person}: ${f.amount} ${f.currency}`)).toEqual(["Rana Saleh: 500 JOD", "Omar Zaid: 300 JOD"]);
  });
});

describe("fines/table-cell: a name cell that repeats the row above (`〃`, `ditto`)", () => {
  it.each([
    ["〃", "Name\tDate\tSentence\tFine\nRana Saleh\t3 May 2024\t2 years\t—\n〃\t5 June 2024\t1 year\tJOD 300\nOmar Zaid\t3 May 2024\t6 months\tJOD 100"],
    ["ditto", "Name\tDate\tSentence\tFine\nRana Saleh\t3 May 2024\t2 years\t—\nditto\t5 June 2024\t1 year\tJOD 300\nOmar Zaid\t3 May 2024\t6 months\tJOD 100"],
  ])("gives a `%s` row's fine and term to the person above", (_, table) => {
    const { records } = analyse(`${LETTER}${table}\n\nWe ask for the fines to be lifted.`);
    expect(records.fines.map((f) => `${f.person}: ${f.amount} ${f.currency}`)).toEqual(["Rana Saleh: 300 JOD", "Omar Zaid: 100 JOD"]);
    expect(records.sentences.map((f) => `${f.person}: ${f.days}`)).toEqual(["Rana Saleh: 730", "Rana Saleh: 365", "Omar Zaid: 180"]);
  });
});

describe("fines/table-cell finds nothing in", () => {
  it.each([
    ["a bail column", "Name\tSentence\tBail\nRana Saleh\t6 months\tJOD 500"],
    ["a wages column", "Name\tPosition\tWages owed\nRana Saleh\tChair\tJOD 900"],
    ["bail in a penalty cell", "Name\tPosition\tPenalty\nRana Saleh\tChair\tJOD 500 bail"],
    ["damages in a penalty cell", "Name\tPosition\tPenalty\nRana Saleh\tChair\tJOD 500 in damages"],
    ["a bare number under a penalty header (a count, a term?)", "Name\tPosition\tPenalty\nRana Saleh\tChair\t500"],
    ["a table with no header", "Rana Saleh\t6 months\tJOD 500\nOmar Zaid\t1 year\tJOD 300"],
    ["a cell with a fine word of its own (the amount rule's)", "Name\tPosition\tPenalty\nRana Saleh\tChair\t6 months and a fine of JOD 500"],
  ])("%s", (_, table) => {
    expect(found(table)).toEqual([]);
  });
});
