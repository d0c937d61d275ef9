/**
 * Rule `sentences/verb-term`: a penalty verb followed by its term, `sentenced to 10 days in
 * prison`, `jailed him for one month`, `incarcerated again for 15 days`, `sentenced to serve
 * a 15-day administrative detention`, `received a three-year prison sentence`.
 */
import type { SentenceCandidate, SentenceKind } from "../../records.js";
import type { Extractor, TextContext, Unstamped } from "../types.js";
import { guard, heldBeforeTrial } from "./guards.js";
import { ORDINAL_SUBJECT } from "./defendants.js";
import { SUSPENDED_AFTER, kindOf } from "./kinds.js";
import { CONVICTION, RULING_HERE, TRIAL, termsInContext, type TermInContext } from "./terms.js";

/** `[pattern, kind the verb implies, example]`; the words right after decide first. */
export const VERB_ROWS: readonly (readonly [RegExp, SentenceKind | null, string])[] = [
  [/\b(?:sentenced|condemned|punished)\b/giu, null, "was sentenced to two years"],
  // Note: the present of a timeline or headline, only before its object (`Tribunal sentences Aylin Demir to 3 years`), never the noun `sentences`.
  [/\b(?:sentences|condemns)(?=\s+(?:him|her|them|(?:Mr|Mrs|Ms|Dr)\.?\s|\p{Lu}))/gu, null, "Magistrate sentences Chan Siu-ming to 14 months"],
  // Note: and in the present of a chronology (`the magistrate jails them for eight days`).
  [/\b(?:jailed|imprisoned|jails|imprisons)\b/giu, "prison", "jailed for two years and six months"],
  [/\b(?:incarcerated|detained)\b/giu, "detention", "detained once again for 15 days"],
  // Note: a court hands down or metes out its penalties: no weak verb (`handed down eight months for A`).
  [/\b(?:handed\s+down|meted\s+out)\b/giu, null, "the court handed down eight months for"],
  // Note: and `meted` with its object right after (`was meted eight years`, `meted him a term of`), as Philippine courts and
  // papers write it (session 22).
  [/\bmeted\b(?!\s+out)/giu, null, "Pacheco was meted eight years"],
  // Note: `serve` on its own (`ordered that A and B serve 30 months each`), not the `to serve` of another verb (`sentenced to serve`).
  [/\b(?:given|gave|handed(?:\s+down)?|received|receiving|got|serving|served|(?<!\bto\s)serve)\b/giu, null, "given a one-and-a-half-year suspended sentence"],
  // Note: `sent … to prison for a year`: the verb implies prison only with `to prison`/`to jail` after it.
  [/\bsent\b(?=[^.;]{1,80}?\bto\s+(?:prison|jail)\b)/giu, "prison", "sent the two reporters to prison for"],
  // Note: a ruling that imposes a term on someone (`imposed eight years on A`): only with `on` and a name after the term.
  [/\b(?:imposed|imposing)\b/giu, null, "the court imposed eight years on"],
  // Note: a changed sentence states the term now in force (`reduced … from five to three years`).
  [/\b(?:reduced|commuted|lowered|increased)\b/giu, null, "his sentence was reduced to three years"],
];

/** What may stand between the verb's preposition and the term (`to serve a`, `for another`). */
// Note: a weak verb may take its object pronoun first (`the same court gave him a further 12 days`).
export const CONNECTOR =
  /\b(?:to|for|of|with|received|receiving|(?:gave|given|handed|meted)(?:\s+(?:him|her|them))?|handed\s+down|meted\s+out|got|serving|served|serve|imposed|imposing)\s+(?:(?:serve|spend|an?|the|another|further|additional|extra|total\s+of|sentences?\s+of|terms?\s+of|prison\s+terms?\s+of)\s+){0,3}$/iu;

/** A penalty noun right before the term, after a weak verb: `received a sentence of`. */
const SENTENCE_OF = /\b(?:sentence|term)s?\s+of\s+(?:an?\s+)?$/iu;

/** Verbs that change a sentence; the term counts only where a sentence is spoken of. */
const CHANGE = /^(?:reduced|commuted|lowered|increased)/iu;

/** `imposed`: a term counts only when it is imposed on someone named (`imposed eight years on A`). */
const IMPOSED = /^imposi?(?:ed|ing)/iu;
const ON_NAME = /^(?:\s+(?:in\s+prison|of\s+imprisonment|imprisonment|in\s+jail))?\s+(?:up)?on\s+(?:(?:the|a|its|their|his|her)\s+)?(?:[a-z-]+\s+){0,3}(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}/u;

