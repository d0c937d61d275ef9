import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const organisations = (text: string, language: "en" | "fr" | "es" = "en") =>
  analyse(text, { ...DEFAULT_OPTIONS, language }).records.organisations.map((o) => o.name);

describe("a body found only inside a headline in capitals", () => {
  it("is no record: capitals do not say where a name starts, nor that a head word heads one", () => {
    const text = "URGENT: CONVICTION OF PORTERS' UNION LEADERS IN KALANGA\n\nDear Minister,\n\nThe porters' union leaders were sentenced on 3 May 2025.";
    expect(organisations(text)).not.toContain("PORTERS' UNION");
    const section = "Contents\n4. The Melora shipyard stewards\n\n4. THE MELORA SHIPYARD STEWARDS\n\nFour stewards of the Melora shipyard were fined on 2 June 2024.";
    expect(organisations(section).some((name) => /SHIPYARD/u.test(name))).toBe(false);
    const mission = "3. THE OBSERVATION MISSION\n\nTwo observers attended the hearing on 4 April 2025.";
    expect(organisations(mission)).toEqual([]);
  });

  it("gives no acronym for a word of a headline in another language", () => {
    const text = "COMUNICADO\n\nCONDENAN A DIRIGENTES DEL SINDICATO DE ESTIBADORES POR DEFENDER LA HUELGA\n\nEl 3 de mayo de 2025 el juzgado condenó a dos dirigentes.";
    const names = organisations(text, "es");
    expect(names).not.toContain("POR");
    expect(names.some((name) => /DIRIGENTES/u.test(name))).toBe(false);
  });

  it("keeps a letterhead: the name alone on its line, with its acronym in brackets", () => {
    const text = "KALANGA FEDERATION OF DOCK WORKERS (KFDW)\n\nDear Minister,\n\nWe write about the conviction of two members on 3 May 2025.";
    expect(organisations(text)).toContain("KALANGA FEDERATION OF DOCK WORKERS");
  });

  it("keeps a letterhead whose short form follows a dash, read as no acronym (the case that caught it: people-ties session 18)", () => {
    const text = "KALANGA FEDERATION OF DOCK WORKERS – KFDW\n\nDear colleagues,\n\nTwo dockers were sentenced on 3 May 2025.";
    expect(organisations(text)).toContain("KALANGA FEDERATION OF DOCK WORKERS");
    const headline = "KALANGA FEDERATION OF DOCK WORKERS CONDEMNS VERDICT\n\nTwo dockers were sentenced on 3 May 2025.";
    expect(organisations(headline)).not.toContain("KALANGA FEDERATION OF DOCK WORKERS");
  });

  it("keeps a body of a headline that the letter also names in running text", () => {
    const text = "STATEMENT OF THE KALANGA FEDERATION OF DOCK WORKERS ON THE VERDICT\n\nThe Kalanga Federation of Dock Workers condemns the verdict of 3 May 2025.";
    expect(organisations(text).map((n) => n.toLowerCase())).toContain("kalanga federation of dock workers");
  });

  it("keeps a body named in a mixed-case title line", () => {
    const text = "Statement of the Kalanga Federation of Dock Workers on the verdict\n\nTwo dockers were sentenced on 3 May 2025.";
    expect(organisations(text)).toContain("Kalanga Federation of Dock Workers");
  });
});
