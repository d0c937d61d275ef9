import { describe, expect, it } from "vitest";
import { detectFormat, looksBinary } from "../../src/read/detect.js";

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe("detectFormat", () => {
  it("trusts magic bytes over the file name", () => {
    expect(detectFormat(text("%PDF-1.7\n..."), "letter.txt")).toBe("pdf");
    expect(detectFormat(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2), "letter.pdf")).toBe("docx");
    expect(detectFormat(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), "scan.bin")).toBe("image");
    expect(detectFormat(bytes(0xff, 0xd8, 0xff, 0xe0), "scan")).toBe("image");
    expect(detectFormat(bytes(0x49, 0x49, 0x2a, 0x00), "scan.tif")).toBe("image");
  });

  it("sends a .pdf or .docx without its magic to its reader (which reports it damaged)", () => {
    expect(detectFormat(text("hello"), "letter.pdf")).toBe("pdf");
    expect(detectFormat(text("hello"), "letter.DOCX")).toBe("docx");
  });

  it("reads Markdown by extension and anything else textual as text", () => {
    expect(detectFormat(text("# Title"), "a.md")).toBe("markdown");
    expect(detectFormat(text("# Title"), "a.markdown")).toBe("markdown");
    expect(detectFormat(text("Dear Sir,"), "a.txt")).toBe("text");
    expect(detectFormat(text("Dear Sir,"), "letter")).toBe("text");
  });

  it("rejects binary content: text reader for text names, unknown otherwise", () => {
    const binary = bytes(0, 1, 2, 3, 200, 201);
    expect(detectFormat(binary, "a.txt")).toBe("text");
    expect(detectFormat(binary, "a.dat")).toBeNull();
  });

  it("does not read RTF as text", () => {
    expect(detectFormat(text("{\\rtf1\\ansi Dear Sir}"), "letter.txt")).toBeNull();
  });

  it("accepts UTF-16 text with a BOM despite its NUL bytes", () => {
    expect(detectFormat(bytes(0xff, 0xfe, 0x41, 0, 0x42, 0), "a.dat")).toBe("text");
  });
});

describe("looksBinary", () => {
  it("tells text from control-heavy data", () => {
    expect(looksBinary(text("Line one\r\n\tLine two\f"))).toBe(false);
    expect(looksBinary(bytes(0x41, 0x00, 0x42))).toBe(true);
    expect(looksBinary(bytes(...Array.from({ length: 100 }, (_, i) => (i % 4 === 0 ? 1 : 0x41))))).toBe(true);
  });
});
