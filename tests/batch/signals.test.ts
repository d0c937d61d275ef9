/**
 * A run stopped by SIGTERM or SIGHUP says so and ends as Ctrl-C does (exit 128 + the signal's
 * number, no half-written file), instead of dying silently by the signal (README, "Exit codes").
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const LETTER = "Dear Colleagues,\n\nOn 9 August 2020 Sergei Dylevsky was sentenced to 10 days in prison.\n\n";
const LETTERS = 300;
let work = "";
let input = "";

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "casebook-signals-"));
  input = join(work, "in");
  await mkdir(input);
  for (let i = 0; i < LETTERS; i++) await writeFile(join(input, `l${String(i).padStart(4, "0")}.txt`), LETTER.repeat(20));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("a run stopped by a signal", () => {
  for (const [signal, code] of [["SIGTERM", 143], ["SIGHUP", 129]] as const) {
    it(`reports ${signal}, exits ${code} and leaves no half-written file`, async () => {
      const out = join(work, `out-${signal}`);
      let pid = 0;
      const running = runCli(["extract", input, "--out", out, "--concurrency", "1", "--quiet"], { onSpawn: (p) => (pid = p) });
      // Once the first documents are written.
      while (!existsSync(join(out, "json"))) await new Promise((r) => setTimeout(r, 20));
      process.kill(pid, signal);
      const run = await running;
      expect(run.signal).toBeNull();
      expect(run.code, run.stderr).toBe(code);
      expect(run.stderr).toContain(`stopped by ${signal}: unfinished files were not written`);
      const files = (await readdir(out, { recursive: true })).map(String);
      expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
      expect(files).not.toContain("run.json");
    }, 180_000);
  }
});
