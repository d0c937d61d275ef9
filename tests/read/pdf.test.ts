import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { pdfReader } from "../../src/read/pdf.js";

const read = async (path: string, ocr = false) => pdfReader.read(new Uint8Array(await readFile(path)), { ocr, ocrDpi: 150 });

describe("pdf reader", () => {
  it("returns one text per page, without page-join markers", async () => {
    const raw = await read("fixtures/letters/ituc-belarus-2020.pdf");
    expect(raw.pages).toHaveLength(3);
    expect(raw.pages.join("\n")).not.toMatch(/--\s*\d+\s+of\s+\d+\s*--/);
    expect(raw.pages[0]).toContain("Workers’ rights violations in post-election Belarus");
    expect(raw.ocr).toBeNull();
  });

  it("marks paragraph gaps with a blank line and keeps wrapped lines as lines", async () => {
    const raw = await read("fixtures/letters/ituc-belarus-2020.pdf");
    expect(raw.pages[0]).toContain("Ayuba Wabba\n\nPresident\nPrésident");
    expect(raw.pages[0]).toContain("Dear Mr Ambassador,\n\nOn behalf of");
    expect(raw.pages[1]).toContain("Anatoly Bokun, co-\nchairman");
  });

  it("reports an encrypted PDF as PDF_ENCRYPTED", async () => {
    await expect(read("fixtures/bad/encrypted.pdf")).rejects.toMatchObject({ code: "PDF_ENCRYPTED" });
  });

  it("reports a truncated PDF, or a .pdf that is no PDF, as PDF_CORRUPT", async () => {
    await expect(read("fixtures/bad/truncated.pdf")).rejects.toMatchObject({ code: "PDF_CORRUPT" });
    await expect(pdfReader.read(new TextEncoder().encode("not a pdf"), { ocr: false, ocrDpi: 150 })).rejects.toMatchObject({ code: "PDF_CORRUPT" });
  });

  it("reports an image-only PDF as NO_TEXT_LAYER when OCR is off", async () => {
    await expect(read("fixtures/letters/ituc-belarus-2020-scanned.pdf")).rejects.toMatchObject({ code: "NO_TEXT_LAYER" });
  });
});
