/** Loads a rule's fixture cases (`fixtures/cases/<type>/<rule>.json`) and runs a rule on a sentence. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext } from "../../../src/extract/context.js";
import type { Extractor, Unstamped } from "../../../src/extract/types.js";
import type { Candidate } from "../../../src/records.js";

export interface FindCase {
  text: string;
  names: string[];
  roles?: string[];
  organisations?: string[];
  acronyms?: string[];
}

export interface IgnoreCase {
  text: string;
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
export function run<C extends Candidate>(rule: Extractor<C>, text: string): Unstamped<C>[] {
  return rule.extract(createContext(text, { dateOrder: "auto" }));
}
