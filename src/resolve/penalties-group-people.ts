/**
 * The people a group subject or object stands for (`both`, `each of them`, `the six`, `Three members`), a plural
 * pronoun after a counted group, and subjects that point into a list named before (`the two others`, `the third
 * accused`); an unnamed or uncounted rest (`the remaining fourteen accused`) gives nobody.
 */
import type { Person } from "../records.js";
import { countedIn, resolveGroup, type Group } from "./penalties-groups.js";
import { ordinalSubject, restSubject, type ListScope } from "./penalties-listed.js";
import { describedGroup, groupBeforePronoun } from "./penalties-described.js";
import { listedForGroup } from "./penalties-together.js";
import { firstOfList } from "./penalties-first.js";
import { penalisedBefore, shareOf, type Letter, type PenaltySite } from "./penalties-site.js";

/** The count of an unnamed rest (`the other 40`, `eleven other`); COUNT_FIRST also capitalised, opening its sentence. */
const UNNAMED_COUNT = "(?:\\d+|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|dozens?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
const COUNT_FIRST = UNNAMED_COUNT.replace(/(?<=[|(:])([a-z])/gu, (c) => `[${c}${c.toUpperCase()}]`);
/**
 * The rest of a group, counted and not named (`the remaining fourteen accused, whose names the
 * court did not read out, were each fined`, `the other 40 workers were each given`): a counted
 * group with no names gives no one's penalty, unless names follow it before the penalty.
 */
// Note: and the count first with no determiner (`sentenced eleven other workers from three factories to two years each`,
// session 22); `the three other petitioners` is the rest of a list named before (penalties-listed.ts).
const UNNAMED_REST = new RegExp(
  `(?:\\b(?:remaining|other|rest\\s+of\\s+the)\\s+${UNNAMED_COUNT}|(?<![Tt]he\\s+|[Tt]hese\\s+|[Tt]hose\\s+|[Aa]ll\\s+)(?<![\\p{L}\\d])${COUNT_FIRST}\\s+(?:other|remaining))\\s+(?:[a-z-]+\\s+){0,2}?(?:accused|defendants|[a-z-]+(?<![su]s|is)s|people|men|women)\\b([^.;]*)$`,
  "u",
);

/** The words from the last full stop or semicolon (at most 300 characters back) to `at`. */
export function clauseBefore(text: string, at: number): string {
  const lead = text.slice(Math.max(0, at - 300), at);
  // Note: not `lead.search(/[^.;]*$/)`, which tries every position and scans each to the clause's end (quadratic).
  return lead.slice(Math.max(lead.lastIndexOf("."), lead.lastIndexOf(";")) + 1);
}

export function unnamedRest(lead: string): boolean {
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
export const UNNAMED = /\b(?:whose\s+(?:names?|identit(?:y|ies))\s+(?:is|are|was|were|has\s+been|have\s+been|remains?|remained)\s+(?:being\s+|still\s+)?(?:withheld|unknown|unclear|not\s+known|undisclosed)|(?:whom|who)\s+(?:[\p{L}-]+\s+){1,3}?(?:has|have|had)\s+(?:not\s+been\s+able|been\s+unable)\s+to\s+(?:name|identify)|(?:whom|who)\s+(?:we|it|they|the\s+\w+)\s+(?:do|does|did|will|would|could|can|cannot)(?:\s+not|n['’]t)?\s+(?:name|identify)|whose\s+names?\s+(?:we|it|they|the\s+\w+)\s+(?:withh(?:o|e)lds?|keeps?\s+back|does\s+not\s+(?:give|publish|disclose))|(?:who|which)\s+(?:asked|wished|prefers?|preferred|wants?|wanted)\s+not\s+to\s+be\s+(?:named|identified)|unnamed|anonymous)\b/iu;

/** A total for a group (`sentencing five activists to a total 57 years`): no one's own penalty. */
// Note: and `a combined 25 years … and fines of 780 base amounts` (session 23: the fine after a combined term is a sum too).
const TOTAL = /\b(?:total(?:l?ing)?|combined)\b/iu;

/** A sentence opened by a distributive `Each` (`Each was also fined`, `Each of them received`). */
const EACH_OPENS = /^[\s\p{P}]*each\b/iu;

/** The people a group subject or object stands for (GROUP_ROWS, resolveGroup). */
export function groupPeople(letter: Letter, site: PenaltySite, group: Group): Person[] {
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
  // Note: `… sentenced the secretary-general to one year and the treasurer to six months; each was fined …` with one of the two
  // not found: the one penalised in the paragraph, never everyone penalised since the letter began (session 24); `all of
  // them` after one person penalised in its paragraph still reaches back further.
  const all = /\ball\b/iu.test(letter.text.slice(site.window.start, site.term.start));
  const penalised = lastSentence.length >= 2 ? lastSentence : recent.length >= (all ? 2 : 1) ? recent : penalisedBefore(letter.penalised, site.start);
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
export function pronounGroup(letter: Letter, site: PenaltySite): Person[] | null {
  const group = groupBeforePronoun(letter.text, letter.mentions, site.previous);
  const w = site.previous[0];
  if (!group || !w) return null;
  const people = groupPeople(letter, { ...site, start: w.end, term: { start: w.end, end: w.end }, window: w, previous: site.previous.slice(1), share: null }, group);
  if (people.length !== group.size) return null;
  const own = shareOf(people, site.share);
  return own ? [own] : people;
}

/**
 * A subject that points into a list named before (`the two others`, `the third accused`), in the
 * penalty's clause (after the last `;` of its sentence), or null when it has none.
 */
export function listSubject(letter: Letter, site: PenaltySite): Person[] | null {
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
  // Note: `A was also fined RMB 30,000; the others were fined ¥10,000 apiece`: the rest of the people penalised in the
  // fine's paragraph, however many sentences named them, before a rest of one sentence's list (session 22).
  const paragraph = letter.text.lastIndexOf("\n\n", site.start) + 1;
  const inParagraph = (): Person[] => penalisedBefore(letter.penalised.filter((p) => p.start >= paragraph), site.start);
  const fined = site.fine ? restSubject({ ...scope, penalisedBefore: () => penalisedBefore(letter.penalised.filter((p) => p.fine === true), site.start), pool: inParagraph }, clauseStart, site.term.start) : null;
  // Note: `ordered each of the first four to pay a fine`: the first people of a list set out line by line (penalties-first.ts).
  const people =
    ordinalSubject(scope, clauseStart, site.term.start, site.end) ??
    firstOfList(letter.text, letter.mentions, clauseStart, site.term.start, site.window.start, site.previous) ??
    (fined && fined.length > 0 ? fined : null) ??
    restSubject(scope, clauseStart, site.term.start);
  if (!people) return null;
  // Note: `the other two defendants, whose names were withheld, …` are not the list's people.
  if (UNNAMED.test(letter.text.slice(clauseStart, site.term.start))) return [];
  // Note: one term each, in order, when a list of terms is shared out (`six and four months respectively`).
  const own = shareOf(people, site.share);
  return own ? [own] : people;
}
