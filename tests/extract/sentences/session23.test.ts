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
