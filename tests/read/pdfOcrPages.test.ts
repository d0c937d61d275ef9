import { readFile } from "node:fs/promises";
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/read/ocr.js", () => ({
  ocrPdfPages: vi.fn(async (_bytes: Uint8Array, pages: number[]) => pages.map((page) => ({ page, text: `OCR text of page ${page}`, confidence: 90 }))),
  ocrImage: vi.fn(),
  meanConfidence: (pages: { confidence: number }[]) => pages.reduce((sum, p) => sum + p.confidence, 0) / pages.length,
  ocrWarnings: () => [{ code: "OCR_LOW_CONFIDENCE", severity: "warning", message: "low" }],
}));

const { ocrPdfPages } = await import("../../src/read/ocr.js");
const { pdfReader } = await import("../../src/read/pdf.js");

describe("pdf reader with OCR", () => {
  it("OCRs only the pages without a text layer", async () => {
    const raw = await pdfReader.read(new Uint8Array(await readFile("fixtures/bad/mixed.pdf")), { ocr: true, ocrDpi: 200 });
    expect(ocrPdfPages).toHaveBeenCalledTimes(1);
    expect(vi.mocked(ocrPdfPages).mock.calls[0]?.slice(1)).toEqual([[2], 200]);
    expect(raw.pages[0]).toContain("Sergei Dylevsky");
    expect(raw.pages[1]).toBe("OCR text of page 2");
    expect(raw.ocr).toEqual({ pages: [2], confidence: 90 });
    expect(raw.warnings.map((w) => w.code)).toEqual(["OCR_LOW_CONFIDENCE"]);
  });
});
