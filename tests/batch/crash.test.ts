import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { killAt, seeded } from "../helpers/kill.js";
import { snapshot as outputSnapshot } from "../helpers/snapshot.js";

const LETTER = "Dear Colleagues,\n\nOn 9 August 2020 Sergei Dylevsky was sentenced to 10 days in prison by a court in Minsk.\n\n";
let work: string;
let input: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "casebook-crash-"));
  input = join(work, "in");
  await mkdir(input);
  for (let i = 0; i < LETTERS; i++) await writeFile(join(input, `l${String(i).padStart(3, "0")}.txt`), LETTER.repeat(1 + (i % 7)));
  for (const name of ["ituc-belarus-2020.docx", "ituc-belarus-2020.pdf"]) await copyFile(join("fixtures/letters", name), join(input, name));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Every file under `dir` (hidden ones too) with its bytes' hash; run.json and the report without the run's time. */
const snapshot = (dir: string) => outputSnapshot(dir, { runJson: true });

const ARGS = ["--concurrency", "1", "--quiet"];
const LETTERS = 12;
/** The letters, a .docx and a PDF. */
const DOCUMENTS = LETTERS + 2;

/** Whether the run writing `out` has written `after` documents' text files, or documents.csv. */
async function reached(out: string, after: number | "csv"): Promise<boolean> {
  if (after === "csv") return existsSync(join(out, "documents.csv"));
  if (!existsSync(join(out, "text"))) return false;
  return (await readdir(join(out, "text"))).filter((name) => !name.startsWith(".")).length >= after;
}

it("leaves no half-written file when killed (kill -9) at random points, and a rerun is byte-identical", async () => {
  const inputBefore = await snapshot(input);
  const reference = join(work, "reference");
  const started = performance.now();
  expect((await runCli(["extract", input, "--out", reference, ...ARGS])).code).toBe(0);
  const duration = performance.now() - started;
  const expected = await snapshot(reference);

  // Kill points: during start-up (by time), after the n-th document's files (n seeded, spread
  // over the batch), once every document is written (the CSV commit), and once documents.csv is
  // there (the report being written).
  const next = seeded(13);
  const total = DOCUMENTS;
  const points: { after: number | "csv" | null; delay: number }[] = [
    { after: null, delay: duration * 0.05 },
    ...[0, 1, 2].map((third) => ({ after: 2 + Math.floor(((third + next()) / 3) * (total - 3)), delay: 0 })),
    { after: total, delay: 0 },
    { after: "csv" as const, delay: 0 },
  ];
  let kills = 0;
  for (const [index, point] of points.entries()) {
    const out = join(work, `killed-${index}`);
    const killed = await killAt(["extract", input, "--out", out, ...ARGS], point.after === null ? point.delay : () => reached(out, point.after as number | "csv"));
    if (killed.signal === "SIGKILL") kills++;
    const written = [...(await snapshot(out)).keys()];
    const where = point.after === null ? `${Math.round(point.delay)} ms` : `after ${point.after === "csv" ? "documents.csv" : `${point.after} documents`}`;
    console.log(`kill -9 ${where}: ${killed.signal ?? "finished"}, ${written.filter((p) => !p.includes("/.") && !p.startsWith(".")).length} files, ${written.filter((p) => p.endsWith(".tmp")).length} temporary`);
    // Every visible file is complete: the one the reference run wrote, byte for byte.
    for (const [path, hash] of await snapshot(out)) {
      if (path.split("/").some((part) => part.startsWith("."))) continue;
      expect(hash, `${path} after a kill ${where}`).toBe(expected.get(path));
    }
    const rerun = await runCli(["extract", input, "--out", out, ...ARGS]);
    expect(rerun.code).toBe(0);
    expect(await snapshot(out), `rerun after a kill ${where}`).toEqual(expected);
  }
  expect(kills).toBeGreaterThanOrEqual(5);
  expect(await snapshot(input)).toEqual(inputBefore);
  expect((await stat(input)).isDirectory()).toBe(true);
}, 600_000);
