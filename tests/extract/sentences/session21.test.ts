/**
 * Session 21 (subj21): list lines whose people the linking could not reach because the line was not read. A name with
 * a bracketed age before its role and colon (`Agus Salim (38), the union's secretary: 10 months;`), and a Spanish list
 * whose markers the reader dropped and whose items close on a full stop (`A, coordinadora: cinco años … .` then `B y
 * C, delegados: tres años … cada uno.`). Made-up sentences, names and places.
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
    return `${c.rule}|${c.kind ?? "-"}|${c.duration}`;
  });
}

describe("sentences/list-item: a name with a bracketed age before its role and colon", () => {
  it("reads each line of the list under its introduction (its kind left to the linking)", () => {
    const text =
      "The sentences are as follows:\n\nBudi Wibowo (44), chairperson of the branch: 11 months;\n\nAgus Salim (38), the union's secretary at the smelter: 10 months;\n\nRudi Siregar (35), a furnace operator and member: eight months.\n";
    expect(found(text).filter((f) => f.startsWith("sentences/list-item"))).toEqual([
      "sentences/list-item|-|P11M", "sentences/list-item|-|P10M", "sentences/list-item|-|P8M",
    ]);
  });

  it("reads nothing from a list of ages and years of service (near-miss)", () => {
    const text = "The union's longest-serving members:\n\nBudi Wibowo (44), a welder: 21 years;\n\nAgus Salim (38), a driver: 15 years;\n";
    expect(found(text)).toEqual([]);
  });
});

describe("sentences/language-term: an unmarked list whose items close on a full stop", () => {
  it("reads every item under the introduction, each with its own kind", () => {
    const text =
      "El tribunal dictó las siguientes condenas:\n\nLourdes Pena Vidal, coordinadora de la asociación: cinco años de privación de libertad.\n\nYoandri Cruz Leal y Adrián Vega Roque, delegados sindicales: tres años de limitación de libertad cada uno.\n\nEliécer Mora Fuentes, trabajador de la base: dos años de trabajo correccional con internamiento.\n";
    expect(found(text, "es")).toEqual([
      "sentences/language-term|prison|P5Y", "sentences/language-term|restricted freedom|P3Y", "sentences/language-term|corrective labour|P2Y",
    ]);
  });

  it("does not read a later paragraph after a prose line as an item (near-miss)", () => {
    const text =
      "El tribunal dictó las siguientes condenas:\n\nLourdes Pena Vidal, coordinadora de la asociación: cinco años de privación de libertad.\n\nLa defensa anunció que apelará la decisión ante la sala penal\n\nYoandri Cruz Leal, delegado sindical: tres años de servicio en la empresa.\n";
    expect(found(text, "es")).toEqual(["sentences/language-term|prison|P5Y"]);
  });
});
