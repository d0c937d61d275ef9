/** The language vocabularies: every row's example matches its own pattern; terms and amounts in each language. */
import { describe, expect, it } from "vitest";
import { findLanguageAmounts } from "../../src/language/amounts.js";
import { detectLanguage } from "../../src/language/detect.js";
import { findLanguageTerms } from "../../src/language/terms.js";
import { allVocabularies, isSupported, vocabularyOf, type Row, type Vocabulary } from "../../src/language/vocabulary.js";

const rowsOf = (v: Vocabulary): Row<unknown>[] => [
  v.penalty, v.ruling, ...v.kinds, v.suspendedAfter, ...v.notPenaltyBefore, ...v.notPenaltyAfter, v.fine, ...v.notFineBefore, ...v.notFineAfter,
  v.each, v.respectively, v.group, v.pronoun, v.namesAfter, v.listGlue, v.acronymBefore, v.monthBefore,
  v.roleModifier, v.roleOf, v.placeBefore, v.agentBefore, v.equivalent, v.probationBefore, v.announced,
];

describe("vocabulary rows", () => {
  for (const vocabulary of allVocabularies()) {
    it.each(rowsOf(vocabulary).map((row) => [vocabulary.language, row[2], row] as const))("%s: %s", (_, example, [pattern]) => {
      expect(new RegExp(pattern.source, pattern.flags.replace("g", "")).test(example)).toBe(true);
    });
  }
  it("knows English, French and Spanish, and nothing else", () => {
    expect(["en", "fr", "es"].every(isSupported)).toBe(true);
    expect(isSupported("de")).toBe(false);
    expect(vocabularyOf("en")).toBeNull();
  });
});

const fr = vocabularyOf("fr") as Vocabulary;
const es = vocabularyOf("es") as Vocabulary;
const terms = (v: Vocabulary, text: string): string[] => findLanguageTerms(text, v).map((t) => `${text.slice(t.start, t.end)}|${t.duration}|${t.days}`);

describe("terms in French and Spanish", () => {
  it.each([
    ["fr", "condamné à deux ans et six mois", ["deux ans et six mois|P2Y6M|910"]],
    ["fr", "cinq (5) mois d'emprisonnement", ["cinq (5) mois|P5M|150"]],
    ["fr", "sept ans et demi de prison", ["sept ans et demi|P7Y6M|2735"]],
    ["fr", "15 jours de détention", ["15 jours|P15D|15"]],
    ["es", "condenado a tres años y seis meses", ["tres años y seis meses|P3Y6M|1275"]],
    ["es", "una semana de arresto", ["una semana|P1W|7"]],
    ["es", "20 años de cárcel", ["20 años|P20Y|7300"]],
  ])("%#: %s", (_, text, expected) => {
    const vocabulary = _ === "fr" ? fr : es;
    expect(terms(vocabulary, text)).toEqual(expected);
  });
  it("reads no term in words that only look like one", () => {
    expect(terms(fr, "un ancien militant et trois amis")).toEqual([]);
    expect(terms(es, "dos mesas y tres sillas")).toEqual([]);
  });
});

const amounts = (v: Vocabulary, text: string): string[] => findLanguageAmounts(text, v, 0, text.length).map((a) => `${a.amount} ${a.currency}`);

describe("amounts in French and Spanish", () => {
  it.each([
    ["fr", "une amende de 500 000 francs CFA au Sénégal", ["500000 XOF"]],
    ["fr", "une amende de 1 250,50 euros", ["1250.5 EUR"]],
    ["fr", "une amende d'un million GNF", ["1000000 GNF"]],
    ["fr", "une amende de 20.000 dinars en Tunisie", ["20000 TND"]],
    ["es", "una multa de 20.000 pesos colombianos en Colombia", ["20000 COP"]],
    ["es", "una multa de USD 44", ["44 USD"]],
    ["es", "una multa de 15,000 lempiras en Honduras", ["15000 HNL"]],
    ["es", "una multa de 2,5 millones de pesos en México", ["2500000 MXN"]],
    ["fr", "une amende de 12,50 euros", ["12.5 EUR"]],
    ["es", "una multa de 3 millones de pesos en México", ["3000000 MXN"]],
    ["es", "una multa de $15.000.000 cada uno, impuesta por un juzgado de Colombia", ["15000000 COP"]],
    ["es", "una multa de US$ 500 en Colombia", ["500 USD"]],
    ["es", "una multa de $500 por la protesta", ["500 USD"]],
    ["es", "una multa de L. 40.000,00 impuesta en Honduras", ["40000 HNL"]],
    ["es", "una multa de L.25,000 en Tegucigalpa", ["25000 HNL"]],
    ["fr", "une amende de 2 000 DT chacun, à Sfax en Tunisie", ["2000 TND"]],
    ["fr", "une amende de Ar 500 000 chacun, à Toamasina", ["500000 MGA"]],
    ["fr", "une amende de 2 000 000 ariary", ["2000000 MGA"]],
    ["fr", "une amende de 250 000 FC, à Kinshasa (h13a, session 13)", ["250000 CDF"]],
    ["fr", "une amende de 5 000 000 FG à Conakry", ["5000000 GNF"]],
    ["fr", "une amende de 500 000 FBu à Bujumbura", ["500000 BIF"]],
  ])("%#: %s", (_, text, expected) => {
    const vocabulary = _ === "fr" ? fr : es;
    expect(amounts(vocabulary, text)).toEqual(expected);
  });
  it("reads no ariary sign in a word or before a lone number", () => {
    expect(amounts(fr, "Article 12 : Arrêté du 5 mai, Ar 12 et Arvid 500 000 ans")).toEqual([]);
  });
  it("reads no amount in counts of people or years", () => {
    expect(amounts(fr, "500 000 manifestants en 2020")).toEqual([]);
    expect(amounts(es, "20.000 personas marcharon")).toEqual([]);
    // Note: a French code's article is no lempira (`L.` only before grouped thousands).
    expect(amounts(fr, "une amende prévue par l'article L. 1132-1 du code du travail")).toEqual([]);
  });
});

describe("language detection", () => {
  it.each([
    ["fr", "Le tribunal correctionnel a condamné hier le secrétaire général du syndicat à une peine de deux ans de prison ferme, une décision que les organisations de défense des droits humains jugent injuste et disproportionnée."],
    ["es", "El tribunal condenó ayer al secretario general del sindicato a una pena de dos años de prisión, una decisión que las organizaciones de derechos humanos consideran injusta y desproporcionada."],
    ["en", "The court yesterday sentenced the general secretary of the union to two years in prison, a decision that human rights organisations consider unjust and disproportionate."],
    ["de", "Das Gericht hat gestern den Generalsekretär der Gewerkschaft zu zwei Jahren Haft verurteilt, eine Entscheidung, die Menschenrechtsorganisationen für ungerecht und unverhältnismäßig halten."],
  ])("%s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
  it("gives no language for a text too short to tell", () => {
    expect(detectLanguage("Lina Varga, 12/10/2020")).toBeNull();
  });
});
