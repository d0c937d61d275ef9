/**
 * The object of an active penalty verb when it is no name (`sentenced the journalists to`, `sentenced them to`,
 * `sentenced the editor to`, `fined both journalists 3,000 cedis`), and a person named by role after the term.
 */
import type { Person } from "../records.js";
import { DESCRIPTIONS, RELATIONS, ROLE_HEADS } from "../extract/people/lexicon.js";
import { antecedent, pluralAntecedent, type PersonMention } from "./penalties-antecedents.js";
import { countedIn, groupIn } from "./penalties-groups.js";
import { longCountedObject } from "./penalties-together.js";
import { groupPeople, pronounGroup } from "./penalties-group-people.js";
import { INTRODUCES, listEndingAt, shareOf, type Letter, type Penalised, type PenaltySite } from "./penalties-site.js";

/**
 * The object of an active penalty verb when it is no name: `sentenced the journalists to`,
 * `sentenced them to`, `jailed him for`, `ordered the journalists to each pay`, `sentenced the
 * editor to`. Group 1 is the object. The verb's subject (a judge, a court) is then never the person.
 */
export const OBJECT = /^\S+(?:\s+down)?\s+(?:\[[^\]]*\]\s+)?(him|her|them|(?:one\s+of|the|these|those|both|all|each|an?|\d+|two|three|four|five|six|seven|eight|nine|ten)\b[^,;:()]{0,60}?)\s+(?:to|for)\b/iu;
/** The same for a fine, whose amount may follow its object directly (`fined both journalists 3,000 cedis`). */
const FINE_OBJECT = new RegExp(OBJECT.source.replace(/\\s\+\(\?:to\|for\)\\b$/u, String.raw`(?:\s+(?:to|for)\b|\s*$)`), "iu");
/** An object that is one person by role (`the editor`, `a journalist`, `the programme's presenter`), named before or next. */
// Note: a possessor before the role (`the programme's presenter`, `the Federation's treasurer`) as NAMES_AFTER reads it (session 23).
const ROLE_OBJECT = /^(?:the|an?)\s+(?:[\p{L}-]+['’]s\s+)?(?:[a-z-]+\s+){0,3}[a-z-]+$/u;
/** An object that is a penalty told before (`the term`, `the original sentence`), not a person. */
const PENALTY_OBJECT = /^(?:the|this|that)\s+(?:(?:prison|jail|custodial|original|first|initial|earlier|first-instance|suspended)\s+)?(?:sentence|term|penalty|punishment)$/iu;

/**
 * After the term, a person by role (`… to one of the best-known figures in …`, `… for a local
 * editor who …`, `… on the union's treasurer`); group 1 is the words after the determiner.
 */
const ROLE_AFTER = /^\s*(?:to|for|on|upon)\s+(?:one\s+of\s+)?(?:the|a|an|its|their|his|her|our|this)\s+([^.;:!?]{1,80})/u;
/** Words that end a role's noun phrase (`editor who`, `figures in`). */
const ROLE_STOP = /^(?:of|in|at|from|who|whom|whose|which|that|with|over|for|on|by|after|before|and|or|the|an?|to|\p{Ll}+ing)$/u;
/** Nouns for a person that are no role (`one of the best-known figures`). */
const PERSON_NOUNS = new Set(["figure", "person", "man", "woman", "individual"]);

/** The noun phrase after the term names one person by role, and nobody by name. */
export function roleAfter(text: string, site: PenaltySite): boolean {
  const words = ROLE_AFTER.exec(text.slice(site.end, site.window.end))?.[1]?.split(/\s+/u) ?? [];
  const head: string[] = [];
  for (const word of words.slice(0, 5)) {
    if (ROLE_STOP.test(word)) break;
    head.push(word);
    if (/[,)]$/u.test(word)) break;
  }
  const last = (head.at(-1) ?? "").replace(/[,)]$/u, "");
  // Note: a possessive is no head (`for the union leader's speech`).
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(last)) return false;
  const singular = last.replace(/(?<=[^s])s$/u, "");
  return [last, singular].some((w) => ROLE_HEADS.has(w) || DESCRIPTIONS.has(w) || RELATIONS.has(w) || PERSON_NOUNS.has(w));
}

