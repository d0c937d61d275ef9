import { describe, expect, it } from "vitest";
import { layoutOcrLines, ocrLineSpacing, type OcrLine } from "../../src/read/ocr-layout.js";

const line = (text: string, y: number): OcrLine => ({ text, y });

describe("OCR page layout", () => {
  const page = [
    line("Embassy of the Republic", 100), line("of Belgium", 123), line("Brussels", 146),
    line("Dear Mr Ambassador,", 185), line("On behalf of the", 224), line("ITUC, we write", 247),
  ];

  it("takes the usual line spacing from the smaller gaps", () => {
    expect(ocrLineSpacing([page])).toBe(23);
    expect(ocrLineSpacing([[line("alone", 10)]])).toBe(0);
  });

  it("puts a blank line only at a paragraph gap or a jump back up the page", () => {
    expect(layoutOcrLines(page, 23)).toBe(
      "Embassy of the Republic\nof Belgium\nBrussels\n\nDear Mr Ambassador,\n\nOn behalf of the\nITUC, we write",
    );
    expect(layoutOcrLines([line("column one", 500), line("column two", 100)], 23)).toBe("column one\n\ncolumn two");
  });
});
