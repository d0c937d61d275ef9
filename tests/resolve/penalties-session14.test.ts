/**
 * Penalty shapes of session 14 (branch pen14), each in made-up words, names and currencies:
 * a ruling whose lines break off mid-clause (scraped pages, PDF lines).
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

type Names = Parameters<typeof run>[1];

describe("penalties: a ruling whose lines break off mid-clause", () => {
  it.each([
    [
      "French, the verb ending a line and the name's post running over two",
      "Le 3 mars 2021, le tribunal de Lomé a condamné\nKossi Mensah, rédacteur en chef de\nLa Tribune, à deux ans d’emprisonnement avec sursis et une amende de 500 000 francs CFA.",
      ["Kossi Mensah"],
      "fr",
      ["Kossi Mensah|730|suspended prison|-"],
      ["Kossi Mensah|500000|XOF|-"],
    ],
    [
      "Spanish, a line ending on an article",
      "El tribunal de Quito condenó a la\nperiodista Lucía Andrade a un año de prisión y a una multa de 3 000 dólares.",
      ["Lucía Andrade"],
      "es",
      ["Lucía Andrade|365|prison|-"],
      ["Lucía Andrade|3000|USD|-"],
    ],
    [
      "English, a comma and a preposition ending lines",
      "On 2 June the court in Harare sentenced Tendai Moyo,\nthe secretary of\nthe vendors' union, to eighteen months in prison and fined him US$500.",
      ["Tendai Moyo"],
      undefined,
      ["Tendai Moyo|540|prison|-"],
      ["Tendai Moyo|500|USD|-"],
    ],
  ])("%s", (_why, text, names: Names, language, expectedSentences, expectedFines) => {
    const result = run(text, names, [], null, language);
    expect(sentences(result)).toEqual(expectedSentences);
    expect(fines(result)).toEqual(expectedFines);
  });

  it("keeps the lines of a penalty list apart", () => {
    const text = "Sentences handed down\nOmar Haddad – three years' imprisonment\nLeila Nasser – one year's imprisonment";
    expect(sentences(run(text, ["Omar Haddad", "Leila Nasser"]))).toEqual(["Omar Haddad|1095|prison|-", "Leila Nasser|365|prison|-"]);
  });

  it("does not carry a request over a line break onto the ruling", () => {
    const text = "The prosecutor asked for\nfive years for Samir Aziz. The court later acquitted him.";
    expect(sentences(run(text, ["Samir Aziz"]))).toEqual([]);
  });
});
