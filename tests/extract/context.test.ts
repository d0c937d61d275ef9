import { describe, expect, it } from "vitest";
import { createContext } from "../../src/extract/context.js";

const OPTIONS = { dateOrder: "auto" as const };
const slice = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);

describe("createContext", () => {
  it("splits paragraphs, lines and sentences with offsets into the text", () => {
    const text = "Ayuba Wabba\nPresident\n\nHe was arrested. She was released on 28 September.\n";
    const context = createContext(text, OPTIONS);
    expect(context.paragraphs.map((p) => slice(text, p))).toEqual(["Ayuba Wabba\nPresident", "He was arrested. She was released on 28 September."]);
    expect(context.lines.map((l) => slice(text, l))).toEqual(["Ayuba Wabba", "President", "He was arrested. She was released on 28 September."]);
    expect(context.sentences.map((s) => slice(text, s))).toEqual([
      "Ayuba Wabba",
      "President",
      "He was arrested.",
      "She was released on 28 September.",
    ]);
  });

  it("splits a very long line into the same sentences as a short one (windowed segmentation)", () => {
    const sentence = "Sergei Cherkasov was arrested on 13 September and released.";
    const text = Array.from({ length: 500 }, () => sentence).join(" ");
    const context = createContext(text, OPTIONS);
    expect(context.sentences).toHaveLength(500);
    expect(new Set(context.sentences.map((s) => slice(text, s)))).toEqual(new Set([sentence]));
  });

  it("cuts a sentence longer than the window rather than dropping it", () => {
    const text = "word ".repeat(2000).trim();
    const context = createContext(text, OPTIONS);
    expect(context.sentences.map((s) => slice(text, s)).join(" ").split(/\s+/)).toHaveLength(2000);
  });
});

describe("sentence splitting after abbreviations", () => {
  it.each([
    ["Finance Minister Mr. Ncube spoke. He left.", ["Finance Minister Mr. Ncube spoke.", "He left."]],
    ["One base amount equals approx. 10 EUR. It rose.", ["One base amount equals approx. 10 EUR.", "It rose."]],
    ["He was jailed on Jan. 13, 2022 in Ankara.", ["He was jailed on Jan. 13, 2022 in Ankara."]],
    ["A fine of U.S. $500 was imposed.", ["A fine of U.S. $500 was imposed."]],
  ])("%s", (text, expected) => {
    const context = createContext(text, OPTIONS);
    expect(context.sentences.map((s) => slice(text, s))).toEqual(expected);
  });

  it("still ends a sentence at a full stop after an ordinary word", () => {
    const text = "He was jailed in May. Then he was fined.";
    expect(createContext(text, OPTIONS).sentences).toHaveLength(2);
  });
});

describe("sentence splitting after initials and company suffixes", () => {
  it.each([
    ["J. Smith was jailed. He appealed.", ["J. Smith was jailed.", "He appealed."]],
    ["Workers at Acme Ltd. were fined 200 euros each.", ["Workers at Acme Ltd. were fined 200 euros each."]],
  ])("%s", (text, expected) => {
    expect(createContext(text, OPTIONS).sentences.map((s) => slice(text, s))).toEqual(expected);
  });
});
