import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";

const LETTER = "Dear Colleagues,\n\nOn 9 August 2020 Sergei Dylevsky was sentenced to 10 days in prison.\n\n";

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

it("leaves no half-written file when interrupted (Ctrl-C), exit 130", async () => {
  const work = await mkdtemp(join(tmpdir(), "casebook-int-"));
  const input = join(work, "in");
  await mkdir(input);
  for (let i = 0; i < 1500; i++) await writeFile(join(input, `l${String(i).padStart(4, "0")}.txt`), LETTER.repeat(20));
  const out = join(work, "out");
  let pid = 0;
  const running = runCli(["extract", input, "--out", out, "--concurrency", "1"], { onSpawn: (p) => (pid = p) });
  // Interrupt once the first documents are written.
  while (!existsSync(join(out, "json"))) await new Promise((r) => setTimeout(r, 20));
  process.kill(pid, "SIGINT");
  const run = await running;
  expect(run.code).toBe(130);
  const files = await walk(out);
  expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
  expect(files).not.toContain("documents.csv");
  expect(files).not.toContain("run.json");
  expect(files.filter((f) => f.endsWith(".json")).length).toBeLessThan(1500);
});
