/** Session 24 (dates): letter dates the study sets' French, Spanish and report heads carried. */
import { describe, expect, it } from "vitest";
import { SIGNED_BEFORE, LABELLED_DATELINE } from "../../src/resolve/dates-letter.js";
import { dated } from "./dates-helpers.js";

const CORPS = "Le bureau, réuni en session extraordinaire ce lundi 17 février 2025 à la Bourse du Travail, a examiné le verdict rendu le mardi 11 février 2025 "
  + "par le tribunal contre les dirigeants du syndicat, condamnés à des peines de prison et à des amendes pour avoir organisé une grève pacifique.";

describe("letter date (session 24)", () => {
  it.each([
    ["fr", "a French signature line `Fait à …, le` (h23 benin, h11, h18)", `DÉCLARATION\n\n${CORPS}\n\nVive la solidarité !\n\nFait à Cotonou, le 17 février 2025\n\nPour le Bureau`, "2025-02-17"],
    ["es", "a Spanish signature line `Dado en …, a`", `COMUNICADO\n\nEl tribunal condenó el 26 de abril de 2022 a tres dirigentes sindicales por una vigilia pacífica frente a la planta, tras un juicio de cinco meses en el que la defensa denunció irregularidades graves y constantes.\n\nDado en La Paz, a 1 de mayo de 2022\n\nEl Comité`, "2022-05-01"],
    ["en", "a report's labelled date with its place (h23 timor)", "MONITOR\nTrial Monitoring Report\n\nCase: Public Prosecution v. X\nDate of report: Dili, 2 May 2025\n\n1. Introduction\n\nThe protest of 11 November 2024 led to arrests.", "2025-05-02"],
    ["es", "a founding date under the letterhead is no dateline: the signature's is (h23 bolivia)", "CONFEDERACIÓN BOLIVIANA\nFundada el 12 de octubre de 1958\n\nCOMUNICADO PÚBLICO\n\nEl martes 26 de abril, el tribunal condenó a tres dirigentes por la vigilia entre agosto y noviembre de 2020.\n\nLa Paz, 1 de mayo de 2022\n\nPor el Comité", "2022-05-01"],
  ])("%s: %s", (language, _, text, expected) => {
    expect(dated(text, "auto", language).letterDate).toBe(expected);
  });

  it.each([
    ["en", "a head date a few months before the events it reports still dates the letter", "Oslo, 12 January 2025\n\nDear Sir,\n\nThe trial is expected on 20 March 2025. He was arrested on 3 December 2024.", "2025-01-12"],
    ["en", "a head date before a hearing announced two years ahead still dates the letter", "Oslo, 12 January 2025\n\nDear Sir,\n\nThe appeal will be heard on 20 March 2027.", "2025-01-12"],
    ["fr", "`fait` in a sentence is no signature", "Il a fait à Cotonou, le 17 février 2025, une déclaration.", null],
  ])("near-miss (%s): %s", (language, _, text, expected) => {
    expect(dated(text, "auto", language).letterDate).toBe(expected);
  });

  it.each([
    ["Fait à Cotonou, le ", SIGNED_BEFORE[0]],
    ["Dado en La Paz, a ", SIGNED_BEFORE[0]],
    ["Date of report: Dili, ", LABELLED_DATELINE[0]],
  ])("pattern reads %s", (text, pattern) => {
    expect(pattern.test(text)).toBe(true);
  });
});

describe("a head date long before the letter's story (session 24)", () => {
  it("a release date years ahead does not unseat the dateline (h20 eapw)", () => {
    const text = "Nairobi, 24 January 2025 – The court sentenced the editor on 20 January 2025. He would remain in prison until March 2027.";
    expect(dated(text).letterDate).toBe("2025-01-24");
  });
});
