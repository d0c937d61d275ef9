/**
 * `X received the same sentence as Y`: X gets a copy of each penalty Y was given before in the
 * letter, spanning the phrase that says so. With no earlier penalty of Y, nothing.
 */
import type { Person, Span } from "../records.js";
import { HONORIFICS, RELATIONS } from "../extract/people/lexicon.js";
import { allVocabularies } from "../language/vocabulary.js";
import { distinct, type PersonMention } from "./penalties-antecedents.js";

/**
 * The phrase; what follows `as` names whose penalty is copied. Also counted (`the same two terms as X`) and
 * `identical sentences to X`.
 */
// Note: and in French and Spanish (`ont reçu la même peine que X`, `recibió la misma pena que X`), and as a list
// line's penalty after its colon or dash (`- A et B, délégués : la même peine qu'Afi Tchalla`), there with no article too
// (`- C, correspondant : même peine que M. D.`).
export const SAME_AS =
  /(?:\b(?:received|got|(?:was|were)\s+(?:also\s+)?(?:given|handed(?:\s+down)?|sentenced\s+to))\s+|(?<=[:–—]\s*))(?:(?:the\s+same|an\s+identical)\s+(?:(?:two|three|four|five|[2-9])\s+)?(?:sentences?|penalt(?:y|ies)|punishments?|terms?|prison\s+terms?)\s+as|(?:an\s+)?identical\s+(?:(?:two|three|four|five|[2-9])\s+)?(?:sentences?|penalt(?:y|ies)|punishments?|terms?|prison\s+terms?)\s+to)\s+|(?:\b(?:(?:a|ont)\s+(?:reçu|écopé\s+de)|(?:a|ont)\s+été\s+condamnée?s?\s+à|recibió|recibieron|fue\s+condenad[oa]\s+a|fueron\s+condenad[oa]s\s+a)\s+|(?<=[:–—]\s*))(?:(?:la\s+)?même\s+(?:peine|condamnation|sanction)\s+qu(?:e\s+|['’]\s*)|(?:la\s+)?misma\s+(?:pena|condena|sanción)\s+que\s+)/giu;

/**
 * The phrase with no `as`, at its clause's end (`A third member, X, received the same sentence.`,
 * `…, received the same term, and both were fined`): the penalty copied is the one given just before.
 */
// Note: and a list line whose penalty is `likewise` or `the same` after its colon or dash (`4. X, shop steward: likewise;`).
export const SAME_BARE =
  /\b(?:received|got|was\s+given|were\s+given|was\s+handed|were\s+handed)\s+(?:the\s+same|an\s+identical)\s+(?:sentence|penalty|punishment|term|prison\s+term)(?=\s*[.;]|\s*,\s*(?:and|but|while|although|though)\b|\s*$)|(?<=[:–—]\s*)(?:likewise|the\s+same(?:\s+(?:sentence|penalty|term))?|same\s+as\s+above|idem|ditto)(?=[\s.;]*$)/gimu;

/** A given name alone between the phrase and a mention of its person by surname. */
const GIVEN_BETWEEN = /^\s?\p{Lu}\p{Ll}+\s$/u;

/** Initial forms of address (French `M.`), forms of address only before a name. */
const INITIAL_HONORIFICS = new Set(allVocabularies().flatMap((v) => v.initialHonorifics));

/** A form of address alone between the phrase and its person's mention (`même peine que M. Kamdem`, `as Ms Ruiz`). */
function addressBetween(between: string): boolean {
  const m = /^\s?(\p{L}+)\.?\s$/u.exec(between);
  return m?.[1] !== undefined && (HONORIFICS.has(m[1].toLowerCase()) || INITIAL_HONORIFICS.has(m[1]));
}

/**
 * The phrase naming whose penalty by a relation noun (`received the same term as her brother`, `his
 * co-defendant`; French `la même peine que son frère`, Spanish `la misma pena que su hermano`): the
 * nearest person penalised before it, other than the receivers.
 */
// Note: a class of relation nouns (kin, spouse, colleague, co-accused), singular only: `as his co-defendants` points to no one person.
export const SAME_AS_RELATION = new RegExp(
  [
    String.raw`\b(?:received|got|was\s+given|were\s+given|was\s+handed|was\s+sentenced\s+to)\s+(?:the\s+same|an\s+identical)\s+(?:sentence|penalty|punishment|term|prison\s+term)\s+as\s+(?:his|her|their)\s+(?:${[...RELATIONS].join("|")}|co-?defendant|co-?accused|fellow\s+(?:defendant|accused|activist|journalist|unionist|worker|member))(?![\p{L}-])`,
    String.raw`\b(?:a\s+re[çc]u|re[çc]oit|(?:a\s+)?écop[ée]\s+de|(?:a\s+été\s+)?condamnée?\s+à)\s+la\s+même\s+peine\s+que\s+(?:son|sa)\s+(?:frère|s(?:œ|oe)ur|mari|époux|épouse|femme|père|mère|fils|fille|cousine?|oncle|tante|neveu|nièce|collègue|co-?accusée?|co-?prévenue?|camarade)(?![\p{L}-])`,
    String.raw`\b(?:recibi[óo]|recibe|(?:fue\s+)?condenad[oa]\s+a)\s+la\s+misma\s+(?:pena|condena)\s+que\s+su\s+(?:herman[oa]|espos[oa]|marido|mujer|padre|madre|hij[oa]|prim[oa]|tí[oa]|sobrin[oa]|colega|compañer[oa]|coacusad[oa]|coimputad[oa])(?![\p{L}-])`,
  ].join("|"),
  "giu",
);

/** One copy to make: the people receiving it, whose penalties (null: the penalty just before), and the phrase's span. */
export interface SameAs extends Span {
  people: Person[];
  source: Person | null;
  /** Whose penalty is named by a relation noun: the nearest person penalised before, not a receiver. */
  related?: true;
}

/** What every phrase above needs in its window: `same` or a word like it. */
export const SAME_WORD = /\b(?:same|identical|likewise|idem|ditto)\b|\bm[êe]me\s+(?:peine|condamnation|sanction)\b|\bmisma\s+(?:pena|condena|sanción)\b/iu;

/** The windows holding `same` (or a word like it), the only ones the phrases can match in. */
// Note: tested once per window for all four phrases (was once per phrase: ~2% of the extraction's CPU);
// the windows are the letter's own list (penalties-sites.ts), shared by sameAs and sameFine.
const sameWindows = new WeakMap<readonly Span[], { text: string; found: Span[] }>();
function withSame(text: string, windows: readonly Span[]): Span[] {
  const known = sameWindows.get(windows);
  if (known?.text === text) return known.found;
  const found = windows.filter((w) => SAME_WORD.test(text.slice(w.start, w.end)));
  sameWindows.set(windows, { text, found });
  return found;
}

/**
 * Every match of `pattern` in the windows (those holding `same`: `withSame`), with its receivers
 * (named before it in the sentence) and the person named right after it when `named(match)` says
 * one follows; with `required`, a match with no such person is left out.
 */
function restated(text: string, windows: readonly Span[], mentions: readonly PersonMention[], pattern: RegExp, named: (m: RegExpMatchArray) => boolean, required: boolean): SameAs[] {
  const found: SameAs[] = [];
  for (const w of windows) {
    const slice = text.slice(w.start, w.end);
    for (const m of slice.matchAll(pattern)) {
      const start = w.start + (m.index ?? 0);
      const end = start + m[0].length;
      // Note: the name may be known by its surname alone there, its given name glued to an elision (`qu'Afi Tchalla`), or
      // set after a form of address its mention leaves out (`que M. Tchoumi Kamdem`).
      const source = named(m) ? mentions.find((n) => n.start >= end && n.end <= w.end && (n.start - end <= 2 || GIVEN_BETWEEN.test(text.slice(end, n.start)) || addressBetween(text.slice(end, n.start)))) : undefined;
      if (required && !source) continue;
      // Note: the receivers are the names of the clause before the phrase (`X and Y both received …`).
      const people = distinct(mentions.filter((n) => n.start >= w.start && n.end <= start)).filter((p) => p.id !== source?.person.id);
      if (people.length > 0) found.push({ start, end: source?.end ?? end, people, source: source?.person ?? null });
    }
  }
  return found;
}

/** Every `… the same sentence as Y` (and bare `… the same sentence.`) in the windows. */
export function sameAs(text: string, windows: readonly Span[], mentions: readonly PersonMention[]): SameAs[] {
  // Note: per window, `as Y` phrases before bare ones, as found before.
  return withSame(text, windows).flatMap((w) => [
    ...restated(text, [w], mentions, SAME_AS, () => true, true),
    ...restated(text, [w], mentions, SAME_BARE, () => false, false),
    ...restated(text, [w], mentions, SAME_AS_RELATION, () => false, false).map((same) => ({ ...same, related: true as const })),
  ]);
}

/**
 * A fine restated for others: `Y was fined the same amount`, `Y received the same fine (as X)`,
 * `Y got an identical fine`, `fined Y the same amount`.
 * Group 1 is `as` when a name follows it.
 */
// Note: also `was ordered to pay the same amount`, `got an identical fine`, and with the verb's object
// named (`… and fined Lina Aziz the same amount`): the receivers are the names before the phrase.
export const SAME_FINE =
  /\b(?:(?:was|were)\s+(?:also\s+|each\s+)?(?:fined|ordered\s+to\s+pay)\s+the\s+same(?:\s+(?:amount|sum|fine)|(?!\s+(?:day|week|month|year|morning|afternoon|evening|night|time|court|judge|hearing|way)\b))|(?<=\bfined\s+\p{Lu}[^,.;]{1,40}\s)the\s+same\s+(?:amount|sum|fine)|(?:received|got|paid|was\s+given|were\s+given)\s+(?:the\s+same|an\s+identical)\s+fines?)(?:\s+(as)\s+)?/giu;

/** Every restated fine in the windows, with its receivers (named before it in the sentence) and whose fine, if named. */
export function sameFine(text: string, windows: readonly Span[], mentions: readonly PersonMention[]): SameAs[] {
  return restated(text, withSame(text, windows), mentions, SAME_FINE, (m) => m[1] !== undefined, false);
}

/** `…, and so was X` / `…, as were A and B`: the people named right after take the clause's term. */
export const SO_WAS = /,?\s+(?:and\s+so|as)\s+(?:was|were)\s+/giu;

/** What joins the names after `so was` (`A and B`, `A, B and C`). */
const NAME_JOIN = /^(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

/**
 * Every `…, and so was X` in the windows: X (and the names joined to X) receive the term that
 * closes the clause just before the phrase. Note: only a person named right after `was`, so `as
 * was the case` and `as was expected` restate nothing.
 */
export function soWas(text: string, windows: readonly Span[], mentions: readonly PersonMention[]): SameAs[] {
  const found: SameAs[] = [];
  for (const w of windows) {
    const slice = text.slice(w.start, w.end);
    if (!/\b(?:so|as)\s+(?:was|were)\b/iu.test(slice)) continue;
    for (const m of slice.matchAll(SO_WAS)) {
      const start = w.start + (m.index ?? 0);
      let end = start + m[0].length;
      const named: PersonMention[] = [];
      for (const n of mentions) {
        if (n.start < end || n.end > w.end) continue;
        if (named.length === 0 ? n.start - end > 2 : !NAME_JOIN.test(text.slice(end, n.start))) break;
        named.push(n);
        end = n.end;
      }
      if (named.length > 0) found.push({ start, end, people: distinct(named), source: null });
    }
  }
  return found;
}
