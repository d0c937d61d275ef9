/**
 * Credit lines (session 20): the writer's own staff named by a post label (`Lead monitor: A`,
 * `Observers: B, C`) or by a report's making (`This report was prepared by D, senior trial monitor`)
 * belong to the body the letter speaks for, and a singular label is the person's role; monitoring
 * posts (`monitor`, `observer`) are posts. Invented letters, varied names, bodies and languages;
 * near-misses: the court's people in a header, a retained lawyer, prose after a label, a contact label.
 */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const people = (text: string, language?: string): Record<string, { organisation: string | null; roles: string[] }> =>
  Object.fromEntries(
    analyse(text, { ...DEFAULT_OPTIONS, ...(language ? { language } : {}) }).records.people.map((p) => [p.name, { organisation: p.organisation, roles: p.roles }]),
  );

const REPORT = `ANDEAN TRIAL OBSERVATION PROJECT (ATOP)

Trial observation report: the Oruro miners' case

The Oruro court convicted Wilfredo Mamani Quispe on 4 June 2025 and fined him.

Court: Oruro Sentencing Court No. 2
Judge: Ramiro Céspedes Villca
Defence lawyer: Teresa Quiroga Rojas
Lead monitor: Ingrid Solberg
Observers: Hamid Rezaei, Corinne Lefèvre
Trial monitors: Aigul Bekova (legal analyst, Almaty); Tomasz Zieliński, legal adviser (Warsaw)
This report was prepared by Nadia Ferreira Lopes, senior trial monitor, and reviewed by the board.
`;

describe("a credit line ties the writer's staff", () => {
  const found = people(REPORT);
  it.each([
    ["a singular label: role and body", "Ingrid Solberg", "ATOP", ["Lead monitor"]],
    ["a plural label: body, no role", "Hamid Rezaei", "ATOP", []],
    ["the second of a plural label", "Corinne Lefèvre", "ATOP", []],
    ["a name whose post is bracketed", "Aigul Bekova", "ATOP", ["legal analyst"]],
    ["a later name on the label's line", "Tomasz Zieliński", "ATOP", ["legal adviser"]],
    ["a report's making", "Nadia Ferreira Lopes", "ATOP", ["senior trial monitor"]],
  ])("%s", (_, name, organisation, roles) => {
    expect(found[name]).toEqual({ organisation, roles });
  });

  it.each([
    ["a judge in the header is the court's, not the writer's", "Judge", "Ramiro Céspedes Villca"],
    ["a defence lawyer is retained, not staff", "Defence lawyer", "Teresa Quiroga Rojas"],
  ])("%s", (_, role, name) => {
    expect(found[name]?.organisation).not.toBe("ATOP");
    expect(found[name]?.roles).toEqual([role]);
  });

  it("the defendant is no one's staff", () => {
    expect(found["Wilfredo Mamani Quispe"]?.organisation).toBeNull();
  });
});

describe("near-misses and other languages", () => {
  it("prose after a label credits no one named in it", () => {
    const text = `BALTIC LABOUR WATCH (BLW)\n\nThe court in Klaipėda fined three dockers.\n\nObserver: the hearing was closed to the public after the judge, Rasa Petrauskienė, cleared the room. Defendants were led out.\n`;
    expect(people(text)["Rasa Petrauskienė"]?.organisation ?? null).not.toBe("BLW");
  });

  it("a contact label keeps its own reading", () => {
    const text = `PACIFIC DOCKERS' FEDERATION (PDF)\n\nThe court jailed two stewards.\n\nMedia contact: Losa Fonoti, communications officer\n`;
    expect(people(text)["Losa Fonoti"]?.organisation).toBe("PDF");
  });

  it("a Spanish credit line", () => {
    const text = `OBSERVATORIO ANDINO DE JUICIOS (OAJ)\n\nEl tribunal condenó a Efraín Choque Mamani el 3 de marzo de 2025.\n\nCoordinadora: Lucía Fernanda Ramírez Soto\n`;
    expect(people(text, "es")["Lucía Fernanda Ramírez Soto"]).toEqual({ organisation: "OAJ", roles: ["Coordinadora"] });
  });

  it("a French credit line", () => {
    const text = `RÉSEAU SAHÉLIEN D'OBSERVATION DES PROCÈS (RSOP)\n\nLe tribunal a condamné Moussa Traoré le 3 mars 2025.\n\nObservatrice : Awa Ndiaye Sarr\n`;
    expect(people(text, "fr")["Awa Ndiaye Sarr"]).toEqual({ organisation: "RSOP", roles: ["Observatrice"] });
  });

  it("a monitor's post in prose is a post", () => {
    const text = "Police detained Berdi Annayev, a monitor for the Caspian Cotton Observatory, in Mary on 2 September 2024.";
    expect(people(text)["Berdi Annayev"]?.roles).toEqual(["monitor"]);
  });

  it("an international observer before a name is a post", () => {
    const text = "The hearing was attended by international observer Siobhán Gallagher and by the families.";
    expect(people(text)["Siobhán Gallagher"]?.roles).toEqual(["international observer"]);
  });
});
