/**
 * One table of currency signs (extract/fines/currencies.ts): every sign in it is read by the
 * English money rule where the table says it is written, and every sign written after the number
 * by the French and Spanish one too, so a sign added once is read everywhere.
 */
import { describe, expect, it } from "vitest";
import { CURRENCY_SIGNS, symbolCode } from "../../../src/extract/fines/currencies.js";
import { findAmounts } from "../../../src/extract/fines/money.js";
import { findLanguageAmounts } from "../../../src/language/amounts.js";
import { vocabularyOf, type Vocabulary } from "../../../src/language/vocabulary.js";

const read = (text: string): string[] => findAmounts(text, 0, text.length).map((a) => `${a.amount} ${a.currency}`);
const before = CURRENCY_SIGNS.filter(({ written }) => written !== "after").map(({ sign }) => sign);
const after = CURRENCY_SIGNS.filter(({ written }) => written !== "before").map(({ sign }) => sign);

describe("every sign of the currency table", () => {
  it.each(before)("is read before the number: %s", (sign) => {
    expect(read(`The court fined her ${sign}40,000 on Monday.`)).toEqual([`40000 ${symbolCode(sign)}`]);
  });

  it.each(after)("is read after the number: %s", (sign) => {
    expect(read(`The court fined her 40,000 ${sign} on Monday.`)).toEqual([`40000 ${symbolCode(sign)}`]);
  });

  it.each(after.filter((sign) => /^\p{L}/u.test(sign)))("is read after the number in French and Spanish letters: %s", (sign) => {
    for (const language of ["fr", "es"]) {
      const text = `Le tribunal lui a infligé une amende de 40 000 ${sign} lundi.`;
      const found = findLanguageAmounts(text, vocabularyOf(language) as Vocabulary, 0, text.length).map((a) => `${a.amount} ${a.currency}`);
      expect(found, language).toEqual([`40000 ${symbolCode(sign)}`]);
    }
  });

  it.each([
    ["a sign written only after the number is no prefix", "Ar 40,000 was the sum on the form."],
    ["a sign inside a word", "The HTLV40,000 sample was lost."],
    ["a conditioned sign before a small number", "Take the N1 road to K2 junction."],
  ])("reads nothing: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});
