/**
 * The measuring stick: compromise's out-of-the-box people, organisations (plus acronyms)
 * and dates on the same normalised text, as a `DocumentResult`, scored like casebook.
 * Note: CONVENTIONS.md makes extract/nlp.ts the only importer of compromise. This file
 * imports it too on purpose: it must measure the library untouched by casebook's wrapper
 * (its plugins, repairs and filters), and it is never part of the pipeline.
 */
import nlp from "compromise";
import datesPlugin from "compromise-dates";
import type { DateRecord, DocumentResult, Mention, Organisation, Person } from "../records.js";

nlp.plugin(datesPlugin);

interface Match {
  text: string;
  offset: { start: number; length: number };
  dates?: { start?: string; unit?: string };
}

const RULE = "compromise-baseline";

/** A match's surface text without the punctuation compromise keeps around it, as a mention. */
function mention(match: Match, base: number): Mention {
  const raw = match.text;
  const lead = raw.length - raw.replace(/^[^\p{L}\p{N}]+/u, "").length;
  const text = raw.trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  const start = base + match.offset.start + lead;
  return { text, start, end: start + text.length };
}

/** Groups mentions by exact (case-insensitive) text: compromise links nothing itself. */
function group(mentions: Mention[]): Mention[][] {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.text === "") continue;
    const key = m.text.toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  return [...byKey.values()];
}

const first = (ms: Mention[]): Mention => ms[0] as Mention;

function people(text: string): Person[] {
  const found = (nlp(text).people().json({ offset: true }) as Match[]).map((m) => mention(m, 0));
  return group(found).map((ms, i) => ({
    id: `person-${i + 1}`, start: first(ms).start, end: first(ms).end, rules: [RULE],
    name: first(ms).text, aliases: [], roles: [], organisation: null, mentions: ms,
  }));
}

function organisations(text: string): Organisation[] {
  const doc = nlp(text);
  const orgs = (doc.organizations().json({ offset: true }) as Match[]).map((m) => mention(m, 0));
  const acronyms = (doc.acronyms().json({ offset: true }) as Match[]).map((m) => mention(m, 0));
  return group([...orgs, ...acronyms]).map((ms, i) => {
    const isAcronym = acronyms.some((a) => a.start === first(ms).start);
    return {
      id: `organisation-${i + 1}`, start: first(ms).start, end: first(ms).end, rules: [RULE],
      name: first(ms).text, acronym: isAcronym ? first(ms).text : null, aliases: [], mentions: ms,
    };
  });
}

/** ISO value of a compromise-dates match: a day or a month; bare years are not dates. */
function isoValue(match: Match): string | null {
  const start = match.dates?.start;
  if (!start || match.dates?.unit === "year") return null;
  return match.dates?.unit === "month" ? start.slice(0, 7) : start.slice(0, 10);
}

/** Note: compromise-dates runs per paragraph; on a whole text it is quadratic (TRAPS.md). */
function dates(text: string): DateRecord[] {
  const records: DateRecord[] = [];
  for (const para of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const view = nlp(para[0]) as unknown as { dates(opts: object): { json(o: object): Match[] } };
    for (const match of view.dates({ timezone: "UTC" }).json({ offset: true })) {
      const value = isoValue(match);
      const m = mention(match, para.index);
      if (value) records.push({ id: "", start: m.start, end: m.end, rules: [RULE], text: m.text, value });
    }
  }
  return records.map((r, i) => ({ ...r, id: `date-${i + 1}` }));
}

/** compromise's own records for a normalised text, with `document` as given. */
export function baselineResult(text: string, document: DocumentResult["document"]): DocumentResult {
  return {
    document: { ...document, letter_date: null, date_order: null, date_order_reason: null },
    people: people(text),
    organisations: organisations(text),
    dates: dates(text),
    sentences: [],
    fines: [],
  };
}

/** The record types the baseline attempts. */
export const BASELINE_TYPES = ["people", "organisations", "dates"] as const;
