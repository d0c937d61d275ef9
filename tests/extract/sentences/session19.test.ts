/**
 * Session 19 (word19): what is no penalty's term. A person's age set after their name (`Jean Roux,
 * 63 ans, à …`, `Marta Gil, de 58 años, a …`, `(45 años)`) or after a word that says it is one (`âgée
 * de 52 ans`, `a la edad de 70 años`) is no term; a list line's term after a name stays one. Made-up
 * sentences, names and places.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { extract } from "../../../src/extract/index.js";
import { sentenceExtractors } from "../../../src/extract/sentences/index.js";
import type { Extractor } from "../../../src/extract/types.js";

function durations(text: string, language: string): string[] {
  const context = createContext(text, { dateOrder: "auto", language });
  return extract(context, sentenceExtractors as Extractor[]).map((c) => {
    if (c.type !== "sentence") throw new Error("not a sentence");
    return c.duration;
  });
}

describe("a person's age is no term", () => {
  it.each([
    ["French, bare age between commas", "Le tribunal de Lomé a condamné M. Koffi Agbeko, 63 ans, à cinq ans de prison.", "fr", ["P5Y"]],
    ["French, `âgée de`", "La cour a condamné Mme Awa Diallo, âgée de 52 ans, à deux ans d'emprisonnement ferme.", "fr", ["P2Y"]],
    ["Spanish, `, de N años,` after a name", "El juzgado condenó al sindicalista Héctor Ramírez Soto, de 58 años, a seis años de prisión.", "es", ["P6Y"]],
    ["Spanish, the clause going on with its own verb", "En la misma sentencia, el dirigente Ramón Ortiz Gil, de 61 años, recibió cuatro años de prisión.", "es", ["P4Y"]],
    ["Spanish, age in brackets", "El tribunal condenó a Marta Gil Ortega (45 años) a tres años de prisión.", "es", ["P3Y"]],
    ["Spanish, `a la edad de`", "Condenaron a Luis Peña a la edad de 70 años a cuatro años de prisión domiciliaria.", "es", ["P4Y"]],
  ])("%s", (_, text, language, expected) => {
    expect(durations(text, language)).toEqual(expected);
  });

  it.each([
    ["a list line's term after a name", "Le tribunal a condamné :\n- M. Paul Roux, 20 ans, dont dix avec sursis ;\n- M. Yves Martin, 15 ans de prison.", "fr", ["P20Y", "P15Y"]],
    ["two list terms after names, no `à` before the second", "Le tribunal a condamné M. Luc Petit, 18 ans, et M. Marc Blanc, 12 ans.", "fr", ["P18Y", "P12Y"]],
    ["a Spanish penalty noun's own `de`", "El tribunal impuso a Carlos Vidal una pena de 20 años, y a Pedro Sanz una de 15 años de prisión.", "es", ["P20Y", "P15Y"]],
  ])("keeps %s", (_, text, language, expected) => {
    expect(durations(text, language)).toEqual(expected);
  });
});
