/**
 * The adapter to chrono-node: parses a document paragraph by paragraph and returns each
 * calendar component chrono is certain of, with offsets into the document's text.
 */
import type { Chrono, Component, ParsedComponents } from "chrono-node";
// Note: the English locale alone at start-up: the package's entry loads every locale (266
// modules, ~200 ms of CPU at every worker's start) where most batches are English (issue 19).
import { casual } from "chrono-node/en";
import type { Span } from "../../records.js";
import { chronoLocale } from "../chrono-locales.js";
import { COMMA_TWO_DIGITS, GLUED_DAY, GLUED_YEAR, MONTH_THE_DAY, NUMBER_LINE_END } from "./patterns.js";

/** What chrono stated for one end of a date (only the fields the text itself gives). */
export interface ChronoPart {
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  hasTime: boolean;
}

/** One chrono finding: its span in the document, surface text and start/end components. */
export interface ChronoHit extends Span {
  text: string;
  start_: ChronoPart;
  end_: ChronoPart | null;
  /** chrono's own tags (`result/relativeDate` marks durations and relative dates). */
  tags: string[];
}

/** Note: chrono slows down on very long inputs (TRAPS.md), so long paragraphs are cut. */
const MAX_CHUNK = 4000;

// Note: the casual `en` parser, not `en.GB`: `en.GB` reads "February 22" as February 2022.
// Numeric day/month order is decided per document later, not by the parser's locale.
// Note: a document in French or Spanish is read by chrono's parser of that language (`le 1er mai
// 2021`, `12 de octubre de 2020`), whose durations are tagged relative like the English ones.
// Each is loaded on a thread's first document in that language (../chrono-locales.ts); `require` keeps it synchronous.
const parsers = new Map<string, Chrono>([["en", casual]]);

function parserFor(language: string): Chrono {
  let parser = parsers.get(language);
  if (parser === undefined) {
    parser = chronoLocale(language) ?? casual;
    parsers.set(language, parser);
  }
  return parser;
}
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

function part(components: ParsedComponents): ChronoPart {
  const known = (name: Component): number | null =>
    components.isCertain(name) ? (components.get(name) ?? null) : null;
  return {
    year: known("year"),
    month: known("month"),
    day: known("day"),
    weekday: known("weekday"),
    hasTime: components.isCertain("hour"),
  };
}

/** Cuts a span into chunks of at most MAX_CHUNK characters, at line or sentence ends if any. */
function chunks(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_CHUNK) {
    const limit = start + MAX_CHUNK;
    const cut = [text.lastIndexOf("\n", limit), text.lastIndexOf(". ", limit) + 1, text.lastIndexOf(" ", limit)].find(
      (at) => at > start + MAX_CHUNK / 2,
    );
    const end = cut ?? limit;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: span.end });
  return out;
}

/** Where a space goes into `original` (offsets into it): after glued years, before glued days. */
function gluePoints(original: string): number[] {
  const points = [...original.matchAll(GLUED_YEAR[0])].map((m) => m.index + m[0].length);
  for (const m of original.matchAll(GLUED_DAY[0])) if (/\p{Ll}/u.test(original[m.index - 1] ?? "")) points.push(m.index);
  return points.sort((a, b) => a - b);
}

/** Parses one chunk (glued dates spaced, count commas hidden), offsets mapped back. */
function parseChunk(text: string, chunk: Span, parser: Chrono): ChronoHit[] {
  const original = text.slice(chunk.start, chunk.end).replace(COMMA_TWO_DIGITS[0], ";").replace(NUMBER_LINE_END[0], ";").replace(MONTH_THE_DAY[0], "   ");
  // Note: `inserted` holds each added space's offset in the prepared text.
  const inserted: number[] = [];
  let prepared = "";
  let from = 0;
  for (const at of gluePoints(original)) {
    prepared += `${original.slice(from, at)} `;
    inserted.push(prepared.length - 1);
    from = at;
  }
  prepared += original.slice(from);
  const back = (at: number): number => chunk.start + at - inserted.filter((i) => i < at).length;
  return parser.parse(prepared, REFERENCE).map((result) => {
    const start = back(result.index);
    const end = back(result.index + result.text.length);
    return {
      start,
      end,
      text: text.slice(start, end),
      start_: part(result.start),
      end_: result.end ? part(result.end) : null,
      tags: [...result.tags()],
    };
  });
}

/**
 * Note: chrono reads "the morning of 1 May" as a time of day and drops the date, and the day of
 * `From 6 May` or `from 6 May to 8 May` as an hour (6 o'clock in May); such a hit is parsed again
 * from each later word on until the date inside it comes out.
 */
function recovered(text: string, hit: ChronoHit, parser: Chrono): ChronoHit[] {
  if (!/\d/.test(hit.text)) return [hit];
  const dayAsHour = hit.start_.month !== null && hit.start_.day === null && hit.start_.hasTime;
  if (hit.start_.month !== null && !dayAsHour) return [hit];
  const found = (h: ChronoHit): boolean => (dayAsHour ? h.start_.day !== null : h.start_.month !== null);
  for (const word of hit.text.matchAll(/\s\S/g)) {
    const inner = parseChunk(text, { start: hit.start + word.index + 1, end: hit.end }, parser);
    if (inner.some(found)) return inner;
  }
  return [hit];
}

/**
 * Every chrono finding in one span, parsed on its own (a range's piece read apart from the
 * other), in the document's language.
 */
export function chronoAlone(text: string, span: Span, language = "en"): ChronoHit[] {
  return parseChunk(text, span, parserFor(language));
}

/** Every chrono finding in the given spans (paragraphs), in offset order; English unless `language` has a parser. */
export function chronoHits(text: string, spans: readonly Span[], language = "en"): ChronoHit[] {
  const parser = parserFor(language);
  return spans.flatMap((span) =>
    chunks(text, span).flatMap((chunk) => parseChunk(text, chunk, parser).flatMap((hit) => recovered(text, hit, parser))),
  );
}
