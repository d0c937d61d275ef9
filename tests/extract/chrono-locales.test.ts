/**
 * chrono-node's French and Spanish parsers from the build's one-file copy (scripts/bundle-chrono.ts,
 * src/extract/chrono-locales.ts, issue 19): the same findings as the package's own modules, and the
 * worker's bundle takes the copy, loading none of the package's CommonJS modules.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Chrono, Component } from "chrono-node";
import { describe, expect, it } from "vitest";
import { chronoLocale } from "../../src/extract/chrono-locales.js";
import { isFresh } from "../../src/prebuilt.js";
import { ROOT } from "../helpers/cli.js";

const require = createRequire(import.meta.url);
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** What a parser finds in `text`: each hit's place, words and known components. */
const COMPONENTS: Component[] = ["year", "month", "day", "weekday", "hour", "minute"];
const found = (parser: Chrono, text: string): unknown =>
  parser.parse(text, REFERENCE).map((hit) => ({
    index: hit.index,
    text: hit.text,
    start: COMPONENTS.map((c) => [c, hit.start.isCertain(c) ? hit.start.get(c) : null]),
    tags: [...hit.tags()].sort(),
  }));

const LETTERS = {
  fr: join(ROOT, "fixtures/heldout21/letters/tunisie-lettre-ouverte-sante-2025.txt"),
  es: join(ROOT, "fixtures/heldout21/letters/fenasiba-guatemala-izabal-2026.txt"),
};

describe("chronoLocale", () => {
  it("gives the package's parser of French and Spanish, and nothing for other languages", () => {
    expect(found(chronoLocale("fr") as Chrono, "le 1er mai 2021 et le 3 juin")).toEqual(found((require("chrono-node/fr") as { casual: Chrono }).casual, "le 1er mai 2021 et le 3 juin"));
    expect(found(chronoLocale("es") as Chrono, "el 12 de octubre de 2020")).toEqual(found((require("chrono-node/es") as { casual: Chrono }).casual, "el 12 de octubre de 2020"));
    expect(chronoLocale("en")).toBeUndefined();
    expect(chronoLocale("de")).toBeUndefined();
    expect(chronoLocale("")).toBeUndefined();
  });
});

describe("isFresh", () => {
  it("takes a copy at least as new as the package's file, never an older or a missing one", () => {
    const dir = mkdtempSync(join(tmpdir(), "chrono-locales-"));
    try {
      const [copy, from] = [join(dir, "locales.cjs"), join(dir, "index.js")];
      writeFileSync(copy, "");
      writeFileSync(from, "");
      utimesSync(from, 1000, 1000);
      utimesSync(copy, 1000, 1000);
      expect(isFresh(copy, from)).toBe(true);
      utimesSync(copy, 999, 999);
      expect(isFresh(copy, from)).toBe(false);
      expect(isFresh(join(dir, "missing.cjs"), from)).toBe(false);
      expect(isFresh(copy, join(dir, "missing.js"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the build's copy (dist/chrono/locales.cjs, npm run build)", () => {
  const copy = require(join(ROOT, "dist/chrono/locales.cjs")) as Record<"fr" | "es", () => { casual: Chrono }>;

  it("finds in a French and a Spanish letter what the package's modules find", () => {
    for (const language of ["fr", "es"] as const) {
      const text = readFileSync(LETTERS[language], "utf8");
      const ours = found(copy[language]().casual, text);
      expect(ours).toEqual(found((require(`chrono-node/${language}`) as { casual: Chrono }).casual, text));
      expect((ours as unknown[]).length).toBeGreaterThan(2);
    }
  });

  it("is what the worker's bundle loads: a French and a Spanish document load none of chrono-node's own modules", () => {
    const script = `
      const { loadWorkerModule } = await import(${JSON.stringify(join(ROOT, "dist/src/batch/worker-module.js"))});
      const worker = await loadWorkerModule();
      const fr = await worker.processDocument(${JSON.stringify(LETTERS.fr)}, "fr.txt", {});
      const es = await worker.processDocument(${JSON.stringify(LETTERS.es)}, "es.txt", {});
      const { createRequire } = await import("node:module");
      const modules = Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes("chrono"));
      console.log(JSON.stringify({ modules, dates: [fr.result.dates.length, es.result.dates.length] }));`;
    const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" })) as { modules: string[]; dates: number[] };
    expect(out.modules).toEqual([join(ROOT, "dist/chrono/locales.cjs")]);
    expect(out.dates.every((n) => n > 0)).toBe(true);
  }, 60_000);
});
