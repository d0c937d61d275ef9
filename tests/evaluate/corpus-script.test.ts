/** scripts/corpus.ts end to end, on a made-up two-letter corpus (one of them the seed's id). */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

let corpus = "";

function run(...args: string[]): { status: number | null; stdout: string } {
  const out = spawnSync("npx", ["tsx", "scripts/corpus.ts", "--corpus", corpus, ...args], { encoding: "utf8" });
  return { status: out.status, stdout: out.stdout + out.stderr };
}

beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), "casebook-corpus-test-"));
  await mkdir(join(corpus, "letters"));
  await mkdir(join(corpus, "gold"));
  const letter = "Geneva, 9 August 2020\n\nZorblax Quimby was sentenced on 9 August 2020.\n";
  for (const id of ["mini", "ituc-belarus-2020"]) {
    await writeFile(join(corpus, "letters", `${id}.txt`), `Source: https://example.org/2019-03-01\n\n${letter}`);
    await writeFile(
      join(corpus, "gold", `${id}.json`),
      JSON.stringify({ document: `${id}.txt`, letter_date: "2020-08-09", dates: [{ text: "9 August 2020", value: "2020-08-09" }], people: [{ name: "Zorblax Quimby" }, { name: "Absent Person" }] }),
    );
  }
});

// Note: each run starts tsx and loads the pipeline, several seconds on a busy machine.
const SLOW = 120_000;

describe("scripts/corpus.ts", () => {
  it("scores the letters, keeps the seed apart and writes results without the Source header", { timeout: SLOW }, async () => {
    const out = join(corpus, "out");
    const { status, stdout } = run("--out", out, "--baseline");
    expect(status).toBe(0);
    expect(stdout).toContain("1 letters scored");
    expect(stdout).toMatch(/seed ituc-belarus-2020 \(not in totals\)/);
    expect(stdout).toContain("compromise");
    const result = JSON.parse(await readFile(join(out, "json", "mini.txt.json"), "utf8")) as { document: { id: string }; dates: { value: string }[] };
    expect(result.document.id).toBe("mini.txt");
    expect(result.dates.map((d) => d.value)).not.toContain("2019-03-01");
    expect(existsSync(join(out, "baseline", "json", "mini.txt.json"))).toBe(true);
  });

  it("exits 1 below a per-type minimum and 2 on a bad flag", { timeout: SLOW }, () => {
    const failed = run("--types", "dates,people", "--min-f1-people", "1");
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/FAILED: people F1 0\.\d+ < 1\.000/);
    expect(run("--types", "nope").status).toBe(2);
  });
});
