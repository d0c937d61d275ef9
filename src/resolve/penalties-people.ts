/**
 * Who a penalty is about. The subject is resolved as a thing of its own: the names before its
 * term (all of them for `each`, `both`, `were sentenced`), the verb's objects, a non-name object
 * (`sentenced the journalists to`), the names after a clause with none (`…, eight days for X`), a
 * group (`both`, `the six`, `Three members`: penalties-groups.ts), a pronoun or subject-less
 * clause referring back, or an indefinite or role noun named in the next sentence.
 */
import type { Person, Span } from "../records.js";
import { formsSource, LEGAL_FORMS } from "../language/legal-forms.js";
import { antecedent, distinct, pluralAhead, pluralAntecedent, type PersonMention } from "./penalties-antecedents.js";
import { countedIn, groupIn, resolveGroup, type Group } from "./penalties-groups.js";
import { DESCRIPTIONS, RELATIONS, ROLE_HEADS } from "../extract/people/lexicon.js";
import { ordinalSubject, restSubject, type ListScope } from "./penalties-listed.js";
import { listedBelow } from "./penalties-below.js";
import { continuedFrom } from "./penalties-items.js";
import { describedGroup, groupBeforePronoun } from "./penalties-described.js";
import { introducedObject, pluralPenalty } from "./penalties-nouns.js";
import { ASIDE, listHeads } from "./penalties-heads.js";
import { listedForGroup, longCountedObject } from "./penalties-together.js";
import { firstOfList } from "./penalties-first.js";
import { handedToPointingBack, namedAfterColon, namedWithRole, roleOfPenalty } from "./penalties-roles.js";

export { mentionsOf, type PersonMention } from "./penalties-antecedents.js";

/** Between the last name and the term: the penalty is shared (`were both sentenced`). */
export const GROUP = /\b(?:each|both|were|have\s+been|all|respectively)\b/iu;
/** A plural pronoun refers back to the people named together before (`They were sentenced`). */
// Note: with the French and Spanish plural subjects (`Ils ont aussi été condamnés respectivement à …`).
export const PLURAL_PRONOUN = /\b(?:they|them|their|ils|elles|ellos|ellas)\b/iu;
const ANY_PRONOUN = /\b(?:he|she|him|her|his|they|them|their|ils|elles|ellos|ellas)\b/giu;
/** A pronoun subject refers back. */
/** A part of a plural pronoun's people (`one of them`, `two of them`), not all of them. */
const PART_OF = /\b(?:one|some|any|none|several|most|many|either|neither|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:them|those)\b/iu;
export const PRONOUN = /\b(?:he|she|him|her|his)\b/iu;
/** `He` before a capitalised word (`He Lanlan`, `He Weifang`): the surname, blanked out of pronoun tests (same length). */
const SURNAME_HE = /\bHe(?=\s+\p{Lu}\p{Ll})/gu;
const unnamedHe = (words: string): string => (words.includes("He") ? words.replace(SURNAME_HE, "  ") : words);
/** A court is the subject, so the person is the one the letter was speaking of (`The court also imposed a fine`). */
export const COURT_SUBJECT = /^(?:the\s+|a\s+|this\s+)?(?:[a-z-]+\s+){0,4}?(?:court|judge|tribunal|magistrate|bench)s?\b|^it\b/iu;
/**
 * A time or occasion set before a court subject by a comma (`On 14 January 2025, the court
 * imposed …`, `At the re-trial, which ended on 4 May, the bench …`): read past it.
 */
const OPENER = /^(?:on|in|at|after|following|yesterday|today|later|then|finally|subsequently|last|this|when|at\s+the\s+end\s+of)\b[^;:]{0,120}?(?:,\s*|\s+)(?=(?:the\s+|a\s+|this\s+)?(?:[a-z-]+\s+){0,4}?(?:court|judge|tribunal|magistrate|bench)s?\b)/iu;
/** The clause's subject is a court or judge, perhaps after an opener (COURT_SUBJECT, OPENER). */
function courtSubject(lead: string): boolean {
  const bare = lead.replace(/^[\W_]+/u, "");
  return COURT_SUBJECT.test(bare) || COURT_SUBJECT.test(bare.replace(OPENER, ""));
}
/** An indefinite subject named in the next sentence (`A Russian activist has been`). */
export const INDEFINITE = /^\s*an?\s[^.;]{0,60}\b(?:has|had|was|is)\s+(?:been\s+)?$/iu;
/**
 * After a term that is its clause's subject: handed to a person by role, not by name (`was handed
 * down on Thursday to the leader of …`, `was imposed on the union's treasurer`).
 */
const PASSIVE_TO_ROLE =
  /^[^.;]{0,40}?\b(?:was|has\s+been|had\s+been)\s+(?:handed\s+down|handed|imposed|given|passed)\s+(?:[^.;]{0,40}?\s)?(?:to|on|upon)\s+(?:the|a|an|its|their)\s+[^.;]{1,120}[.;]/iu;
