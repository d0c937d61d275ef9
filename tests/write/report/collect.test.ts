import { cp, mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { collectDocuments } from "../../../src/write/report/collect.js";
import { RECORD_TYPES } from "../../../src/records.js";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/report");
const temporary: string[] = [];

async function fixtureCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "casebook-report-"));
  temporary.push(dir);
  await cp(FIXTURES, dir, { recursive: true });
  return dir;
}

afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("collectDocuments", () => {
  it("reads every fixture document in sorted order with its text", async () => {
    const { documents, problems } = await collectDocuments(FIXTURES);
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.document.id)).toEqual([
      "2019/disk-turkey-long.txt",
      "2020/itf-belarus-strike.txt",
      "2021/baj-journalists-fined.docx",
      "2021/ei-iran-teachers.md",
      "2022/hostile.txt",
      "2022/scan.pdf",
    ]);
    expect(documents.every((d) => typeof d.text === "string")).toBe(true);
  });

  it("has fixture offsets that point at each record's own text", async () => {
    const { documents } = await collectDocuments(FIXTURES);
    for (const doc of documents) {
      for (const type of RECORD_TYPES) {
        for (const record of doc[type]) {
          const spans = "mentions" in record ? record.mentions : [record];
          for (const span of spans) {
            const expected = "text" in span ? span.text : null;
            if (expected !== null) expect(doc.text?.slice(span.start, span.end)).toBe(expected);
          }
        }
      }
    }
  });

  it("reports a broken file as a problem, keeps a missing text as null and skips symbolic links", async () => {
    const dir = await fixtureCopy();
    await writeFile(join(dir, "json/2022/broken.txt.json"), "{ not json");
    await writeFile(join(dir, "json/2022/other.txt.json"), '{"document": {}}');
    await rm(join(dir, "text/2021/ei-iran-teachers.md.txt"));
    await mkdir(join(dir, "json/loop"));
    await symlink(join(dir, "json"), join(dir, "json/loop/again"));
    const { documents, problems } = await collectDocuments(dir);
    expect(problems.map((p) => p.file)).toEqual(["json/2022/broken.txt.json", "json/2022/other.txt.json"]);
    expect(documents).toHaveLength(6);
    expect(documents.find((d) => d.document.id === "2021/ei-iran-teachers.md")?.text).toBeNull();
  });

  it("gives an empty list when the run wrote no JSON", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casebook-report-"));
    temporary.push(dir);
    expect(await collectDocuments(dir)).toEqual({ documents: [], problems: [], persons: null });
  });
});
