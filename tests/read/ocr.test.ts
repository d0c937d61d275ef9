import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { characterErrorRate } from "../../src/read/ocr-cer.js";
import { closeOcr, LOW_CONFIDENCE, meanConfidence, ocrImage, ocrPdfPages, ocrWarnings, type OcrPage } from "../../src/read/ocr.js";

const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url);
const SCANNED = fixture("letters/ituc-belarus-2020-scanned.pdf");
const TEXT_PDF = fixture("letters/ituc-belarus-2020.pdf");

/** Names, the date and the amount the seed's expected records depend on. */
const MUST_KEEP = [
  "Ayuba Wabba", "Sharan Burrow", "MIKHNEVICH", "Lukashenko", "Zimin", "Sereda", "Dylevsky",
  "Cherkasov", "Bokun", "Marc Leemans", "Thierry Bodson", "Olivier Valentin", "Luca Visentini",
  "Anthony Bellanger", "ITUC", "ACV-CSC", "ABVV-FGTB", "ACLVB-CGSLB", "BKDP", "ETUC", "IFJ",
  "12/10/2020", "9 August 2020", "EUR 219",
];

async function textLayer(url: URL): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(await readFile(url)) });
  try {
    return (await parser.getText()).pages.map((page) => page.text).join("\n");
  } finally {
    await parser.destroy();
  }
}

describe("OCR of the scanned seed letter", () => {
  let pages: OcrPage[] = [];
  let reference = "";

  beforeAll(async () => {
    reference = await textLayer(TEXT_PDF);
    pages = await ocrPdfPages(new Uint8Array(await readFile(SCANNED)), [1, 2, 3], 300);
    // Note: about 15 s on an idle core; the machine is shared, so the limit is generous.
  }, 180_000);
  afterAll(closeOcr);

  it("gives every page, in order, with its confidence", () => {
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3]);
    for (const page of pages) expect(page.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
    expect(ocrWarnings(pages)).toEqual([]);
  });

  it("is within 1% character error rate of the text PDF's text", () => {
    const rate = characterErrorRate(pages.map((page) => page.text).join("\n"), reference);
    expect(rate).toBeLessThan(0.01);
  });

  it("keeps every name, the date and the amount", () => {
    const text = pages.map((page) => page.text).join("\n").replace(/\s+/g, " ");
    expect(MUST_KEEP.filter((needle) => !text.includes(needle))).toEqual([]);
  });

  it("puts blank lines between paragraphs only, as the text PDF's reader does", () => {
    expect(pages[0]?.text).toMatch(/Dear Mr Ambassador,\n\nOn behalf of/);
    expect(pages[0]?.text).toContain("to the Kingdom\nof Belgium\nMission of Belarus");
  });

  it("OCRs only the pages asked for", async () => {
    const only = await ocrPdfPages(new Uint8Array(await readFile(SCANNED)), [3], 150);
    expect(only.map((page) => page.page)).toEqual([3]);
    expect(only[0]?.text).toContain("Anthony Bellanger");
  }, 120_000);

  it.each(["png", "jpg", "tif"])("OCRs a %s image", async (extension) => {
    const page = await ocrImage(new Uint8Array(await readFile(fixture(`ocr/signatures.${extension}`))));
    expect(page.page).toBe(1);
    expect(page.text.replace(/\s+/g, " ")).toContain("Mr Anthony Bellanger IFJ General Secretary");
    expect(page.text).toContain("Ms Sharan Burrow\n");
  });

  it("writes no language data into the working directory", () => {
    expect(existsSync(join(process.cwd(), "eng.traineddata"))).toBe(false);
  });
});

describe("OCR failures and warnings", () => {
  afterAll(closeOcr);

  it("reports an image it cannot decode as OCR_FAILED, and goes on", async () => {
    await expect(ocrImage(new TextEncoder().encode("not an image"))).rejects.toMatchObject({ code: "OCR_FAILED" });
    const page = await ocrImage(new Uint8Array(await readFile(fixture("ocr/signatures.png"))));
    expect(page.text).toContain("Anthony Bellanger");
  });

  it("warns once about the pages under the threshold", () => {
    const warnings = ocrWarnings([
      { page: 1, text: "", confidence: 91 },
      { page: 2, text: "", confidence: 42 },
      { page: 3, text: "", confidence: 69.9 },
    ]);
    expect(warnings.map((warning) => [warning.code, warning.severity])).toEqual([["OCR_LOW_CONFIDENCE", "warning"]]);
    expect(warnings[0]?.message).toMatch(/page 2 .*page 3 /);
  });

  it("averages page confidences", () => {
    expect(meanConfidence([])).toBeNull();
    expect(meanConfidence([{ page: 1, text: "", confidence: 90 }, { page: 2, text: "", confidence: 95 }])).toBe(92.5);
  });
});
