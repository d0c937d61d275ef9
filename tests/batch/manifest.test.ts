/**
 * A run writes its state manifest a document at a time (state.ts's ManifestWriter), so that it
 * holds no line a document until its end; the file must be the one formatManifest gives, and
 * appear only when committed.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatManifest, manifestPath, ManifestWriter, readManifest, type Manifest } from "../../src/batch/state.js";

const head: Omit<Manifest, "documents"> = {
  format: "casebook-state/2",
  casebook: "0.1.0",
  key: "k",
  options: { dateOrder: "dmy", ocr: true, ocrDpi: 300, maxBytes: 1, maxPages: null } as unknown as Manifest["options"],
  output: { formats: ["csv", "json"], csv_bom: false, report: true },
  shard: { index: 2, count: 3 },
  listing: { documents: 3, sha256: "h" },
};

let folder = "";
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("the state manifest written as documents are", () => {
  it.each([
    ["no documents", []],
    ["one", [[0, "a.txt", "x", null]]],
    ["several, copies and unreadable ones", [[0, "a.txt", "x", null], [4, "b/ç \"q\".md", null, null], [7, "c.pdf", "y", "a.txt"]]],
  ] as [string, Manifest["documents"]][])("has formatManifest's bytes: %s", async (_, documents) => {
    folder = await mkdtemp(join(tmpdir(), "casebook-manifest-"));
    const writer = await ManifestWriter.open(folder, head);
    for (const entry of documents) await writer.add(entry);
    expect(existsSync(manifestPath(folder))).toBe(false);
    await writer.commit();
    expect(await readFile(manifestPath(folder), "utf8")).toBe(formatManifest({ ...head, documents }));
    expect((await readManifest(folder))?.documents).toEqual(documents);
  });

  it.each([null, { sources: "s", summary: "r", files: { "cases.csv": "c", "schema.json": "j" } }])("ends with the outputs it is committed with: %j", async (outputs) => {
    folder = await mkdtemp(join(tmpdir(), "casebook-manifest-"));
    const writer = await ManifestWriter.open(folder, head);
    await writer.add([0, "a.txt", "x", null]);
    await writer.commit(outputs);
    expect(await readFile(manifestPath(folder), "utf8")).toBe(formatManifest({ ...head, documents: [[0, "a.txt", "x", null]], outputs }));
    expect((await readManifest(folder))?.outputs).toEqual(outputs);
  });

  it("leaves nothing when aborted", async () => {
    folder = await mkdtemp(join(tmpdir(), "casebook-manifest-"));
    const writer = await ManifestWriter.open(folder, head);
    await writer.add([0, "a.txt", "x", null]);
    await writer.abort();
    expect(await readdir(join(folder, "state"))).toEqual([]);
  });
});
