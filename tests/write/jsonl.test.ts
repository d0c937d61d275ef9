import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { DocumentResult, RECORD_TYPES, emptyDocument } from "../../src/records.js";
import { JsonlWriter, LINE_TYPES, jsonlLines } from "../../src/write/jsonl.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/report/json");

async function fixtures(): Promise<DocumentResult[]> {
  const files = (await readdir(FIXTURES, { recursive: true })).filter((name) => name.endsWith(".json")).sort();
  return Promise.all(files.map(async (name) => DocumentResult.parse(JSON.parse(await readFile(join(FIXTURES, name), "utf8")))));
}

function parse(text: string): Record<string, unknown>[] {
  expect(text.endsWith("\n")).toBe(true);
  return text.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("JSON Lines", () => {
  it("gives every record one line, its type and document first, the document record leading", async () => {
    for (const result of await fixtures()) {
      const lines = parse(jsonlLines(result));
      const count = RECORD_TYPES.reduce((sum, type) => sum + result[type].length, 1);
      expect(lines).toHaveLength(count);
      expect(lines[0]).toMatchObject({ type: "document", document: result.document.id, id: result.document.id, status: result.document.status });
      for (const line of lines) {
        expect(Object.keys(line).slice(0, 2)).toEqual(["type", "document"]);
        expect(line.document).toBe(result.document.id);
      }
      for (const type of RECORD_TYPES) {
        // Note: the record itself, unchanged, after the two added keys.
        const own = lines.filter((line) => line.type === LINE_TYPES[type]).map(({ type: _t, document: _d, ...record }) => record);
        expect(own).toEqual(result[type]);
      }
    }
  });

  it("escapes line breaks inside values, so one record stays one line", () => {
    const document = { ...emptyDocument("odd\nname.txt", "odd\nname.txt") };
    const result: DocumentResult = { document, people: [], organisations: [], dates: [], sentences: [], fines: [] };
    expect(jsonlLines(result).split("\n")).toHaveLength(2);
  });

  it("makes records.jsonl visible only on commit, and leaves nothing on abort", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casebook-jsonl-"));
    const [first] = await fixtures();
    const kept = await JsonlWriter.open(join(dir, "records.jsonl"));
    await kept.write(first as DocumentResult);
    expect((await readdir(dir)).includes("records.jsonl")).toBe(false);
    await kept.commit();
    expect(await readFile(join(dir, "records.jsonl"), "utf8")).toBe(jsonlLines(first as DocumentResult));
    const dropped = await JsonlWriter.open(join(dir, "other.jsonl"));
    await dropped.write(first as DocumentResult);
    await dropped.abort();
    expect((await readdir(dir)).sort()).toEqual(["records.jsonl"]);
  });

  it("waits for a slow reader instead of holding the batch in memory (back-pressure)", async () => {
    const stream = new PassThrough({ highWaterMark: 16 });
    const writer = JsonlWriter.to(stream);
    const [first] = await fixtures();
    let written = false;
    const pending = writer.write(first as DocumentResult).then(() => (written = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toBe(false);
    stream.resume();
    await pending;
    expect(written).toBe(true);
  });
});
