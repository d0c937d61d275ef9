import { describe, expect, it } from "vitest";
import { inPlaceColumn, PLACE_COLUMNS } from "../../../src/extract/people/place-column.js";
import { tokenize } from "../../../src/extract/people/tokens.js";

const wordsAt = (text: string, words: string) => {
  const start = text.indexOf(words);
  return tokenize(text, start, start + words.length);
};

describe("place columns", () => {
  it.each(PLACE_COLUMNS.map(([pattern, example]) => ({ pattern, example })))("$example matches its own row", ({ pattern, example }) => {
    expect(pattern.test(example)).toBe(true);
  });

  const table = "Name\tProvince\tSentence\nMai Thanh Son\tTay Ninh\t3 years\nDo Van Hung\tBen Tre\t2 years";

  it("finds a place in a cell under a place header", () => {
    expect(inPlaceColumn(table, wordsAt(table, "Tay Ninh"))).toBe(true);
    expect(inPlaceColumn(table, wordsAt(table, "Ben Tre"))).toBe(true);
  });

  it("leaves the name column and prose alone", () => {
    expect(inPlaceColumn(table, wordsAt(table, "Do Van Hung"))).toBe(false);
    const prose = "Mai Thanh Son was tried in Tay Ninh.";
    expect(inPlaceColumn(prose, wordsAt(prose, "Tay Ninh"))).toBe(false);
    const headless = "Mai Thanh Son\tTay Ninh\t3 years";
    expect(inPlaceColumn(headless, wordsAt(headless, "Tay Ninh"))).toBe(false);
  });
});
