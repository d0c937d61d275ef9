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
// Note: `a/l`, `a/p`, `s/o`, `d/o`, `w/o` (son/daughter/wife of) are one word, a particle of names.
const WORD = /(?<![\p{L}\p{N}/])[adsw]\/[lpo](?![\p{L}\p{N}/])|[\p{L}\p{M}\p{N}]+(?:[-–'’][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;

function token(word: string, from: number): Token {
  const possessive = POSSESSIVE.test(word) && word.length > 2;
  const text = possessive ? word.slice(0, -2) : word;
  return { text, start: from, end: from + text.length, possessive };
}

/** Tokens found by the pattern in `text[start, end)`, with where each raw match ended (before a possessive `'s` is cut). */
function scan(text: string, start: number, end: number): { tokens: Token[]; rawEnds: number[] } {
  const tokens: Token[] = [];
  const rawEnds: number[] = [];
  for (const match of text.slice(start, end).matchAll(WORD)) {
    tokens.push(token(match[0], start + match.index));
    rawEnds.push(start + match.index + match[0].length);
  }
  return { tokens, rawEnds };
}

/** Texts at least this long (a letter, not a phrase) are tokenized once and the result kept. */
const WHOLE_TEXT_MIN = 1000;
let lastText: { text: string; tokens: Token[]; starts: number[]; rawEnds: number[] } | null = null;

/**
 * The tokens of the whole text, kept for the last long text asked about: every rule reads
 * the same letter, sentence by sentence and line by line.
 */
function wholeText(text: string): { tokens: Token[]; starts: number[]; rawEnds: number[] } {
  if (lastText?.text !== text) {
    const { tokens, rawEnds } = scan(text, 0, text.length);
    lastText = { text, tokens, starts: tokens.map((t) => t.start), rawEnds };
  } else {
    // Note: a duplicate letter is an equal string but another object, and JavaScript compares
    // such strings character by character: the cache takes the new object, so that the next
    // comparisons are by reference (kept, each call on a 40-page duplicate cost ~40 µs).
    lastText.text = text;
  }
  return lastText;
}

/** The first index in `[from, values.length)` whose value is at least (or, `strictly`, above) `limit`. */
function firstFrom(values: readonly number[], from: number, limit: number, strictly: boolean): number {
  let low = from;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = values[middle] as number;
    if (strictly ? value > limit : value >= limit) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The word tokens of `text` between `start` and `end`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const stream = new TokenStream(text, start, end);
  for (let next = stream.at(0); next; next = stream.at(tokens.length)) tokens.push(next);
  return tokens;
}

/**
 * The tokens of `text[start, end)`, exactly as if the slice were tokenized on its own, read on
 * demand: `at(i)` costs no more than reading up to the i-th, so a caller that needs the first
 * words of a long line does not pay for the rest.
 * Note: in a long text the words wholly inside the range come from the text's own tokens
 * (wholeText); only a word cut by either end of the range is read again, from its cut piece.
 */
export class TokenStream {
  private readonly head: Token[];
  private readonly tail: Token[];
  private readonly shared: Token[];
  /** The shared tokens used are `shared[from, to)`. */
  private readonly from: number;
  private readonly to: number;

  constructor(text: string, start: number, end: number) {
    if (text.length < WHOLE_TEXT_MIN) {
      this.head = scan(text, start, end).tokens;
      this.tail = [];
      this.shared = [];
      this.from = this.to = 0;
      return;
    }
    const whole = wholeText(text);
    this.shared = whole.tokens;
    this.from = firstFrom(whole.starts, 0, start, false);
    this.to = Math.max(this.from, firstFrom(whole.rawEnds, this.from, end, true));
    const next = whole.tokens[this.from];
    this.head = scan(text, start, Math.min(end, next ? next.start : end)).tokens;
    const cut = whole.tokens[this.to];
    this.tail = cut && cut.start < end ? scan(text, Math.max(start, cut.start), end).tokens : [];
  }

  /** The i-th token, or undefined past the last. */
  at(index: number): Token | undefined {
    if (index < this.head.length) return this.head[index];
    const shared = this.from + index - this.head.length;
    if (shared < this.to) return this.shared[shared];
    return this.tail[shared - this.to];
  }
}

/**
 * True when a word cannot open with an upper-case letter: its first character is ASCII and not
 * `A`–`Z` (`union`, `5`, `(`). A test of one character, made before the per-word caches of the
 * shape tests below, which all need one: most words of a letter are lower-case, and a cache's
 * lookup costs more than the test it saves (docs/performance.md, session 19).
 */
export function opensUncapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 && (code < 65 || code > 90);
}

const capitalisedWord = memoised((word: string): boolean => {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word) && !/\p{Ll}\p{Lu}{2}/u.test(word);
});
/** `Anna`, `Cheung-fung`, `Ă–mer`: an upper-case letter then at least one lower-case one. */
export const isCapitalised = (word: string): boolean => !opensUncapitalised(word) && capitalisedWord(word);

