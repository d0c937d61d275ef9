/**
 * Case-insensitive expressions spelled out with explicit cases (src/extract/dates/caseless.ts):
 * what is spelled, what is left as it was, and that a spelled expression finds exactly what the
 * `i` one finds — on invented patterns and on chrono-node's own time-unit patterns.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caselessRegExp, caselessSource } from "../../../src/extract/dates/caseless.js";
import { ROOT } from "../../helpers/cli.js";

/** Every match of `pattern` in `text` (index and groups), by stepping one character past each start, as chrono does. */
function matches(pattern: RegExp, text: string): (string | number | undefined)[][] {
  const found: (string | number | undefined)[][] = [];
  for (let from = 0; from <= text.length; ) {
    const match = pattern.exec(text.slice(from));
    if (match === null) break;
    found.push([from + match.index, ...match]);
    from += match.index + 1;
  }
  return found;
}

/** The spec's non-Unicode case folding (ECMA-262 Canonicalize, `i` without `u`). */
function canonicalize(char: string): string {
  const upper = char.toUpperCase();
  if (upper.length !== 1) return char;
  return char.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128 ? char : upper;
}

const TEXTS = [
  "Three Weeks AGO the court met; two years later, on 3 March, a Fine of 500 was paid.",
  "FIVE DAYS BEFORE the hearing; about 2 months and 3 weeks earlier; in 10 days; A Few Hours After.",
  "Le 12 mars – au tribunal（Kyiv）∙ she said: “six months later” — Ten Years From Now, out.",
  "the Couple of years after 1999, several weeks ago, half an hour later, MIN, Hrs, yr.",
];

describe("caselessSource", () => {
  it("spells the letters outside classes in both cases and keeps the rest", () => {
    expect(caselessSource("(?:ago|Before)\\s{0,5}(?=\\W|$)")).toBe("(?:[aA][gG][oO]|[bB][eE][fF][oO][rR][eE])\\s{0,5}(?=\\W|$)");
    expect(caselessSource("[0-9]+\\.\\d(?<!x)")).toBe("[0-9]+\\.\\d(?<![xX])");
    expect(caselessSource("\\– (?<=,) [^\\s,]")).toBe("\\– (?<=,) [^\\s,]");
  });

  it("leaves what `i` reads otherwise as it was", () => {
    for (const source of ["[a-z]+", "[^A-Z]", "\\x41", "\\u0041", "\\cJ", "(\\w)\\1", "(?<year>\\d{4})", "café", "Straße", "\\p{L}", "Ⓐ", "\\k<n>"]) {
      expect(caselessSource(source), source).toBeNull();
    }
  });

  it("admits above 127 only characters that fold onto no other", () => {
    const groups = new Map<string, number>();
    const all: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const char = String.fromCharCode(code);
      all.push(char);
      groups.set(canonicalize(char), (groups.get(canonicalize(char)) ?? 0) + 1);
    }
    let admitted = 0;
    for (const char of all.slice(128)) {
      if (caselessSource(char) === null) continue;
      admitted++;
      expect(groups.get(canonicalize(char)), `U+${char.charCodeAt(0).toString(16)}`).toBe(1);
    }
    expect(admitted).toBeGreaterThan(1000);
    // The escapes kept mean the same under `i` without `u` (with `u`, `\w` would take in ſ and K).
    for (const escape of ["\\w", "\\W", "\\s", "\\d"]) {
      const folded = new RegExp(escape, "i");
      const plain = new RegExp(escape, "");
      expect(all.filter((char) => folded.test(char) !== plain.test(char)), escape).toEqual([]);
    }
    // V8 agrees with the spec on the ASCII letters: each meets exactly its two cases in the whole plane.
    for (const letter of "aKsz") {
      const pattern = new RegExp(letter, "i");
      expect(all.filter((char) => pattern.test(char))).toEqual([letter.toUpperCase(), letter.toLowerCase()]);
    }
  });
});

describe("caselessRegExp", () => {
  it("drops `i` from a spelled expression and keeps the other flags", () => {
    expect(caselessRegExp("later", "gi").flags).toBe("g");
    expect(caselessRegExp("later", "gi").source).toBe("[lL][aA][tT][eE][rR]");
    expect(caselessRegExp("later", "iu").flags).toBe("iu");
    expect(caselessRegExp("[a-z]", "i").flags).toBe("i");
    expect(caselessRegExp("later").flags).toBe("");
    expect(caselessRegExp(/x/u, "g").source).toBe("x");
  });

  it("finds what the `i` expression finds", () => {
    const patterns = [
      "(\\W|^)(this|last|next)\\s*(week|month|year)(?=\\W|$)",
      "(?:on\\s{0,3})?(\\d{1,2})(?:\\s{0,3}(?:to|\\-|\\–|until)\\s{0,3}(\\d{1,2}))?\\s*(march|mars|may)",
      "\\b(fine|amende)s?\\b\\s+of\\s+(\\d+)",
    ];
    for (const source of patterns) {
      const spelled = caselessRegExp(source, "i");
      expect(spelled.flags, source).toBe("");
      for (const text of TEXTS) expect(matches(spelled, text), source).toEqual(matches(new RegExp(source, "i"), text));
    }
  });

  it("finds what chrono's own time-unit patterns find", () => {
    const require = createRequire(import.meta.url);
    const constants = require(join(ROOT, "node_modules/chrono-node/dist/cjs/locales/en/constants.js")) as Record<string, string>;
    const units = [constants.TIME_UNITS_PATTERN, constants.TIME_UNITS_NO_ABBR_PATTERN];
    for (const unit of units) {
      for (const source of [`(\\W|^)(${unit})\\s{0,5}(?:ago|before|earlier)(?=\\W|$)`, `(\\W|^)(${unit})\\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\\W|$))`]) {
        const spelled = caselessRegExp(source, "i");
        expect(spelled.flags).toBe("");
        for (const text of TEXTS) expect(matches(spelled, text)).toEqual(matches(new RegExp(source, "i"), text));
      }
    }
  });
});
