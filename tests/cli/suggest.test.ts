import { describe, expect, it } from "vitest";
import { distance, suggest } from "../../src/cli/suggest.js";

const OPTIONS = ["--out", "--format", "--concurrency", "--timeout", "--quiet", "--no-ocr", "--no-report"];

describe("suggest", () => {
  it("counts edits, a swap of neighbours as one", () => {
    expect(distance("--outt", "--out")).toBe(1);
    expect(distance("--fromat", "--format")).toBe(1);
    expect(distance("", "abc")).toBe(3);
  });

  it("suggests the closest option, or one the word begins", () => {
    expect(suggest("--outt", OPTIONS)).toBe("--out");
    expect(suggest("--fromat", OPTIONS)).toBe("--format");
    expect(suggest("--conc", OPTIONS)).toBe("--concurrency");
    expect(suggest("--quite", OPTIONS)).toBe("--quiet");
  });

  it("suggests nothing for a word close to nothing, or begun by several", () => {
    expect(suggest("--frobnicate", OPTIONS)).toBeUndefined();
    expect(suggest("--verbose", OPTIONS)).toBeUndefined();
    expect(suggest("--no-", OPTIONS)).toBeUndefined();
  });
});