/** The first name of the next sentence when it opens with one (`… the editor to two years. Vera Lind, 54, …`). */
export function openingName(site: PenaltySite, mentions: readonly PersonMention[]): Person | null {
  const next = site.following[0];
  const first = next ? mentions.find((m) => m.start >= next.start && m.end <= next.end) : undefined;
  return first && next && first.start - next.start <= SUBJECT_REACH ? first.person : null;
}
const SUBJECT_REACH = 60;

/** The people an object that is no name stands for (OBJECT), or null when the phrase has none. */
export function objectPeople(letter: Letter, site: PenaltySite): Person[] | null {
  const { text, mentions } = letter;
  const phrase = text.slice(site.start, site.term.start);
  const object = (site.fine ? FINE_OBJECT : OBJECT).exec(phrase)?.[1] ?? (site.fine ? undefined : longCountedObject(phrase));
  if (!object) return null;
  // Note: `him`/`her` and a role (`the teacher unionist`) are the person named before in the
  // sentence when there is one (`to free X after a court sentenced the teacher unionist …`).
  if (/^(?:him|her)$/iu.test(object)) return null;
  // Note: `sentenced one of the country's best-known bloggers to six years. Dilshod Karimov, 39, …`:
  // one person by description, named when the next sentence opens; never the group it is taken from.
  if (/^one\s+of\b/iu.test(object)) {
    if (mentions.some((m) => m.start >= site.window.start && m.end <= site.start)) return null;
    const next = site.following[0];
    const first = next ? mentions.find((m) => m.start >= next.start && m.end <= next.end) : undefined;
    // Note: only a name that opens the next sentence (`The union said …, and Ana Ruiz …` names no one).
    return first && next && INTRODUCES.test(text.slice(next.start, first.start)) ? [first.person] : [];
  }
  const group = groupIn(object, false);
  if (group) return groupPeople(letter, site, group);
  if (/^them$/iu.test(object)) {
    // Note: `sentenced four port workers to … and fined them KES 50,000 apiece`: `them` after a counted
    // group in its own sentence stands for that group, as `each of them` does.
    if (countedIn(text.slice(site.window.start, site.start))) return groupPeople(letter, site, { index: 0, size: null, noun: null, definite: true });
    // Note: `A and B were sentenced to one month; the court also fined them …`: names listed earlier in its own
    // sentence are nearer than any sentence before it.
    const own = mentions.filter((m) => m.start >= site.window.start && m.end <= site.start);
    const listed = own.length >= 2 ? listEndingAt(text, own, own.at(-1) as PersonMention).map((m) => m.person) : [];
    if (listed.length >= 2) return shareOf(listed, site.share) ? [shareOf(listed, site.share) as Person] : listed;
    const nearer = pronounGroup(letter, site);
    if (nearer) return nearer;
    const named = pluralAntecedent(site.previous, mentions);
    return shareOf(named, site.share) ? [shareOf(named, site.share) as Person] : named;
  }
  // Note: `It reduced the term to one year`: a penalty named by a definite noun is the one told
  // before; its person is the one penalised last, however many sentences back.
  if (PENALTY_OBJECT.test(object)) {
    const last = letter.penalised.filter((p) => p.start < site.start).reduce<Penalised | null>((a, p) => (!a || p.start >= a.start ? p : a), null);
    return last ? [last.person] : [];
  }
  if (!ROLE_OBJECT.test(object) || mentions.some((m) => m.start >= site.window.start && m.end <= site.start)) return null;
  // Note: `A court sentenced the editor to two years. Vera Lind, 54, …`: a role with no name is
  // the person the previous sentence named, else the one the next sentence opens with.
  const before = site.previous[0] && /^the\b/iu.test(object) ? antecedent(text, site.previous.slice(0, 1), mentions) : null;
  const person = before ?? openingName(site, mentions);
  return person ? [person] : [];
}
