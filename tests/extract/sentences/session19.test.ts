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

describe("a term received by name, and whole terms of one unit listed by `and`", () => {
  function found(text: string): string[] {
    const context = createContext(text, { dateOrder: "auto" });
    return extract(context, sentenceExtractors as Extractor[]).map((c) => {
      if (c.type !== "sentence") throw new Error("not a sentence");
      return `${c.duration}|${c.share ? `${c.share.index}/${c.share.count}` : "-"}`;
    });
  }
  it.each([
    ["`was handed a term of`", "On 2 June, Amara Okafor was handed a term of two years.", ["P2Y|-"]],
    ["`received a term of`", "On 2 June, Tomasz Nowak received a term of ten months.", ["P10M|-"]],
    ["`received terms of … and …`, shared in order", "In May, Dilnoza Karimova and Bekzod Tursunov received terms of nine months and six months.", ["P9M|0/2", "P6M|1/2"]],
    ["`jailed for … days and … days`, shared in order", "Hoang Minh and Tran Lan were jailed for 15 days and 10 days.", ["P15D|0/2", "P10D|1/2"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each([
    ["a term of office served", "Amara Okafor served a term of two years as the union's president.", []],
    ["a term of office given", "In 2019 Tomasz Nowak was given a term of office of three years.", []],
    ["one term in two units", "On 2 June, Amara Okafor was jailed for two years and six months.", ["P2Y6M|-"]],
    ["a second period before `later`", "Juan Ortiz was jailed for 15 days and 10 days later Eva Sanz was jailed for 12 days.", ["P15D|-", "P12D|-"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
