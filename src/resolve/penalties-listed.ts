/**
 * Penalty subjects that point into a list of people named before them: the rest of the list
 * (`The two others were each sentenced …`, `while the remaining three got …`, `the rest were
 * fined`) and members by their place in it (`the first and second accused`, `For the third
 * accused, …`, `Defendant 3`, `accused No. 2`). The list is a table's or a numbered list's rows,
 * or the names a sentence lists together; a subject it cannot be matched to gives nobody.
 */
import type { Person, Span } from "../records.js";
import { distinct, type PersonMention } from "./penalties-antecedents.js";
import { COUNT_EN, COUNT_FR_ES, COUNTS, listIn, PEOPLE_FR_ES, PLURAL } from "./penalties-groups.js";
import { ORDINAL_SUBJECT, ORDINALS } from "../extract/sentences/defendants.js";

const COUNT = `${COUNT_EN}|\\d{1,2}`;
/** Nouns for the people of a case (`the other accused`, `the remaining defendants`). */
const PEOPLE_NOUN = "(?:[a-z-]+\\s+){0,2}?(?:accused|defendants?|co-defendants?|activists?|journalists?|workers?|members?|leaders?|organi[sz]ers?|reporters?|protesters?|unionists?|men|women|people|persons?)";

/**
 * The rest of a list: `the (two) others`, `the other (two) (accused)`, `the remaining (three)
 * (defendants)`, `the rest (of them / of the group)`, `both the others`, `all the others`, and
 * the count first before any plural noun of people (`the three other petitioners`, `the two
 * remaining bloggers`); groups `c1`–`c4` hold the count when stated.
 */
const REST = new RegExp(
  `\\b(?:(?:both|all)\\s+)?(?:of\\s+)?the\\s+(?:(?<c4>${COUNT})\\s+(?:other|remaining)\\s+(?:[a-z-]+\\s+){0,2}?(?:${PLURAL})\\b|(?<c1>${COUNT})\\s+others\\b|others\\b|other\\s+(?:(?<c2>${COUNT})\\b(?:\\s+${PEOPLE_NOUN}\\b)?|${PEOPLE_NOUN}\\b)|remaining\\s+(?:(?<c3>${COUNT})\\b(?:\\s+${PEOPLE_NOUN}\\b)?|${PEOPLE_NOUN}\\b)|rest(?:\\s+of\\s+(?:them|the\\s+(?:group|[a-z-]+s)))?\\b)` +
    // Note: French and Spanish (`les deux autres prévenus`, `les autres`, `los otros dos acusados`, `los demás`,
    // `las dos restantes`); groups `c5`–`c7`.
    `|(?<!\\p{L})(?:les\\s+(?:(?<c5>${COUNT_FR_ES})\\s+)?autres|(?:los|las)\\s+(?:otr[oa]s|demás)(?:\\s+(?<c6>${COUNT_FR_ES}))?|(?:los|las)\\s+(?<c7>${COUNT_FR_ES})\\s+(?:${PEOPLE_FR_ES}\\s+)?restantes)(?:\\s+${PEOPLE_FR_ES})?(?!\\p{L})`,
  "giu",
);
/** Words before a rest phrase that make it no subject (`unlike the others`, `than the rest`). */
const NOT_SUBJECT = /(?<!\p{L})(?:unlike|like|than|as|with|from|of|among|besides|to|against|about|for|que|comme|avec|parmi|de|como|con|entre)\s+$/iu;
/** A pronoun or name-like subject between the rest phrase and the term: the phrase is not the subject. */
const OTHER_SUBJECT = /\b(?:he|she|him|her|they|them|it)\b/iu;

/** What a list subject needs of the letter and the penalty. */
export interface ListScope {
  text: string;
  mentions: readonly PersonMention[];
  /** The penalty's sentence and the sentences before it, nearest first. */
  window: Span;
  previous: readonly Span[];
  /** Everyone penalised before the penalty, in order. */
  penalisedBefore: () => readonly Person[];
  /** The people of the case the rest is taken from, when known (a fine's: the people penalised in its paragraph). */
  pool?: () => readonly Person[];
}

