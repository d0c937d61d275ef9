/**
 * Session 22 (word22): currencies as letters write them and sums that are no one's fine. Made-up sentences and names,
 * each with a near-miss.
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

describe("currency forms", () => {
  it.each([
    ["the South Slavic `dinara`", "In Belgrade, Serbia, the court fined Ana Lazić and Goran Ilić 100.000 dinara each.", "en", ["100000|RSD"]],
    ["the Macedonian `denara`", "In Skopje, North Macedonia, the court fined Ana Petrova 5.000 denara.", "en", ["5000|MKD"]],
    ["Honduras's `Lps.`, whose dot ends no sentence", "In Honduras the court fined Rosa Mejía Lps. 5,000.00 last week.", "en", ["5000|HNL"]],
    ["`Lps.` in Spanish", "El juzgado de Choluteca, Honduras, condenó a Rosa Mejía a una multa de Lps. 5,000.00 por la protesta.", "es", ["5000|HNL"]],
  ])("%s", (_, text, language, expected) => {
    expect(fines(text, language)).toEqual(expected);
  });
  it("keeps a sentence ending on a capitalised word before a number apart (near-miss)", () => {
    expect(fines("The court fined Rosa Mejía Lps 2,000. Lps. 300 was the bail.")).toEqual(["2000|HNL"]);
  });
});

describe("sums that are no one's fine", () => {
  it.each([
    ["paid jointly to a company", "The court ordered them to pay 18,000 Qatari riyals jointly to the company for a broken gate.", []],
    ["paid jointly and severally to the plaintiffs", "The six were ordered to pay LE 250,000 jointly and severally to the plaintiffs.", []],
    ["a fine on a company named after the amount", "The judge imposed a fine of GHS 50,000 on the station's owners, Sunrise Media Group Limited.", []],
    ["a fine on a body", "The court imposed a fine of GHS 5,000 on the union for the strike.", []],
  ])("%s", (_, text, expected) => {
    expect(fines(text)).toEqual(expected);
  });
  it.each([
    ["a fine besides the joint sum", "Evans Odhiambo was fined QAR 10,000 and ordered to pay 18,000 riyals jointly to the company.", ["10000|QAR"]],
    ["a fine on a body's officer", "The court imposed a fine of GHS 5,000 on the union's treasurer, Ama Owusu.", ["5000|GHS"]],
    ["a fine on an officer named by the body's noun", "The court imposed a fine of GHS 5,000 on the branch secretary, Ama Owusu.", ["5000|GHS"]],
    ["a fine on the owner named", "The judge imposed a fine of GHS 50,000 on the station's owner, Kofi Mensah.", ["50000|GHS"]],
  ])("keeps %s (near-miss)", (_, text, expected) => {
    expect(fines(text)).toEqual(expected);
  });
});
