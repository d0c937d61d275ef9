/**
 * Word tokens with offsets, and the runs of capitalised words ("chunks") that names and
 * organisation names are made of. Shared by the people and organisations rules.
 */
import { memoised } from "../memo.js";

/** A word of the text with its span; `possessive` when it ended in `'s`/`’s` (removed from `text`/`end`). */
export interface Token {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

// Note: words are letters/digits joined by single hyphens or apostrophes; the joiners never
// overlap the letter class, so the pattern is linear.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-–'’][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;

function token(word: string, from: number): Token {
  const possessive = POSSESSIVE.test(word) && word.length > 2;
  const text = possessive ? word.slice(0, -2) : word;
  return { text, start: from, end: from + text.length, possessive };
}

/** The word tokens of `text` between `start` and `end`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const stream = new TokenStream(text, start, end);
  for (let next = stream.at(0); next; next = stream.at(tokens.length)) tokens.push(next);
  return tokens;
}

/**
 * The tokens of `text[start, end)` read on demand: `at(i)` reads no further than the i-th,
 * so a caller that needs only the first few words of a long line does not pay for the rest.
 * Gives exactly `tokenize(text, start, end)`.
 */
export class TokenStream {
  private readonly tokens: Token[] = [];
  private readonly pattern = new RegExp(WORD.source, WORD.flags);
  private readonly slice: string;
  private done = false;

  constructor(text: string, private readonly start: number, end: number) {
    this.slice = text.slice(start, end);
  }

  /** The i-th token, or undefined past the last. */
  at(index: number): Token | undefined {
    while (!this.done && this.tokens.length <= index) {
      const match = this.pattern.exec(this.slice);
      if (match) this.tokens.push(token(match[0], this.start + match.index));
      else this.done = true;
    }
    return this.tokens[index];
  }
}

/** `Anna`, `Cheung-fung`, `Ă–mer`: an upper-case letter then at least one lower-case one. */
export const isCapitalised = memoised((word: string): boolean => {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word) && !/\p{Ll}\p{Lu}{2}/u.test(word);
});

/** `MIKHNEVICH`, `ACV-CSC`: two or more letters, all upper case. */
export const isAllCaps = memoised((word: string): boolean => {
  return /^\p{Lu}[\p{Lu}\p{M}\-–'’]*\p{Lu}$/u.test(word);
});

/** `ITUC`, `ACV-CSC`, `LegCo`, `IndustriALL`, `ÇGD`: an acronym-shaped word. */
export const isAcronymShaped = memoised((word: string): boolean => {
  if (/\p{N}/u.test(word)) return false;
  // Note: CamelCase brands (`LabourStart`, `IndustriALL`, `LegCo`) count; `TV-report` does not.
  return isAllCaps(word) || (/^\p{Lu}\p{Ll}*\p{Lu}/u.test(word) && /^\p{L}+$/u.test(word));
});

const ABBREVIATED = /^(?:Mr|Mrs|Ms|Dr|Prof|Atty|St|Mt|Jr|Sr|Av|Bd|Hon|Rev)$/u;

/**
 * True when the characters between two tokens keep them in one chunk: spaces on one line, or
 * `. ` after an abbreviated title (`Mr. Ales`).
 */
export function joins(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  if (left.possessive) return false;
  // Note: a tab is a table's column gap (normalise/whitespace.ts), never a space inside a name.
  if (/^[ \u00a0]{1,3}$/u.test(gap)) return true;
  return ABBREVIATED.test(left.text) && /^\.[ \u00a0]{1,2}$/u.test(gap);
}

/** Splits tokens into maximal runs where `keep` holds for every token and neighbours join; read as needed. */
export function* runs(text: string, tokens: TokenStream, keep: (token: Token) => boolean): Generator<Token[]> {
  let current: Token[] = [];
  for (let i = 0, token = tokens.at(0); token; token = tokens.at(++i)) {
    const previous = current.at(-1);
    const kept = keep(token);
    if (!kept || (previous && !joins(text, previous, token))) {
      if (current.length > 0) yield current;
      current = [];
      if (!kept) continue;
    }
    current.push(token);
  }
  if (current.length > 0) yield current;
}
