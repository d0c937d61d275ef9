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

  it("checks only the files the run did not write itself", async () => {
    // Note: a file this run formatted is read as it is (no zod on the path after the last letter);
    // one an earlier run left, or one edited since, is checked against the schema.
    const dir = await fixtureCopy();
    await writeFile(join(dir, "json/2022/odd.txt.json"), JSON.stringify({ document: { id: "2022/odd.txt" }, people: "not a list" }));
    await writeFile(join(dir, "text/2022/odd.txt.txt"), "Odd.");
    const ids = ["2019/disk-turkey-long.txt", "2022/odd.txt"];
    const checked = await collectDocuments(dir, ids);
    expect(checked.problems.map((p) => p.file)).toEqual(["json/2022/odd.txt.json"]);
    expect(checked.problems[0]?.reason).toMatch(/^not a document result: /);
    const trusted = await collectDocuments(dir, ids, { documents: new Set(["2022/odd.txt"]), persons: false });
    expect(trusted.problems).toEqual([]);
    expect(trusted.documents.map((d) => [d.document.id, d.text])).toEqual([
      ["2019/disk-turkey-long.txt", expect.any(String)],
      ["2022/odd.txt", "Odd."],
    ]);
    // A valid file reads the same either way.
    const plain = await collectDocuments(dir, ids.slice(0, 1));
    const same = await collectDocuments(dir, ids.slice(0, 1), { documents: new Set(ids.slice(0, 1)), persons: false });
    expect(JSON.stringify(same.documents)).toBe(JSON.stringify(plain.documents));
  });

  it("checks persons.json unless the run wrote it", async () => {
    const dir = await fixtureCopy();
    await writeFile(join(dir, "persons.json"), JSON.stringify([{ key: "anna kovel" }]));
    const checked = await collectDocuments(dir, []);
    expect(checked.persons).toBeNull();
    expect(checked.problems.map((p) => p.file)).toEqual(["persons.json"]);
    const trusted = await collectDocuments(dir, [], { documents: new Set(), persons: true });
    expect(trusted.persons).toEqual([{ key: "anna kovel" }]);
    expect(trusted.problems).toEqual([]);
  });

  it("gives an empty list when the run wrote no JSON", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casebook-report-"));
    temporary.push(dir);
    expect(await collectDocuments(dir)).toEqual({ documents: [], problems: [], persons: null });
  });
});
