import { describe, expect, it } from "vitest";
import { memoised } from "../../src/extract/memo.js";

describe("memoised", () => {
  it("asks the test once per word and gives the same answer after", () => {
    const asked: string[] = [];
    const long = memoised((word: string) => {
      asked.push(word);
      return word.length > 3;
    });
    expect([long("Anna"), long("Li"), long("Anna"), long("Li")]).toEqual([true, false, true, false]);
    expect(asked).toEqual(["Anna", "Li"]);
  });

  it("remembers undefined and null answers too", () => {
    let calls = 0;
    const none = memoised(() => {
      calls++;
      return undefined;
    });
    none("x");
    none("x");
    expect(calls).toBe(1);
  });

  it("starts afresh past its bound instead of growing without end", () => {
    let calls = 0;
    const id = memoised((word: string) => {
      calls++;
      return word;
    });
    for (let i = 0; i < 50_001; i++) id(`w${i}`);
    calls = 0;
    id("w0");
    expect(calls).toBe(1);
  });
});
