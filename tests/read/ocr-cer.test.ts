import { describe, expect, it } from "vitest";
import { characterErrorRate, editDistance, squashWhitespace } from "../../src/read/ocr-cer.js";

describe("character error rate", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
  });

  it("ignores how white space is laid out", () => {
    expect(squashWhitespace("  a\n\nb \t c ")).toBe("a b c");
    expect(characterErrorRate("Dear Mr\nAmbassador,", "Dear Mr Ambassador,\n\n")).toBe(0);
  });

  it("divides by the reference's length", () => {
    expect(characterErrorRate("IF] and", "IFJ and")).toBeCloseTo(1 / 7);
    expect(characterErrorRate("", "")).toBe(0);
    expect(characterErrorRate("x", " ")).toBe(1);
  });
});
