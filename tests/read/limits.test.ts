import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/index.js";
import { checkMarkdownDepth, longestLine, LIMITS } from "../../src/read/limits.js";
import { paints } from "../../src/read/pdf.js";
import { guardZip, xmlDepth } from "../../src/read/zipGuard.js";
import { manyPagesPdf, writePdf, writeZip, zipBomb } from "../helpers/hostile.js";

const OFF = { ocr: false, ocrDpi: 150 };
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Reads `bytes` and returns the error code it fails with, and how long that took. */
async function failure(bytes: Uint8Array, name: string, options: object = OFF): Promise<{ code: unknown; ms: number }> {
  const started = performance.now();
  const code = await readDocument(bytes, name, { ...OFF, ...options }).then(
    () => "none",
    (error: { code?: unknown }) => error.code,
  );
  return { code, ms: performance.now() - started };
}

async function docx(parts: Record<string, string>, extra = 0): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await readFile("fixtures/letters/ituc-belarus-2020.docx"));
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  for (let i = 0; i < extra; i++) zip.file(`customXml/item${i}.xml`, "<a/>");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("Markdown nesting", () => {
  it("fails a deeply nested list or block quote at once with MARKDOWN_TOO_DEEP", async () => {
    const list = Array.from({ length: 2000 }, (_, i) => `${" ".repeat(i * 2)}- item`).join("\n");
    const quote = `${">".repeat(5000)} deep\n`;
    for (const source of [list, quote]) {
      const { code, ms } = await failure(encode(source), "deep.md");
      expect(code).toBe("MARKDOWN_TOO_DEEP");
      expect(ms).toBeLessThan(1000);
    }
  });

  it("reads ordinary nesting, right-aligned lines and indented code", () => {
    const letter = [
      "                                                            Brussels, 3 May 2021",
      "> Quoted from the appeal:",
      "> > a quote in a quote",
      "- point one",
      "  - sub-point",
      "    - sub-sub-point",
      "        indented code line",
    ].join("\n");
    expect(() => checkMarkdownDepth(letter)).not.toThrow();
    expect(() => checkMarkdownDepth(`${"  ".repeat(LIMITS.markdownDepth - 1)}- at the limit`)).not.toThrow();
  });
});

describe("characters per line and per document", () => {
  it("fails a text on one 20 MB line with LINE_TOO_LONG within a second", async () => {
    const { code, ms } = await failure(encode("word ".repeat(4 * 1024 * 1024)), "one-line.txt");
    expect(code).toBe("LINE_TOO_LONG");
    expect(ms).toBeLessThan(1500);
  });

  it("keeps long but ordinary lines, and counts CR, form feed and U+2028 as line ends", async () => {
    expect((await failure(encode(`${"a ".repeat(45_000)}\n`), "long.txt")).code).toBe("none");
    expect(longestLine("abc\rde\ffghij\u2028k")).toBe(5);
    expect(longestLine("")).toBe(0);
  });

  it("fails a text longer than the size limit in characters with TEXT_TOO_LONG", async () => {
    const text = "Dear Colleagues,\n".repeat(1000);
    expect((await failure(encode(text), "letter.txt", { maxBytes: 10_000 })).code).toBe("TEXT_TOO_LONG");
    expect((await failure(encode(text), "letter.txt", { maxBytes: 20_000 })).code).toBe("none");
  });
});

describe("PDF page count", () => {
  it("fails a PDF of 5,000 empty pages with PDF_TOO_MANY_PAGES, and honours maxPages", async () => {
    const { code, ms } = await failure(manyPagesPdf(5000), "pages.pdf");
    expect(code).toBe("PDF_TOO_MANY_PAGES");
    expect(ms).toBeLessThan(3000);
    expect((await failure(manyPagesPdf(3), "pages.pdf", { maxPages: 2 })).code).toBe("PDF_TOO_MANY_PAGES");
    // Three empty pages under the limit: read, and reported as having no text layer.
    expect((await failure(manyPagesPdf(3), "pages.pdf", { maxPages: 3 })).code).toBe("NO_TEXT_LAYER");
  });

  it("writes a PDF that pdf.js reads without repairing it", async () => {
    const page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>";
    const pdf = writePdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page]);
    expect((await failure(pdf, "one.pdf")).code).toBe("NO_TEXT_LAYER");
  });
});

