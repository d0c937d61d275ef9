import { cp, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RunSummary } from "../../../src/records.js";
import { writeReport } from "../../../src/write/report/index.js";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/report");

describe("writeReport", () => {
  it("writes report/index.html from the run's output and leaves no temporary file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casebook-report-"));
    try {
      await cp(FIXTURES, dir, { recursive: true });
      const summary = RunSummary.parse(JSON.parse(await readFile(join(dir, "run.json"), "utf8")));
      await writeReport(dir, summary);
      expect(await readdir(join(dir, "report"))).toEqual(["index.html"]);
      const page = await readFile(join(dir, "report/index.html"), "utf8");
      expect(page.startsWith("<!doctype html>")).toBe(true);
      expect(page).toContain("2020/itf-belarus-strike.txt");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
