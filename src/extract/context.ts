/** Builds the TextContext: paragraph, line and sentence spans of a normalised text. */
import type { Span } from "../records.js";
import type { AnalyseOptions, TextContext } from "./types.js";
import { DIGRAPH_INITIALS, SHORT_GIVEN_NAMES } from "./people/tokens.js";
import { allVocabularies } from "../language/vocabulary.js";
import { CURRENCY_SIGNS } from "./fines/currencies.js";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Spans of the non-blank runs between matches of `separator`. */
function splitSpans(text: string, separator: RegExp, base = 0): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) spans.push({ start: base + s, end: base + e });
  };
  for (const match of text.matchAll(separator)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return spans;
}

/** Characters handed to the segmenter at once. */
const WINDOW = 4000;

/**
 * Sentence segments of `text[start, end)` with their offsets. Note: V8's Intl.Segmenter is
 * quadratic in the length of the string it is given (3,000 sentences on one line: 0.6 s,
 * 6,000: 2.4 s), so long lines go through in windows; the last segment of a window may be
 * cut short, so it is segmented again at the start of the next one.
 */
function* segments(text: string, start: number, end: number): Generator<Span> {
  let from = start;
  while (from < end) {
    const to = Math.min(end, from + WINDOW);
    let last: Span | null = null;
    for (const segment of segmenter.segment(text.slice(from, to))) {
      if (last) yield last;
      last = { start: from + segment.index, end: from + segment.index + segment.segment.length };
    }
    if (!last) return;
    if (to === end || last.start === from) {
      yield last;
      from = last.end;
    } else {
      from = last.start;
    }
  }
}

/**
 * Abbreviations after which the segmenter wrongly ends a sentence (`Mr. Ncube`,
 * `approx. 10 EUR`, `Jan. 13`, `U.S. $`, `Ltd.`, an initial `J.` or `Sh.`): a segment ending in one runs
 * on into the next.
 */
// Note: the French and Spanish forms of address (`Sra.`, `Dra.`, `Lic.`) and the bolívar's `Bs.` and the lempira's `Lps.` before an amount.
// Note: and the initial-like ones as written (French `MM.` for Messieurs).
const LANGUAGE_ABBREVIATIONS = [
  ...allVocabularies().flatMap((v) => v.honorifics).filter((h) => /^\p{L}{2,5}$/u.test(h)).map((h) => h.charAt(0).toUpperCase() + h.slice(1)),
  ...allVocabularies().flatMap((v) => v.initialHonorifics).filter((h) => h.length >= 2),
].join("|");
const ABBREVIATION = new RegExp(String.raw`(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Atty|Adv|Smt|Shri|St|Sr|Jr|Gen|Col|Lt|Sgt|Capt|Rev|Hon|Bro|Sis|Pg|Hj|Hjh|Mt|No|Nos|Art|art|para|approx|ca|cf|vs|Ltd|Inc|Co|Pvt|Corp|Rs|Rp|Bs|Lps|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e|[A-Z]|${DIGRAPH_INITIALS}|${SHORT_GIVEN_NAMES}|${LANGUAGE_ABBREVIATIONS})\.$`, "u");

/** A quoted nickname of initials inside a name (`Terrence "T.J." Okonkwo`): the name runs on. */
const QUOTED_INITIALS = /[\s(]["“‘'](?:\p{Lu}\.){1,3}["”’']$/u;

/** Dotted capitals before a number (`fined L.L. 30,000,000`): a currency's initials, no sentence's end. */
// Note: and any sign of the currency tables that ends in a dot (`multa de Lps. 5,000.00`, `Kshs. 30,000`, `Nu. 10,000`; session 22).
const DOTTED_SIGN = new RegExp(
  `[\\s(](?:(?:\\p{Lu}\\.){2,3}|${CURRENCY_SIGNS.filter(({ sign }) => /^\p{L}.*\.$/u.test(sign)).map(({ sign }) => sign.replace(/[.$/\\^*+?()[\]{}|]/gu, "\\$&")).join("|")})$`,
  "u",
);
const NUMBER_NEXT = /^\s*\d/u;

/** Sentence spans within one paragraph, each line of a line-structured block kept apart. */
function sentencesOf(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  for (const line of splitSpans(text.slice(paragraph.start, paragraph.end), /\n/g, paragraph.start)) {
    let open: Span | null = null;
    for (const segment of segments(text, line.start, line.end)) {
      for (const span of splitSpans(text.slice(segment.start, segment.end), /$^/g, segment.start)) {
        const current: Span = open ? { start: open.start, end: span.end } : span;
        const segmentText = text.slice(current.start, current.end);
        const signed = DOTTED_SIGN.test(segmentText) && NUMBER_NEXT.test(text.slice(current.end, line.end));
        open = ABBREVIATION.test(segmentText) || QUOTED_INITIALS.test(segmentText) || signed ? current : null;
        if (!open) spans.push(current);
      }
    }
    if (open) spans.push(open);
  }
  return spans;
}

export function createContext(text: string, options: AnalyseOptions): TextContext {
  const paragraphs = splitSpans(text, /\n\s*\n/g);
  const lines = splitSpans(text, /\n/g);
  const sentences = paragraphs.flatMap((p) => sentencesOf(text, p));
  return { text, paragraphs, lines, sentences, options, language: options.language ?? "en" };
}
