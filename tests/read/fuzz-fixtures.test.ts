/** Replays every input the fuzz test found crashing (fixtures/bad/fuzz/): each must fail with its own code, never INTERNAL. */
import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, processDocument } from "../../src/pipeline.js";

const FOLDER = "fixtures/bad/fuzz";
/** The code each crash fixture must now give. */
const EXPECTED: Record<string, string> = {
  // jszip inflated a header part whose size a flipped bit made wrong: "Bug : uncompressed data size mismatch".
  "docx-header-size-mismatch.docx": "DOCX_CORRUPT",
};

describe("fuzz-found crashes", () => {
  it("has an expected code for every fixture", async () => {
    expect((await readdir(FOLDER)).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, code] of Object.entries(EXPECTED)) {
    it(`${name} fails with ${code}`, async () => {
      const bytes = new Uint8Array(await readFile(`${FOLDER}/${name}`));
      const { result } = await processDocument(name, name, async () => bytes, { ...DEFAULT_OPTIONS, ocr: false });
      expect(result.document.errors.map((e) => e.code)).toEqual([code]);
    });
  }
});
