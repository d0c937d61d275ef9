import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/normalise/index.js";
import { CELL, cellTabs, isTable, tables } from "../../src/normalise/tables.js";
import { columnOf, headerColumns, HEADER_WORDS } from "../../src/normalise/table-header.js";
import type { RawDocument } from "../../src/read/types.js";

interface Cases {
  find: { why: string; text: string; rows: string[][] }[];
  ignore: { why: string; text: string }[];
}
const cases = JSON.parse(readFileSync("fixtures/cases/tables/normalise.json", "utf8")) as Cases;

const text = (page: string): string => normalise({ format: "text", pages: [page], header: "", footer: "", ocr: null, warnings: [] } satisfies RawDocument);

/** The tab-separated rows of the normalised text's table paragraphs. */
function rowsOf(normalised: string): string[][] {
  return normalised
    .split("\n\n")
    .filter((block) => block.split("\n").every((line) => line.includes("\t")))
    .flatMap((block) => block.split("\n").map((line) => line.split("\t")));
}

describe("tables in the text", () => {
  it.each(cases.find)("reads $why as rows", ({ text: page, rows }) => {
    expect(rowsOf(text(page))).toEqual(rows);
  });

  it.each(cases.ignore)("leaves $why as it was", ({ text: page }) => {
    expect(tables(page)).toBe(page);
    expect(text(page)).not.toContain(CELL);
  });

  it("keeps the rows of a table apart in a hard-wrapped text and a blank line around them", () => {
    const prose = "The court in the capital handed down its ruling on the members of the\nunion who had organised the strike at the port in the spring of last\nyear, after a trial that lasted three days and that no observer from the\nembassies was allowed to attend; the sentences were as follows for each:";
    const table = "Name\tSentence\nEla Brook\t2 years in prison\nJon Vale\t6 months";
    expect(text(`${prose}\n${table}\nWe ask for their release.`)).toBe(`${prose.replaceAll("\n", " ")}\n\n${table}\n\nWe ask for their release.`);
  });

  it("needs rows of one width, two cells filled in each", () => {
    expect(isTable([["a", "b", "c"], ["d", "e"]])).toBe(false);
    expect(isTable([["a", "", ""], ["d", "e", "f"]])).toBe(false);
    expect(isTable([["a", "b", "c"], ["d", "e", "f"]])).toBe(true);
  });

  it("turns cell marks into tabs", () => {
    expect(cellTabs(`a${CELL}${CELL}b`)).toBe("a\t\tb");
  });
});

describe("table headers", () => {
  it.each(HEADER_WORDS.map(([pattern, column, example]) => [example, column, pattern] as const))("reads %s as the %s column", (example, column, pattern) => {
    expect(pattern.test(example)).toBe(true);
    expect(columnOf(example)).toBe(column);
  });

  it("knows a header from a data row", () => {
    expect(headerColumns(["Name", "Union", "Charge"])).toEqual(["name", "organisation", "other"]);
    expect(headerColumns(["Ela Brook", "Dockers' Union", "2 years"])).toBeNull();
    expect(headerColumns(["Country", "Capital"])).toBeNull();
    expect(headerColumns(["Defendant", "Sentence (District Court, 17/10/2024)"])).toEqual(["name", "penalty"]);
  });

  it("knows French and Spanish headers (session 14, h14a)", () => {
    expect(headerColumns(["Nom", "Média", "Fonction", "Peine", "Amende"])).toEqual(["name", "organisation", "role", "penalty", "penalty"]);
    expect(headerColumns(["Nombre y apellidos", "Sindicato", "Cargo", "Condena", "Fecha de la sentencia"])).toEqual(["name", "organisation", "role", "penalty", "date"]);
    expect(headerColumns(["Pays", "Capitale"])).toBeNull();
  });

  it("reads a penalty's kind as a penalty column (session 16: `Prison`, `Detention`, `Emprisonnement`, `Prisión`)", () => {
    expect(headerColumns(["Name", "Position", "Prison", "Other penalties"])).toEqual(["name", "role", "penalty", "other"]);
    expect(headerColumns(["Detainee", "Detention"])).toEqual(["name", "penalty"]);
    expect(headerColumns(["Nom", "Emprisonnement"])).toEqual(["name", "penalty"]);
    expect(headerColumns(["Nombre", "Prisión"])).toEqual(["name", "penalty"]);
    expect(headerColumns(["Prison", "City"])).toBeNull();
  });
});
