import { describe, expect, it } from "vitest";
import { fixOcrText, OCR_FIXES } from "../../src/read/ocr-fix.js";

describe("OCR fixes", () => {
  it.each(OCR_FIXES.map(([pattern, , input, output]) => [String(pattern), input, output]))(
    "%s turns its example into its expected text",
    (_pattern, input, output) => {
      expect(fixOcrText(input)).toBe(output);
    },
  );

  it.each(["[IFJ]", "x[IF]", "ab]", "A]", "[see IFJ]", "IF]x"])("leaves %s alone", (text) => {
    expect(fixOcrText(text)).toBe(text);
  });
});
