/**
 * chrono-node's case-insensitive expressions spelled out in the worker bundle
 * (scripts/chrono-caseless.ts, issue 19): the edit fits the installed chrono-node, and the bundled
 * worker gives a letter full of dates and time spans exactly the records the sources give with
 * chrono as it is.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { caselessChrono } from "../../scripts/chrono-caseless.js";
import { processFile } from "../../src/pipeline.js";
import { formatJson } from "../../src/write/json.js";
import { ROOT } from "../helpers/cli.js";

const CHRONO = join(ROOT, "node_modules/chrono-node/dist/esm");

/** An invented letter: dates, spans before and after events, upper and mixed case. */
const LETTER = `URGENT APPEAL — 14 February 2026

The Federation of Dock Workers (FDW) protests the arrest of its treasurer, Ms Ilona Varga, three weeks ago
in Constanța. TWO DAYS BEFORE her arrest, on 2 February 2026, she had spoken at a rally. The court in
Bucharest sentenced her on 10 March 2026 to 18 months in prison and a fine of RON 20,000; about a Year Later
her appeal is still pending. Her colleague Mr Pavel Dinu was detained for Five Days, and released 3 days after.
We ask that she be freed within two weeks and that the charges be dropped by 1 April 2026.
`;

describe("chrono's expressions spelled out in the worker bundle", () => {
  it("fits the installed chrono-node: the time-unit parsers are edited, a module without an expression is not", async () => {
    const helper = "/helper.js";
    for (const module of ["locales/en/parsers/ENTimeUnitAgoFormatParser.js", "locales/en/parsers/ENTimeUnitLaterFormatParser.js"]) {
      const edited = caselessChrono(await readFile(join(CHRONO, module), "utf8"), helper);
      expect(edited, module).not.toBeNull();
      expect(edited).not.toContain("new RegExp(");
      expect(edited).toContain(`from "${helper}"`);
    }
    expect(caselessChrono(await readFile(join(CHRONO, "types.js"), "utf8"), helper)).toBeNull();
    expect(await readFile(join(ROOT, "dist/src/batch/worker.bundle.js"), "utf8")).toContain("caselessRegExp(`(${TIME_UNITS_PATTERN})");
  });

  it("gives the bundled worker's records those of the sources", async () => {
    const folder = await mkdtemp(join(tmpdir(), "casebook-caseless-"));
    try {
      const path = join(folder, "dock-workers.txt");
      await writeFile(path, LETTER);
      // Note: in a process of its own, as a worker thread runs it (vitest would transform the 1.5 MB bundle).
      const script = `      const { default: processTask } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist/src/batch/worker.bundle.js")).href)});
      const { DEFAULT_OPTIONS } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist/src/options.js")).href)});
      const channel = new MessageChannel();
      const done = await processTask({ path: ${JSON.stringify(path)}, id: "dock-workers.txt", options: DEFAULT_OPTIONS, started: channel.port2 });
      channel.port1.close();
      process.stdout.write(done.json);`;
      const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
      expect(child.status, child.stderr).toBe(0);
      const sources = await processFile(path, "dock-workers.txt");
      expect(child.stdout).toBe(formatJson(sources.result));
      expect(sources.result.dates.length).toBeGreaterThan(3);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