/** `imposed … on the first accused`, `… upon defendants 2 and 3`: defendants by place after the term. */
const ON_ORDINAL = new RegExp(`^(?:\\s+(?:in\\s+prison|of\\s+imprisonment|imprisonment|in\\s+jail))?\\s+(?:up)?on\\s+(?:${ORDINAL_SUBJECT.source})`, "iu");
/**
 * `imposed` with its person stated first, set off by a comma: `For the third accused, the
 * magistrate imposed …`, `In the case of Ana Ruiz, the court imposed …`; group 1 is the person.
 */
const FOR_SUBJECT = /^[\s\p{P}\d]*(?:for|as\s+for|in\s+the\s+case\s+of|regarding)\s+([^,;]{2,60}),/iu;
const ORDINAL_ONE = new RegExp(ORDINAL_SUBJECT.source, "iu");

/** Whether an `imposed` term has a person: named or by place after it, or stated before the verb. */
function imposedOn(term: TermInContext, text: string): boolean {
  const end = Math.max(term.runEnd, term.end);
  const after = text.slice(end, end + 60);
  if (ON_NAME.test(after) || ON_ORDINAL.test(after)) return true;
  const person = FOR_SUBJECT.exec(text.slice(term.window.start, term.start))?.[1] ?? "";
  return ORDINAL_ONE.test(person) || /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(person);
}

/** Verbs that say nothing about a penalty unless a penalty word follows the term. */
const WEAK = /^(?:given|gave|handed(?!\s+down)|received|receiving|got|serving|served|serve)/iu;

/** The last penalty verb in the term's left context, with the kind it implies. */
function lastVerb(term: TermInContext): { index: number; word: string; kind: SentenceKind | null } | null {
  let best: { index: number; word: string; kind: SentenceKind | null } | null = null;
  for (const [pattern, kind] of VERB_ROWS) {
    for (const m of term.left.matchAll(pattern)) {
      if (!best || m.index > best.index) best = { index: m.index, word: m[0], kind };
    }
  }
  return best;
}

