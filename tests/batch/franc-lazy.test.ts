/**
 * franc-min's trigram tables are built on the worker bundle's first detection, not at its import
 * (scripts/franc-lazy.ts, issue 19): the edits fit the installed franc-min, and the bundled worker
 * tells French, Spanish and English letters as franc itself does.
 */
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { lazyFranc } from "../../scripts/franc-lazy.js";
import { detectLanguage } from "../../src/language/detect.js";
import { ROOT } from "../helpers/cli.js";

/** Letters and their languages; the French and Spanish ones reach franc (src/language/detect.ts). */
const LETTERS: [string, string][] = [
  ["fixtures/fr-es-dev/letters/es-guatemala-bananeros.txt", "es"],
  ["fixtures/fr-es-dev/letters/fr-cameroun-journalistes.txt", "fr"],
  ["fixtures/fr-es-dev/letters/fr-senegal-sante-thies.txt", "fr"],
  ["fixtures/letters/ituc-belarus-2020.md", "en"],
];

describe("franc's tables built lazily", () => {
  it("fits the installed franc-min (a new version fails here, and the build warns)", async () => {
    const path = createRequire(import.meta.url).resolve("franc-min");
    const edited = lazyFranc(await readFile(path, "utf8"));
    expect(edited).not.toBeNull();
    expect(edited).toContain("buildNumericData()");
  });

  it("gives the bundled worker franc's own answers", async () => {
    expect(await readFile(join(ROOT, "dist/src/batch/worker.bundle.js"), "utf8")).toContain("numericDataBuilt");
    // Note: in a process of its own, as a worker thread runs it (vitest would transform the 1.4 MB bundle).
    const script = `      const { default: processTask } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist/src/batch/worker.bundle.js")).href)});
      const { DEFAULT_OPTIONS } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist/src/options.js")).href)});
      for (const path of ${JSON.stringify(LETTERS.map(([letter]) => join(ROOT, letter)))}) {
        const channel = new MessageChannel();
        const done = await processTask({ path, id: path, options: DEFAULT_OPTIONS, started: channel.port2 });
        channel.port1.close();
        console.log(done.result.document.language);
      }`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout.trim().split("\n")).toEqual(LETTERS.map(([, language]) => language));
    // The sources' own detection, franc loaded as it is, agrees.
    for (const [letter, language] of LETTERS) expect(detectLanguage(await readFile(join(ROOT, letter), "utf8")), letter).toBe(language);
  }, 120_000);
});
