import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const records = (text: string, language?: string) => analyse(text, { ...DEFAULT_OPTIONS, ...(language ? { language } : {}) }).records.organisations;
const forms = (text: string, language?: string) => records(text, language).map((o) => [o.name, ...o.aliases]);

describe("an organ named with its parent's acronym", () => {
  it.each([
    ["fr", "Le Comité de la liberté syndicale de l'OIT a rappelé les principes.", "Comité de la liberté syndicale", "Comité de la liberté syndicale de l'OIT"],
    ["es", "La Comisión de Expertos en Aplicación de Normas de la OIT pidió información.", "Comisión de Expertos en Aplicación de Normas", "Comisión de Expertos en Aplicación de Normas de la OIT"],
    ["en", "The complaint went to the Committee on Freedom of Association of the ILO in May.", "Committee on Freedom of Association", "Committee on Freedom of Association of the ILO"],
  ])("carries both forms (%s): %s", (language, text, name, long) => {
    expect(forms(text, language)).toContainEqual([name, long]);
  });

  it("does not take the parent's acronym", () => {
    const organ = records("Le Comité de la liberté syndicale de l'OIT a rappelé que l'OIT protège ce droit.", "fr").find((o) => o.name.startsWith("Comité"));
    expect(organ?.acronym ?? null).toBeNull();
  });

  it.each([
    ["es", "La Coordinadora general de la ALJS denunció la condena.", "Coordinadora general de la ALJS"],
    ["en", "The Embassy of the USA received the letter.", "Embassy of the USA"],
  ])("leaves a post before an acronym, or a country's initials, as they are (%s): %s", (language, text, absent) => {
    expect(records(text, language).map((o) => o.name)).not.toContain(absent.replace(/ (?:de la|of the) \p{Lu}+$/u, ""));
  });
});