/** A capitalised name of one to five words (`Mr. Omar Khair`, `Ms. Adam`). */
const CAPITALISED_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}`;
/** A list of such names, joined by commas and a last `and` (`Ms. Adam, Mr. Khair and Mr. Suliman`): a gapped clause's subject of any length. */
const NAME_LIST = String.raw`${CAPITALISED_NAME}(?:,\s+${CAPITALISED_NAME}){0,8}(?:,?\s+(?:and|&)\s+${CAPITALISED_NAME})?`;

/**
 * A clause that leaves out the verb of the one before: `…, and Y to three years`, `…, and its
 * editor, Y, to eight years` (a role set off by commas), `…; Y to 18 months`, `…, Y to one year`,
 * `…, and Kaya, M. to three years` (a surname then its initials, as court records write names). Note: after a bare comma the clause must open with a name,
 * so `…, suspended for 2 years` is no new penalty; `and to pay for 3 years …` is no gapped subject.
 */
export const GAPPED = new RegExp(
  String.raw`^(?:\s*(?:each|apiece))?(?:,?\s*(?:and|while|whereas|but)\s+(?!to\s)((?:[^\s,;]+\s+){1,8}|(?:[^\s,;]+\s+){1,3}?[^\s,;]+,\s+(?:[^\s,;]+\s+){1,4}?[^\s,;]+,\s+|(?:\p{Lu}[^\s,;]*\s+){0,2}\p{Lu}[^\s,;]*,\s+(?:\p{Lu}\p{Ll}{0,2}\.\s*){1,3}|${NAME_LIST}\s+)|\s*[,;]\s+(?=\p{Lu})((?:[^\s,;]+\s+){1,6}|${NAME_LIST}\s+))(?:to|for)\s+$`,
  "u",
);

/** The penalty just read in the same sentence, whose verb a gapped clause reuses. */
interface Previous {
  window: number;
  /** Where that sentence ends: a weak verb in the next sentence of its paragraph may restate it. */
  windowEnd: number;
  kind: SentenceKind | null;
}

/**
 * After a weak verb's bare term: the clause ends (`… got 10 days.`), perhaps after its date
 * (`received another 10 days on 3 April.`), or its charge (`received two years for "insulting
 * officials"`, `for inciting a strike`), or where a gapped clause opens (`got five years and his
 * colleague Y three years`, `and Y two years`), or its person (`gave twelve days to Miatlitski`), or a fine joined to it
 * (`was given two years and a fine of PKR 500,000`: a penalty's pair), not a noun that makes the term something else
 * (`10 days to appeal`, `15 days of leave`).
 * Note: or the penalty it restates the kind of (`received one year and six months and one year of the same penalty,
 * respectively`: the kind of the penalty just before, session 21).
 * Note: or the provision it is given under (`was given an additional two years under Section 17(1) of the Act`,
 * `under article 318`, `under the Penal Code`), as a charge; also `under the same article of the Code …` (session 22).
 */
const CLAUSE_END =
  /^(?:\s+(?:on|in)\s+(?:\d|\p{Lu})[\p{L}\d ,]{0,24}?)?\s*(?:[.;,)]|each\b|apiece\b|respectively\b|$|(?:and|plus|with)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?fines?\b(?!\s+print)|for\s+["“‘']|for\s+\p{Ll}+ing\b|under\s+(?:the\s+)?(?:same\s+)?(?:\p{Lu}|(?:section|article|paragraph)s?\s+\d|(?:article|section|provision|law|code|charge|paragraph)s?\b)|and\s+(?:(?:his|her|their|its|the|fellow)\s+)?(?:[a-z-]+\s+){0,2}\p{Lu}|to\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}|of\s+the\s+same\s+(?:penalty|punishment|sentence|measure|kind|type)\b)/u;

/** After a weak verb's term: the penalty told before, restated (`… of the same penalty`). */
const SAME_PENALTY = /^[\s,]*of\s+the\s+same\s+(?:penalty|punishment|sentence|measure)\b/iu;

/**
 * An additive determiner right before a weak verb's term (`was given a further ten days`, `received an additional two
 * years`, `got another 15 days`): a penalty again, of the kind of the one the letter told before it, however far back
 * (session 22).
 */
const ADDITIVE = /\b(?:another|further|additional|extra)\s+$/iu;

/** A ruling that names its penalty but no term (`sentenced four union leaders to prison`). */
const RULING_NO_TERM = /\b(?:sentenced|condemned|jailed|imprisoned)\s[^.;\d]{0,80}?\b(?:to|in)\s+(?:\w+\s+){0,2}(?:prison|jail|imprisonment|administrative\s+(?:arrest|detention)|restricted\s+freedom|corrective\s+labou?r|prison\s+terms?)\b/iu;

/** The kind of a ruling (or conviction) with no term in the sentence just before, same paragraph. */
function rulingBefore(term: TermInContext, text: string): { kind: SentenceKind | null } | null {
  if (RULING_HERE.test(text.slice(term.window.start, term.window.end))) return { kind: "prison" };
  const before = text.slice(Math.max(0, term.window.start - 300), term.window.start);
  if (!SAME_PARAGRAPH.test(/\s*$/u.exec(before)?.[0] ?? "")) return null;
  const sentence = before.slice(before.search(/[^.!?]*[.!?]\s*$/u));
  const m = RULING_NO_TERM.exec(sentence);
  if (m) return { kind: kindOf(m[0]) ?? "prison" };
  // Note: a conviction or a trial with no term (`Four of them were convicted.`, `The two reporters were
  // tried together.`) is such a ruling, of no kind said; so is a ruling the term's own sentence tells
  // (`A and B received four and two years respectively when the tribunal ruled`, `…, and each was fined`).
  return CONVICTION.test(sentence) || TRIAL.test(sentence) ? { kind: "prison" } : null;
}

/** After the verb, a relative clause opened after a comma and not closed before the term. */
const OPEN_RELATIVE = /,\s*(?:(?:an?|the|his|her|their)\s+[^,;]{0,60}?\s)?(?:who|which|whose)\s+(?:had|has|have|was|were|is|[a-z]+ed)\b[^,;]*$/u;

/** Between two sentences of one paragraph: spaces and at most one line break. */
const SAME_PARAGRAPH = /^[ \t]*(?:\n[ \t]*)?$/u;

