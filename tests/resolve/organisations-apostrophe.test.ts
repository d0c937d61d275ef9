import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const names = (text: string, language?: string) => analyse(text, { ...DEFAULT_OPTIONS, ...(language ? { language } : {}) }).records.organisations.map((o) => o.name);

describe("a name whose last word ends in its own apostrophe", () => {
  it.each([
    ["es", "La emisora comunitaria Radio Tz'utujil K'ich'e' denunció la condena de su director.", "Radio Tz'utujil K'ich'e'"],
    ["es", "Según la abogada del Colectivo Jurídico Maya Kaqchikel Ixim' el juicio fue irregular.", "Colectivo Jurídico Maya Kaqchikel Ixim'"],
    ["en", "The Cairo news website Sada al-Maydan' Media Foundation was blocked in May.", "Sada al-Maydan' Media Foundation"],
    ["en", "Reporters of the Nida' al-Watan Association were arrested; the Nida' al-Watan Association protested.", "Nida' al-Watan Association"],
  ])("keeps the mark (%s): %s", (language, text, name) => {
    expect(names(text, language)).toContain(name);
  });

  it("keeps a glottal stop closing an outlet's name before a comma", () => {
    expect(names("Staff of the Radio Qawinaqel Ch'ab'al', a community station, were detained.")).toContain("Radio Qawinaqel Ch'ab'al'");
  });

  it.each([
    ["en", "The Garment Workers' Union of Lesotho called a strike.", "Garment Workers' Union of Lesotho"],
    ["en", "He spoke of the 'Ulan Bator Teachers Union' and its leaders.", "Ulan Bator Teachers Union"],
    ["en", "The union, known as 'the Metro Drivers Association', was banned.", "Metro Drivers Association"],
  ])("leaves a possessive or a closing quote outside (%s): %s", (language, text, name) => {
    expect(names(text, language)).toContain(name);
  });
});
