/**
 * Rule `sentences/chain`: bare terms that carry on a penalty of the same sentence, each tied to
 * a name, the names after (`for`) or before (`Name- term`) each term:
 *   `… 14 days of administrative detention for A and B, eight days for C, and five days for D`
 *   `Mr. A was given 15 years in prison, Mr. B- 13 years, Mr. C- 11 years and Mr. D- 8 years`
 * Each item takes the kind of the penalty that heads the chain unless it names its own. A bare
 * term with no penalty before it in its sentence, or not joined to it by a list, is no penalty.
 */
import type { SentenceCandidate, SentenceKind } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { formatTerm } from "./durations.js";
import { guard } from "./guards.js";
import { kindOf } from "./kinds.js";
import { nounTerm } from "./noun-term.js";
import { NUMBER_SOURCE, parseNumber } from "./numbers.js";
import { termsInContext, type TermInContext } from "./terms.js";
import { verbTerms } from "./verb-term.js";

/** A name as a chain writes it: an optional honorific, then one to five capitalised words. */
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4}`;

/** `[pattern, label, example]`: what joins an item to the one before it. */
export const LINK_ROWS: readonly (readonly [RegExp, "after" | "before" | "dated", string])[] = [
  // Note: the item before ended with its names (`… for A and B, `); this item names its own after it.
  // Note: `for`, `on` or `to` (`eight days of detention on A, six days on B`, `… to A, two years to B`).
  // Note: or a semicolon (`twelve days to A; nine days each went to B and C`).
  // Note: the item may open with its own kind word (`…, and a suspended four months for D`).
  // Note: or `and` alone after the names (`twelve days to A and ten to B`).
  [/^\s+(?:for|on|to)\s+[^.;:\d]{0,159}?[^\s.;:\d](?:[,;]\s*(?:and\s+)?|\sand\s+)(?:an?\s+)?(?:suspended\s+)?$/u, "after", " for activists Ana Ruiz and Juan Soto, "],
  // Note: the name comes first, then a dash or colon (`, Mr. Lam- `, ` and Ana Ruiz: `).
  [new RegExp(String.raw`^(?:\s*,\s*(?:and\s+)?|\s+and\s+)${NAME}\s*[-–—:]\s*$`, "u"), "before", ", Mr. Lam- "],
  // Note: items set apart by semicolons, the verb left out (`X received eight years; Y, five years; and Z, two years`).
  // Note: an item may name two people who share its term (`; C and D, 4 years and 6 months each`).
  [new RegExp(String.raw`^\s*(?:(?:each|apiece)\s*)?;\s*(?:and\s+)?${NAME}(?:\s+and\s+${NAME})?\s*,\s*$`, "u"), "before", "; and Ana Ruiz, "],
  // Note: items each dated (`for ten days in March and fifteen days on 1 May`): the next item is dated too (DATED_END).
  [/^\s+(?:in|on)\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)(?:,?\s+\d{4})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/u, "dated", " in March and "],
];
/** After an item dated like the one before it: `in`/`on` and a date (`fifteen days on 1 May`). */
const DATED_END = /^\s+(?:in|on)\s+(?:\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+(?:\s+\d|\s*[,.;]|\s+and\b|$))/u;
/**
 * After an item that names its people after it: `for` and the names (`eight days for Saba`), also
 * behind `each` or `went` and a role set off by a comma (`six days each on its treasurer, Nino`).
 */
const FOR_NAME = /^\s+(?:(?:each|apiece)\s+)?(?:went\s+)?(?:for|on|to)\s+(?:[a-z'’-]+,?\s+){0,3}\p{Lu}/u;
/** After an item that named its person before it: the item ends there (`, `, ` and`, `.`). */
// Note: perhaps after `each` (`; C and D, 4 years each;`).
const BARE_END = /^\s*(?:(?:each|apiece)\b\s*)?(?:[,.;)]|and\b|$)/u;

/**
 * A bare number that takes the unit of the term before it, named after it with `for`:
 * `eight days for A, six for B and C, and ten for D`. Not `a`/`an`.
 */
const BARE_NUMBER = new RegExp(`(?<![\\p{L}\\d.,])((?!an?\\b)${NUMBER_SOURCE})(?=\\s+(?:(?:each|apiece)\\s+)?(?:for|on|to)\\s+(?:[a-z'’-]+,?\\s+){0,3}\\p{Lu})`, "u");
/** What may stand between the item before and a bare number: its names, then a list word. */
const BARE_LINK = /^(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
/** The largest bare number read as a term: no year or amount. */
const BARE_MAX = 100;

interface Head {
  window: number;
  windowEnd: number;
  /** The unit of the term that heads the chain when it has one only (`P8D` → D). */
  unit: "Y" | "M" | "W" | "D" | null;
  kind: SentenceKind | null;
  /** Where the previous item of the chain ends. */
  end: number;
}

/** The chain item a term makes after `head`, or null. */
function item(term: TermInContext, text: string, head: Head): Unstamped<SentenceCandidate> | null {
  const between = text.slice(head.end, term.start);
  const link = LINK_ROWS.find(([pattern]) => pattern.test(between))?.[1];
  const end = Math.max(term.runEnd, term.end);
  const after = text.slice(end, end + 40);
  if (!link || !(link === "after" ? FOR_NAME : link === "dated" ? DATED_END : BARE_END).test(after)) return null;
  if (guard(term, after) !== null) return null;
  const kind = kindOf(term.run) ?? (/suspended\s+$/u.test(between) ? "suspended prison" : head.kind);
  return { type: "sentence", text: text.slice(term.start, end), start: term.start, end, kind, duration: term.duration, days: term.days, term: { start: term.start, end: term.end }, share: term.share };
}

/**
 * A ruling that names its penalty, then a colon before the terms (`a judge ordered administrative
 * detention for three of them: 30 days for A, 20 for B`). Not a penalty merely held (`pre-trial
 * detention: …`): a ruling verb must say it was given.
 */
// Note: up to 250 characters, as a ruling's place, date, people and charge may come between (`handed down
// administrative arrests to three contributors of X for "…", after police found …: eight days for A`).
// Note: and a verb that names the penalty itself (`jailed them for a combined 30 months: eight months for A, …`).
const RULING_COLON = /\b(?:ordered|imposed|handed\s+(?:down|out)|meted\s+out|gave|sentenced|punished|jailed|imprisoned)\b[^:;.]{0,250}:\s*$/iu;

/**
 * The penalties as the subject of `were`, the terms after it (`The terms were eight months for A,
 * six for B and C`; `The sentences handed down: two years for A, …`): right before the first term,
 * in its sentence. A term with no kind of its own is a prison term.
 */
const PENALTIES_WERE = /(?:^|[.;:!?]\s+|\b(?:the|their|these)\s+)(?:(?:prison|jail|custodial)\s+)?(?:terms|sentences|penalties)(?:\s+(?:handed\s+(?:down|out)|imposed|given|passed|meted\s+out|ordered))?(?:\s+(?:were|are)(?:\s*:)?|\s*:)\s*$/iu;

/**
 * The penalties named, then a colon and the first item's name before its term, the items set apart by semicolons
 * (`The court reported the penalties together: A, 6 years; B, 5 years; and C, 3 years`; `sentenced five
 * members: A, 6 years; …`): the name and its comma right before the first term.
 */
const NAME_FIRST = new RegExp(String.raw`(?:\b(?:[Tt]he|[Tt]heir|[Tt]hese|following)\s+(?:(?:prison|jail|custodial)\s+)?(?:terms|sentences|penalties)\b[^:;.]{0,60}|${RULING_COLON.source.replace(/:\\s\*\$$/u, "")}):\s*${NAME}(?:\s+and\s+${NAME})?\s*,\s*$`, "u");
/** After a name-first item's term: its item ends (`;`, `.`), perhaps after `each`. */
const NAME_FIRST_END = /^\s*(?:(?:each|apiece)\s*)?[;.]/u;

/** The first item of a chain opened by a colon (RULING_COLON), named after it with `for`, or null. */
function opening(term: TermInContext, text: string): Unstamped<SentenceCandidate> | null {
  const before = text.slice(term.window.start, term.start);
  const end = Math.max(term.runEnd, term.end);
  if (NAME_FIRST.test(before) && NAME_FIRST_END.test(text.slice(end, end + 40)) && guard(term, text.slice(end, end + 40)) === null) {
    const kind = kindOf(term.run) ?? kindOf(before) ?? "prison";
    return { type: "sentence", text: text.slice(term.start, end), start: term.start, end, kind, duration: term.duration, days: term.days, term: { start: term.start, end: term.end }, share: term.share };
  }
  const ruling = RULING_COLON.exec(before) ?? PENALTIES_WERE.exec(before);
  const kind = ruling ? (kindOf(ruling[0]) ?? (PENALTIES_WERE.test(before) ? "prison" : null)) : null;
  const after = text.slice(end, end + 40);
  if (!ruling || !kind || !FOR_NAME.test(after) || guard(term, after) !== null) return null;
  return { type: "sentence", text: text.slice(term.start, end), start: term.start, end, kind: kindOf(term.run) ?? kind, duration: term.duration, days: term.days, term: { start: term.start, end: term.end }, share: term.share };
}

/** The item before ends with its names (LINK_ROWS' first row) or with no names at all. */
const linked = (between: string): boolean => BARE_LINK.test(between) || (LINK_ROWS[0]?.[0].test(between) ?? false);

/** The bare numbers chained after `head` (BARE_NUMBER), in order; moves `head.end` past them. */
function bareItems(text: string, head: Head): Unstamped<SentenceCandidate>[] {
  const found: Unstamped<SentenceCandidate>[] = [];
  const unit = head.unit;
  if (!unit) return found;
  for (;;) {
    const slice = text.slice(head.end, head.windowEnd);
    const m = BARE_NUMBER.exec(slice);
    const value = m?.[1] ? parseNumber(m[1]) : null;
    if (!m?.[1] || value === null || value <= 0 || value > BARE_MAX || !Number.isInteger(value) || !linked(slice.slice(0, m.index))) return found;
    const start = head.end + m.index;
    const end = start + m[1].length;
    const parts = { Y: 0, M: 0, W: 0, D: 0 };
    parts[unit] = value;
    found.push({ type: "sentence", text: text.slice(start, end), start, end, kind: head.kind, ...formatTerm(parts), term: { start, end }, share: null });
    head.end = end;
  }
}

const unitOf = (duration: string): Head["unit"] => (/^P\d+([YMWD])$/u.exec(duration)?.[1] as Head["unit"] | undefined) ?? null;

export const chainRule: Extractor<SentenceCandidate> = {
  id: "sentences/chain",
  type: "sentence",
  extract(context) {
    const { text } = context;
    const verbs = verbTerms(context);
    const found: Unstamped<SentenceCandidate>[] = [];
    let head: Head | null = null;
    for (const term of termsInContext(context)) {
      const own = verbs.get(term) ?? nounTerm(term, text);
      if (own) {
        head = { window: term.window.start, windowEnd: term.window.end, unit: unitOf(term.duration), kind: own.kind, end: own.end };
        found.push(...bareItems(text, head));
        continue;
      }
      const chained = head && head.window === term.window.start ? item(term, text, head) : null;
      if (!chained || !head) {
        const first = opening(term, text);
        head = first ? { window: term.window.start, windowEnd: term.window.end, unit: unitOf(term.duration), kind: first.kind, end: first.end } : null;
        if (first && head) found.push(first, ...bareItems(text, head));
        continue;
      }
      found.push(chained);
      head.end = chained.end;
      found.push(...bareItems(text, head));
    }
    return found;
  },
};
