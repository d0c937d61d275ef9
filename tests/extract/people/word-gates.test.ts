/**
 * The one-character gate before the word-shape caches (docs/performance.md, session 19): the gated
 * tests answer exactly what their patterns answer, and name chunks still take lower-case particles.
 */
import { describe, expect, it } from "vitest";
import { nameChunks } from "../../../src/extract/people/names.js";
import { isAcronymShaped, isAllCaps, isCapitalised, opensUncapitalised } from "../../../src/extract/people/tokens.js";

/** The three tests as their patterns alone define them, with no gate and no cache. */
const SURNAME_PREFIXED = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}\p{Ll}{2,}$/u;
const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w) && !/\p{Ll}\p{Lu}{2}/u.test(w);
const allCaps = (w: string): boolean => /^\p{Lu}[\p{Lu}\p{M}\-–'’]*\p{Lu}$/u.test(w);
const acronymShaped = (w: string): boolean =>
  !/\p{N}/u.test(w) && (allCaps(w) || (/^\p{Lu}\p{Ll}*\p{Lu}/u.test(w) && /^\p{L}+$/u.test(w) && !SURNAME_PREFIXED.test(w)));

/** Invented words of every shape: ASCII and not, opening with a capital, a small letter, a digit, a sign or a mark. */
const WORDS = [
  "", "a", "A", "z", "Z", "union", "Union", "UNION", "uNION", "UnIon", "ACV-CSC", "acv-CSC", "LegCo", "legCo", "IndustriALL",
  "McAllister", "mcAllister", "9th", "12", "1ABC", "(Kenya", "-Foo", "'Ali", "’Ali", "_x", "@UGT", "#Free", "$5", "~", " ", "\t",
  "Ömer", "ömer", "ÇGD", "çgd", "İstanbul", "istanbul", "Łódź", "łódź", "Ñandú", "ñandú", "Άννα", "άννα", "ΚΚΕ", "Дмитрий", "дмитрий",
  "ВКП", "Ă–mer", "É", "é", "Ǆemal", "ǅemal", "ǆemal", "\u0301Abc", "Ａｂｃ", "ＡＢＣ", "ﬁnal", "ᵃbc", "ＫＳＨ", "Zürich-based", "al-Shaab",
  "van", "bin", "d'Souza", "de", "del", "dela", "the", "of", "x1", "X1", "Sh500", "kSh",
];

describe("the capital gate before the word-shape caches", () => {
  it("says a word cannot open with a capital only when its first character is ASCII and not A–Z", () => {
    for (const word of ["union", "5", "(", "-x", "'Ali", " ", "@UGT", "zed"]) expect(opensUncapitalised(word), word).toBe(true);
    for (const word of ["", "Union", "A", "Z", "Ömer", "İstanbul", "Άννα", "Дмитрий", "Ａｂｃ", "\u0301Abc", "ñandú", "ǅemal"]) expect(opensUncapitalised(word), word).toBe(false);
  });

  it("leaves every answer of the shape tests as their patterns give it", () => {
    for (const word of WORDS) {
      expect(isCapitalised(word), word).toBe(capitalised(word));
      expect(isAllCaps(word), word).toBe(allCaps(word));
      expect(isAcronymShaped(word), word).toBe(acronymShaped(word));
      // Asked twice: the cached answer is the same.
      expect(isCapitalised(word), word).toBe(capitalised(word));
    }
  });

  it("keeps lower-case particles inside names and leaves other lower-case words out", () => {
    const names = (text: string): string[] => nameChunks(text, { start: 0, end: text.length }).map((c) => c.name.map((t) => t.text).join(" "));
    expect(names("The court heard Pieter van Houten and Karim bin Rashid yesterday.")).toEqual(expect.arrayContaining(["Pieter van Houten", "Karim bin Rashid"]));
    expect(names("Lawyer Amira al-Masri spoke.").join("|")).toContain("al-Masri");
    expect(names("Officers of the union met Tomasz Nowak in the morning.")).toEqual(expect.arrayContaining(["Tomasz Nowak"]));
    expect(names("Officers of the union met Tomasz Nowak in the morning.").join("|")).not.toMatch(/union|morning|of /u);
  });
});
