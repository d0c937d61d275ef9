/**
 * Session 23 (fines23): statutory ranges, Swiss francs, country stems. Made-up sentences and
 * names, each with a near-miss.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { extract } from "../../../src/extract/index.js";
import { fineExtractors } from "../../../src/extract/fines/index.js";
import type { Extractor } from "../../../src/extract/types.js";

function fines(text: string, language?: string): string[] {
  return extract(createContext(text, { dateOrder: "auto", ...(language ? { language } : {}) }), fineExtractors as Extractor[]).map((c) => {
    if (c.type !== "fine") throw new Error("not a fine");
    return `${c.amount}|${c.currency ?? c.unit}`;
  });
}

describe("a statute's range is no fine", () => {
  it.each([
    ["a range after `and a fine of`", "In Tangier, Morocco, the charge is punishable by one to two years' imprisonment and a fine of 3,000 to 30,000 dirhams, and the court fined Omar Idrissi 4,000 dirhams.", "en", ["4000|MAD"]],
    ["`between … and …`", "In Kigali, Rwanda, the code sets a fine of between FRW 2,000,000 and FRW 4,000,000, and the court fined Eric Mugabo FRW 500,000.", "en", ["500000|RWF"]],
    ["French `de … à …`", "Au Maroc, le tribunal a infligé à Samir Alaoui une amende de 6 000 dirhams ; la loi prévoit une amende de 1 000 à 10 000 dirhams.", "fr", ["6000|MAD"]],
    ["Spanish `de … a …`", "En Honduras, el juez impuso a Rosa Mejía una multa de 3.000 lempiras; el código prevé una multa de 1.000 a 9.000 lempiras.", "es", ["3000|HNL"]],
  ])("%s", (_, text, language, expected) => {
    expect(fines(text, language)).toEqual(expected);
  });
  it.each([
    ["a fine reduced on appeal (its verb of change)", "In Rabat, Morocco, the appeal court reduced the fine of Nadia Bennani from 12,000 to 6,000 dirhams.", "en", ["6000|MAD"]],
    ["French `ramené … de … à …`", "La cour d'appel a ramené l'amende de Samir Alaoui de 12 000 à 6 000 dirhams.", "fr", ["6000|MAD"]],
    ["a list of two fines, no `between`", "In Minsk, Anna Ivanova and Oleg Petrov were fined 900 and 700 roubles respectively.", "en", ["900|BYN", "700|BYN"]],
    ["Spanish `a` after people counted", "En Honduras, el juez condenó a 2 de ellos a una multa de 3.000 lempiras.", "es", ["3000|HNL"]],
  ])("keeps %s (near-miss)", (_, text, language, expected) => {
    expect(fines(text, language)).toEqual(expected);
  });
});

describe("Swiss francs", () => {
  it.each([
    ["`fr.` after the sum, in French", "À Fribourg, en Suisse, le tribunal a condamné Léa Rossier à une amende de 700 fr. Elle fera appel.", "fr", ["700|CHF"]],
    ["`Fr.` before the sum", "In Basel, Switzerland, the court fined Jonas Weber Fr. 1,500 for the blockade.", "en", ["1500|CHF"]],
    ["thousands set off by an apostrophe", "In Zurich, Switzerland, the court fined Jonas Weber CHF 3'500 for the blockade.", "en", ["3500|CHF"]],
  ])("%s", (_, text, language, expected) => {
    expect(fines(text, language)).toEqual(expected);
  });
  it.each([
    ["`fr.` in a letter about Burkina Faso is the CFA franc", "In Ouagadougou, Burkina Faso, the court fined Issa Ouédraogo 50,000 fr.", "en", ["50000|XOF"]],
    ["an apostrophe after a year is no thousands", "In Zurich, Switzerland, the 1990's law fined Jonas Weber CHF 900.", "en", ["900|CHF"]],
  ])("%s (near-miss)", (_, text, language, expected) => {
    expect(fines(text, language)).toEqual(expected);
  });
});

describe("a country named by its stem", () => {
  it("reads no Liberia in `Libertad` or `Liberation` (a bare dollar stays the US dollar)", () => {
    expect(fines("El Observatorio de Libertad Sindical informa que el tribunal condenó a Ana Rojas a una multa de 300 dólares.", "es")).toEqual(["300|USD"]);
    expect(fines("The Workers' Liberation Front reports that the court fined Ana Rojas 300 dollars.")).toEqual(["300|USD"]);
  });
  it("still reads the country's adjective (near-miss)", () => {
    expect(fines("The Liberian court fined Ana Rojas 300 dollars.")).toEqual(["300|LRD"]);
  });
});