/** The verb-term reading of a term, or null when it is not one. */
export function verbTerm(term: TermInContext, text: string, previous: Previous | null = null): Unstamped<SentenceCandidate> | null {
  if (!CONNECTOR.test(term.left)) return previous && previous.window === term.window.start && bareGap(term, text) ? gapped(term, text, previous) : null;
  const verb = lastVerb(term);
  if (!verb) return previous && previous.window === term.window.start ? gapped(term, text, previous) : null;
  if (guard(term, text.slice(term.end, term.end + 40)) !== null || heldBeforeTrial(term, text)) return null;
  if (IMPOSED.test(verb.word) && !imposedOn(term, text)) return null;
  const between = term.left.slice(verb.index);
  // Note: a term inside a relative clause still open after the verb's object is that clause's
  // (`sentenced X, an engineer who had worked in the Kingdom for fourteen years, to ten years`).
  if (OPEN_RELATIVE.test(between)) return null;
  const end = Math.max(term.runEnd, term.end);
  const stated = kindOf(term.run) ?? kindOf(between.slice(verb.word.length)) ?? verb.kind;
  const kind = SUSPENDED_AFTER.test(text.slice(end, end + 60)) ? "suspended prison" : stated;
  // Note: a weak verb needs a penalty word: after the term, or before it (`received a sentence of 18 months`),
  // or a penalty just read in the same sentence, whose kind it takes (`…; Reza Amini got 10 days`).
  // Note: only a bare term that ends its clause (`… got 10 days.`), not `given 10 days to appeal`.
  // Note: also in the next sentence of the paragraph (`X was sentenced to 9 years. Y received 8 years and 6 months.`).
  const near = previous !== null && (previous.window === term.window.start || SAME_PARAGRAPH.test(text.slice(previous.windowEnd, term.window.start)));
  const ends = CLAUSE_END.test(text.slice(end, end + 40));
  // Note: a ruling with no term just before (`The court sentenced four leaders to prison. A and B
  // received three years each`) is a penalty the weak verb restates too.
  const ruling = WEAK.test(verb.word) && kind === null && ends && !near ? rulingBefore(term, text) : null;
  const follows = (near && ends) || ruling !== null;
  // Note: `B and C received one year and six months and one year of the same penalty, respectively`: the penalty before,
  // however far back, names the weak verb's penalty and its kind (session 21).
  const same = WEAK.test(verb.word) && kind === null && previous !== null && (SAME_PENALTY.test(text.slice(end, end + 40)) || (ADDITIVE.test(between) && ends));
  if (WEAK.test(verb.word) && kind === null && !/\b(?:sentence|term)/iu.test(term.run) && !SENTENCE_OF.test(between) && !follows && !same) return null;
  const inherited = WEAK.test(verb.word) && kind === null && (follows || same) ? (ruling?.kind ?? previous?.kind ?? null) : kind;
  if (CHANGE.test(verb.word) && !/\b(?:sentenc|term|prison|imprison|jail)/iu.test(text.slice(term.window.start, term.start))) return null;
  const start = term.leftStart + verb.index;
  return { type: "sentence", text: text.slice(start, end), start, end, kind: inherited, duration: term.duration, days: term.days, term: { start: term.start, end: term.end }, share: term.share };
}

/**
 * A second term for the same object after the verb's first (`sentenced X to five years in prison
 * for … and to one more year for …`): `and to` with no new subject.
 */
// Note: an additive determiner may open the second term (`and to a further three years`, `and to an additional year`).
export const AND_TO = /^[^.;:]{0,120}?\band\s+(?:also\s+)?to\s+(?:an?\s+(?:further\s+|additional\s+)?|another\s+|(?:further|additional)\s+)?$/iu;
const TO_TAIL = /\bto\s+(?:an?\s+(?:further\s+|additional\s+)?|another\s+|(?:further|additional)\s+)?$/iu;
/** A term that counts a ban or another measure, not a penalty (`and to a three-year ban`). */
const MEASURE_AFTER = /^[-\s]*(?:\w+\s+)?(?:ban|prohibition|disqualification|probation\s+period)\b/iu;

/**
 * A gapped clause with neither verb nor `to` (`…, Luis Paz and Marta Gil two years each`, `…, his
 * colleague Zarina Mirzoeva three years`): names only (capitalised words and `and`), perhaps after a
 * possessive and a role, the term ending its clause.
 */
