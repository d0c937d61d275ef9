/**
 * Session 21 (word21): which currency a shared sign is, and which sums are the fine. Made-up sentences and
 * names, each with a near-miss.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { extract } from "../../../src/extract/index.js";
import { fineExtractors } from "../../../src/extract/fines/index.js";
import type { Extractor } from "../../../src/extract/types.js";
import { statedCode } from "../../../src/extract/fines/stated-codes.js";

function fines(text: string): string[] {
  return extract(createContext(text, { dateOrder: "auto" }), fineExtractors as Extractor[]).map((c) => {
    if (c.type !== "fine") throw new Error("not a fine");
    return `${c.amount}|${c.currency ?? c.unit}${c.money.length > 0 ? `|${c.money.map((m) => `${m.amount} ${m.currency}`).join(", ")}` : ""}`;
  });
}

describe("a shared sign takes the code the letter writes itself when it names no country", () => {
  it.each([
    [
      "the rupee beside the letter's LKR",
      "They were freed on bail of LKR 40,000 each. On 2 May the High Court of Nuwara fined each of them Rs. 12,000.",
      ["12000|LKR"],
    ],
    ["rupees by name beside NPR", "The bail was NPR 5,000. The court of Birtapur then fined Hari Lal 2,000 rupees.", ["2000|NPR"]],
    // Near-miss: with no code written, the sign keeps its default; a country the letter names still decides first.
    ["no code written", "The court of Nuwara fined Ana Perera Rs. 12,000.", ["12000|INR"]],
    ["a named country first", "In Pakistan, a court fined Ali Raza Rs. 12,000; his bail had been LKR 3,000 in another case.", ["12000|PKR"]],
  ])("%s", (_, text, expected) => {
    expect(fines(text)).toEqual(expected);
  });
  it("counts codes as written, glued or spaced, and wants one ahead", () => {
    expect(statedCode(["INR", "LKR"], "LKR50,000 and LKR 3,000 and INR 20")).toBe("LKR");
    expect(statedCode(["INR", "LKR"], "LKR 3,000 and INR 20")).toBeNull();
    expect(statedCode(["INR", "LKR"], "BLKRS 3,000")).toBeNull();
  });
  it("reads a bare `$` in a letter about Hong Kong as the Hong Kong dollar", () => {
    expect(fines("In Hong Kong the magistrate fined Ivy Lam a fine of $3,000.")).toEqual(["3000|HKD"]);
  });
});

describe("a code before a number opens that amount, not the number word before it", () => {
  it.each([
    ["`the other two ETB 5,000`", "The court fined Abel Tesfaye 20,000 birr and each of the other two ETB 5,000.", ["20000|ETB", "5000|ETB"]],
    // Near-miss: a code after its number, with no number after it, stays that amount's.
    ["`5,000 ETB each`", "The court fined each of the other two 5,000 ETB each.", ["5000|ETB"]],
  ])("%s", (_, text, expected) => {
    expect(fines(text)).toEqual(expected);
  });
});

describe("an unnamed unit stated with its money after `, the equivalent of`", () => {
  it.each([
    [
      "units, the equivalent of MNT …",
      "Mr. Bat Erdene was fined 2,700 units, the equivalent of MNT 2,700,000 (approximately USD 780).",
      ["2700|null|2700000 MNT, 780 USD"],
    ],
    ["units, i.e. …", "Ms. Sara Dorj was fined 900 units, i.e. MNT 900,000.", ["900|null|900000 MNT"]],
    // Near-miss: a count of days restated is no fine; a currency named before the comma keeps its own fine.
    ["days, the equivalent of", "She was fined after 20 days, the equivalent of MNT 20,000 in lost pay.", []],
    ["a named currency", "He was fined 500,000 tugriks, the equivalent of USD 145.", ["500000|MNT|145 USD"]],
  ])("%s", (_, text, expected) => {
    expect(fines(text).map((f) => f.replace("|undefined", "|null"))).toEqual(expected);
  });
});

describe("tomans restated in rials", () => {
  it.each([
    ["the rials are the fine", "Mr. Reza Karimi was sentenced to a fine of 20 million tomans (200 million rials).", ["200000000|IRR"]],
    // Near-miss: tomans alone stay the unit; a bracket that is no tenfold sum is an equivalent.
    ["tomans alone", "Mr. Reza Karimi was sentenced to a fine of 20 million tomans.", ["20000000|toman"]],
    ["another sum", "Mr. Reza Karimi was fined 20 million tomans (about USD 400).", ["20000000|toman|400 USD"]],
  ])("%s", (_, text, expected) => {
    expect(fines(text)).toEqual(expected);
  });
});

describe("a sum paid to someone named as compensation after the payee", () => {
  it.each([
    ["`to Mr. X as compensation`", "The court ordered the three to pay Shs20m to Mr. Okello Paul as compensation.", []],
    ["`to the complainant, Ms Y, in damages`", "He was also fined and ordered to pay KSh 80,000 to the complainant, Ms Atieno, in damages.", []],
    // Near-miss: a fine paid to the state stays a fine.
    ["a fine to the state", "The court fined Okello Paul Shs2m, to be paid to the state within a month.", ["2000000|UGX"]],
  ])("%s", (_, text, expected) => {
    expect(fines(text)).toEqual(expected);
  });
});

describe("a fine named as someone's, restating a sum told before", () => {
  it.each([
    [
      "`Sis. K's fine of`",
      "Sis. Achieng was fined KSh 40,000. The branch must now raise Sis. Achieng's fine of KSh 40,000 before June.",
      ["40000|KES"],
    ],
    ["`his fine of`", "Mr. Lemo was fined €700 in March. The union paid his fine of €700 in April.", ["700|EUR"]],
    // Near-miss: a possessive fine whose sum the letter has not told is that fine.
    ["a sum not told before", "The appeal court upheld Mr. Lemo's fine of €900.", ["900|EUR"]],
  ])("%s", (_, text, expected) => {
    expect(fines(text)).toEqual(expected);
  });
});

describe("French and Spanish: initials the letter defines for a fine unit", () => {
  const es = (text: string): string[] =>
    extract(createContext(text, { dateOrder: "auto", language: "es" }), fineExtractors as Extractor[]).map((c) => (c.type === "fine" ? `${c.amount}|${c.currency ?? c.unit}` : ""));
  it.each([
    [
      "`2,5 SMLMV` after its definition",
      "A los dos se les impuso una multa de 20 salarios mínimos legales mensuales vigentes (SMLMV). En 2024, Pedro Ruiz fue condenado al pago de una multa de 2,5 SMLMV.",
      ["20|salario mínimo legal mensual vigente", "2.5|salario mínimo legal mensual vigente"],
    ],
    // Near-miss: undefined initials are no unit, nor initials defined for something else.
    ["undefined initials", "Pedro Ruiz fue condenado al pago de una multa de 2,5 SMLMV.", []],
    ["initials of another thing", "La Central Unitaria de Trabajadores (CUT) denunció que Pedro Ruiz pagó una multa de 3 CUT.", []],
  ])("%s", (_, text, expected) => {
    expect(es(text)).toEqual(expected);
  });
});