/** Words before a name that make it a complement, not the subject (`wife of`, `together with`). */
const COMPLEMENT_WORD = /\b(?:of|with|by|from|against|about|behind)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}$/u;
/** The person a penalty is compared with (`the same term as X`, `la même peine qu'Afi X`, `la misma pena que X`). */
const COMPARED = /\b(?:same|même|misma|mismo)\s+[^,.;:]{0,30}?(?:\bas|\bque|\bqu['’])\s*(?:\p{Lu}\p{Ll}+\s+)?$/u;
/** A name in the possessive (`B's`, `B’s`, `Ramos'`). */
const POSSESSOR = /^(?:['’]s|['’](?=\s))/u;
/** A name's complement before it (COMPLEMENT_WORD), or a comparison's (COMPARED, tried only where its word stands). */
function complementBefore(before: string): boolean {
  return COMPLEMENT_WORD.test(before) || (/same|même|mism[ao]/u.test(before) && COMPARED.test(before));
}
/**
 * Names listed after the penalty (`fines … on freelance journalists X and Y`, `… on the union's
 * leader, X`, `six days each on B`, `The ten-year sentence went to X`, `the prison term handed to X`,
 * `the sentence that the trial court had imposed on X`).
 */
export const NAMES_AFTER =
  /^\s*(?:and(?:\s+(?!(?:on|upon|to|for)\s)[^\s.;]+){1,6}\s+)?(?:(?:each|apiece)\s+)?(?:(?:(?:that|which)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:had\s+|has\s+)?)?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:imposed|handed(?:\s+down)?|given|issued|reserved|passed|meted\s+out)\s+|(?:went|fell)\s+)?(?:on|upon|to|for)\s+(?!(?:[a-z]+\s+){0,3}?(?:of|by|with|from|against|about)\s)(?:(?![a-z]+ing\s)[a-z]+(?:['’]s)?\s+){0,3}$/u;
/** A contrast clause with a subject other than a pronoun (`, while Oleg R. received`). */
export const OWN_SUBJECT = /\b(?:while|whereas)\s+(?!(?:he|she|they|it)\b)\S/iu;
/** A penalty verb and its object pronoun (`ordered her to pay`, `fined him`, `sentenced them`). */
const OBJECT_PRONOUN = /\b(?:ordered|fined|sentenced|required|obliged|directed)\s+(?:him|her|them)\b/u;
/** A phrase fronted before its clause's subject, up to a name in it (`In the same ruling as Mr. `, `Like `, `Together with `). */
const FRONTED = /^[\s\p{P}]*(?:In|At|Like|Unlike|As\s+with|Together\s+with|Along\s+with|Alongside|Besides|Following)\b[^,;.]*?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/u;
/** The clause's own subject pronoun right after the fronted phrase's comma. */
const PRONOUN_AFTER_COMMA = /^\s*,\s*(?:he|she)\s/u;
/** What joins names in a list (`X, Y and Z`, `X (Y)`). */
const LIST_GLUE = /^(?:[,\s(&]|and\b)*$/u;
/** A list word and a role before the next name (`X and executive editor Y`): no verb, preposition or number. */
const ROLE_GLUE =
  /^[,\s]*and\s+(?:(?!(?:of|by|with|from|for|to|on|in|at|who|whose|which|was|were|is|are|has|have|had|and|an?|one|two|three|four|five|six|seven|eight|nine|ten|\w+ing|\w+ed)\s)[a-z-]+\s+){1,3}$/u;
/**
 * A list that repeats its preposition before the next name, a role set off by a comma allowed
 * (`on its treasurer, A, and on the safety officer, B`; `to A and to B`): group 1 is the role's last word.
 */
const REPEATED_GLUE = /^[,\s]*and\s+(?:on|upon|to|for)\s+(?:(?:the|its|his|her|their)\s+)?(?:[a-z-]+['’]s?\s+)?(?:(?:[a-z-]+\s+){0,2}([a-z-]+),\s+)?$/u;
/** The glue between two names is REPEATED_GLUE with a role noun, or none. */
function repeatedGlue(glue: string): boolean {
  const m = REPEATED_GLUE.exec(glue);
  if (!m) return false;
  const role = m[1];
  if (role === undefined) return /(?:on|upon|to|for)\s+$/u.test(glue);
  const singular = role.replace(/(?<=[^s])s$/u, "");
  return [role, singular].some((w) => ROLE_HEADS.has(w) || DESCRIPTIONS.has(w) || RELATIONS.has(w));
}

/** Text before a clause's verb that is no subject at all (a list item, a bullet). */
const NO_SUBJECT = /^[\s\p{P}\p{S}]*$/u;

/** `each`, `both` or `all` as the subject of a clause after the names (`, and each was fined`). */
const EACH_SUBJECT = /(?:[,;]|\band)\s+(?:each|both|all)(?:\s+of\s+them)?\s+(?:was|were|has|have|had|is|are|will|received|got|paid)\b/iu;

/** A penalty of its own between two names (`X received a penalty of …, and Y and Z were each`). */
// Note: a term or an amount of its own counts too (`fined A 40 basic units, and B and C 30 basic
// units each`; `A to twelve years' imprisonment, while B and C got three years each`); an age set
// off by commas (`A, 45, and B`) does not. And in French and Spanish (`Rangel fue condenado al pago
// de una multa de …, y A y B a una multa de … cada uno`).
// And an amount in thousands or an order to pay (`fined A KSh200,000, and ordered B and C to pay KSh50,000 each`).
const OWN_PENALTY =
  /\b(?:sentenced|fined|jailed|imprisoned|imprisonment|prison|jail|received|given|handed|penalty|fine|sentence|ordered|pay)\b|\d(?:[\d,.]*\d)?\s+(?!and\b|or\b)\p{L}|\d,\d{3}(?!\d)|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty)\s+(?:years?|months?|weeks?|days?)\b|(?<!\p{L})(?:condamn\p{L}*|conden\p{L}*|sentenci\p{L}*|amendes?|multas?|peines?|penas?|écop\p{L}*|inflig\p{L}*|impus\p{L}*)(?!\p{L})/iu;

/**
 * The names that share a group penalty: back from the last name before the term, up to a name
 * whose own penalty stands between it and the next.
 */
function sharing(text: string, before: readonly PersonMention[], last: PersonMention): PersonMention[] {
  const upTo = before.slice(0, before.indexOf(last) + 1);
  let first = upTo.length - 1;
  while (first > 0 && !OWN_PENALTY.test(text.slice((upTo[first - 1] as PersonMention).end, (upTo[first] as PersonMention).start))) first--;
  return upTo.slice(first);
}

/** The names joined by list words that end with `last` (`A, B and C`), each once. */
function listEndingAt(text: string, before: readonly PersonMention[], last: PersonMention): PersonMention[] {
  let first = before.indexOf(last);
  while (first > 0 && LIST_GLUE.test(text.slice((before[first - 1] as PersonMention).end, (before[first] as PersonMention).start))) first--;
  const seen = new Set<string>();
  return before.slice(first, before.indexOf(last) + 1).filter((m) => (seen.has(m.person.id) ? false : (seen.add(m.person.id), true)));
}

/** A group word right before a list of names (`Both A and B`, `all three of A, B and C`). */
const LIST_OPENER = /\b(?:both|all\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+of)?)\s+$/iu;
/** What sets a list beside its group word: a dash, colon, bracket or comma. */
const BESIDE = /[–—:(,-]\s*$/u;
/** A group word (`The six`, `Two journalists`, `Both defendants`) right before a list of `size` names, set beside it. */
function besideGroup(prefix: string, size: number): boolean {
  if (!BESIDE.test(prefix)) return false;
  const group = groupIn(prefix, false);
  return group !== null && prefix.length - group.index <= 40 && (group.size === null || group.size === size);
}

/** What the linker needs to know about one penalty phrase. */
export interface PenaltySite {
  /** The phrase and its term. */
  start: number;
  end: number;
  term: Span;
  /** The sentence window it lies in, and the windows before and after it. */
  window: Span;
  /** Later windows, nearest first (a few). */
  following: readonly Span[];
  /** Earlier windows, nearest first (a few suffice for a pronoun). */
  previous: readonly Span[];
  each: boolean;
  /** For one term of a list shared out in order: its place and the list's size. */
  share: { index: number; count: number } | null;
  /** The phrase opens with its verb (`Sentenced to …`, `fined …`), so a bare clause refers back. */
  verbLed: boolean;
  /** A fine: its term is an amount. */
  fine?: boolean;
  /** A document in another language: its words for NAMES_AFTER and LIST_GLUE (language/vocabulary.ts). */
  language?: { namesAfter: RegExp; listGlue: RegExp; pronoun: RegExp; pluralPronoun: RegExp; bodySubject: RegExp };
}

/** The person in a list's place for one item of a list shared out in order, when the counts agree. */
function shareOf(people: readonly Person[], share: PenaltySite["share"]): Person | undefined {
  return share && people.length === share.count ? people[share.index] : undefined;
}

/** Where a list item or a headline clause starts (`• Obstructing an officer > Sentenced to …`). */
const CLAUSE_BREAK = /[>•;|:–—]/gu;
/**
 * The object of an active penalty verb when it is no name: `sentenced the journalists to`,
 * `sentenced them to`, `jailed him for`, `ordered the journalists to each pay`, `sentenced the
 * editor to`. Group 1 is the object. The verb's subject (a judge, a court) is then never the person.
 */
export const OBJECT = /^\S+(?:\s+down)?\s+(?:\[[^\]]*\]\s+)?(him|her|them|(?:one\s+of|the|these|those|both|all|each|an?|\d+|two|three|four|five|six|seven|eight|nine|ten)\b[^,;:()]{0,60}?)\s+(?:to|for)\b/iu;
/** The same for a fine, whose amount may follow its object directly (`fined both journalists 3,000 cedis`). */
const FINE_OBJECT = new RegExp(OBJECT.source.replace(/\\s\+\(\?:to\|for\)\\b$/u, String.raw`(?:\s+(?:to|for)\b|\s*$)`), "iu");
/** An object that is one person by role (`the editor`, `a journalist`), named before or next. */
const ROLE_OBJECT = /^(?:the|an?)\s+(?:[a-z-]+\s+){0,3}[a-z-]+$/u;
/** An object that is a penalty told before (`the term`, `the original sentence`), not a person. */
const PENALTY_OBJECT = /^(?:the|this|that)\s+(?:(?:prison|jail|custodial|original|first|initial|earlier|first-instance|suspended)\s+)?(?:sentence|term|penalty|punishment)$/iu;

/** A person linked to a penalty that starts at `start`. */
export interface Penalised {
  person: Person;
  start: number;
  /** A fine's person (fines are linked after every sentence). */
  fine?: boolean;
}

/**
 * The people penalised before `at`, in the order of their first penalty: `the three` after a
 * penalty means those met so far, not people whose penalty the letter gives later.
 */
function penalisedBefore(penalised: readonly Penalised[], at: number): Person[] {
  const seen = new Set<string>();
  return [...penalised]
    .filter((p) => p.start < at)
    .sort((a, b) => a.start - b.start)
    .flatMap((p) => (seen.has(p.person.id) ? [] : (seen.add(p.person.id), [p.person])));
}

/** What the linker needs besides the site: the letter's windows, for groups. */
export interface Letter {
  text: string;
  mentions: readonly PersonMention[];
  /** Every person linked so far, with where the penalty stands (sentences are linked before fines). */
  penalised: readonly Penalised[];
  /** The name lists of every window, computed once per letter. */
  lists: () => readonly (readonly Person[])[];
  /** Every window of the letter, in order. */
  windows: readonly Span[];
}

/**
 * The rest of a group, counted and not named (`the remaining fourteen accused, whose names the
 * court did not read out, were each fined`, `the other 40 workers were each given`): a counted
 * group with no names gives no one's penalty, unless names follow it before the penalty.
 */
const UNNAMED_REST = /\b(?:remaining|other|rest\s+of\s+the)\s+(?:\d+|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|dozens?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+){0,2}?(?:accused|defendants|[a-z-]+(?<![su]s|is)s|people|men|women)\b([^.;]*)$/u;

/** The words from the last full stop or semicolon (at most 300 characters back) to `at`. */
function clauseBefore(text: string, at: number): string {
  const lead = text.slice(Math.max(0, at - 300), at);
  // Note: not `lead.search(/[^.;]*$/)`, which tries every position and scans each to the clause's end (quadratic).
  return lead.slice(Math.max(lead.lastIndexOf("."), lead.lastIndexOf(";")) + 1);
}

function unnamedRest(lead: string): boolean {
  const rest = UNNAMED_REST.exec(lead);
  return rest !== null && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(rest[1] ?? "");
}

/**
 * A subject the letter says it does not name (`A fourth worker, whom we do not name for her safety,
 * was fined`, `Another activist, whose name is withheld`): nobody's record, and its pronouns refer
 * to no one named before.
 */
// Note: also `whom the union has not been able to identify`, `whose identities remain unknown`,
// `whose names the network withholds`.
const UNNAMED = /\b(?:whose\s+(?:names?|identit(?:y|ies))\s+(?:is|are|was|were|has\s+been|have\s+been|remains?|remained)\s+(?:being\s+|still\s+)?(?:withheld|unknown|unclear|not\s+known|undisclosed)|(?:whom|who)\s+(?:[\p{L}-]+\s+){1,3}?(?:has|have|had)\s+(?:not\s+been\s+able|been\s+unable)\s+to\s+(?:name|identify)|(?:whom|who)\s+(?:we|it|they|the\s+\w+)\s+(?:do|does|did|will|would|could|can|cannot)(?:\s+not|n['’]t)?\s+(?:name|identify)|whose\s+names?\s+(?:we|it|they|the\s+\w+)\s+(?:withh(?:o|e)lds?|keeps?\s+back|does\s+not\s+(?:give|publish|disclose))|(?:who|which)\s+(?:asked|wished|prefers?|preferred|wants?|wanted)\s+not\s+to\s+be\s+(?:named|identified)|unnamed|anonymous)\b/iu;

/** A total for a group (`sentencing five activists to a total 57 years`): no one's own penalty. */
const TOTAL = /\btotal(?:l?ing)?\b/iu;

/** A clause that is only a distributive subject, its verb in the penalty's phrase (`Each received one year`). */
const EACH_LEAD = /^[\s\p{P}]*(?:each|every\s+one)(?:\s+of\s+(?:them|these|those))?\s*$/iu;

/** A sentence opened by a distributive `Each` (`Each was also fined`, `Each of them received`). */
const EACH_OPENS = /^[\s\p{P}]*each\b/iu;

/** The people a group subject or object stands for (GROUP_ROWS, resolveGroup). */
function groupPeople(letter: Letter, site: PenaltySite, group: Group): Person[] {
  if (TOTAL.test(letter.text.slice(site.window.start, site.term.start)) || unnamedRest(clauseBefore(letter.text, site.term.start))) return [];
  // Note: `convicted three journalists … and ordered each of them to pay`: a group with no size or
  // noun of its own (`each of them`, `them`) stands for a counted group said before it in the sentence.
  const counted = group.size === null && group.noun === null ? countedIn(letter.text.slice(site.window.start, site.start)) : null;
  const scoped = counted ? { ...group, size: counted.size, noun: counted.noun } : group;
  // Note: a group with no noun after names listed earlier in its own sentence (`found the president, A, and its
  // vice-president, B, guilty … and fined each of them`), a counted one listed after a colon (penalties-together.ts).
  const listed = listedForGroup(letter.text, letter.mentions, { ...site, end: Math.max(site.end, site.term.end), start: Math.min(site.start, site.term.start) }, group, scoped.size, counted !== null);
  if (listed.length > 0) return shareOf(listed, site.share) ? [shareOf(listed, site.share) as Person] : listed;
  // Note: a group with no count (`Each was also fined`) stands for the people penalised in its
  // own paragraph when two or more were, not for everyone penalised since the letter began.
  const paragraph = letter.text.lastIndexOf("\n\n", site.start) + 1;
  const recent = scoped.size === null ? penalisedBefore(letter.penalised.filter((p) => p.start >= paragraph), site.start) : [];
  // Note: `Each` opening a sentence (`A and B were sentenced to … respectively. Each was also ordered
  // to pay …`) stands for the people the sentence before penalised, when it penalised two or more.
  const before = site.previous[0];
  const lastSentence =
    scoped.size === null && before && EACH_OPENS.test(letter.text.slice(site.window.start, site.start))
      ? penalisedBefore(letter.penalised.filter((p) => p.start >= before.start && p.start < before.end), site.start)
      : [];
  const penalised = lastSentence.length >= 2 ? lastSentence : recent.length >= 2 ? recent : penalisedBefore(letter.penalised, site.start);
  // Note: `sentenced both union leaders to …`: the people last described with the group's noun, named after the last penalty.
  const described = describedGroup({ ...letter, previous: site.previous, windowStart: site.window.start, at: site.start }, scoped);
  const people = described ?? resolveGroup(scoped, { ...letter, penalised, previous: site.previous, following: site.following });
  // Note: `sentenced two activists to six and five years respectively`: one term each, in order.
  const own = shareOf(people, site.share);
  return own ? [own] : people;
}

/**
 * A plural pronoun whose sentence before names nobody but counts a group (`convicted the three of …`):
 * the group's people, resolved from that sentence back, as many as it counts; else null.
 */
function pronounGroup(letter: Letter, site: PenaltySite): Person[] | null {
  const group = groupBeforePronoun(letter.text, letter.mentions, site.previous);
  const w = site.previous[0];
  if (!group || !w) return null;
  const people = groupPeople(letter, { ...site, start: w.end, term: { start: w.end, end: w.end }, window: w, previous: site.previous.slice(1), share: null }, group);
  if (people.length !== group.size) return null;
  const own = shareOf(people, site.share);
  return own ? [own] : people;
}

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
function roleAfter(text: string, site: PenaltySite): boolean {
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
function openingName(site: PenaltySite, mentions: readonly PersonMention[]): Person | null {
  const next = site.following[0];
  const first = next ? mentions.find((m) => m.start >= next.start && m.end <= next.end) : undefined;
  return first && next && first.start - next.start <= SUBJECT_REACH ? first.person : null;
}
const SUBJECT_REACH = 60;

/** The people an object that is no name stands for (OBJECT), or null when the phrase has none. */
function objectPeople(letter: Letter, site: PenaltySite): Person[] | null {
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
    return first && next && /^[\s\p{Pi}"']*$/u.test(text.slice(next.start, first.start)) ? [first.person] : [];
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

/** A group named right after a penalty (`… on each of the three`, `… to both`): group 1 is the group's words. */
const GROUP_AFTER = /^\s*(?:on|upon|to|against)\s+(?:each\s+of\s+|all\s+of\s+|every\s+one\s+of\s+)?((?:the|these|those|both|all)\b.*)$/isu;

/** Before a counted group right after a penalty: the hand word, perhaps `the other`/`the remaining` (`… on the other two defendants`). */
const COUNTED_AFTER = /^\s*(?:on|upon|to|against)\s+(?:the\s+(?:other|remaining)\s+)?(?=\S)/iu;

/** A counted group of two or more right after the penalty's term (`… on two reporters`), or null. */
function countedAfter(text: string, site: PenaltySite): Group | null {
  const from = Math.max(site.end, site.term.end);
  const tail = text.slice(from, Math.min(site.window.end, from + 80));
  const hand = COUNTED_AFTER.exec(tail);
  const group = hand ? groupIn(tail.slice(hand[0].length), false) : null;
  return group && group.index === 0 && !group.definite && group.part !== true && group.size !== null && group.size >= 2 ? group : null;
}

/** A title-case line: most of its longer words capitalised. */
function headline(sentence: string): boolean {
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/** The window's text with the person mentions in it cut out. */
function withoutNames(text: string, window: Span, mentions: readonly PersonMention[]): string {
  let out = "";
  let at = window.start;
  for (const m of mentions) {
    if (m.start < at || m.end > window.end) continue;
    out += text.slice(at, m.start);
    at = m.end;
  }
  return out + text.slice(at, window.end);
}

/** A penalty set beside its noun (`the heaviest sentence, four years in prison, to X`, `the harshest penalty – six years – to X`). */
const BESIDE_NOUN = /\b(?:sentences?|terms?|penalt(?:y|ies)|punishments?)\s*[,(–—-]\s*$/iu;
/** The rest of a penalty set beside its noun, up to its closing mark (`…, three years in prison with labour, to X`). */
const CLOSER = /^[^,;.()–—]{0,30}?\s*(?:[,)–—]|\s-\s)/u;
/**
 * A part of the term set off by commas right after it (`, of which eighteen months suspended,`, `, 6 of them
 * suspended,`, `, dont six mois ferme,`, `, de los cuales dos en suspenso,`, `, dos de ellos condicionales,`):
 * the penalty's own words, not a gap before its names.
 */
export const TERM_PART = /^\s*,\s*(?:of\s+which|dont|de\s+(?:los|las)\s+cuales|[\p{L}\d-]+\s+(?:of\s+(?:them|which)|de\s+ell[oa]s))\s[^,;.()]{1,60}(?=,)/u;
/**
 * The aside of a list member set off by commas, starting lower case (a role: `, secrétaire général du SNEP`,
 * `, its treasurer`), before the word that joins the next name (`, et contre M. `, `, and `).
 */
const MEMBER_ASIDE = /^\s*,\s*(?=\p{Ll})(?!(?:who|whom|whose|which|that|qui|que|quien|quienes|dont)\s)[^,;.()]{1,80},(?=\s*(?:and|et|y)\s)/u;
/** A role noun set before a name by a comma (`to the union treasurer, Amina Diallo`). */
const ROLE_COMMA = /(\p{Ll}[\p{Ll}-]*),\s+$/u;

/**
 * The words between a penalty and the first name after it, read as NAMES_AFTER reads them: the
 * closing comma or dash of a penalty set beside its noun left out, and a comma after a role noun
 * (`to the treasurer, X`) read as a space.
 */
function nameGap(text: string, site: PenaltySite, firstAfter: number): string {
  // Note: a part of the term set off by commas (`…, dont dix-huit mois avec sursis, contre M. X`) stands outside the gap.
  let gap = text.slice(site.end, firstAfter).replace(TERM_PART, "");
  if (CLOSER.test(gap) && BESIDE_NOUN.test(text.slice(Math.max(0, site.start - 40), site.start))) gap = gap.replace(CLOSER, "");
  const role = ROLE_COMMA.exec(gap)?.[1] ?? "";
  const singular = role.replace(/(?<=[^s])s$/u, "");
  if (role && [role, singular].some((w) => ROLE_HEADS.has(w) || DESCRIPTIONS.has(w) || RELATIONS.has(w))) gap = gap.replace(ROLE_COMMA, "$1 ");
  return gap;
}

/** Names listed right after the penalty (NAMES_AFTER), or none. */
function namesAfter(text: string, site: PenaltySite, mentions: readonly PersonMention[]): Person[] {
  const after = mentions.filter((m) => m.start >= site.end && m.end <= site.window.end);
  const firstAfter = after[0];
  if (!firstAfter) return [];
  const gap = nameGap(text, site, firstAfter.start);
  // Note: `the five-year sentence of X`: `of` after a sentence noun names whose it is.
  const ofSentence = /^\s*of\s+(?:[a-z]+\s+){0,3}$/u.test(gap) && /\b(?:sentence|term)s?$/iu.test(text.slice(site.start, site.end));
  if (!NAMES_AFTER.test(gap) && !site.language?.namesAfter.test(gap) && !ofSentence) return [];
  // Note: in a headline every word is capitalised, so `… Imprisonment for Criminal Defamation` names no one.
  // Note: the names themselves are left out of the count: a sentence listing many people is no headline.
  if (/\bfor\s/u.test(gap) && headline(withoutNames(text, site.window, mentions))) return [];
  if (/['’]s?\b/u.test(text.slice(firstAfter.end, firstAfter.end + 2))) return [];
  const list = [firstAfter];
  for (const m of after.slice(1)) {
    const prev = list[list.length - 1] as PersonMention;
    // Note: `contre M. A, secrétaire général du SNEP, et contre M. B`: the first one's role aside stands outside the glue.
    const glue = text.slice(prev.end, m.start).replace(MEMBER_ASIDE, "");
    if (!LIST_GLUE.test(glue) && !ROLE_GLUE.test(glue) && !repeatedGlue(glue) && !site.language?.listGlue.test(glue)) break;
    list.push(m);
  }
  return distinct(list);
}

/** Nouns for a body, not a person: a fine on one of them is no person's fine. */
const BODY_NOUN =
  "(?:newspapers?|weekly|daily|magazines?|stations?|channels?|outlets?|broadcasters?|websites?|publishers?|publishing\\s+house|compan(?:y|ies)|firms?|employers?|factor(?:y|ies)|unions?|federations?|associations?|organi[sz]ations?|part(?:y|ies)|agenc(?:y|ies)|radio|television|TV|portals?|NGOs?)";
/** A fine's object that is a body (`fined the station itself …`, `fined the weekly Harbour Post …`). */
const BODY_OBJECT = new RegExp(`^\\S+\\s+(?:(?:the|its|his|her|their|our)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${BODY_NOUN}(?=\\s*(?:itself\\b|as\\b|to\\b|[\\p{Lu}\\d(,$€£]))`, "u");
/** A fine said to fall on a legal person (`fined X as a company`, `as a legal entity`). */
const AS_BODY = /\bas\s+(?:a|an|the)\s+(?:company|legal\s+(?:entity|person)|corporat(?:e\s+body|ion)|business|publisher|media\s+outlet|organi[sz]ation)\b/iu;
/** A body as the subject of a passive fine (`his newspaper, Gundem Daily, fined`, `the channel was fined`). */
const BODY_SUBJECT = new RegExp(`\\b${BODY_NOUN}(?:,\\s*[^,;]{1,40},)?\\s+(?:(?:was|were|has\\s+been|had\\s+been|is|be|been)\\s+(?:also\\s+)?)?$`, "iu");
/** A body noun inside a complement (`editor of the newspaper`) is no subject. */
const BODY_COMPLEMENT = /\b(?:of|for|at|from|with|by|to|in)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** After the amount, a body it is imposed on (`… of 50,000 lira on the newspaper's parent company`). */
const ON_BODY = new RegExp(`^[^.;]{0,30}?\\b(?:on|upon|against)\\s+(?:(?:the|its|his|her|their|our)\\s+)?(?:(?!of\\b)[\\p{L}'’-]+\\s+){0,3}?${BODY_NOUN}(?![\\p{L}'’])`, "u");
/** A company's legal form after its name (`Ekspres Medya A.Ş.`, `Bora Media Ltd.`, `Zenith LLC`): the whole class (language/legal-forms.ts). */
const FORMS = formsSource(LEGAL_FORMS);
const LEGAL_FORM = new RegExp(String.raw`\p{Lu}[\p{L}-]*\s+(?:${FORMS})`, "u");
/** A company told to pay, set off with its aside (`ordered Vela Press LLC, the outlet's publisher, to pay …`). */
const ORDERED_COMPANY = new RegExp(String.raw`\bordered\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:${FORMS})\.?(?:\s*,[^,;.]{1,80},)?\s+to\s+(?:pay|repay)\s+$`, "u");

/** A fine imposed on a company, outlet or union rather than on a person: no person's record. */
function fineOnBody(text: string, site: PenaltySite, mentions: readonly PersonMention[]): boolean {
  const object = text.slice(site.start, site.term.start);
  const named = mentions.some((m) => m.start >= site.start && m.end <= site.term.start);
  // Note: with the amount, which the body noun's lookahead asks for (`fined the company 30,000 manats`).
  if (!named && (BODY_OBJECT.test(text.slice(site.start, site.term.end)) || AS_BODY.test(object))) return true;
  // Note: a company named by its legal form as the verb's object (`fined the owner, Bora Media Ltd., TL 80,000`).
  if (!named && LEGAL_FORM.test(object)) return true;
  if (ORDERED_COMPANY.test(text.slice(Math.max(site.window.start, site.term.start - 160), site.term.start))) return true;
  const after = text.slice(site.term.end, Math.min(site.window.end, site.term.end + 80));
  if (AS_BODY.test(after.slice(0, 40))) return true;
  // Note: `imposed a fine of 50,000 lira on the newspaper's parent company, X A.Ş.`: on a body, not a person.
  if (ON_BODY.test(after) && !mentions.some((m) => m.start >= site.term.end && m.end <= site.term.end + 40)) return true;
  const before = text.slice(Math.max(site.window.start, site.start - 80), site.start);
  // Note: French and Spanish (`Le syndicat lui-même a été condamné à une amende de`, `La empresa fue sancionada con una multa de`).
  const subject = BODY_SUBJECT.exec(before) ?? site.language?.bodySubject.exec(before);
  if (!subject) return false;
  const at = site.start - before.length + subject.index;
  return !BODY_COMPLEMENT.test(text.slice(Math.max(site.window.start, at - 30), at)) && !mentions.some((m) => m.start >= at && m.end <= site.start);
}

/**
 * A subject that points into a list named before (`the two others`, `the third accused`), in the
 * penalty's clause (after the last `;` of its sentence), or null when it has none.
 */
function listSubject(letter: Letter, site: PenaltySite): Person[] | null {
  const lead = letter.text.slice(site.window.start, site.term.start);
  const clauseStart = site.window.start + lead.lastIndexOf(";") + 1;
  const scope: ListScope = {
    text: letter.text,
    mentions: letter.mentions,
    window: site.window,
    previous: site.previous,
    penalisedBefore: () => penalisedBefore(letter.penalised, site.start),
  };
  // Note: `B was also fined EGP 20,000, and the two other defendants LE10,000 each`: for a fine, the rest of the
  // people fined before it first (every sentence's people are penalised by then), else of those penalised.
  const fined = site.fine ? restSubject({ ...scope, penalisedBefore: () => penalisedBefore(letter.penalised.filter((p) => p.fine === true), site.start) }, clauseStart, site.term.start) : null;
  // Note: `ordered each of the first four to pay a fine`: the first people of a list set out line by line (penalties-first.ts).
  const people =
    ordinalSubject(scope, clauseStart, site.term.start, site.end) ??
    firstOfList(letter.text, letter.mentions, clauseStart, site.term.start, site.window.start) ??
    (fined && fined.length > 0 ? fined : null) ??
    restSubject(scope, clauseStart, site.term.start);
  if (!people) return null;
  // Note: `the other two defendants, whose names were withheld, …` are not the list's people.
  if (UNNAMED.test(letter.text.slice(clauseStart, site.term.start))) return [];
  // Note: one term each, in order, when a list of terms is shared out (`six and four months respectively`).
  const own = shareOf(people, site.share);
  return own ? [own] : people;
}

/** The people a penalty is imposed on; empty when no named person is found. */
export function peopleFor(letter: Letter, site: PenaltySite): Person[] {
  const { text, mentions } = letter;
  // Note: `fined the newspaper as a company 120,000 manats`: a company is not a person.
  if (site.fine && fineOnBody(text, site, mentions)) return [];
  // Note: `3. A, secretary-general, and` ⏎ `4. B, …: three years each`: an item ending on a conjunction goes on in the next.
  const from = continuedFrom(text, site.window.start);
  const before = mentions.filter((m) => m.start >= from && m.end <= site.term.start);
  // Note: names between the verb and the term are its objects (`sentenced X and Y to …`).
  // Note: a phrase that opens its item (`- Mme B, secrétaire : six mois … chacun`) has the item's names as its objects, the continued item's too.
  const objectFrom = from < site.window.start && !/\p{L}/u.test(text.slice(site.window.start, site.start)) ? from : site.start;
  const objects = before.filter((m) => m.start >= objectFrom);
  // Note: `X and Y were sentenced to six and five years respectively`: in order, one each.
  const own = shareOf(distinct(objects.length > 0 ? objects : before), site.share);
  if (own) return [own];
  // Note: `… to nine years; his deputies A and B received seven and five years respectively`: the
  // list that ends at the last name before the term, when the sentence names others before it.
  const lastBefore = before.at(-1);
  const inList = site.share && objects.length === 0 && lastBefore ? shareOf(listEndingAt(text, before, lastBefore).map((m) => m.person), site.share) : undefined;
  if (inList) return [inList];
  // Note: `handed A, a reporter for X, and B, who runs Y, three and two years respectively`: the
  // list's members, without the names inside their asides or the verb's subject before them.
  const heads = site.share ? shareOf(listHeads(text, objects.length > 0 ? objects : before).map((m) => m.person), site.share) : undefined;
  if (heads) return [heads];
  if (objects.length > 0) return distinct(objects);
  // Note: `It sentenced the following five to two years each:` then one name to a line below.
  if (before.length === 0) {
    const below = listedBelow(text, site.term.end, site.window, mentions, groupIn(text.slice(site.window.start, site.term.start), false)?.size ?? null);
    if (below.length > 0) return below;
  }
  // Note: `jails them for eight days for Ojok, six for …`: names after `for` right after the term
  // say whose it is, whatever the verb's object.
  let namesAfterTerm: Person[] | undefined;
  const listedAfter = (): Person[] => (namesAfterTerm ??= namesAfter(text, site, mentions));
  if (/^\s*for\s/u.test(text.slice(site.end, site.end + 6)) && listedAfter().length > 0) return listedAfter();
  // Note: `The two others were each sentenced …`, `the first and second accused were each fined …`:
  // a subject that points into a list named before (penalties-listed.ts).
  const pointed = listSubject(letter, site);
  if (pointed) return pointed;
  // Note: `Judge X sentenced the journalists to …`: the verb's subject is not the person.
  const object = site.verbLed ? objectPeople(letter, site) : null;
  if (object) return object;
  // Note: `…, eight days for Saba Khomeriki`, `…, and a two-year sentence to Y`: a clause with no
  // name of its own gives its penalty to the names right after it.
  const clause = text.slice(site.window.start, site.start);
  const clauseStart = site.window.start + (([...clause.matchAll(/[,;]|\band\b/gu)].pop()?.index ?? -1) + 1);
  // Note: `imposed sentences of five, four and three years on A, B and C respectively`: in order, one each.
  const listed = listedAfter();
  const namedAfter = shareOf(listed, site.share) ? [shareOf(listed, site.share) as Person] : listed;
  // Note: not when the clause names its payer by an object pronoun (`ordered her to pay a fine of ₱50,000
  // and moral damages of ₱300,000 to X`: X is paid, she pays).
  const payerPronoun = OBJECT_PRONOUN.test(text.slice(clauseStart, site.term.start));
  if (namedAfter.length > 0 && !payerPronoun && !before.some((m) => m.start >= clauseStart)) return namedAfter;
  // Note: a name inside a complement (`the wife of X`, `together with X`) is not the subject.
  // Note: nor is a name inside an aside on the name before it (`A, who worked alongside B for
  // years, was jailed`, `A, an assistant to B, was given …`).
  // Note: nor is a possessor set beside the name before it, which only determines a noun (`A, B's brother-in-law,
  // was fined`: A).
  const subjects = before.filter((m, i) => {
    const previous = before[i - 1];
    const aside = previous !== undefined && ASIDE.test(text.slice(previous.end, m.start));
    const possessor = previous !== undefined && /^\s*,\s*$/u.test(text.slice(previous.end, m.start)) && POSSESSOR.test(text.slice(m.end, m.end + 3));
    return !complementBefore(text.slice(Math.max(site.window.start, m.start - 40), m.start)) && !aside && !possessor;
  });
  const last = subjects[subjects.length - 1] ?? before[before.length - 1];
  // Note: `SUVA, Fiji (Wire) – The general secretary of the nurses' association was jailed …`: a
  // subject named by its role alone, in a clause with no name, is the person named later with that role.
  // Note: `Two years' imprisonment and a fine of E5,000 each: that is the penalty handed down on
  // Wednesday to A, …; B, …; and C, …`: the clause after the colon hands the terms to its list.
  if (before.length === 0) {
    const handed = handedToPointingBack(text, Math.max(site.end, site.term.end), site.window, mentions, site.following[0]);
    if (handed.length > 0) return handed;
  }
  const byRole = roleNamedLater(letter, site);
  if (byRole) return [byRole];
  if (last) {
    const between = text.slice(last.end, site.term.start);
    // Note: `In the same ruling as Mr. X, he was sentenced …`: a name inside a fronted phrase is no
    // subject; the pronoun after its comma is, and points back past it.
    if (FRONTED.test(text.slice(site.window.start, last.start)) && PRONOUN_AFTER_COMMA.test(between)) {
      const person = antecedent(text, site.previous, mentions);
      return person ? [person] : [];
    }
    // Note: `X was jailed …, while Y received …`: a contrast clause has its own subject; when
    // that subject is not a known name (or is unnamed: `while his colleague`), nobody.
    if (OWN_SUBJECT.test(between) || UNNAMED.test(between)) return [];
    // Note: `A got eight years; the remaining fourteen accused were each fined`: a subject of its own, unnamed.
    if (unnamedRest(clauseBefore(text, site.term.start))) return [];
    // Note: `A was given five years and his colleague B three years, and each was fined …`: `each` as
    // its clause's subject stands for everyone penalised in the sentence so far.
    const inSentence = EACH_SUBJECT.test(between) ? penalisedBefore(letter.penalised.filter((p) => p.start >= site.window.start), site.start) : [];
    if (inSentence.length >= 2) return inSentence;
    // Note: `B and C received one year each, and all three were fined …`: a counted group after the
    // names that counts more (or fewer) than they are stands for the people it counts.
    const counted = groupIn(between, false);
    if (counted?.definite && counted.size !== null && distinct(sharing(text, before, last)).length !== counted.size) {
      const people = groupPeople(letter, site, counted);
      if (people.length === counted.size) return people;
    }
    if (site.each || GROUP.test(between)) return distinct(sharing(text, before, last));
    // Note: `The six – A, B, C, D, E and F – received 40-month sentences`: a list set beside a group word.
    const run = listEndingAt(text, before, last);
    // Note: `Both A and B received 24-month sentences`: a list opened by a group word.
    const prefix = run.length >= 2 ? text.slice(site.window.start, (run[0] as PersonMention).start) : "";
    // Note: `A, B and C received one-year suspended sentences`: a plural penalty noun agrees with a list subject.
    const shared = besideGroup(prefix, run.length) || LIST_OPENER.test(prefix) || pluralPenalty(text, site.term.start, site.term.end);
    return run.length >= 2 && shared ? run.map((m) => m.person) : [last.person];
  }
  if (namedAfter.length > 0 && !payerPronoun) return namedAfter;
  const whole = text.slice(site.window.start, site.start);
  // Note: `He` before a capitalised word is a surname (`The centre's accountant, He Lanlan, was given …`), no pronoun.
  const lead = unnamedHe(whole.slice(([...whole.matchAll(CLAUSE_BREAK)].pop()?.index ?? -1) + 1));
  if (UNNAMED.test(lead)) return [];
  const objectText = unnamedHe(text.slice(site.start, site.term.start));
  // Note: the pronoun nearest the term decides (`They said he was jailed` is about him).
  const pronouns = [...`${lead} ${objectText}`.matchAll(ANY_PRONOUN)];
  const pronoun = pronouns.pop();
  // Note: in French and Spanish the verb's object may be the group (`había sentenciado a los líderes indígenas a 12 años`).
  const objectGroup = site.language ? groupIn(objectText) : null;
  // Note: `Each received one year …`: a distributive subject whose verb opens the penalty's phrase (session 21).
  const eachLead = EACH_LEAD.exec(lead);
  const group = groupIn(lead) ?? (eachLead ? { index: eachLead[0].search(/\S/u), size: null, noun: null, definite: true } : null) ?? (objectGroup && { ...objectGroup, index: lead.length + 1 + objectGroup.index });
  // Note: a counted part (`Two of them were jailed`) is the subject, its pronoun only the whole it is taken from.
  if (group && (!pronoun || pronoun.index < group.index || group.part === true)) return groupPeople(letter, site, group);
  // Note: `imposed fines of 3,000 lira on each of the three`: a group right after the penalty.
  const after = GROUP_AFTER.exec(text.slice(site.term.end, Math.min(site.window.end, site.term.end + 60)));
  const afterGroup = after ? groupIn(after[1] ?? "", false) : null;
  if (afterGroup && afterGroup.index === 0 && afterGroup.definite) return groupPeople(letter, site, afterGroup);
  // Note: `… imposed six-month suspended sentences on the other two defendants in the case. They are A and B`: a counted
  // group right after the penalty, in a sentence naming nobody, is the people the next sentences name, as many as it counts.
  const counted = countedAfter(text, site);
  if (counted && !mentions.some((m) => m.start >= site.window.start && m.end <= site.window.end)) {
    const people = groupPeople(letter, site, counted);
    if (people.length === counted.size) return people;
  }
  // Note: and a French or Spanish plural object pronoun (`Le tribunal les a condamnés chacun à`, `les impuso a cada uno`).
  if (PLURAL_PRONOUN.test(pronoun?.[0] ?? "") || (!pronoun && site.language?.pluralPronoun.test(`${lead} ${objectText}`) === true)) {
    // Note: `Each of them was fined …, failing which they will serve three months`: a group before the pronoun in its clause is the pronoun's.
    const grouped = group ? groupPeople(letter, site, group) : [];
    if (grouped.length >= 2) return grouped;
    const nearer = pronounGroup(letter, site);
    if (nearer) return nearer;
    const named = pluralAntecedent(site.previous, mentions);
    // Note: `… sentenced X, Y and Z … They were also fined A, B and C respectively`: in order.
    const mine = shareOf(named, site.share);
    if (mine) return [mine];
    if (named.length >= 2) return named;
    // Note: `the activists … they were given …`: a group named in the clause or just before.
    const plural = groupIn(lead, false) ?? groupIn(site.previous[0] ? text.slice(site.previous[0].start, site.previous[0].end) : "", false);
    const people = plural ? groupPeople(letter, site, plural) : [];
    if (people.length > 0 || named.length > 0) return people.length > 0 ? people : named;
    // Note: `one of them was also sentenced` is a part of a group, never the people named next; a
    // pronoun whose group is counted (`convicted three reporters and ordered each of them …`) is that group's.
    // Note: a counted one was sought ahead already (resolveGroup); `the defendants` counts nobody.
    const counted = (group?.size ?? null) !== null || (plural?.size ?? null) !== null || countedIn(whole) !== null;
    return counted || PART_OF.test(`${lead} ${objectText}`) ? [] : pluralAhead(site.window.start, site.following, mentions);
  }
  // Note: `A court … handed a ten-year prison term to one of the country's best-known teachers.
  // Vera Lind, …`: a role after the term, with no name in the sentence, is the person the next
  // sentence opens with.
  const named = mentions.some((m) => m.start >= site.window.start && m.end <= site.window.end);
  if (!named && !pronoun && roleAfter(text, site)) {
    const person = openingName(site, mentions);
    if (person) return [person];
  }
  // Note: `Sentenced to five years for …: the chair of the union, X, learned …`: a headline-like
  // clause opened by its penalty names its subject after the colon.
  if (site.verbLed && NO_SUBJECT.test(lead) && !pronoun) {
    const person = namedAfterColon(text, Math.max(site.end, site.term.end), site.window, mentions);
    if (person) return [person];
  }
  const introduced = introducedObject(letter, site, lead);
  if (introduced) return introduced;
  if (PRONOUN.test(lead) || PRONOUN.test(objectText) || site.language?.pronoun.test(lead) || courtSubject(lead) || (site.verbLed && NO_SUBJECT.test(lead))) {
    const person = antecedent(text, site.previous, mentions);
    // Note: in French and Spanish, a court as subject after one penalty shared by several gives its own to them all
    // (`condenó a A y a B a ocho meses. El tribunal … estableció una multa de USD 44`).
    // Note: and one the nearest sentence names but who was not penalised (`Mme B a été relaxée`) leaves it to the last penalised.
    if (person && site.language && courtSubject(lead)) {
      const reach = site.previous.at(-1)?.start ?? site.window.start;
      const earlier = letter.penalised.filter((p) => p.start < site.start && p.start >= reach);
      const own = earlier.filter((p) => p.person.id === person.id).at(-1) ?? earlier.at(-1);
      const together = own ? [...new Map(earlier.filter((p) => p.start === own.start).map((p) => [p.person.id, p.person])).values()] : [];
      if (together.length > 0) return together;
    }
    return person ? [person] : [];
  }
  // Note: `A two-year sentence was handed down to the union's spokesman. Vera Lind, 54, …`: the
  // term is the subject and its person a role, named when the next sentence opens.
  if (PASSIVE_TO_ROLE.test(text.slice(site.end, site.window.end)) && !mentions.some((m) => m.start >= site.window.start && m.end <= site.window.end)) {
    // Note: only a name that opens the next sentence (`The union said …, Vera Lind told …` is no naming).
    const next = site.following[0];
    const first = next ? mentions.find((m) => m.start >= next.start && m.end <= next.end) : undefined;
    return first && next && /^[\s\p{Pi}"']*$/u.test(text.slice(next.start, first.start)) ? [first.person] : [];
  }
  if (INDEFINITE.test(lead)) {
    const person = openingName(site, mentions) ?? firstNamed(site, mentions);
    return person ? [person] : [];
  }
  return [];
}

/**
 * A penalty whose clause names its person by role alone (penalties-roles.ts): the person named
 * later with that role, else the one a following sentence (of the next two) opens with; null when
 * the clause names someone or no role.
 */
function roleNamedLater(letter: Letter, site: PenaltySite): Person | null {
  const { text, mentions } = letter;
  const whole = text.slice(site.window.start, site.start);
  const leadStart = site.window.start + ([...whole.matchAll(CLAUSE_BREAK)].pop()?.index ?? -1) + 1;
  if (mentions.some((m) => m.start >= leadStart && m.end <= site.term.start)) return null;
  const role = roleOfPenalty(text, text.slice(leadStart, site.start), site.window, Math.max(site.end, site.term.end), site.following[0]);
  if (role === null) return null;
  // Note: an object role counts only in a sentence that names nobody (`… handed to the editor of the weekly Coast Echo`).
  const subjectRole = leadStart < site.start && /\b(?:was|has\s+been|had\s+been|is|were)\s+(?:\S+\s+)?$/u.test(text.slice(leadStart, site.start));
  if (!subjectRole && mentions.some((m) => m.start >= site.window.start && m.end <= site.window.end)) return null;
  const later = [{ start: site.end, end: site.window.end }, ...site.following];
  const named = role ? namedWithRole(text, later, mentions, role) : null;
  if (named) return named;
  for (const w of site.following.slice(0, 2)) {
    const first = mentions.find((m) => m.start >= w.start && m.end <= w.end);
    if (first) return OPENS_SUBJECT.test(text.slice(w.start, first.start)) ? first.person : null;
  }
  return null;
}

/**
 * What may come before the person a sentence opens with: nothing, or a pronoun and a verb of the
 * penalty reaching someone (`Elle frappe M. X`, `It falls on X`, `Ella recae sobre X`).
 */
const OPENS_SUBJECT = /^[\s\p{Pi}"']*(?:(?:elle|il|it|she|he|ella|él)\s+(?:frappe|vise|concerne|touche|hits|targets|concerns|falls\s+on|recae\s+(?:sobre|en)|afecta\s+a)\s+)?(?:(?:M|Mme|Mr|Mrs|Ms|Sr|Sra|Dr)\.?\s+)?$/iu;

function firstNamed(site: PenaltySite, mentions: readonly PersonMention[]): Person | null {
  const next = site.following[0];
  return (next && mentions.find((m) => m.start >= next.start && m.end <= next.end)?.person) ?? null;
}
