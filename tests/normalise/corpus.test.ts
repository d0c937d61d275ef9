import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/normalise/index.js";
import { readDocument } from "../../src/read/index.js";
import { CORPUS } from "../helpers/corpus.js";

// Note: the development corpus lives outside the repository (third parties' texts); the test
// reads it in place and is skipped where it is absent.

interface Gold {
  [list: string]: unknown;
}

/** Every surface string of a gold file: names, aliases, acronyms, and the phrases of dates, sentences and fines. */
function goldStrings(gold: Gold): string[] {
  const out: string[] = [];
  for (const list of ["people", "organisations", "dates", "sentences", "fines"]) {
    for (const record of (gold[list] ?? []) as Record<string, unknown>[]) {
      for (const key of ["name", "acronym", "text"]) if (typeof record[key] === "string") out.push(record[key]);
      if (Array.isArray(record.aliases)) out.push(...(record.aliases as string[]));
    }
  }
  return out;
}

describe.skipIf(!existsSync(CORPUS))("normalise on the development corpus", () => {
  it("keeps every gold string that the letter contains, and each letter's line structure", async () => {
    const missing: string[] = [];
    for (const file of (await readdir(`${CORPUS}/letters`)).sort()) {
      const body = (await readFile(`${CORPUS}/letters/${file}`, "utf8")).split("\n").slice(2).join("\n");
      const text = normalise(await readDocument(new TextEncoder().encode(body), file, { ocr: false, ocrDpi: 150 }));
      const gold = JSON.parse(await readFile(`${CORPUS}/gold/${file.replace(/\.txt$/, ".json")}`, "utf8")) as Gold;
      for (const value of goldStrings(gold)) {
        if (body.includes(value) && !text.includes(value.replace(/\s+/g, " "))) missing.push(`${file}: ${value}`);
      }
      // These texts write one paragraph per line: none of their lines may be joined (runs of
      // blank lines do collapse to one).
      const lines = body.replace(/^\s*\n|\s+$/g, "").replace(/\n\s*\n(?:\s*\n)+/g, "\n\n").split("\n");
      expect(text.split("\n").length, file).toBe(lines.length);
    }
    expect(missing).toEqual([]);
  });
});
