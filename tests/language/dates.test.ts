/**
 * Year-less dates a French or Spanish letter announces or a decision set (issue 12, session 8):
 * they lie on or after the letter's date (`est fixée au 3 décembre`, `prevista para el 21 de
 * noviembre`); dates of past events keep the year before it. Made-up letters.
 */
import { describe, expect, it } from "vitest";
import { processText } from "../../src/pipeline.js";

async function values(text: string): Promise<string[]> {
  const { result } = await processText(text, "lettre.txt");
  return result.dates.map((d) => `${d.text}|${d.value}`);
}

describe("announced dates in French and Spanish letters", () => {
  it.each([
    ["Dakar, le 14 novembre 2024\n\nLa défense a fait appel ; l'audience devant la cour d'appel est fixée au 3 décembre.\n", "3 décembre|2024-12-03"],
    ["Montréal, le 20 novembre 2024\n\nLa prochaine audience aura lieu le 9 décembre, selon son avocate.\n", "9 décembre|2024-12-09"],
    ["Tunis, le 28 novembre 2024\n\nLe procès, renvoyé au 15 janvier, se tiendra devant la chambre criminelle.\n", "15 janvier|2025-01-15"],
    ["Madrid, 9 de octubre de 2024\n\nLa próxima audiencia de la Sra. Marta Ospina está prevista para el 21 de noviembre.\n", "21 de noviembre|2024-11-21"],
    ["Ciudad de Guatemala, 20 de noviembre de 2024\n\nEl juicio contra Julio César Cuc se celebrará el 8 de enero, según la defensa.\n", "8 de enero|2025-01-08"],
    ["Buenos Aires, 10 de diciembre de 2024\n\nLa audiencia de apelación de Mario Benítez fue fijada para el 4 de febrero.\n", "4 de febrero|2025-02-04"],
  ])("%s", async (text, expected) => {
    expect(await values(text)).toContain(expected);
  });

  it.each([
    ["Bogotá, 10 de diciembre de 2024\n\nEl dirigente Mario Benítez fue detenido el 4 de febrero y liberado el 6 de marzo.\n", ["4 de febrero|2024-02-04", "6 de marzo|2024-03-06"]],
    ["Paris, le 10 décembre 2024\n\nM. Paul Martin a été arrêté le 4 février, puis condamné le 6 mars.\n", ["4 février|2024-02-04", "6 mars|2024-03-06"]],
  ])("keeps a past event before the letter: %s", async (text, expected) => {
    expect(await values(text)).toEqual(expect.arrayContaining(expected));
  });
});
