/**
 * Session 24 (fines24): a currency redenominated under the same name and sign keeps the code of the ruling's time
 * (SLL before July 2022, SLE after; MRO before 2018, MRU after). Made-up letters, each with a near-miss.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/pipeline.js";
import { REDENOMINATIONS } from "../../src/language/redenominations.js";
import { isoCode } from "../../src/extract/fines/currencies.js";

const fines = (text: string, language?: string): string[] =>
  analyse(text, { dateOrder: "auto", ...(language ? { language } : {}) }).records.fines.map((f) => `${f.person}|${f.amount}|${f.currency}`);

describe("redenominated currencies", () => {
  it.each([
    ["leones before July 2022", "Freetown, 4 May 2023\n\nIn Sierra Leone, the court fined journalist Abu Conteh Le 30,000,000 on 12 March 2020.", undefined, ["Abu Conteh|30000000|SLL"]],
    ["ouguiyas marked old, in French", "Nouakchott, le 4 mai 2023\n\nEn Mauritanie, le tribunal a condamné Ahmed Ould Salem à une amende de 200 000 UM (anciennes ouguiyas).", "fr", ["Ahmed Ould Salem|200000|MRO"]],
    ["leones marked old in a letter dated after", "Freetown, 4 May 2026\n\nIn Sierra Leone, the court fined journalist Abu Conteh Le 30,000,000 (old leones).", undefined, ["Abu Conteh|30000000|SLL"]],
  ])("%s", (_, text, language, expected) => {
    expect(fines(text, language)).toEqual(expected);
  });
  it.each([
    ["leones after July 2022", "Freetown, 4 May 2024\n\nIn Sierra Leone, the court fined journalist Abu Conteh Le 30,000 on 12 March 2024.", undefined, ["Abu Conteh|30000|SLE"]],
    ["a code the letter writes itself", "Freetown, 4 May 2024\n\nIn Sierra Leone, the court fined journalist Abu Conteh SLE 30,000 on 12 March 2020.", undefined, ["Abu Conteh|30000|SLE"]],
    ["a currency with no redenomination", "Bamako, 4 May 2016\n\nAu Mali, le tribunal a condamné Awa Keita à une amende de 200 000 F CFA le 2 mai 2016.", "fr", ["Awa Keita|200000|XOF"]],
  ])("keeps %s (near-miss)", (_, text, language, expected) => {
    expect(fines(text, language)).toEqual(expected);
  });

  it("reads each old code as a currency, dated in order", () => {
    for (const [old, code, from] of REDENOMINATIONS) {
      expect(isoCode(old)).toBe(old);
      expect(isoCode(code)).toBe(code);
      expect(from).toMatch(/^\d{4}-\d{2}$/u);
    }
  });
});
