import { describe, expect, it } from "vitest";
import { organisationExtractors } from "../../../src/extract/organisations/index.js";
import { loadCases, run } from "../people/cases.js";

const cases = loadCases("organisations");

describe("organisation rules", () => {
  it("run in this order", () => {
    expect(organisationExtractors.map((rule) => rule.id)).toEqual([
      "organisations/definition",
      "organisations/named",
      "organisations/acronym",
      "organisations/descriptor",
      "organisations/media",
      "organisations/list",
    ]);
  });

  it("every registered rule has fixture cases of both kinds, and every cases file a rule", () => {
    expect([...cases.keys()].sort()).toEqual(organisationExtractors.map((rule) => rule.id).sort());
    for (const c of cases.values()) {
      expect(c.find.length, c.rule).toBeGreaterThan(0);
      expect(c.ignore.length, c.rule).toBeGreaterThan(0);
    }
  });

  for (const rule of organisationExtractors) {
    const table = cases.get(rule.id);
    if (!table) continue;
    describe(rule.id, () => {
      it.each(table.find)("finds $names in %#", (c) => {
        const found = run(rule, c.text);
        expect(found.map((f) => f.name)).toEqual(expect.arrayContaining(c.names));
        for (const acronym of c.acronyms ?? []) expect(found.map((f) => f.acronym)).toContain(acronym);
        for (const f of found) expect(c.text.slice(f.start, f.end)).toBe(f.text);
      });
      it.each(table.ignore)("ignores: $why", (c) => {
        const names = run(rule, c.text).map((f) => f.name);
        if (c.absent) for (const name of c.absent) expect(names).not.toContain(name);
        else expect(names).toEqual([]);
      });
    });
  }
});
