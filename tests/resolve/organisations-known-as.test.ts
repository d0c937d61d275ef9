import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const organisations = (text: string, language: "en" | "fr" | "es" = "en") =>
  analyse(text, { ...DEFAULT_OPTIONS, language }).records.organisations.map((o) => [o.name, o.acronym]);

describe("a short form defined in words", () => {
  it("is the acronym of the body named before it in the sentence (French, with an apposition between)", () => {
    const text = "Deux dirigeants du Syndicat national des travailleurs forestiers du Niger, notre organisation sœur, plus connue sous le sigle SNTF-N, ont été condamnés. Le SNTF-N fera appel.";
    expect(organisations(text, "fr")).toEqual([["Syndicat national des travailleurs forestiers du Niger", "SNTF-N"]]);
  });

  it("is the acronym of the body named before it (Spanish)", () => {
    const text = "El Sindicato de Trabajadores de la Industria Cafetalera, conocido por sus siglas SITRAICA, convocó la huelga. El SITRAICA apelará.";
    expect(organisations(text, "es")).toEqual([["Sindicato de Trabajadores de la Industria Cafetalera", "SITRAICA"]]);
  });

  it("stays apart when its letters do not spell the body's name, or a sentence ends between", () => {
    const other = "Le Syndicat national des travailleurs forestiers du Niger, allié du collectif plus connu sous le sigle CODEM, a protesté. Le CODEM fera appel.";
    expect(organisations(other, "fr").find(([name]) => name?.startsWith("Syndicat"))?.[1]).toBeNull();
    const apart = "Le Syndicat national des travailleurs forestiers du Niger a protesté. Une coalition plus connue sous le sigle SNTF-N a suivi. Le SNTF-N fera appel.";
    expect(organisations(apart, "fr").find(([name]) => name?.startsWith("Syndicat"))?.[1]).toBeNull();
  });
});
