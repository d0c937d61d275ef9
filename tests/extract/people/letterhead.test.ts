/** The letterhead rule reads a signature block's own lines, never the copy line under it. */
import { describe, expect, it } from "vitest";
import { describe as describeLine, letterheadRule } from "../../../src/extract/people/letterhead.js";
import { run } from "./cases.js";

describe("people/letterhead block", () => {
  it("keeps the signer's role line and stops at a copy line", () => {
    const found = run(letterheadRule, "Yours faithfully,\n\nOlga Petrenko\nGeneral Secretary\n\ncc: Ivan Marsh, Treasurer, Harbour Workers Guild\n");
    expect(found.map((f) => [f.name, f.roles, f.organisation])).toEqual([["Olga Petrenko", ["General Secretary"], null]]);
  });

  it("gives a signer without a role line nothing from the copy line", () => {
    const found = run(letterheadRule, "Yours faithfully,\n\nOlga Petrenko\n\ncc: Ivan Marsh, Treasurer, Harbour Workers Guild\n");
    expect(found.map((f) => [f.name, f.roles, f.organisation])).toEqual([["Olga Petrenko", [], null]]);
  });

  it("reads a head-first post's body after `de la`, never an organ of it", () => {
    expect(describeLine("Coordinadora general de la ALJS")).toEqual({ role: "Coordinadora general", organisation: "ALJS" });
    expect(describeLine("Secretaria General del Comité Ejecutivo")).toEqual({ role: "Secretaria General", organisation: null });
    expect(describeLine("Secretario de Trabajo del SITIMZ")).toEqual({ role: "Secretario de Trabajo", organisation: "SITIMZ" });
    expect(describeLine("Présidente de la FQTSP")).toEqual({ role: "Présidente", organisation: "FQTSP" });
  });

  it("keeps a head-first post's remit whole when no body is named in it", () => {
    expect(describeLine("Secretario de Asuntos Juveniles")).toEqual({ role: "Secretario de Asuntos Juveniles", organisation: null });
    expect(describeLine("Ministra de Salud y Protección Social")).toEqual({ role: "Ministra de Salud y Protección Social", organisation: null });
    expect(describeLine("Secrétaire aux affaires sociales, FNTB")).toEqual({ role: "Secrétaire aux affaires sociales", organisation: "FNTB" });
    expect(describeLine("Coordinatrice du suivi d'audiences")).toEqual({ role: "Coordinatrice du suivi d'audiences", organisation: null });
    expect(describeLine("Secrétaire générale de la communication")).toEqual({ role: "Secrétaire générale de la communication", organisation: null });
    // Near misses: a body's acronym or head noun after `de` is the body, an organ no part of the remit.
    expect(describeLine("Secretaria de Finanzas de la CTRN")).toEqual({ role: "Secretaria de Finanzas", organisation: "CTRN" });
    expect(describeLine("Presidente de la Federación Minera")).toEqual({ role: "Presidente", organisation: "Federación Minera" });
    expect(describeLine("Trésorier du Comité de grève")).toEqual({ role: "Trésorier", organisation: null });
  });

  it("keeps a unit of the signer's body in the post, and splits a remit from the body it is held in", () => {
    expect(describeLine("Head of the Asia Desk")).toEqual({ role: "Head of the Asia Desk", organisation: null });
    expect(describeLine("Chair of the Board, Baltic Fund for Workers")).toEqual({ role: "Chair of the Board", organisation: "Baltic Fund for Workers" });
    expect(describeLine("Rapporteur on Detention of the Expert Group on Prisons")).toEqual({ role: "Rapporteur on Detention", organisation: "Expert Group on Prisons" });
    // Near misses: a named body after `of the` is the body; a remit without one stays whole.
    expect(describeLine("President of the Seafarers' Union of Ghana")).toEqual({ role: "President", organisation: "Seafarers' Union of Ghana" });
    expect(describeLine("Head of the ITF Office")).toEqual({ role: "Head", organisation: "ITF Office" });
    expect(describeLine("Special Rapporteur on the independence of judges and lawyers")).toEqual({
      role: "Special Rapporteur on the independence of judges and lawyers",
      organisation: null,
    });
  });

  it("gives the signer the remit and the body of the block's lines", () => {
    const found = run(letterheadRule, "Dear Minister,\n\nWe urge you to act.\n\nEn solidaridad,\n\nLucía Fernanda Rojas\nSecretaria de Derechos Humanos\nConfederación Nacional de Estibadores\n");
    expect(found.map((f) => [f.name, f.roles, f.organisation])).toEqual([["Lucía Fernanda Rojas", ["Secretaria de Derechos Humanos"], "Confederación Nacional de Estibadores"]]);
  });
});
