/**
 * Ruling dates of penalties through the whole pipeline (issue 17.2), from the made-up cases in
 * fixtures/cases/resolve/penalty-dates.json: the language is detected as for any document, so
 * French and Spanish rulings are read as such.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, processText } from "../../src/pipeline.js";

interface DateCase {
  text: string;
  why: string;
  dates?: Record<string, string>;
  people?: string[];
  /** The case's file name when its format matters (`case.md` for a Markdown table). */
  file?: string;
}

const cases = JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/cases/resolve/penalty-dates.json"), "utf8")) as { find: DateCase[]; none: DateCase[] };

/** Each person's penalty dates, sentences and fines together. */
async function datesOf(text: string, file = "case.txt"): Promise<Map<string, (string | null)[]>> {
  const { result } = await processText(text, file, DEFAULT_OPTIONS);
  const out = new Map<string, (string | null)[]>();
  for (const p of [...result.sentences, ...result.fines]) out.set(p.person ?? "", [...(out.get(p.person ?? "") ?? []), p.date]);
  return out;
}

describe("penalty dates", () => {
  it.each(cases.find)("dates: $why", async (c) => {
    const found = await datesOf(c.text, c.file);
    for (const [name, date] of Object.entries(c.dates ?? {})) {
      expect(found.get(name), `${name} has a penalty`).toBeDefined();
      expect(found.get(name)).toEqual((found.get(name) ?? []).map(() => date));
    }
  });

  it.each(cases.none)("no date: $why", async (c) => {
    const found = await datesOf(c.text, c.file);
    for (const name of c.people ?? []) {
      expect(found.get(name), `${name} has a penalty`).toBeDefined();
      expect(found.get(name)?.every((d) => d === null)).toBe(true);
    }
  });
});
