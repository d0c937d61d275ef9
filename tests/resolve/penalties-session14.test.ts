/**
 * Penalty shapes of session 14 (branch pen14), each in made-up words, names and currencies:
 * a ruling whose lines break off mid-clause (scraped pages, PDF lines); bare amounts listed before a
 * named one and shared out by `respectively` (French, Spanish); the same penalty as a relation
 * (`as her brother`, `que son mari`, `que su hermano`), served in another form; a counted group
 * behind a possessive (`ses deux adjoints`, `his two deputies`).
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

describe("fines: bare amounts listed before a named one, shared out by `respectively`", () => {
  it.each([
    [
      "Spanish, the names after the amounts, another fine before them",
      "El tribunal impuso a Ramírez una multa de 500 pesos, y multas de 1 000 y 4 000 pesos a Ortega y Medina, respectivamente.",
      [["Julio Ramírez", ["Ramírez"]], ["Ana Ortega", ["Ortega"]], ["Luis Medina", ["Medina"]]] as Names,
      "es",
      ["Julio Ramírez|500|MXN|-", "Ana Ortega|1000|MXN|-", "Luis Medina|4000|MXN|-"],
    ],
    [
      "French, three amounts with commas and `et`, the names after",
      "Le tribunal de Niamey a infligé des amendes de 100 000, 250 000 et 400 000 francs CFA à Moussa Issa, Aïcha Garba et Idrissa Souley respectivement.",
      ["Moussa Issa", "Aïcha Garba", "Idrissa Souley"],
      "fr",
      ["Moussa Issa|100000|XOF|-", "Aïcha Garba|250000|XOF|-", "Idrissa Souley|400000|XOF|-"],
    ],
    [
      "Spanish, the names before, dot thousands",
      "El juzgado condenó a Marta Ríos y a Jorge Salas a pagar multas de 1.500 y 2.500 bolivianos, respectivamente.",
      ["Marta Ríos", "Jorge Salas"],
      "es",
      ["Marta Ríos|1500|BOB|-", "Jorge Salas|2500|BOB|-"],
    ],
    [
      "French, a scale word on the named amount only",
      "Les juges ont condamné Paul Kabila et Jean Mbeki à des amendes de 2 et 3 millions de francs congolais respectivement.",
      ["Paul Kabila", "Jean Mbeki"],
      "fr",
      ["Paul Kabila|2000000|CDF|-", "Jean Mbeki|3000000|CDF|-"],
    ],
  ])("%s", (_why, text, names: Names, language, expected) => {
    expect(fines(run(text, names, [], null, language))).toEqual(expected);
  });

  it.each([
    ["no `respectively`: the numbers are no fines of their own", "El juzgado impuso multas de 1.500 y 2.500 bolivianos a Marta Ríos.", ["Marta Ríos"], "es", ["Marta Ríos|2500|BOB|-"]],
    [
      "a list of bail sums is no fine",
      "Le juge a fixé des cautions de 100 000 et 200 000 francs CFA pour Ali Diop et Fatou Ba respectivement.",
      ["Ali Diop", "Fatou Ba"],
      "fr",
      [],
    ],
  ])("%s", (_why, text, names: Names, language, expected) => {
    expect(fines(run(text, names, [], null, language))).toEqual(expected);
  });
});

describe("penalties: the same penalty as a relation", () => {
  it.each([
    [
      "English, two paragraphs back, served in another form",
      "A court in Holguín on Monday sentenced reporter Yasiel Mora Vidal to four years in prison.\n\nMora Vidal, 34, writes for a digital outlet.\n\nHis sister, Yenisey Mora Castillo, who was filmed beside him, received the same term as her brother, but the court allowed her to serve it as \"limitación de libertad\", a form of restricted freedom.",
      [["Yasiel Mora Vidal", ["Mora Vidal"]], "Yenisey Mora Castillo"] as Names,
      undefined,
      ["Yasiel Mora Vidal|1460|prison|-", "Yenisey Mora Castillo|1460|restricted freedom|-"],
    ],
    [
      "English, a co-defendant, the nearest penalised person",
      "The court jailed Ali Vaziri for five years. Days later it sentenced Reza Tavakoli to two years in prison. Hamid Nouri received the same sentence as his co-defendant.",
      ["Ali Vaziri", "Reza Tavakoli", "Hamid Nouri"],
      undefined,
      ["Ali Vaziri|1825|prison|-", "Reza Tavakoli|730|prison|-", "Hamid Nouri|730|prison|-"],
    ],
    [
      "French, a spouse",
      "Le tribunal a condamné Karim Benali à deux ans de prison ferme. Son épouse, Nadia Benali, a reçu la même peine que son mari.",
      ["Karim Benali", "Nadia Benali"],
      "fr",
      ["Karim Benali|730|prison|-", "Nadia Benali|730|prison|-"],
    ],
    [
      "Spanish, a sibling",
      "El juez condenó a Pedro Lucas a tres años de prisión. Su hermana, Rosa Lucas, recibió la misma pena que su hermano.",
      ["Pedro Lucas", "Rosa Lucas"],
      "es",
      ["Pedro Lucas|1095|prison|-", "Rosa Lucas|1095|prison|-"],
    ],
    [
      "not a plural relation: `as his co-defendants` points to no one",
      "The court jailed Ali Vaziri for five years and Reza Tavakoli for two years. Hamid Nouri received the same term as his co-defendants.",
      ["Ali Vaziri", "Reza Tavakoli", "Hamid Nouri"],
      undefined,
      ["Ali Vaziri|1825|prison|-", "Reza Tavakoli|730|prison|-"],
    ],
    [
      "not when the relation's person was given two different terms",
      "The court sentenced Omar Saleh to one year in prison and, in a second case, to three years in prison. His brother, Adel Saleh, received the same term as his brother.",
      ["Omar Saleh", "Adel Saleh"],
      undefined,
      ["Omar Saleh|365|prison|-", "Omar Saleh|1095|prison|-"],
    ],
  ])("%s", (_why, text, names: Names, language, expected) => {
    expect(sentences(run(text, names, [], null, language))).toEqual(expected);
  });
});

describe("penalties: a counted group behind a possessive", () => {
  it.each([
    [
      "French, `celle de ses deux adjoints` on appeal, the group named with its people before",
      "Le 14 janvier, le tribunal a condamné Ahmed Trabelsi, secrétaire général du syndicat, à trois ans de prison ferme. Ses deux adjoints, Samir Gharbi, trésorier, et Leila Mansour, secrétaire, ont été condamnés à deux ans chacun.\n\nLa cour d'appel a réduit la peine de M. Trabelsi à dix-huit mois d'emprisonnement et celle de ses deux adjoints à huit mois avec sursis.",
      [["Ahmed Trabelsi", ["Trabelsi"]], "Samir Gharbi", "Leila Mansour"] as Names,
      "fr",
      ["Ahmed Trabelsi|1095|prison|-", "Samir Gharbi|730|prison|-", "Leila Mansour|730|prison|-", "Ahmed Trabelsi|540|prison|-", "Samir Gharbi|240|suspended prison|-", "Leila Mansour|240|suspended prison|-"],
    ],
    [
      "English, `that of his two deputies`",
      "The court sentenced union leader Tomas Reyes to three years in prison. His two deputies, Ana Cruz and Ben Soto, were jailed for two years each.\n\nOn appeal, the court reduced the sentence of Reyes to 18 months and that of his two deputies to eight months.",
      [["Tomas Reyes", ["Reyes"]], "Ana Cruz", "Ben Soto"] as Names,
      undefined,
      ["Tomas Reyes|1095|prison|-", "Ana Cruz|730|prison|-", "Ben Soto|730|prison|-", "Tomas Reyes|540|prison|-", "Ana Cruz|240|prison|-", "Ben Soto|240|prison|-"],
    ],
    [
      "not a group the letter names in another number",
      "Le tribunal a condamné Omar Zidane à un an de prison. Ses trois enfants, dont Yacine Zidane, ont été entendus. La cour a réduit la peine de ses trois enfants à six mois.",
      ["Omar Zidane", "Yacine Zidane"],
      "fr",
      ["Omar Zidane|365|prison|-"],
    ],
  ])("%s", (_why, text, names: Names, language, expected) => {
    expect(sentences(run(text, names, [], null, language))).toEqual(expected);
  });
});