const BARE_GAP = /^(?:\s*(?:each|apiece))?(?:,?\s*(?:and|while|whereas|but)\s+|\s*[,;]\s+)((?:(?:his|her|their|its|the|fellow)\s+)?(?:[a-z-]+\s+){0,2}(?:(?:\p{Lu}[\p{L}'’.]*(?:-\p{L}+)*|and)\s+){1,8})$/u;
function bareGap(term: TermInContext, text: string): RegExpExecArray | null {
  const m = BARE_GAP.exec(term.left);
  // Note: a possessive and a role may open the names (`…, his colleague Zarina Mirzoeva three years`).
  return m && /^(?:(?:his|her|their|its|the|fellow)\s+)?(?:[a-z-]+\s+){0,2}\p{Lu}/u.test(m[1] ?? "") && CLAUSE_END.test(text.slice(Math.max(term.runEnd, term.end), Math.max(term.runEnd, term.end) + 40)) ? m : null;
}

/**
 * A fine closing the clause before a gapped one: `and a fine of 50 million rials`, or the fine
 * that may buy the term out (`with an option of fine of ₦500,000`, `, with the option of a GH₵900 fine`).
 */
const FINE_BEFORE_GAP = /^\s*(?:,\s*)?(?:and|plus|with)\s+(?:(?:an?|the)\s+option\s+of\s+)?(?:an?\s+)?(?:fines?\s+of\s+(?:[^,;]|,(?=\d{3})){1,60}?|(?:[^\s,;]|,(?=\d{3})){1,20}\s+fines?\b[^,;]{0,20})(?=[,;](?!\d{3}))/u;

/** An aside on the term before a gapped clause: its suspended part (`, four of them suspended`, `, of which three are suspended`). */
const ASIDE_BEFORE_GAP = /^\s*,\s*[^,;.]{0,40}?\b(?:suspended|of\s+(?:them|which|it)|to\s+be\s+served)\b[^,;.]{0,30}(?=[,;])/u;

function gapped(term: TermInContext, text: string, previous: Previous): Unstamped<SentenceCandidate> | null {
  const again = AND_TO.exec(term.left);
  if (again && !MEASURE_AFTER.test(text.slice(term.end, term.end + 40)) && guard(term, text.slice(term.end, term.end + 40)) === null) {
    const start = term.leftStart + again.index + again[0].search(TO_TAIL);
    const end = Math.max(term.runEnd, term.end);
    const kind = kindOf(term.run) ?? previous.kind;
    return { type: "sentence", text: text.slice(start, end), start, end, kind, duration: term.duration, days: term.days, term: { start: term.start, end: term.end }, share: term.share };
  }
  // Note: the fine that closed the clause before is no part of the gap (`… to five years and a
  // fine of 50 million rials, and Y to three years`).
  // Note: nor is an aside on the term before (`… to ten years' imprisonment, four of them suspended,
  // and Y to six years`).
  const skipped = FINE_BEFORE_GAP.exec(term.left)?.[0].length ?? ASIDE_BEFORE_GAP.exec(term.left)?.[0].length ?? 0;
  const m = GAPPED.exec(term.left.slice(skipped)) ?? bareGap(term, text);
  const gap = m?.[1] ?? m?.[2] ?? "";
  // Note: a lower-case verb form in the gap makes it a clause of its own (`and banned from leaving … for`).
  if (!m || /(?:^|\s)\p{Ll}+(?:ed|ing)\s/u.test(gap) || guard(term, text.slice(term.end, term.end + 40)) !== null) return null;
  const start = term.leftStart + skipped + m[0].indexOf(gap);
  const end = Math.max(term.runEnd, term.end);
  const kind = kindOf(term.run) ?? previous.kind;
  return { type: "sentence", text: text.slice(start, end), start, end, kind, duration: term.duration, days: term.days, term: { start: term.start, end: term.end }, share: term.share };
}

const cache = new WeakMap<TextContext, Map<TermInContext, Unstamped<SentenceCandidate>>>();

/** The verb-term reading of every term of a context that has one; computed once per context. */
export function verbTerms(context: TextContext): Map<TermInContext, Unstamped<SentenceCandidate>> {
  const cached = cache.get(context);
  if (cached) return cached;
  const found = new Map<TermInContext, Unstamped<SentenceCandidate>>();
  let previous: Previous | null = null;
  /** The window of the last verb's penalty. */
  let verbWindow = -1;
  for (const term of termsInContext(context)) {
    const candidate = verbTerm(term, context.text, previous);
    if (candidate) {
      found.set(term, candidate);
      verbWindow = term.window.start;
      previous = { window: term.window.start, windowEnd: term.window.end, kind: candidate.kind };
    } else {
      // Note: a penalty named by its noun (`eight days of administrative detention for X`) is one a
      // weak verb may restate too (`X … received another 15 days.`).
      // Note: or by its noun just before, in its clause (`placed X in administrative detention for 12 days. … Y received nine days.`).
      const kind = kindOf(term.run) ?? (/\s(?:for|of)\s+$/u.test(term.left) ? kindOf(term.left.slice(term.left.search(/[^,;:.]*$/u)).slice(-50)) : null);
      // Note: not over a verb's penalty in the same sentence: `sentenced A to 15 years' imprisonment, to be followed by
      // three years of administrative surveillance. B received ten years` restates the prison term, not its add-on.
      if (kind !== null && verbWindow !== term.window.start && guard(term, context.text.slice(term.end, term.end + 40), context.text) === null) previous = { window: term.window.start, windowEnd: term.window.end, kind };
    }
  }
  cache.set(context, found);
  return found;
}

export const verbTermRule: Extractor<SentenceCandidate> = {
  id: "sentences/verb-term",
  type: "sentence",
  extract: (context) => [...verbTerms(context).values()],
};
