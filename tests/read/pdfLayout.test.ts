import { describe, expect, it } from "vitest";
import { layoutPage, lineSpacing, pageLines } from "../../src/read/pdfLayout.js";

/** A pdf.js-like text item at baseline `y`. */
const item = (str: string, y: number, hasEOL = true) => ({ str, hasEOL, transform: [12, 0, 0, 12, 72, y], height: 12, width: str.length * 6 });

describe("pdf layout", () => {
  it("joins items into lines and puts a blank line at a paragraph gap", () => {
    const lines = pageLines([item("Dear Sir,", 700), item("We write to express our", 677, false), item(" solidarity with", 677), item("the people.", 663), item("Yours,", 640)]);
    expect(lines.map((l) => l.text)).toEqual(["Dear Sir,", "We write to express our solidarity with", "the people.", "Yours,"]);
    expect(layoutPage(lines, lineSpacing([lines]))).toBe("Dear Sir,\n\nWe write to express our solidarity with\nthe people.\n\nYours,");
  });

  it("starts a new line on a baseline jump even without an end-of-line mark", () => {
    const lines = pageLines([item("First line", 700, false), item("Second line", 686, false)]);
    expect(lines.map((l) => l.text)).toEqual(["First line", "Second line"]);
  });

  it("measures the usual line spacing over the whole document", () => {
    const body = pageLines([item("a", 700), item("b", 686), item("c", 672), item("d", 658)]);
    const signatures = pageLines([item("Jane Roe", 700), item("John Doe", 677)]);
    const spacing = lineSpacing([body, signatures]);
    expect(spacing).toBe(14);
    expect(layoutPage(signatures, spacing)).toBe("Jane Roe\n\nJohn Doe");
  });
});
