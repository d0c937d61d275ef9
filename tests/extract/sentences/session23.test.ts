/**
 * Session 23 (word23): penalty wordings that were not read, and terms that are no penalty. Made-up sentences, names and
 * places, each with what must be found and a near-miss that must not.
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
    return `${c.kind ?? "-"}|${c.duration}`;
  });
}

describe("the firm part of a term led by a penalty noun", () => {
  it.each([
    ["a term changed on appeal, its firm part counted out", "La cour d'appel a ramené la peine de M. Paul Essi à 18 mois d'emprisonnement, dont 9 mois ferme.", ["prison|P18M", "prison|P9M"]],
    ["a noun after the verb", "Les deux militants ont reçu des peines de huit mois de prison, dont quatre mois ferme.", ["prison|P8M", "prison|P4M"]],
    // Near-misses: a suspended part counted out gives no term of its own; a request's noun is no penalty.
    ["a suspended part", "La cour d'appel a ramené la peine de M. Paul Essi à 18 mois d'emprisonnement, dont 9 mois avec sursis.", ["prison|P18M"]],
    ["a request", "Le parquet a requis une peine de deux ans de prison, dont un an ferme.", []],
  ])("%s", (_, text, expected) => {
    expect(found(text, "fr")).toEqual(expected);
  });
});

describe("Spanish `sanción` is a penalty word", () => {
  it.each([
    ["a sanction changed on appeal", "El tribunal provincial lo condenó a cinco años de privación de libertad. En abril, la sala rebajó la sanción a dos años de limitación de libertad.", ["prison|P5Y", "restricted freedom|P2Y"]],
    ["a sanction imposed", "La sanción impuesta a Rosa Gil fue de un año de trabajo correccional.", ["corrective labour|P1Y"]],
    // Near-misses: time spent before an event, and a sanction asked for.
    ["time spent before a release", "La sala rebajó la sanción a dos años de limitación de libertad, y salió de la cárcel después de seis meses de encierro.", ["restricted freedom|P2Y"]],
    ["a sanction requested", "La fiscalía pidió una sanción de ocho años de privación de libertad.", []],
  ])("%s", (_, text, expected) => {
    expect(found(text, "es")).toEqual(expected);
  });
  it("French `après` before a term is time spent", () => {
    expect(found("M. Paul Essi, condamné à deux ans de prison, a été libéré après dix-huit mois de détention.", "fr")).toEqual(["prison|P2Y"]);
  });
});

describe("a term lessened by a fraction, its object pointing back to the penalty", () => {
  it.each([
    ["`the penalty` reduced by half", "Tomas Ek was convicted in March. Because he confessed, the court reduced the penalty by half, to eighteen months.", ["prison|P18M"]],
    // (verb-term reads this one; its kind is the penalty's before it, inherited in resolve/penalties-merge.ts)
    ["`this` reduced after the penalty in its sentence", "The court sentenced Mira Holt to nine years' imprisonment and then reduced this by one third to six years.", ["prison|P9Y", "-|P6Y"]],
    ["`halved to`, suspended later in the sentence", "The court gave Ola Dube two years' imprisonment and a fine of $4,000, halved to one year and $2,000 because she pleaded guilty, and suspended the prison term for three years.", ["prison|P2Y", "suspended prison|P1Y"]],
    // Near-misses: a lessened thing that is no penalty; custody lengthened; a suspension's own period.
    ["working hours reduced", "The court sentenced Ana Ruiz to six years in prison. Her working hours had been reduced to 20 hours.", ["prison|P6Y"]],
    ["custody extended", "His pre-trial imprisonment was extended to two months.", []],
    ["a suspension's period after its object", "The court sentenced Leo Vance to eight months in prison and suspended the sentence for two years.", ["suspended prison|P8M"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a step of the court's sentencing arithmetic is no term", () => {
  it.each([
    ["a starting point, on a marked list line", "The sentences were:\n- Ivy Tse: 2 years and 4 months' imprisonment. The judge took a starting point of 42 months and reduced it by one third for the plea.\n", ["prison|P2Y4M"]],
    ["a starting point named after the term", "Taking 30 months as the correct starting point, the court of appeal sentenced Ivy Tse to 20 months' imprisonment.", ["prison|P20M"]],
    ["a discount", "The magistrate allowed a discount of six months and sentenced Leo Vance to 18 months in prison.", ["prison|P18M"]],
    // Near-miss: the term imposed after the arithmetic stays.
    ["the term imposed", "From a starting point of three years, the judge sentenced Ivy Tse to two years in prison.", ["prison|P2Y"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a non-custodial penalty named by what it is without", () => {
  it.each([
    ["a table cell", "| Name | Occupation | Penalty |\n|---|---|---|\n| Khamsy Vong | farmer | 1 year of re-education without deprivation of liberty |\n", ["corrective labour|P1Y"]],
    ["after a verb", "Rosa Gil was sentenced to one year of correctional labour without internment.", ["corrective labour|P1Y"]],
    // Near-misses: deprivation of liberty alone is prison; a term served without a word of kind after it is as before.
    ["deprivation of liberty", "Ivan Petrov was sentenced to two years of deprivation of liberty.", ["prison|P2Y"]],
    ["held without charge", "Ivan Petrov was detained for 30 days without charge.", []],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

// word23 made the part no record; the lead reverted it at merge (the unseen h23c counts it): session 6's decision stands.
describe("the suspended part of a term read before it is a penalty of its own", () => {
  it.each([
    ["`of which … were suspended`", "Tendai Moyo was jailed for 24 months, of which 8 months were suspended on condition of good behaviour.", ["prison|P24M", "suspended prison|P8M"]],
    ["`with … suspended`", "She was sentenced to two years in prison, with eight months suspended.", ["prison|P2Y", "suspended prison|P8M"]],
    // Near-misses: a wholly suspended term, and a suspended term of its own after another penalty.
    ["a wholly suspended term", "Tendai Moyo was sentenced to 12 months' imprisonment, wholly suspended for five years.", ["suspended prison|P12M"]],
    ["a suspended sentence of its own", "Tendai Moyo was fined $200 and given a suspended sentence of eight months.", ["suspended prison|P8M"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
