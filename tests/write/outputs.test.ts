import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outputFiles } from "../../src/write/outputs.js";

const ALL = { json: true, csv: true, jsonl: true, sqlite: true, report: true };

describe("the run's outputs", () => {
  it("lists the cases first, then persons, and only the formats asked for", () => {
    const paths = outputFiles({ ...ALL, jsonl: false, sqlite: false }).map((f) => f.path);
    expect(paths.slice(0, 4)).toEqual(["cases.csv", "cases.json", "persons.csv", "persons.json"]);
    expect(paths).not.toContain("records.jsonl");
    expect(paths).toContain("report/index.html");
    expect(outputFiles({ json: false, csv: false, jsonl: true, sqlite: true, report: true }).map((f) => f.path)).toEqual(["records.jsonl", "casebook.sqlite", "run.json", "state/"]);
    expect(outputFiles({ ...ALL, csv: false }).map((f) => f.path)).not.toContain("cases.csv");
  });

  it("are each described in the README's output list", async () => {
    const readme = await readFile(join(import.meta.dirname, "../../README.md"), "utf8");
    const listing = /## Output\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    for (const { path } of outputFiles(ALL)) {
      const name = path.replace(/\/$/, "").split("/").pop() ?? path;
      expect(listing, path).toContain(name.replace(/\.(csv|json)$/, ""));
    }
  });
});

describe("a run's run.json", () => {
  it("lists exactly the files the run wrote beside the per-document ones", { timeout: 120_000 }, async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const { mkdtemp, readdir, writeFile, mkdir } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const root = join(import.meta.dirname, "../..");
    const work = await mkdtemp(join(tmpdir(), "casebook-outputs-"));
    await mkdir(join(work, "in"));
    await writeFile(join(work, "in", "a.txt"), "Geneva, 3 May 2021\n\nOn 28 April 2021 a court sentenced Vera Lindava to two years in prison and fined Ivan Karpau 500 euros.\n");
    const out = join(work, "out");
    await promisify(execFile)(process.execPath, [join(root, "dist/src/cli.js"), "extract", join(work, "in"), "--out", out, "--quiet", "--format", "json,csv,sqlite"]);
    const summary = JSON.parse(await readFile(join(out, "run.json"), "utf8")) as { outputs: string[] };
    const present = (await readdir(out, { withFileTypes: true })).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
    const listed = summary.outputs.map((path) => (path.includes("/") ? `${path.split("/")[0] ?? ""}/` : path));
    expect([...new Set(listed)].sort()).toEqual(present.sort());
    const cases = JSON.parse(await readFile(join(out, "cases.json"), "utf8")) as { person: string; document: string }[];
    expect(cases.map((c) => [c.person, c.document])).toEqual([["Vera Lindava", "a.txt"], ["Ivan Karpau", "a.txt"]]);
  });
});
