/**
 * Analyses a large text piece by piece (pieces.ts) and puts the records back together with
 * offsets into the whole text. A piece keeps the records that start in its own part; people and
 * organisations named in several pieces become one record (same name), with every mention.
 * Note: a piece beyond the first does not see the dateline, so a year-less date there is read
 * without the letter's date (docs/reading.md, "Large texts").
 */
import type { DateRecord, Fine, Mention, Organisation, Person, Records, Sentence } from "./records.js";
import type { Resolved } from "./resolve/index.js";
import { pieces, PIECE_CHARS, type Piece } from "./pieces.js";

type Analyse = (text: string) => Resolved;

interface Spanned {
  start: number;
  end: number;
}

const shifted = <T extends Spanned>(record: T, by: number): T => ({ ...record, start: record.start + by, end: record.end + by });
const inside = (span: Spanned, own: Spanned): boolean => span.start >= own.start && span.start < own.end;
const byStart = (a: Spanned, b: Spanned): number => a.start - b.start || a.end - b.end;

/** Mentions of both, each place once, in text order. */
function mergeMentions(a: Mention[], b: Mention[]): Mention[] {
  const seen = new Set(a.map((m) => `${m.start}:${m.end}`));
  return [...a, ...b.filter((m) => !seen.has(`${m.start}:${m.end}`))].sort(byStart);
}

const union = (a: string[], b: string[]): string[] => [...a, ...b.filter((x) => !a.includes(x))];

/** Gathers named records (people, organisations) by name; returns the old id → kept record. */
class Named<T extends Spanned & { id: string; name: string; aliases: string[]; rules: string[]; mentions: Mention[] }> {
  readonly byName = new Map<string, T>();
  add(record: T, merge: (kept: T, more: T) => void): T {
    const kept = this.byName.get(record.name);
    if (!kept) {
      this.byName.set(record.name, record);
      return record;
    }
    kept.mentions = mergeMentions(kept.mentions, record.mentions);
    kept.aliases = union(kept.aliases, record.aliases);
    kept.rules = union(kept.rules, record.rules);
    merge(kept, record);
    return kept;
  }
  /** The records in text order, numbered `<type>-<n>`, their span their first mention's. */
  numbered(type: string): T[] {
    const list = [...this.byName.values()];
    for (const r of list) {
      const first = r.mentions[0];
      if (first) Object.assign(r, { start: first.start, end: first.end });
    }
    return list.sort(byStart).map((r, i) => Object.assign(r, { id: `${type}-${i + 1}` }));
  }
}

/** One piece's records, shifted into the whole text, keeping what starts in its own part. */
function pieceRecords(piece: Piece, resolved: Resolved, people: Named<Person>, organisations: Named<Organisation>) {
  const by = piece.read.start;
  const own = piece.own;
  const { records } = resolved;
  const sentences = records.sentences.map((r) => shifted(r, by)).filter((r) => inside(r, own));
  const fines = records.fines.map((r) => shifted(r, by)).filter((r) => inside(r, own));
  const dates = records.dates.map((r) => shifted(r, by)).filter((r) => inside(r, own));
  const cited = new Set([...sentences, ...fines].map((r) => r.person_id));
  // Note: a person named only in the context is kept when a kept penalty names them (the
  // neighbouring piece has the same mention, merged by name); otherwise the piece that owns the mention has them.
  const personIds = new Map<string, Person>();
  for (const p of records.people) {
    const mentions = p.mentions.map((m) => shifted(m, by));
    const mine = cited.has(p.id) ? mentions : mentions.filter((m) => inside(m, own));
    if (mine.length === 0) continue;
    personIds.set(p.id, people.add({ ...p, mentions: mine }, (kept, more) => {
      kept.roles = union(kept.roles, more.roles);
      kept.organisation ??= more.organisation;
    }));
  }
  for (const o of records.organisations) {
    const mine = o.mentions.map((m) => shifted(m, by)).filter((m) => inside(m, own));
    if (mine.length === 0) continue;
    organisations.add({ ...o, mentions: mine }, (kept, more) => {
      kept.acronym ??= more.acronym;
    });
  }
  return { sentences, fines, dates, personIds };
}

/** Analyses `text` whole when it is short, else piece by piece (see the file's comment). */
export function analyseInPieces(text: string, analyse: Analyse, size = PIECE_CHARS): Resolved {
  const cut = pieces(text, size);
  if (cut.length === 1) return analyse(text);
  const people = new Named<Person>();
  const organisations = new Named<Organisation>();
  // Note: a penalty keeps the merged person record it names (an object), numbered at the end.
  const sentences: { record: Sentence; person: Person | null }[] = [];
  const fines: { record: Fine; person: Person | null }[] = [];
  const dates: DateRecord[] = [];
  const seenDates = new Set<string>();
  let first: Resolved | null = null;
  for (const piece of cut) {
    const resolved = analyse(text.slice(piece.read.start, piece.read.end));
    first ??= resolved;
    const got = pieceRecords(piece, resolved, people, organisations);
    const person = (id: string | null): Person | null => (id === null ? null : (got.personIds.get(id) ?? null));
    for (const record of got.sentences) sentences.push({ record, person: person(record.person_id) });
    for (const record of got.fines) fines.push({ record, person: person(record.person_id) });
    // Note: as in one text, a date with the same wording and value is one record (the first).
    for (const d of got.dates) {
      const key = `${d.text.replace(/\s+/g, " ").toLowerCase()}|${d.value}`;
      if (seenDates.has(key)) continue;
      seenDates.add(key);
      dates.push(d);
    }
  }
  const peopleOut = people.numbered("person");
  const relink = <T extends Sentence | Fine>({ record, person }: { record: T; person: Person | null }): T => ({
    ...record,
    person_id: person?.id ?? null,
    person: person?.name ?? record.person,
  });
  const records: Records = {
    people: peopleOut,
    organisations: organisations.numbered("organisation"),
    dates: dates.sort(byStart).map((d, i) => ({ ...d, id: `date-${i + 1}` })),
    sentences: sentences.map(relink).sort(byStart).map((s, i) => ({ ...s, id: `sentence-${i + 1}` })),
    fines: fines.map(relink).sort(byStart).map((f, i) => ({ ...f, id: `fine-${i + 1}` })),
  };
  return { records, letterDate: first?.letterDate ?? null, dateOrder: first?.dateOrder ?? null, dateOrderReason: first?.dateOrderReason ?? null };
}
