/**
 * Who a penalty is about. The subject is resolved as a thing of its own: the names before its
 * term (all of them for `each`, `both`, `were sentenced`), the verb's objects, a non-name object
 * (`sentenced the journalists to`), the names after a clause with none (`…, eight days for X`), a
 * group (`both`, `the six`, `Three members`: penalties-groups.ts), a pronoun or subject-less
 * clause referring back, or an indefinite or role noun named in the next sentence.
 */
import type { Person } from "../records.js";
import { antecedent, distinct, pluralAhead, pluralAntecedent, type PersonMention } from "./penalties-antecedents.js";
import { countedIn, groupIn } from "./penalties-groups.js";
import { listedBelow } from "./penalties-below.js";
import { continuedFrom } from "./penalties-items.js";
import { introducedObject, pluralPenalty } from "./penalties-nouns.js";
import { ASIDE, listHeads } from "./penalties-heads.js";
import { handedToPointingBack, namedAfterColon, namedWithRole, roleOfPenalty } from "./penalties-roles.js";
import { INTRODUCES, listEndingAt, penalisedBefore, shareOf, type Letter, type PenaltySite } from "./penalties-site.js";
import { namesAfter } from "./penalties-after.js";
import { fineOnBody } from "./penalties-bodies.js";
import { clauseBefore, groupPeople, listSubject, pronounGroup, UNNAMED, unnamedRest } from "./penalties-group-people.js";
import { objectPeople, openingName, roleAfter } from "./penalties-objects.js";
import { countedAfter, groupAfter } from "./penalties-group-after.js";
import { addressees } from "./penalties-addressees.js";
import { changedTerm } from "./penalties-term-subject.js";

export { mentionsOf, type PersonMention } from "./penalties-antecedents.js";
export type { Letter, Penalised, PenaltySite } from "./penalties-site.js";

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
/**
 * A court's noun as the subject of a passive penalty verb (`The former judge was sentenced to …`): the penalised, no
 * court acting (session 24).
 */
const PASSIVE_COURT = /^(?:the\s+|a\s+|this\s+)?(?:[a-z-]+\s+){0,4}?(?:court|judge|tribunal|magistrate|bench)s?\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+|later\s+|then\s+)?$/iu;
/** The clause's subject is a court or judge, perhaps after an opener (COURT_SUBJECT, OPENER). */
function courtSubject(lead: string): boolean {
  const bare = lead.replace(/^[\W_]+/u, "");
  if (PASSIVE_COURT.test(bare) || PASSIVE_COURT.test(bare.replace(OPENER, ""))) return false;
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
/** A contrast clause with a subject other than a pronoun (`, while Oleg R. received`). */
export const OWN_SUBJECT = /\b(?:while|whereas)\s+(?!(?:he|she|they|it)\b)\S/iu;
/** A penalty verb and its object pronoun (`ordered her to pay`, `fined him`, `sentenced them`). */
const OBJECT_PRONOUN = /\b(?:ordered|fined|sentenced|required|obliged|directed)\s+(?:him|her|them)\b/u;
/** A phrase fronted before its clause's subject, up to a name in it (`In the same ruling as Mr. `, `Like `, `Together with `). */
const FRONTED = /^[\s\p{P}]*(?:In|At|Like|Unlike|As\s+with|Together\s+with|Along\s+with|Alongside|Besides|Following)\b[^,;.]*?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/u;
/** The clause's own subject pronoun right after the fronted phrase's comma. */
const PRONOUN_AFTER_COMMA = /^\s*,\s*(?:he|she)\s/u;
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

/** Where a list item or a headline clause starts (`• Obstructing an officer > Sentenced to …`). */
const CLAUSE_BREAK = /[>•;|:–—]/gu;
/** A clause that is only a distributive subject, its verb in the penalty's phrase (`Each received one year`). */
const EACH_LEAD = /^[\s\p{P}]*(?:each|every\s+one)(?:\s+of\s+(?:them|these|those))?\s*$/iu;

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
  // Note: `Dear Sister A, dear Brother B, … the court sentenced you both to …`: the letter's addressees (session 23).
  const addressed = before.length === 0 ? addressees(letter, site) : null;
  if (addressed) return addressed;
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
    // Note: `… lo condenó a tres años …, además de una multa de Q25,000 para cada uno de los dos`: a counted group after
    // the penalty that counts more than the names sharing it stands for the people it counts (session 22).
    const tail = groupAfter(text, site);
    if (tail?.size != null && distinct(sharing(text, before, last)).length < tail.size) {
      const people = groupPeople(letter, site, tail);
      if (people.length === tail.size) return people;
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
  // Note: `the court sentenced eleven other workers … to two years each`: an unnamed rest as the verb's object, with no
  // name in its clause, is nobody's, never the person the sentence before named (session 22).
  if (unnamedRest(clauseBefore(text, site.term.start))) return [];
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
  const afterGroup = groupAfter(text, site);
  if (afterGroup) return groupPeople(letter, site, afterGroup);
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
    const pronounLed = PRONOUN.test(lead) || PRONOUN.test(objectText);
    // Note: `… sentenced a sugar worker to 30 days …, and ordered him to pay ₱6,000`: a pronoun after a penalty its own
    // sentence gave one person, naming nobody before it, is that person (session 22).
    const inSentence = pronounLed ? penalisedBefore(letter.penalised.filter((p) => p.start >= site.window.start), site.start) : [];
    if (inSentence.length === 1 && !mentions.some((m) => m.start >= site.window.start && m.end <= site.start)) return inSentence;
    // Note: `The head of a union … was taken into custody after the court sentenced him to …` opening a news story, with
    // nobody named before it: the person the next sentence opens with (`Kang Tae-hoon, 52, who has chaired …`, session 22).
    const ahead = pronounLed && !mentions.some((m) => m.start < site.window.start) ? introducedNext(text, site, mentions) : null;
    const person = antecedent(text, site.previous, mentions) ?? ahead;
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
  // Note: `On appeal the prison term was reduced to six years`: a penalty told before, as the subject of its change.
  const changed = changedTerm(letter, site, lead);
  if (changed.length > 0) return changed;
  // Note: `A two-year sentence was handed down to the union's spokesman. Vera Lind, 54, …`: the
  // term is the subject and its person a role, named when the next sentence opens.
  if (PASSIVE_TO_ROLE.test(text.slice(site.end, site.window.end)) && !mentions.some((m) => m.start >= site.window.start && m.end <= site.window.end)) {
    // Note: only a name that opens the next sentence (`The union said …, Vera Lind told …` is no naming).
    const next = site.following[0];
    const first = next ? mentions.find((m) => m.start >= next.start && m.end <= next.end) : undefined;
    return first && next && INTRODUCES.test(text.slice(next.start, first.start)) ? [first.person] : [];
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

/** The person the next sentence opens on (INTRODUCES: `X, 52, who …`, `He is X`), or null. */
function introducedNext(text: string, site: PenaltySite, mentions: readonly PersonMention[]): Person | null {
  const next = site.following[0];
  const first = next ? mentions.find((m) => m.start >= next.start && m.end <= next.end) : undefined;
  return first && next && INTRODUCES.test(text.slice(next.start, first.start)) ? first.person : null;
}