/** How many sentences back the list of a rest phrase may be named. */
const REST_REACH = 6;

/**
 * The people of `the (two) others` / `the remaining three` / `the rest` before the term at
 * `termStart`, or null when the clause has no such subject: the nearest earlier list of two or
 * more names that holds someone already penalised, without those penalised, when as many as said.
 */
export function restSubject(scope: ListScope, clauseStart: number, termStart: number): Person[] | null {
  const { text, mentions } = scope;
  const lead = text.slice(clauseStart, termStart);
  let rest: RegExpExecArray | null = null;
  REST.lastIndex = 0;
  for (let m = REST.exec(lead); m; m = REST.exec(lead)) rest = m;
  if (!rest) return null;
  const at = clauseStart + rest.index;
  // Note: a match that opens on `of` is a complement (`who spoke on behalf of the others`), not `all of the others`.
  if (/^of\s/iu.test(rest[0]) || NOT_SUBJECT.test(text.slice(Math.max(0, at - 12), at))) return null;
  if (mentions.some((m) => m.start >= at && m.end <= termStart) || OTHER_SUBJECT.test(lead.slice(rest.index + rest[0].length))) return null;
  const g = rest.groups ?? {};
  const count = g.c1 ?? g.c2 ?? g.c3 ?? g.c4 ?? g.c5 ?? g.c6 ?? g.c7;
  const size = count ? (COUNTS[count.toLowerCase()] ?? Number(count)) : null;
  const penalised = new Set(scope.penalisedBefore().map((p) => p.id));
  // Note: the pool less those penalised, when some of the pool were (the rest is taken from it) and as many as counted.
  const pool = scope.pool?.() ?? [];
  const others = pool.filter((p) => !penalised.has(p.id));
  if (others.length > 0 && others.length < pool.length && (size === null || others.length === size)) return others;
  const windows = [{ start: scope.window.start, end: at }, ...scope.previous.slice(0, REST_REACH)];
  for (const w of windows) {
    const named = distinct(mentions.filter((m) => m.start >= w.start && m.end <= w.end));
    if (named.length < 2) continue;
    const others = named.filter((p) => !penalised.has(p.id));
    if (others.length === named.length || others.length === 0) continue;
    return size === null || others.length === size ? others : [];
  }
  return [];
}

/** A line that opens with a row number (`3⇥Mary Achieng⇥…`, `3. Mary Achieng`, `3) …`). */
const NUMBERED_LINE = /^[ \t]*(?:No\.?\s*)?(\d{1,2})(?:\t|[.)]\s|\s*[–—-]\s)/u;
/**
 * A defendant's label and number set before a name, on a line of its own or several to a line
 * (`Defendant 1: Ana Ruiz;`, `Accused No. 2 – …`, `Respondent 1 - A; Respondent 2 - B`).
 */
const LABELLED = /\b(?:accused|defendant|co-defendant|respondent|appellant|detainee|prisoner|suspect)\s*(?:no\.?\s*|#\s*)?(\d{1,2})\s*(?::|\)|\s[–—-])\s*/giu;

/** The people named right after a defendant's label and number before `at` (LABELLED). */
function labelledPeople(text: string, mentions: readonly PersonMention[], at: number): Map<number, Person> {
  const byNumber = new Map<number, Person>();
  const lead = text.slice(0, at);
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(lead); m; m = LABELLED.exec(lead)) {
    const end = m.index + m[0].length;
    // Note: the name follows at once, an honorific or bullet aside (`Defendant 4: Ms Mona Kamal`).
    const person = mentions.find((p) => p.start >= end && p.start <= end + 6 && /^[\p{Lu}\p{P}\s]*$/u.test(text.slice(end, p.start)))?.person;
    if (person) byNumber.set(Number(m[1]), person);
  }
  return byNumber;
}

