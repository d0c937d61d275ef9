import { describe, expect, it } from "vitest";
import { paragraphs } from "../../src/normalise/paragraphs.js";
import { unicode } from "../../src/normalise/unicode.js";
import { whitespace } from "../../src/normalise/whitespace.js";

describe("character steps", () => {
  it("composes to NFC and unifies line endings, keeping typographic quotes", () => {
    expect(unicode("\uFEFFPra\u0308sident\r\n‘electoral theft’\r“x”")).toBe("Präsident\n‘electoral theft’\n“x”");
  });

  it("collapses tabs and space runs and trims lines", () => {
    expect(whitespace("  Tel :\t+32   (0)2\u00a0224  \nnext\t")).toBe("Tel : +32 (0)2 224\nnext");
  });

  it("keeps a table's column gap (four spaces or more, or two tabs) as one tab", () => {
    expect(whitespace("Name      Organisation\nJoost de Wit\t\tFNV\nA  B   C    D")).toBe("Name\tOrganisation\nJoost de Wit\tFNV\nA B C\tD");
    expect(whitespace("    indented line    \n")).toBe("indented line\n");
  });

  it("leaves exactly one blank line between paragraphs", () => {
    expect(paragraphs("\n\nOne\n\n\n\nTwo\nline\n\n")).toBe("One\n\nTwo\nline");
  });
});
