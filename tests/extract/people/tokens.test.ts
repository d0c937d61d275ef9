import { describe, expect, it } from "vitest";
import { orgChunks } from "../../../src/extract/organisations/chunks.js";
import { TokenStream, tokenize } from "../../../src/extract/people/tokens.js";

const LETTER =
  "The Belarusian Independent Trade Union (BITU) and its chair Maksim Pazniakou’s lawyer were fined.\n" +
  "Ms Jane Roe-Smith, President of the Congress of Democratic Trade Unions, wrote to H.E. the Ambassador.";

/** Every (start, end) pair on a grid over the letter, including cuts inside words and joiners. */
function ranges(): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < LETTER.length; start += 7) {
    for (let end = start; end <= LETTER.length; end += 11) out.push([start, end]);
  }
  return out;
}

describe("tokenize", () => {
  it("finds words with hyphens and apostrophes, and marks possessives", () => {
    const tokens = tokenize("Roe-Smith’s union, O'Brien's");
    expect(tokens.map((t) => [t.text, t.possessive])).toEqual([
      ["Roe-Smith", true],
      ["union", false],
      ["O'Brien", true],
    ]);
    expect(tokens[0]).toMatchObject({ start: 0, end: 9 });
  });

  it("reads a range as its slice would be read, cutting words at both ends", () => {
    expect(tokenize("Independent Trade Union", 2, 14).map((t) => t.text)).toEqual(["dependent", "Tr"]);
  });
});

describe("TokenStream", () => {
  it("gives exactly tokenize's tokens for any range, read in order or skipping ahead", () => {
    for (const [start, end] of ranges()) {
      const expected = tokenize(LETTER, start, end);
      const ahead = new TokenStream(LETTER, start, end);
      expect(ahead.at(expected.length)).toBeUndefined();
      const stream = new TokenStream(LETTER, start, end);
      expect(expected.map((_, i) => stream.at(i))).toEqual(expected);
      expect(ahead.at(0)).toEqual(expected[0]);
    }
  });
});

describe("orgChunks with a limit", () => {
  it("gives the first chunks of the unlimited reading", () => {
    for (const [start, end] of ranges()) {
      const all = orgChunks(LETTER, { start, end });
      expect(orgChunks(LETTER, { start, end }, 1)).toEqual(all.slice(0, 1));
      expect(orgChunks(LETTER, { start, end }, 2)).toEqual(all.slice(0, 2));
    }
  });
});