/**
 * The people of the lines before `at` that open with a number, by that number (a table's `No.`
 * column, a numbered list); else, by place, the rows of the nearest table before `at`.
 */
function numberedPeople(text: string, mentions: readonly PersonMention[], at: number): Map<number, Person> {
  const byNumber = new Map<number, Person>();
  const tableRows: Person[] = [];
  let lineStart = 0;
  let inTable = false;
  for (const line of text.slice(0, at).split("\n")) {
    const lineEnd = lineStart + line.length;
    const person = mentions.find((m) => m.start >= lineStart && m.end <= lineEnd)?.person;
    const number = NUMBERED_LINE.exec(line)?.[1];
    if (person && number) byNumber.set(Number(number), person);
    // Note: a table's rows, in order, for a table with no number column (its header row names no one).
    const row = line.includes("\t");
    if (row && !inTable) tableRows.length = 0;
    if (row && person) tableRows.push(person);
    inTable = row;
    lineStart = lineEnd + 1;
  }
  if (byNumber.size >= 2) return byNumber;
  const labelled = labelledPeople(text, mentions, at);
  if (labelled.size >= 2) return labelled;
  return new Map(tableRows.map((p, i) => [i + 1, p]));
}

/** The words after a term and its penalty words, behind `on`/`upon`/`against`: group 1. */
const ON_AFTER = /^(?:\s+(?:in\s+prison|of\s+imprisonment|imprisonment|in\s+jail))?\s+(?:up)?on\s+(\S.*)$/su;

/** The places an ordinal subject names (`first and second` → 1, 2; `first to third` → 1, 2, 3). */
function placesOf(m: RegExpExecArray): number[] {
  const g = m.groups ?? {};
  if (g.nums) return g.nums.split(/\s*(?:,|and|&)\s*/u).map(Number);
  const words = (g.ords ?? "").toLowerCase();
  const places = words.split(/\s*(?:,|\band\b)\s*/u).flatMap((part) => {
    const [from, to] = part.split(/\s+to\s+/u).map((w) => ORDINALS[w.trim()] ?? 0);
    if (!from) return [];
    if (!to) return [from];
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  });
  return places;
}

/**
 * The people of an ordinal subject in the clause before the term (`The first and second accused
 * were each fined`, `For the third and fourth accused, the magistrate imposed …`), or null when
 * there is none: the rows of a numbered list or table before it, else the names a sentence
 * before it lists together, in order.
 */
export function ordinalSubject(scope: ListScope, clauseStart: number, termStart: number, termEnd: number): Person[] | null {
  const { text, mentions } = scope;
  const lead = text.slice(clauseStart, termStart);
  let found: RegExpExecArray | null = null;
  ORDINAL_SUBJECT.lastIndex = 0;
  for (let m = ORDINAL_SUBJECT.exec(lead); m; m = ORDINAL_SUBJECT.exec(lead)) found = m;
  if (found && mentions.some((m) => m.start >= clauseStart + (found as RegExpExecArray).index && m.end <= termStart)) found = null;
  // Note: or right after the term, behind `on`/`upon` (`a fine of PHP 50,000 on accused No. 1`).
  const after = ON_AFTER.exec(text.slice(termEnd, Math.min(scope.window.end, termEnd + 80)));
  if (after) {
    ORDINAL_SUBJECT.lastIndex = 0;
    const m = ORDINAL_SUBJECT.exec(after[1] ?? "");
    if (m && m.index === 0) found = m;
  }
  if (!found) return null;
  const places = placesOf(found);
  if (places.length === 0) return [];
  const numbered = numberedPeople(text, mentions, scope.window.start);
  if (places.every((p) => numbered.has(p))) return distinct(places.map((p) => ({ start: 0, end: 0, person: numbered.get(p) as Person })));
  for (const w of scope.previous.slice(0, REST_REACH)) {
    const list = listIn(text, w, mentions);
    if (list.length < 2) continue;
    return places.every((p) => p <= list.length) ? places.map((p) => list[p - 1] as Person) : [];
  }
  return [];
}