describe("DOCX zip and XML limits", () => {
  it("passes a real letter's .docx", async () => {
    await expect(guardZip(new Uint8Array(await readFile("fixtures/letters/ituc-belarus-2020-letterhead.docx")))).resolves.toBeUndefined();
  });

  it("fails a zip bomb whose headers claim 100 bytes with DOCX_TOO_LARGE, fast", async () => {
    const { code, ms } = await failure(zipBomb(), "bomb.docx");
    expect(code).toBe("DOCX_TOO_LARGE");
    expect(ms).toBeLessThan(2000);
  });

  it("fails too many entries, a DTD with entities, and XML nested too deep", async () => {
    expect((await failure(await docx({}, LIMITS.docxEntries + 10), "many.docx")).code).toBe("DOCX_TOO_MANY_ENTRIES");
    const laughs = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;">]><w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    expect((await failure(await docx({ "word/document.xml": laughs }), "laughs.docx")).code).toBe("XML_ENTITIES");
    const deep = `<w:document><w:body>${"<w:tbl><w:tr><w:tc>".repeat(200)}<w:p/>${"</w:tc></w:tr></w:tbl>".repeat(200)}</w:body></w:document>`;
    expect((await failure(await docx({ "word/document.xml": deep }), "deep.docx")).code).toBe("DOCX_TOO_DEEP");
  });

  it("measures XML depth with self-closing tags, declarations and quoted '>' in attributes", () => {
    expect(xmlDepth(encode('<?xml version="1.0"?><a><b/><c x="1>2"><d/></c></a>'))).toBe(3);
    expect(xmlDepth(encode("<a><!-- <b> --></a>"))).toBe(1);
  });

  it("reports a zip whose entry is cut short or whose end record is missing as DOCX_CORRUPT", async () => {
    const good = writeZip([{ name: "word/document.xml", data: encode("<w:document/>"), method: 0, claimed: 13 }]);
    await expect(guardZip(good)).resolves.toBeUndefined();
    await expect(guardZip(good.subarray(0, good.length - 30))).rejects.toMatchObject({ code: "DOCX_CORRUPT" });
    const garbage = writeZip([{ name: "word/document.xml", data: encode("not deflate data at all"), method: 8, claimed: 10 }]);
    await expect(guardZip(garbage)).rejects.toMatchObject({ code: "DOCX_CORRUPT" });
  });
});

/** A PDF of `pages` pages without text, each painting a filled rectangle (made here, not committed). */
function paintedPagesPdf(pages: number): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(" ");
  const page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>";
  const drawing = "72 72 200 100 re f";
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    `<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`,
    ...Array.from({ length: pages }, () => page),
  ]);
}

describe("PDF pages to OCR", () => {
  const OCR = { ocr: true, ocrDpi: 150 };

  it("skips blank pages cheaply: 1,500 blank pages with OCR on fail with NO_TEXT_LAYER, none OCR'd", async () => {
    const { code } = await failure(manyPagesPdf(1500), "blank.pdf", OCR);
    expect(code).toBe("NO_TEXT_LAYER");
  });

  it("fails a PDF with more pages to OCR than the limit with OCR_TOO_MANY_PAGES, before any OCR", async () => {
    // Note: each page paints a rectangle (a drawing, as a scan's image is), and has no text.
    const { code } = await failure(paintedPagesPdf(40), "drawn.pdf", { ...OCR, maxOcrPages: 30 });
    expect(code).toBe("OCR_TOO_MANY_PAGES");
    expect((await failure(paintedPagesPdf(3), "drawn.pdf", { ...OCR, maxOcrPages: 2 })).code).toBe("OCR_TOO_MANY_PAGES");
  });

  it("tells painted pages from blank ones by their operators", () => {
    expect(paints({ fnArray: [10, 11], argsArray: [null, null] })).toBe(false);
    expect(paints({ fnArray: [85], argsArray: [null] })).toBe(true);
    expect(paints({ fnArray: [91], argsArray: [[22, [], null]] })).toBe(true);
    expect(paints({ fnArray: [91], argsArray: [[29, [], null]] })).toBe(false);
  });
});
