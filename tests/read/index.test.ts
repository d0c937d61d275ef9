import { mkdtemp, open, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/normalise/index.js";
import { readDocument } from "../../src/read/index.js";

const OFF = { ocr: false, ocrDpi: 150 };
const bad = async (name: string): Promise<Uint8Array> => new Uint8Array(await readFile(`fixtures/bad/${name}`));

describe("readDocument on bad input", () => {
  it.each([
    ["empty.txt", "EMPTY_FILE"],
    ["truncated.pdf", "PDF_CORRUPT"],
    ["encrypted.pdf", "PDF_ENCRYPTED"],
    ["../letters/ituc-belarus-2020-scanned.pdf", "NO_TEXT_LAYER"],
    ["not-a-zip.docx", "DOCX_CORRUPT"],
    ["zip-not-docx.docx", "DOCX_CORRUPT"],
    ["binary.txt", "BINARY_TEXT"],
    ["binary.dat", "UNKNOWN_FORMAT"],
    ["image.png", "NO_TEXT_LAYER"],
  ])("%s → %s", async (name, code) => {
    await expect(readDocument(await bad(name), name, OFF)).rejects.toMatchObject({ code });
  });

  it("decodes Windows-1252 text to the right Unicode and warns with the encoding", async () => {
    const raw = await readDocument(await bad("windows-1252.txt"), "windows-1252.txt", OFF);
    expect(raw.pages[0]).toContain("Frédéric Müller – “the union’s voice” – on 3 März 2021.");
    expect(raw.warnings).toHaveLength(1);
    expect(raw.warnings[0]).toMatchObject({ code: "ENCODING_GUESSED", severity: "warning" });
    expect(raw.warnings[0]?.message).toContain("windows-1252");
  });

  it("reads a UTF-8 text without a warning", async () => {
    const raw = await readDocument(new TextEncoder().encode("Dear Mr Ambassador,"), "a.txt", OFF);
    expect(raw).toMatchObject({ format: "text", pages: ["Dear Mr Ambassador,"], warnings: [] });
  });

  it("reads a 50 MB text file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casebook-large-"));
    try {
      const path = join(dir, "large.txt");
      const line = "Sergei Dylevsky was sentenced to 10 days in prison on 5 October 2020.\n";
      const file = await open(path, "w");
      const chunk = line.repeat(Math.ceil(1024 * 1024 / line.length));
      for (let i = 0; i < 50; i++) await file.write(chunk);
      await file.close();
      const bytes = new Uint8Array(await readFile(path));
      expect(bytes.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
      const raw = await readDocument(bytes, "large.txt", OFF);
      expect(raw.pages[0]?.length).toBe(bytes.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("plain text pages", () => {
  it("splits a text at form feeds so that running headers and page numbers can go", async () => {
    const page = (n: number) => `Jane Roe, General Secretary\nBody of page ${n}.\n${n}`;
    // Note: the bodies differ only in a digit, which the header/footer comparison masks; the
    // text left after the header must not then be taken for a footer.
    const raw = await readDocument(new TextEncoder().encode(`${page(1)}\f${page(2)}\f${page(3)}\f`), "a.txt", OFF);
    expect(raw.pages).toHaveLength(3);
    expect(normalise(raw)).toBe("Jane Roe, General Secretary\nBody of page 1.\n\nBody of page 2.\n\nBody of page 3.");
  });
});
