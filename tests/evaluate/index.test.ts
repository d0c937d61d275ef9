import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkMinima, runEval } from "../../src/evaluate/index.js";
import { actual, expected } from "./helpers.js";

let expectedDir = "";
let actualDir = "";

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "casebook-eval-"));
  expectedDir = join(root, "expected");
  actualDir = join(root, "actual");
  await mkdir(expectedDir);
  await mkdir(join(actualDir, "json"), { recursive: true });
  const e = expected({
    document: "a.md",
    people: [{ name: "Sharan Burrow" }, { name: "Ayuba Wabba" }],
    dates: [{ text: "9 August 2020", value: "2020-08-09" }],
  });
  await writeFile(join(expectedDir, "a.md.json"), JSON.stringify(e));
  const a = actual({ people: [{ name: "Sharan Burrow" }], dates: [{ text: "9 August 2020", value: "2020-08-09" }] }, "a.md");
  await writeFile(join(actualDir, "json", "a.md.json"), JSON.stringify(a));
});

describe("runEval", () => {
  it("scores and reports per type and overall", async () => {
    const { report, ok, scores } = await runEval({ expected: expectedDir, actual: actualDir });
    expect(ok).toBe(true);
    expect(scores.byType.people).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(scores.byType.dates.f1).toBe(1);
    expect(scores.overall.f1).toBeCloseTo(0.8);
    expect(report).toMatch(/overall\s+\|\s+1\.000\s+0\.667\s+0\.800\s+2\s+0\s+1/);
  });

  it("fails below an overall minimum and lists misses when verbose", async () => {
    const { report, ok } = await runEval({ expected: expectedDir, actual: actualDir, minF1: 0.9, verbose: true });
    expect(ok).toBe(false);
    expect(report).toContain("- missed Ayuba Wabba");
    expect(report).toContain("FAILED: overall F1 0.800 < 0.900");
  });

  it("applies per-type minima to their own types only", async () => {
    expect((await runEval({ expected: expectedDir, actual: actualDir, minF1: { dates: 1 } })).ok).toBe(true);
    expect((await runEval({ expected: expectedDir, actual: actualDir, minF1: { people: 0.7 } })).ok).toBe(false);
  });
});

describe("checkMinima", () => {
  it("is empty without minima", async () => {
    const { scores } = await runEval({ expected: expectedDir, actual: actualDir });
    expect(checkMinima(scores, undefined)).toEqual([]);
  });
});
