import { describe, expect, it } from "vitest";
import { peopleExtractors } from "../../../src/extract/people/index.js";
import { loadCases, run } from "./cases.js";

const cases = loadCases("people");

describe("people rules", () => {
  it("run in this order", () => {
    expect(peopleExtractors.map((rule) => rule.id)).toEqual([
      "people/honorific",
      "people/title",
      "people/apposition",
      "people/letterhead",
      "people/caps-surname",
      "people/list",
      "people/aka",
      "people/given-name",
      "people/name-shape",
    ]);
  });

  it("every registered rule has fixture cases of both kinds, and every cases file a rule", () => {
    const ids = peopleExtractors.map((rule) => rule.id).sort();
    expect([...cases.keys()].sort()).toEqual(ids);
    for (const c of cases.values()) {
      expect(c.find.length, c.rule).toBeGreaterThan(0);
      expect(c.ignore.length, c.rule).toBeGreaterThan(0);
    }
  });

  for (const rule of peopleExtractors) {
    const table = cases.get(rule.id);
    if (!table) continue;
    describe(rule.id, () => {
      it.each(table.find)("finds $names in %#", (c) => {
        const found = run(rule, c.text);
        expect(found.map((f) => f.name)).toEqual(expect.arrayContaining(c.names));
        for (const role of c.roles ?? []) expect(found.flatMap((f) => f.roles)).toContain(role);
        for (const organisation of c.organisations ?? []) expect(found.map((f) => f.organisation)).toContain(organisation);
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
