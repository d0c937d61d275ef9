/**
 * The registry is an explicit list: every extractor exported from a rule file must be in it,
 * ids must be unique, and every rule must have test cases naming it.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXTRACTORS } from "../../src/extract/index.js";
import type { Extractor } from "../../src/extract/types.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TYPES = ["people", "organisations", "dates", "sentences", "fines"];

function isExtractor(value: unknown): value is Extractor {
  const v = value as Partial<Extractor> | null;
  return typeof v === "object" && v !== null && typeof v.id === "string" && typeof v.extract === "function" && typeof v.type === "string";
}

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith(".ts")).map((e) => join(e.parentPath, e.name));
}

describe("extractor registry", () => {
  it("has unique ids", () => {
    const ids = EXTRACTORS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lists every extractor a rule file exports", async () => {
    const registered = new Set<unknown>(EXTRACTORS);
    for (const type of TYPES) {
      for (const file of await filesBelow(`src/extract/${type}`)) {
        const module = (await import(file)) as Record<string, unknown>;
        for (const [name, value] of Object.entries(module)) {
          if (isExtractor(value)) expect(registered.has(value), `${file}: ${name} is not in the registry`).toBe(true);
        }
      }
    }
  });

  it("has test cases naming every rule", async () => {
    const tests = await filesBelow("tests/extract");
    const texts = await Promise.all(tests.map((file) => readFile(file, "utf8")));
    const corpus = texts.join("\n");
    for (const extractor of EXTRACTORS) {
      expect(corpus.includes(extractor.id), `no test mentions rule "${extractor.id}"`).toBe(true);
    }
  });
});