const allCapsWord = memoised((word: string): boolean => {
  return /^\p{Lu}[\p{Lu}\p{M}\-–'’]*\p{Lu}$/u.test(word);
});
/** `MIKHNEVICH`, `ACV-CSC`: two or more letters, all upper case. */
export const isAllCaps = (word: string): boolean => !opensUncapitalised(word) && allCapsWord(word);

const acronymShapedWord = memoised((word: string): boolean => {
  if (/\p{N}/u.test(word)) return false;
  // Note: CamelCase brands (`LabourStart`, `IndustriALL`, `LegCo`) count; `TV-report` does not.
  return isAllCaps(word) || (/^\p{Lu}\p{Ll}*\p{Lu}/u.test(word) && /^\p{L}+$/u.test(word) && !SURNAME_PREFIXED.test(word));
});
/** `ITUC`, `ACV-CSC`, `LegCo`, `IndustriALL`, `ÇGD`: an acronym-shaped word. */
export const isAcronymShaped = (word: string): boolean => !opensUncapitalised(word) && acronymShapedWord(word);

/** Surnames with a capitalised prefix (`McAllister`, `MacDonald`, `FitzGerald`, `DeSouza`, `LeBlanc`, `VanDyke`): no CamelCase brand. */
const SURNAME_PREFIXED = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}\p{Ll}{2,}$/u;

/**
 * Given names written short, which stay in the name (`Md. Abul Kashem` for Mohammad, `Mohd.
 * Faizal`, Filipino `Ma. Lourdes` for María); the sentence splitter takes them from here.
 */
// Note: and Indonesian `Muh.`, `Moh.` (`Muh. Arif Lasaleng`).
export const SHORT_GIVEN_NAMES = "Md|Mohd|Muhd|Muh|Moh|Ma";
const SHORT_GIVEN_NAME = new RegExp(`^(?:${SHORT_GIVEN_NAMES})$`, "u");
/** True for a given name written short with its full stop (`Md.`, `Ma.`; not the Chinese family name `Ma`). */
export const shortGivenName = (text: string, token: Token): boolean => SHORT_GIVEN_NAME.test(token.text) && text.charAt(token.end) === ".";
const ABBREVIATED = new RegExp(`^(?:Mr|Mrs|Ms|Dr|Prof|Atty|Adv|St|Mt|Jr|Sr|Av|Bd|Hon|Rev|Bro|Sis|Lcda|Lcdo|Licda|Licdo|Pg|Hj|Hjh|${SHORT_GIVEN_NAMES})$`, "u");
/** Initials of two or three letters in transliterated Slavic and Central Asian names (`Jamshed Sh. Rahimov`). */
export const DIGRAPH_INITIALS = "Sh|Zh|Kh|Ch|Ts|Yu|Ya|Yo|Ye|Dzh|Sz|Cz";
const DIGRAPH_INITIAL = new RegExp(`^(?:${DIGRAPH_INITIALS})$`, "u");

/**
 * True when the characters between two tokens keep them in one chunk: spaces on one line, or
 * `. ` after an abbreviated title (`Mr. Ales`).
 */
export function joins(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  if (left.possessive) return false;
  // Note: a tab is a table's column gap (normalise/whitespace.ts), never a space inside a name.
  if (/^[ \u00a0]{1,3}$/u.test(gap)) return true;
  // Note: a middle initial joins too (`Marcus T. Lindgren`), with or without a space (`A.S Muhammed`).
  if (/^\p{Lu}$/u.test(left.text)) return /^\.[ \u00a0]{0,2}$/u.test(gap);
  // Note: a patronymic's initial transliterated as two letters (`Jamshed Sh. Rahimov`, `Oleg Zh. Ivanov`).
  if (DIGRAPH_INITIAL.test(left.text)) return /^\.[ \u00a0]{1,2}$/u.test(gap) && /^\p{Lu}\p{Ll}/u.test(right.text);
  // Note: an opening ayn or hamza written as a quote mark starts a transliterated Arabic word
  // (`Sayed ‘Ali Khamenei`); a word quoted whole (`Centre ‘Viasna’`) is not joined.
  if (/^[ \u00a0]{1,3}[‘ʿʻ]$/u.test(gap)) return !/^[’'‘]/u.test(text.slice(right.end, right.end + 1));
  return ABBREVIATED.test(left.text) && /^\.[ \u00a0]{1,2}$/u.test(gap);
}

/**
 * A nickname quoted between a given name and a surname (`Terrence "T.J." Okonkwo-Barnes`,
 * `Boukary « Bouki » Zongo`, `Ramon "Bong" dela Cruz`): the run goes on past it, the name leaves it out.
 */
// Note: the surname may open with a lower-case particle (`dela Cruz`, `van der Berg`); `keep` says whether it is one.
const NICKNAME = /[ \u00a0]+["“«‘][ \u00a0]?[^"”»’\n]{1,24}?[ \u00a0]?["”»’][ \u00a0]+(?=\p{Lu}|(?:\p{Ll}{1,5}[ \u00a0]+){1,2}\p{Lu})/uy;

/** Splits tokens into maximal runs where `keep` holds for every token and neighbours join; read as needed. */
export function* runs(text: string, tokens: TokenStream, keep: (token: Token) => boolean): Generator<Token[]> {
  let current: Token[] = [];
  for (let i = 0, token = tokens.at(0); token; token = tokens.at(++i)) {
    const previous = current.at(-1);
    if (previous && token.start > previous.end && /["“«‘]/u.test(text.slice(previous.end, token.start))) {
      NICKNAME.lastIndex = previous.end;
      const nickname = NICKNAME.exec(text);
      const after = nickname ? previous.end + nickname[0].length : -1;
      if (nickname && isCapitalised(previous.text)) {
        // Note: the nickname's own words are skipped; the run resumes at the capitalised word after it.
        while (token && token.start < after) token = tokens.at(++i);
        if (!token) break;
        if (token.start === after && keep(token) && (isCapitalised(token.text) || /^\p{Ll}{1,5}$/u.test(token.text))) {
          current.push(token);
          continue;
        }
      }
    }
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
