/** French and Spanish currency words from CLDR through Intl (src/language/currency-words.ts). */
import currencyCodes from "currency-codes";
import { describe, expect, it } from "vitest";
import { knownCurrencyName } from "../../src/extract/fines/currencies.js";
import { findLanguageAmounts } from "../../src/language/amounts.js";
import { CURRENCY_WORDS, currencyWordTable } from "../../src/language/currency-words.js";
import { vocabularyOf, type Vocabulary } from "../../src/language/vocabulary.js";

const read = (language: string, text: string): string[] =>
  findLanguageAmounts(text, vocabularyOf(language) as Vocabulary, 0, text.length).map((a) => `${a.amount} ${a.currency}`);

describe("French and Spanish currency words", () => {
  it("are the table Intl gives for currency-codes today (else run `npm run data:signs`)", () => {
    expect(currencyWordTable(currencyCodes.codes(), knownCurrencyName)).toEqual(CURRENCY_WORDS);
  });

  it.each([
    ["es", "libra", "pound"],
    ["es", "chelín", "shilling"],
    ["es", "chelin", "shilling"],
    ["es", "franco", "franc"],
    ["es", "córdoba", "cordoba"],
    ["fr", "livre", "pound"],
    ["fr", "kwacha", "kwacha"],
    ["fr", "couronne", "koruna"],
  ] as const)("maps %s %s to %s", (language, word, english) => {
    expect(CURRENCY_WORDS[language][word]).toBe(english);
  });

  it("takes no adjective before the noun nor a metal for a currency word (`nuevo dólar`, `córdoba oro`)", () => {
    expect(CURRENCY_WORDS.es.nuevo).toBeUndefined();
    expect(CURRENCY_WORDS.es.oro).toBeUndefined();
    expect(CURRENCY_WORDS.fr.nouveau).toBeUndefined();
  });

  it.each([
    ["es", "El tribunal de Damasco, en Siria, les impuso una multa de dos millones de libras sirias.", ["2000000 SYP"]],
    ["es", "En Malabo (Guinea Ecuatorial) recibieron multas de 1.500.000 francos CFA.", ["1500000 XAF"]],
    ["es", "Un juzgado de Nairobi, Kenia, la multó con 50.000 chelines.", ["50000 KES"]],
    ["es", "El juez de San José, Costa Rica, fijó ochocientos mil colones de multa.", ["800000 CRC"]],
    ["fr", "À Lusaka (Zambie), le tribunal lui a infligé une amende de 20 000 kwachas.", ["20000 ZMW"]],
  ])("reads a %s amount in the country's currency: %s", (language, text, expected) => {
    expect(read(language, text)).toEqual(expected);
  });

  it("reads no currency in a common word after a number (`tres oros`, `deux livres` of a book)", () => {
    expect(read("es", "Ganó tres oros en los juegos.")).toEqual([]);
  });

  it("reads `dollars` with no adjective in a letter from Canada as Canada's (Quebec French), elsewhere as the named country's", () => {
    expect(read("fr", "Montréal, Québec : le tribunal lui a imposé une amende de mille cinq cents dollars.")).toEqual(["1500 CAD"]);
    expect(read("fr", "À Port-au-Prince, il a payé une amende de mille cinq cents dollars américains.")).toEqual(["1500 USD"]);
  });
});

