/**
 * Session 18 (word18): what is no penalty's term. A request reaches the terms that only continue its
 * clause (a gapped `Y to 11 years`, `… for X and four years for Y`) and the verb of asking with an
 * infinitive (`asked the court to sentence`); a period that repeats (`every two weeks`, `cada 15 días`,
 * `tous les mois`) and a bare period before a word of time order (`deux jours après le sit-in`) are
 * no terms; a second term opened by an additive determiner (`and to a further two years`) is one.
 * Made-up sentences, names and places.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { extract } from "../../../src/extract/index.js";
import { sentenceExtractors } from "../../../src/extract/sentences/index.js";
import type { Extractor } from "../../../src/extract/types.js";

function found(text: string, language?: string): string[] {
  const context = createContext(text, { dateOrder: "auto", ...(language ? { language } : {}) });
  return extract(context, sentenceExtractors as Extractor[]).map((c) => {
    if (c.type !== "sentence") throw new Error("not a sentence");
    return `${c.text}|${c.kind ?? "-"}|${c.duration}`;
  });
}

describe("a request reaches the terms that continue its clause", () => {
  it.each([
    ["a verb of asking with the court and an infinitive, then a gapped term", "On 3 June the prosecutor asked the court to sentence Lidia Moraru to nine years' imprisonment, Petru Rusu to seven years and the others to five years."],
    ["`urged the judge to impose`", "The state attorney urged the judge to impose six years in prison on Kofi Mensah."],
    ["a request for one term for X and another for Y", "The prosecutor asked for six years' imprisonment for Mr Tariq Aziz and three years' imprisonment for Ms Noor Aziz."],
    ["a demand continued by a name and `to`", "Prosecutors demanded that Hana Novak be jailed for five years, Jan Dvorak to four years."],
  ])("no sentence in %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    [
      "a ruling after a request: the gapped terms are the ruling's",
      "The prosecutor had requested ten years, but the court sentenced Ana Lopes to two years' imprisonment, Rui Costa to one year and Eva Reis to six months.",
      ["sentenced Ana Lopes to two years' imprisonment|prison|P2Y", "Rui Costa to one year|prison|P1Y", "Eva Reis to six months|prison|P6M"],
    ],
    [
      "asking for a release is no request for a term",
      "The union asked the authorities to release Omar Haddad, who was sentenced to three years' imprisonment in May.",
      ["sentenced to three years' imprisonment|prison|P3Y"],
    ],
    [
      "a term for one name and another for the next, imposed",
      "The court imposed five years' imprisonment on Mr Tariq Aziz and two years' imprisonment on Ms Noor Aziz.",
      ["imposed five years' imprisonment|prison|P5Y", "two years' imprisonment|prison|P2Y"],
    ],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a period that repeats, or the time between two events, is no term", () => {
  it.each([
    ["en", "reporting every two weeks", "Ruth Abebe was placed on probation and must report to the police every two weeks."],
    ["es", "`cada 30 días` in a suspension's conditions", "Durante la suspensión, Mario Pineda deberá presentarse cada 30 días ante el juzgado."],
    ["fr", "`tous les quinze jours`", "Sous contrôle judiciaire, M. Idrissa Sow doit pointer au commissariat tous les quinze jours."],
    ["fr", "`chaque mois`", "Mme Awa Diallo, en liberté provisoire, doit se présenter chaque mois au tribunal."],
    ["fr", "a bare period before `après`", "Les syndicalistes ont été placés en détention le 4 mars, trois jours après la grève."],
    ["es", "a bare period before `después de`", "Los dirigentes fueron detenidos el 2 de mayo, dos días después de la huelga, y pasaron a prisión preventiva."],
    ["fr", "a bare period before `plus tard`", "Placé en garde à vue, M. Karim Bensaïd a été transféré en détention une semaine plus tard."],
  ])("%s: %s", (language, _, text) => {
    expect(found(text, language === "en" ? undefined : language)).toEqual([]);
  });

  it.each([
    ["fr", "a term after a trial stays a term", "M. Idrissa Sow a été condamné à deux ans de prison après un procès expéditif.", ["condamné à deux ans de prison|prison|P2Y"]],
    ["fr", "a bare term before `après un procès` stays a term", "M. Idrissa Sow a été condamné à deux ans après un procès expéditif.", ["condamné à deux ans|prison|P2Y"]],
    ["es", "a bare term before `después de un juicio` stays a term", "Mario Pineda fue condenado a tres años después de un juicio sumario.", ["condenado a tres años|prison|P3Y"]],
    ["es", "a term and then a reporting duty", "Mario Pineda fue condenado a un año de prisión y deberá presentarse cada 15 días ante el juzgado.", ["condenado a un año de prisión|prison|P1Y"]],
  ])("%s: %s", (language, _, text, expected) => {
    expect(found(text, language)).toEqual(expected);
  });
});

describe("a second term for the same object opened by an additive determiner", () => {
  it.each([
    ["`and to a further`", 'Reza Karimi was sentenced to four years in prison for "insulting officials" and to a further two years for "propaganda".', ["sentenced to four years in prison|prison|P4Y", "to a further two years|prison|P2Y"]],
    ["`and to an additional`", "Leyla Aliyeva was sentenced to three years' imprisonment for hooliganism and to an additional year for contempt.", ["sentenced to three years' imprisonment|prison|P3Y", "to an additional year|prison|P1Y"]],
    ["a further term that is a ban stays none", "Leyla Aliyeva was sentenced to three years' imprisonment and to a further two-year ban on journalism.", ["sentenced to three years' imprisonment|prison|P3Y"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("`deprivation of liberty`, the custodial penalty of the former Soviet states' codes", () => {
  it.each([
    ["after a list item's dash", "The court's verdict:\n- Nurlan Sadykov, union chair – six years' deprivation of liberty in a general-regime institution;\n- Dana Ermekova – three years' restriction of freedom.", ["six years' deprivation of liberty in a general-regime|prison|P6Y", "three years' restriction of freedom|restricted freedom|P3Y", "Nurlan Sadykov, union chair – six years|prison|P6Y", "Dana Ermekova – three years|restricted freedom|P3Y"]],
    ["after a weak verb", "Before the court on 2 May, Mr Temir Asanov received four years of deprivation of liberty.", ["received four years of deprivation of liberty|prison|P4Y"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it("no term in a finding that custody was arbitrary", () => {
    expect(found("The Working Group found that the deprivation of liberty of Temir Asanov for two years was arbitrary.")).toEqual([]);
  });
});

describe("a maximum stated by a copula", () => {
  it.each([
    ["`the maximum penalty is`", "Ali Hasan was charged under Article 168, for which the maximum penalty is two years' imprisonment."],
    ["`the maximum sentence being`", "Sara Omar was charged with incitement, the maximum sentence being five years in prison."],
    ["`the maximum would be`", "If convicted, the maximum would be three years' imprisonment for Omar Saleh."],
  ])("no sentence in %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
  it("a term imposed after the maximum stays", () => {
    expect(found("The maximum penalty is two years, and on 4 May the court sentenced Ali Hasan to one year's imprisonment.")).toEqual(["sentenced Ali Hasan to one year's imprisonment|prison|P1Y"]);
  });
});

describe("a request whose object is the penalty noun (`había solicitado una pena de`)", () => {
  it.each([
    ["es", "`solicitado una pena de`", "En Cali, la Fiscalía había solicitado una pena de 60 meses de prisión para cada uno de los acusados.", []],
    ["es", "`pidió una condena de`", "En Quito, el fiscal pidió una condena de cuatro años de prisión para Diego Yánez.", []],
    ["fr", "`a réclamé une peine de`", "À Rabat, le procureur a réclamé une peine de trois ans de prison contre M. Hamid Alaoui.", []],
    ["fr", "`a requis contre chacun d'eux une peine de` (session 19)", "Le parquet avait requis contre chacun d'eux une peine de dix ans de prison.", []],
    ["es", "`pidió contra cada uno de ellos una pena de` (session 19)", "La Fiscalía pidió contra cada uno de ellos una pena de seis años de prisión.", []],
    ["es", "a request, then the ruling's penalty noun", "La Fiscalía pidió diez años, pero el juez impuso una pena de cuatro años de prisión a Rosa Tello.", ["pena de cuatro años de prisión|prison|P4Y"]],
  ])("%s: %s", (language, _, text, expected) => {
    expect(found(text, language)).toEqual(expected);
  });
});
