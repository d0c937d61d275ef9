import { describe, expect, it } from "vitest";
import { canFollowName, isCommonWord, isDemonym, isGivenName, isNoun, isPlaceName, personSpans, personSpansIn } from "../../src/extract/nlp.js";

describe("nlp adapter", () => {
  it.each([
    ["Sergei", true],
    ["Khaled", true],
    ["Wabba", false],
    ["Union", false],
  ])("isGivenName(%s) is %s", (word, expected) => expect(isGivenName(word)).toBe(expected));

  it("knows places, nationalities and ordinary words", () => {
    expect(isPlaceName("Belarus")).toBe(true);
    expect(isPlaceName("Mikhnevich")).toBe(false);
    expect(isDemonym("Belarusian")).toBe(true);
    expect(isDemonym("Turkish")).toBe(true);
    expect(isDemonym("Erdoğan")).toBe(false);
    expect(isCommonWord("latest")).toBe(true);
    expect(isCommonWord("Dylevsky")).toBe(false);
  });

  it("tells words that end a name phrase from nouns that continue it", () => {
    expect(canFollowName("was")).toBe(true);
    expect(canFollowName("tweeted")).toBe(true);
    expect(canFollowName("leaders")).toBe(false);
    expect(isNoun("leaders")).toBe(true);
    expect(isNoun("said")).toBe(false);
  });

  it("returns compromise's people with offsets, also across batched windows", () => {
    const text = "We met Alexander Lukashenko there. Later, Sergei Ivanov spoke.";
    expect(personSpans(text).map((s) => text.slice(s.start, s.end))).toContain("Alexander Lukashenko");
    const windows = [{ start: 0, end: 34 }, { start: 35, end: text.length }];
    expect(personSpansIn(text, windows).map((s) => text.slice(s.start, s.end).replace(/\W+$/u, ""))).toEqual(
      expect.arrayContaining(["Alexander Lukashenko", "Sergei Ivanov"]),
    );
  });
});
