/**
 * French and Spanish ties, roles and group subjects through the whole pipeline (language/ties.ts,
 * people/language-role, penalties-groups.ts rows): made-up letters in wordings the fixtures do not
 * hold (issue 18 paraphrase audit, session 7). What each must tie, and what it must not.
 */
import { describe, expect, it } from "vitest";
import { processText } from "../../src/pipeline.js";

const options = (language: string) => ({ dateOrder: "auto" as const, ocr: false, ocrDpi: 300, maxBytes: 1e6, language });

async function people(text: string, language: string): Promise<string[]> {
  const { result } = await processText(text, "lettre.txt", options(language));
  return result.people.map((p) => `${p.name}|${p.roles.join(",")}|${p.organisation ?? "-"}`);
}

describe("ties a person to a body in French and Spanish", () => {
  it.each([
    ["fr", "Le Syndicat autonome des cheminots (SAC) proteste. Le porte-parole du SAC, M. Koffi Adjovi Hounkpè, a été arrêté.", "Koffi Adjovi Hounkpè|porte-parole|SAC"],
    ["fr", "L'Union des pêcheurs du littoral (UPL) proteste. Le secrétaire général de l'UPL, M. Amadou Kane Diallo, a été entendu.", "Amadou Kane Diallo|secrétaire général|UPL"],
    ["fr", "La Fédération des enseignants libres (FEL) proteste. Jean-Baptiste Mvondo Essomba, président de la FEL, a été arrêté.", "Jean-Baptiste Mvondo Essomba|président|FEL"],
    ["fr", "Le quotidien Horizon Libre a été suspendu. Amal Kefi Mrad, rédactrice en chef de Horizon Libre, a été convoquée.", "Amal Kefi Mrad|rédactrice en chef|Horizon Libre"],
    ["es", "La Unión de Choferes del Norte (UCN) denuncia. El director de la UCN, Dr. Ramiro Esteban Quiroga, fue citado.", "Ramiro Esteban Quiroga|director|UCN"],
    ["es", "La Asociación de Trabajadores del Subte (ATS) denuncia. Carla Benítez Luján, vicepresidenta de la ATS, fue detenida.", "Carla Benítez Luján|vicepresidenta|ATS"],
    ["es", "La Central Obrera del Sur (COS) denuncia. Al secretario general de la COS, el compañero Sr. Julio César Ajú Coyoy, lo detuvieron.", "Julio César Ajú Coyoy|secretario general|COS"],
    ["es", "Fueron detenidos dos activistas de la Asociación Sindical del Oriente (ASO), el electricista Tomás Ibarra Peña y el chofer Luis Quispe.", "Luis Quispe|chofer|ASO"],
  ])("%s: %s", async (language, text, expected) => {
    expect(await people(text, language)).toContain(expected);
  });
  it.each([
    // Note: a court that sentenced someone is not that person's body.
    ["es", "El Juzgado Penal de Mixco impuso al dirigente Julio César Ajú Coyoy una condena de cuatro años de prisión.", "Julio César Ajú Coyoy"],
    // Note: a place word is no body (`chef de l'Etat`).
    ["fr", "Le chef de l'Etat, M. Paul Biyick Nkoa, n'a pas répondu.", "Paul Biyick Nkoa"],
  ])("ties nothing: %s: %s", async (language, text, name) => {
    const found = (await people(text, language)).find((p) => p.startsWith(`${name}|`));
    expect(found?.split("|")[2]).toBe("-");
  });
});

describe("French and Spanish names", () => {
  it("splits `Sr. A y Sra. B` into two people", async () => {
    const names = (await people("Fueron condenados el Sr. Edgar Rolando Pop Caal y Sra. Ana Lucía Tzoc Ortiz.", "es")).map((p) => p.split("|")[0]);
    expect(names).toEqual(["Edgar Rolando Pop Caal", "Ana Lucía Tzoc Ortiz"]);
  });
  it("keeps a byline's `Par` out of the name", async () => {
    const names = (await people("Tunis : un verdict lourd\n\nPar Nadia Ben Slimane Gharbi\n\nLe tribunal a rendu son verdict.", "fr")).map((p) => p.split("|")[0]);
    expect(names).toEqual(["Nadia Ben Slimane Gharbi"]);
  });
  it("reads both surnames alone as a later mention (`Pop Caal`)", async () => {
    const { result } = await processText("Fue detenido el Sr. Edgar Rolando Pop Caal el lunes. El tribunal impuso a Pop Caal una pena de dos años de prisión.", "carta.txt", options("es"));
    expect(result.sentences.map((s) => [s.person, s.duration])).toEqual([["Edgar Rolando Pop Caal", "P2Y"]]);
  });
});

describe("group subjects in French and Spanish", () => {
  it("`chacun des trois` shares a fine among the three sentenced before", async () => {
    const text =
      "Dakar, le 3 mars 2025\n\nM. Ousmane Ba Ndiaye a écopé de deux ans de prison. M. Lamine Sow Faye et Mme Awa Ly Seck ont été condamnés à un an avec sursis. Chacun des trois devra payer une amende de 100 000 francs CFA.\n";
    const { result } = await processText(text, "lettre.txt", options("fr"));
    expect(result.fines.map((f) => [f.person, f.amount, f.currency])).toEqual([
      ["Ousmane Ba Ndiaye", 100000, "XOF"],
      ["Lamine Sow Faye", 100000, "XOF"],
      ["Awa Ly Seck", 100000, "XOF"],
    ]);
  });
  it("`ambos` shares a fine between the two named before", async () => {
    const text = "El tribunal condenó al reportero Osmel Carrión Batista a cuatro años de prisión, y a su colega Daylín Rosabal Quesada a dos años de limitación de libertad. Ambos deberán pagar una multa de 2 500 pesos cubanos.\n";
    const { result } = await processText(text, "carta.txt", options("es"));
    expect(result.fines.map((f) => [f.person, f.amount, f.currency])).toEqual([
      ["Osmel Carrión Batista", 2500, "CUP"],
      ["Daylín Rosabal Quesada", 2500, "CUP"],
    ]);
    expect(result.sentences.map((s) => [s.person, s.kind, s.duration])).toEqual([
      ["Osmel Carrión Batista", "prison", "P4Y"],
      ["Daylín Rosabal Quesada", "restricted freedom", "P2Y"],
    ]);
  });
});
