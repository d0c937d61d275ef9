import { describe, expect, it } from "vitest";
import { orgChunks } from "../../../src/extract/organisations/chunks.js";
import { TokenStream, tokenize } from "../../../src/extract/people/tokens.js";

const LETTER =
  "The Belarusian Independent Trade Union (BITU) and its chair Maksim Pazniakou’s lawyer were fined.\n" +
  "Ms Jane Roe-Smith, President of the Congress of Democratic Trade Unions, wrote to H.E. the Ambassador.";

/** Long enough that its tokens are read once and shared (a letter, not a phrase). */
const LONG = `${LETTER}\n\n`.repeat(12);

/** (start, end) pairs on a grid over `text`, including cuts inside words and joiners. */
function ranges(text = LETTER, step = 7): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < text.length; start += step) {
    for (let end = start; end <= text.length; end += step + 4) out.push([start, end]);
  }
  return out;
}

/** The slice tokenized on its own, its offsets moved back into the text. */
function sliceTokens(text: string, start: number, end: number): ReturnType<typeof tokenize> {
  return tokenize(text.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
}

describe("tokenize", () => {
  it("keeps the filial particles a/l, a/p, s/o as one word, and no other slashed pair", () => {
    expect(tokenize("Muniandy a/l Raju, Devi a/p Kumar, Arun s/o Das and/or ba/lo").map((t) => t.text)).toEqual([
      "Muniandy", "a/l", "Raju", "Devi", "a/p", "Kumar", "Arun", "s/o", "Das", "and", "or", "ba", "lo",
    ]);
  });

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

  it("reads any range of a long text (from the text's shared tokens) as its slice would be read", () => {
    for (const [start, end] of ranges(LONG, 41)) expect(tokenize(LONG, start, end)).toEqual(sliceTokens(LONG, start, end));
    expect(tokenize(LETTER, 0, LETTER.length)).toEqual(sliceTokens(LONG, 0, LETTER.length));
  });
});

describe("tokenize on duplicate letters", () => {
  it("gives a duplicate (an equal text in another string) the same tokens, and a changed text its own", () => {
    const copy = [...LONG].join("");
    const changed = LONG.replace("Belarusian", "Ukrainian");
    const first = tokenize(LONG, 0, 200);
    expect(tokenize(copy, 0, 200)).toEqual(first);
    expect(tokenize(LONG, 0, 200)).toEqual(first);
    expect(tokenize(changed, 0, 200).map((t) => t.text)).toContain("Ukrainian");
    expect(tokenize(LONG, 0, 200)).toEqual(first);
  });
});

describe("TokenStream", () => {
  it("gives exactly the slice's tokens for any range, read in order or skipping ahead", () => {
    for (const [text, step] of [[LETTER, 7], [LONG, 41]] as const) {
      for (const [start, end] of ranges(text, step)) {
        const expected = sliceTokens(text, start, end);
        const ahead = new TokenStream(text, start, end);
        expect(ahead.at(expected.length)).toBeUndefined();
        const stream = new TokenStream(text, start, end);
        expect(expected.map((_, i) => stream.at(i))).toEqual(expected);
        expect(ahead.at(0)).toEqual(expected[0]);
      }
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
