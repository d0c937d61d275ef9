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
});
