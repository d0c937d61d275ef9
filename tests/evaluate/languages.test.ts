import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runEval } from "../../src/evaluate/index.js";
import { pairsByLanguage } from "../../src/evaluate/languages.js";
import { Actual } from "../../src/evaluate/types.js";
import { expected } from "./helpers.js";

const inLanguage = (id: string, language: string | null, people: string[]): Actual =>
  Actual.parse({ document: { id, letter_date: null, language }, people: people.map((name) => ({ name })) });

describe("pairsByLanguage", () => {
  it("groups by the actual document's language, largest group first, unknown as ?", () => {
    const pairs = [
      { expected: expected({ document: "a.txt" }), actual: inLanguage("a.txt", "fr", []) },
      { expected: expected({ document: "b.txt" }), actual: inLanguage("b.txt", "en", []) },
      { expected: expected({ document: "c.txt" }), actual: inLanguage("c.txt", "en", []) },
      { expected: expected({ document: "d.txt" }), actual: null },
    ];
    expect(pairsByLanguage(pairs).map((g) => [g.language, g.pairs.length])).toEqual([
      ["en", 2],
      ["?", 1],
      ["fr", 1],
    ]);
  });
});

describe("runEval by language", () => {
  async function folders(languages: (string | null)[]): Promise<{ expected: string; actual: string }> {
    const root = await mkdtemp(join(tmpdir(), "casebook-eval-lang-"));
    const expectedDir = join(root, "expected");
    const actualDir = join(root, "actual");
    await mkdir(expectedDir);
    await mkdir(actualDir);
    for (const [i, language] of languages.entries()) {
      const id = `l${i}.txt`;
      await writeFile(join(expectedDir, `${id}.json`), JSON.stringify(expected({ document: id, people: [{ name: "Ana Ruiz" }, { name: "Ivo Lenz" }] })));
      await writeFile(join(actualDir, `${id}.json`), JSON.stringify(inLanguage(id, language, language === "en" ? ["Ana Ruiz", "Ivo Lenz"] : ["Ana Ruiz"])));
    }
    return { expected: expectedDir, actual: actualDir };
  }

  it("adds a table per language when the set mixes languages", async () => {
    const { report } = await runEval(await folders(["en", "es", "en"]));
    expect(report).toContain("By language (documents):");
    expect(report).toMatch(/en \(2\)/);
    expect(report).toMatch(/es \(1\)/);
    // English finds both people, Spanish one of two: the per-language rows differ.
    const split = report.slice(report.indexOf("By language"));
    expect(split).toMatch(/people\s+\|\s+1\.000\s+1\.000\s+1\.000[^\n]*\|\s+1\.000\s+0\.500\s+0\.667/);
  });

  it("adds none when every document is in one language", async () => {
    const { report } = await runEval(await folders(["en", "en"]));
    expect(report).not.toContain("By language");
  });
});
