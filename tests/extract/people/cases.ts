/** Loads a rule's fixture cases (`fixtures/cases/<type>/<rule>.json`) and runs a rule on a sentence. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import type { Extractor, Unstamped } from "../../../src/extract/types.js";
import type { Candidate } from "../../../src/records.js";

export interface FindCase {
  text: string;
  /** The document's language (ISO 639-1) where it is not English. */
  language?: string;
  names: string[];
  roles?: string[];
  organisations?: string[];
  acronyms?: string[];
}

export interface IgnoreCase {
  text: string;
  language?: string;
  why: string;
  absent?: string[];
}

export interface Cases {
  rule: string;
  find: FindCase[];
  ignore: IgnoreCase[];
}

const ROOT = join(import.meta.dirname, "../../../fixtures/cases");

/** Every cases file of a record type folder, by rule id. */
export function loadCases(type: "people" | "organisations"): Map<string, Cases> {
  const dir = join(ROOT, type);
  const out = new Map<string, Cases>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const cases = JSON.parse(readFileSync(join(dir, file), "utf8")) as Cases;
    out.set(cases.rule, cases);
  }
  return out;
}

/** What one rule finds in a short text. */
export function run<C extends Candidate>(rule: Extractor<C>, text: string, language?: string): Unstamped<C>[] {
  return rule.extract(createContext(text, { dateOrder: "auto", ...(language ? { language } : {}) }));
}

/** What a found candidate of people or organisations rules carries, for the shared checks. */
type NamedCandidate = Candidate & { name: string; roles?: string[]; organisation?: string | null; acronym?: string | null };

/**
 * The tests every people or organisations rule gets from its cases file: each rule has cases
 * of both kinds, finds what its `find` cases name (with their roles, organisations, acronyms,
 * and offsets that point at the text), and finds nothing (or not the `absent` names) in its
 * `ignore` cases.
 */
export function describeRuleCases(rules: readonly Extractor[], cases: Map<string, Cases>): void {
  it("every registered rule has fixture cases of both kinds, and every cases file a rule", () => {
    expect([...cases.keys()].sort()).toEqual(rules.map((rule) => rule.id).sort());
    for (const c of cases.values()) {
      expect(c.find.length, c.rule).toBeGreaterThan(0);
      expect(c.ignore.length, c.rule).toBeGreaterThan(0);
    }
  });

  for (const rule of rules) {
    const table = cases.get(rule.id);
    if (!table) continue;
    describe(rule.id, () => {
      it.each(table.find)("finds $names in %#", (c) => {
        const found = run(rule, c.text, c.language) as unknown as NamedCandidate[];
        expect(found.map((f) => f.name)).toEqual(expect.arrayContaining(c.names));
        for (const role of c.roles ?? []) expect(found.flatMap((f) => f.roles ?? [])).toContain(role);
        for (const organisation of c.organisations ?? []) expect(found.map((f) => f.organisation)).toContain(organisation);
        for (const acronym of c.acronyms ?? []) expect(found.map((f) => f.acronym)).toContain(acronym);
        for (const f of found) expect(c.text.slice(f.start, f.end)).toBe(f.text);
      });
      it.each(table.ignore)("ignores: $why", (c) => {
        const names = (run(rule, c.text, c.language) as unknown as NamedCandidate[]).map((f) => f.name);
        if (c.absent) for (const name of c.absent) expect(names).not.toContain(name);
        else expect(names).toEqual([]);
      });
    });
  }
}
