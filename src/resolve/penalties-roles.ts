/**
 * A penalty whose person the sentence names only by role, named in a later sentence: `The
 * general secretary of the nurses' association was jailed for eight months …` ¶ `… Ratu Josaia
 * Nawaqa, the association's general secretary, will serve …`; `Two years' imprisonment: that is
 * the sentence handed down to the editor of …` ¶ `Ana Ruiz, 41, …`. The person is the first one
 * named later with the same role noun beside the name (`X, the union's treasurer`, `Federation
 * president X`), else the one the next sentence opens with.
 */
import type { Person, Span } from "../records.js";
import { DESCRIPTIONS, ROLE_HEADS } from "../extract/people/lexicon.js";
import { POINTS_BACK_CLAUSE } from "../language/terms.js";
import type { PersonMention } from "./penalties-antecedents.js";

/**
 * A subject that is a role with no name, right before the penalty's verb (`The treasurer of the
 * dockers' union was`, `The union's general secretary has been`); group 1 is the role's words.
 */
const ROLE_SUBJECT =
  /^[\s\p{P}]*(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his)\s+(?:[\p{L}-]+['’]s?\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)(?:\s+(?:of|at|for|in)\s+[^,;:.]{0,89}?[^\s,;:.])?\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:also\s+|then\s+|now\s+|today\s+|yesterday\s+)?$/u;

/**
 * A role the penalty is handed to, in the words after it (`… the sentence handed down to the
 * editor of the weekly`, `the penalty a court gave the leader of the drivers' union`); group 1
 * is the role's words.
 */
const ROLE_OBJECT =
  /\b(?:(?:handed(?:\s+down)?|given|imposed|passed|meted\s+out)\s+(?:on|to|upon)|gave|handed|gives|hands)\s+(?:the|its|their|our)\s+(?:[\p{L}-]+['’]s?\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\b(?!['’])/u;

/**
 * A sentence or clause that points back to a penalty just stated (`That is the sentence …`, `Such
 * was the penalty …`, `That is what the court imposed …`, `c'est la peine prononcée …`, `esa es la
 * pena …`).
 */
const POINTS_BACK = new RegExp(`^[\\s\\p{P}]*${POINTS_BACK_CLAUSE}`, "iu");

/** What may follow a term in a fragment that only states penalties (`A decade in prison, followed by five years of probation.`). */
const FRAGMENT_REST = /^(?:[\s\p{P}]*|[\s\p{P}]*(?:followed\s+by|plus|and|with|et|y|suivis?\s+de|seguid[oa]s?\s+de)\b[^.;!?:]*[.;!?:]?)$/iu;
/**
 * The terms as the subject of a copula whose complement is the penalty (`…, all but six of them suspended, was the
 * sentence given to`, `… is the penalty imposed on`): an aside set off by commas may stand between.
 */
// Note: English only: the French and Spanish term rules read no such in-sentence fragment as a penalty yet.
const IS_THE_PENALTY = /^(?:\s+(?:each|apiece))?(?:\s*,[^,.;:!?]{1,60},)?\s*(?:was|is|has\s+been|were|are)\s+(?:the|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:sentence|penalty|punishment|term)s?\b/iu;
/** A colon after the terms, before a clause pointing back to them (`Huit mois de prison ferme et une amende … : c'est la peine …`). */
const COLON_BACK = /^[^.;!?]{0,120}?:\s*/u;

/** The role noun of some words: the last word, when it names a position or a description. */
function head(words: string): string | null {
  const last = words.trim().split(/\s+/u).at(-1) ?? "";
  const singular = last.replace(/(?<=[^s])s$/u, "");
  return [last, singular].find((w) => ROLE_HEADS.has(w) || DESCRIPTIONS.has(w)) ?? null;
}

/**
 * The role a penalty's subject or object names, with no name in its sentence; the empty string for a
 * penalty stated first whose person a later sentence names with no role; null when none.
 */
export function roleOfPenalty(text: string, lead: string, window: Span, termEnd: number, next: Span | undefined): string | null {
  const subject = ROLE_SUBJECT.exec(lead);
  if (subject) return head(subject[1] ?? "");
  const after = text.slice(termEnd, window.end);
  const object = ROLE_OBJECT.exec(after);
  if (object && !/[.;]/u.test(after.slice(0, object.index))) return head(object[1] ?? "");
  // Note: a fragment that states the term, then a sentence that points back to it (`Eighteen months behind bars. That was the penalty … gave the leader of …`).
  // With no role in it (`That is what the court imposed on a 41-year-old worker …`), the empty role: the person is named next.
  const following = next ? text.slice(next.start, next.end) : "";
  if (POINTS_BACK.test(following) && FRAGMENT_REST.test(after.trimEnd())) {
    const back = ROLE_OBJECT.exec(following);
    return (back ? head(back[1] ?? "") : null) ?? "";
  }
  // Note: or the terms, a colon and the clause that points back, in one sentence (`Huit mois de prison ferme … : c'est la peine prononcée …`).
  const colon = COLON_BACK.exec(after);
  return colon && POINTS_BACK.test(after.slice(colon[0].length)) ? "" : null;
}

/** How far around a later name its role may stand, in characters. */
const REACH = 70;

/**
 * The first person named in `windows` with `role` beside the name (`X, the union's treasurer`,
 * `X, 52, the association's general secretary`, `Federation president X`), else null.
 */
export function namedWithRole(text: string, windows: readonly Span[], mentions: readonly PersonMention[], role: string): Person | null {
  const word = new RegExp(`\\b${role}s?\\b`, "iu");
  for (const w of windows) {
    for (const m of mentions) {
      if (m.start < w.start || m.end > w.end) continue;
      const after = text.slice(m.end, Math.min(w.end, m.end + REACH));
      // Note: set off by commas right after the name (an age may stand first), or right before it.
      const apposition = /^(?:\s*,\s*\d{1,3})?\s*,\s*(?:the|its|their|our|his|her|a|an)?\s*[^,;.()]{0,50}/u.exec(after)?.[0] ?? "";
      const before = text.slice(Math.max(w.start, m.start - 40), m.start);
      const lead = /(?:^|[\s,(])((?:[\p{L}'’-]+\s+){0,3}[\p{L}-]+),?\s+(?:(?:Mr|Mrs|Ms|Dr|Brother|Sister|Comrade)\.?\s+)?$/u.exec(before)?.[1] ?? "";
      if (word.test(apposition) || word.test(lead)) return m.person;
    }
  }
  return null;
}

/** After a verb-led penalty, a colon or dash that opens its subject (`Sentenced to five years for …: the chair of …, X, …`). */
const COLON_AFTER = /^[^.;:!?–—]{0,80}?\s*(?::|\s[–—-])\s*/u;
/** How far into the clause after the colon its subject may be named, in characters. */
const COLON_REACH = 60;

/**
 * A clause opened by its penalty, subject after a colon (`Sentenced to five years: union leader
 * X`, `Jailed for two years – the chair of the textile union, X, …`): that person, else null.
 */
export function namedAfterColon(text: string, termEnd: number, window: Span, mentions: readonly PersonMention[]): Person | null {
  const colon = COLON_AFTER.exec(text.slice(termEnd, window.end));
  if (!colon) return null;
  const from = termEnd + colon[0].length;
  const first = mentions.find((m) => m.start >= from && m.end <= window.end);
  return first && first.start - from <= COLON_REACH && !/[.;:!?]/u.test(text.slice(from, first.start)) ? first.person : null;
}

/** Between two names of the list: a comma, a semicolon or `and` last (an apposition on the name before may come between). */
// Note: the next name's role may stand between, set off by a comma, with a word of address (`, and his deputy, `, `, y a su secretario de actas, compañero `).
const LIST_JOIN = /(?:[,;]|\b(?:and|et|y|e)\b)(?:[^.;:!?\d]{0,60},)?\s*(?:\p{Ll}+\s+)?(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Sr|Sra)\.?\s+)?$/iu;

/**
 * A hand word before the first person of the list: a preposition that hands the terms on (`… handed down on
 * Friday to `, `… prononcée contre `, `… impuesta a `), perhaps followed by the person's role set off before
 * the name (`… impuso al secretario general de X, compañero `, `… to the union's president, `).
 */
// Note: a giving verb takes its person with no preposition too (`the penalty a court gave X on Monday`).
const HANDED_TO_ROLE =
  /(?:(?:\b(?:to|on|upon|against|contre|sobre|gave|gives|handed|hands|awarded)|(?<!\p{L})(?:à|a))\s+(?:(?:the|its|his|her|their|our|el|la|los|las|su|sus|le|les|son|sa|ses|leur|leurs)\s+[^.;:!?]{0,80},\s*)?|(?<!\p{L})(?:al|au|aux)\s+[^.;:!?]{0,80},\s*)(?:\p{Ll}+\s+)?(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Sr|Sra)\.?\s+)?$/u;
/** An official before a name (`a magistrate, X,`, `Judge X`, `la jueza X`): the giver, never a person the terms are handed to. */
const OFFICIAL_BEFORE = /\b(?:judges?|magistrates?|justices?|prosecutors?|juez|jueza|magistrad[oa]|fiscal|juges?|procureure?)\b[^,.;]{0,20},?\s*$/iu;

/**
 * The clause that points back to terms just stated and hands them to people: after a colon in the
 * terms' own sentence (`Two years' imprisonment and a fine of E5,000 each: that is the penalty …`), or
 * opening the next sentence after a fragment that only states them (`Three months in jail. That was the
 * sentence a magistrate handed down on Friday to …`, `Tres años de prisión. Esa es la pena que el tribunal
 * impuso a …`). Its span after the pointing words, or null.
 */
function pointingClause(text: string, termEnd: number, window: Span, next: Span | undefined): Span | null {
  const after = text.slice(termEnd, window.end);
  // Note: the terms as the subject of `was the sentence …` (`Eighteen months in prison, all but six of them suspended, was the sentence given to A and B`).
  const copula = IS_THE_PENALTY.exec(after);
  if (copula) return { start: termEnd + copula[0].length, end: window.end };
  const colon = COLON_BACK.exec(after);
  const clause = colon ? POINTS_BACK.exec(after.slice(colon[0].length)) : null;
  if (colon && clause) return { start: termEnd + colon[0].length + clause[0].length, end: window.end };
  if (!next || !FRAGMENT_REST.test(after.trimEnd())) return null;
  const following = POINTS_BACK.exec(text.slice(next.start, next.end));
  return following ? { start: next.start + following[0].length, end: next.end } : null;
}

/**
 * The people a clause pointing back to the terms hands them to (`Two years' imprisonment and a fine of
 * E5,000 each: that is the penalty handed down on Wednesday to A, the union's deputy; B, its treasurer;
 * and C`, `Huit mois ferme : c'est la peine prononcée contre A et B`, `Three months in jail. That was the
 * sentence … handed down on Friday to A, …, and his deputy, B`): those people, in order; empty when the
 * clause names nobody. Note: an official named before the hand word gives the terms; a name inside an
 * apposition's complement (`wife of X`) ends the list.
 */
export function handedToPointingBack(text: string, termEnd: number, window: Span, mentions: readonly PersonMention[], next?: Span): Person[] {
  const clause = pointingClause(text, termEnd, window, next);
  if (!clause) return [];
  const from = clause.start;
  const named = mentions.filter((m) => m.start >= from && m.end <= clause.end && !OFFICIAL_BEFORE.test(text.slice(Math.max(from, m.start - 40), m.start)));
  const first = named[0];
  if (!first || !HANDED_TO_ROLE.test(text.slice(from, first.start)) || /[.;:!?]/u.test(text.slice(from, first.start))) return [];
  const people: Person[] = [first.person];
  for (let i = 1; i < named.length; i++) {
    const m = named[i] as PersonMention;
    if (!LIST_JOIN.test(text.slice((named[i - 1] as PersonMention).end, m.start))) break;
    if (!people.some((p) => p.id === m.person.id)) people.push(m.person);
  }
  return people;
}
