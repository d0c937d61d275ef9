/**
 * What makes a term not a penalty: a maximum the charge carries, a request, a total for a
 * group, an age or a time before or after an event. Rows are `[pattern, label, example]`.
 */
import type { TermInContext } from "./terms.js";

export type GuardRow = readonly [RegExp, string, string];

/** Tested on the few words just before the term; examples are such left contexts. */
export const BEFORE_ROWS: readonly GuardRow[] = [
  // Note: a range over a group (`handed down sentences ranging from a fine to two years … to four activists`) is no one's term.
  [/\b(?:rang(?:ing|ed?)|var(?:ying|ied))\s+from\s[^.;]{0,60}\bto\s+(?:an?\s+)?$/iu, "range", "sentences ranging from a fine to "],
  [/\b(?:up\s+to|more\s+than|less\s+than|over|nearly|almost|about|around|within|between)\s+(?:an?\s+|the\s+)?$/iu, "bound", "faces up to "],
  [/\b(?:after|before|last|past|next|first)\s+(?:an?\s+|the\s+)?$/iu, "time", "released after "],
  [/\btotall?ing\s+$/iu, "total", "prison sentences totaling "],
  // Note: a step of the court's sentencing arithmetic (`took a starting point of 51 months`, `a discount of six months`), as
  // common-law courts state it before the term they impose: no term of its own (session 23).
  [/\b(?:starting\s+point|(?:notional|indicative)\s+(?:sentence|term)|discount|deduction)\s+(?:of|at)\s+(?:an?\s+|the\s+)?$/iu, "calculation", "the judge took a starting point of "],
  // Note: a period that repeats (`report to the police every two weeks`) is how often, not how long.
  [/\bevery\s+(?:other\s+)?$|\bonce\s+(?:every|a)\s+$/iu, "frequency", "report to the police every "],
  // Note: one or two digits only, so a year is no range start (`on 5 October 2020 to 10 days`);
  // nor a counted group that is the verb's object (`sentenced the following five to two years`, `the two to`).
  [/(?<!\b(?:the|these|those|following|other|remaining|all)\s+)(?:\b\d{1,2}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))(?:\s*[-–]|\s+(?:to|or))\s*$/iu, "range", "sentences of 3 to "],
  [/\b(?:spent|spending|held|kept|remanded)\s+(?:for\s+)?(?:an?\s+|the\s+)?$/iu, "custody", "he spent "],
  // Note: how long the police questioned someone is no penalty (`detained … and questioned for two days`).
  [/\b(?:questioned|interrogated|quizzed)\s+(?:for\s+)?(?:an?\s+|the\s+)?$/iu, "questioning", "detained at his home and questioned for "],
  [/\b(?:pre-?trial\s+(?:detention|custody)|custody)\s+(?:for|of)\s+(?:an?\s+|the\s+)?$/iu, "custody", "pre-trial detention for "],
  // Note: and the copula's complement (`for which the maximum penalty is two years`, `the maximum sentence being`).
  [/\bmaximum(?:\s+(?:penalty|sentence|term|punishment))?\s+(?:of|is|was|being|would\s+be)\s+(?:an?\s+)?$/iu, "maximum", "a maximum penalty of "],
  // Note: a suspended term's operational period (`nine months' imprisonment, wholly suspended for two years`) is no term of its own.
  // Note: and a verb whose object is the term (`and suspended the prison term for two years`, `suspended the sentences for thirty
  // days`; session 23).
  [/\b(?:suspended|stayed|deferred)(?:\s+(?:the|his|her|their|its)\s+(?:prison\s+|jail\s+|custodial\s+)?(?:terms?|sentences?))?\s+for\s+(?:an?\s+(?:period|term)\s+of\s+)?(?:an?\s+)?$/iu, "suspension", ", wholly suspended for "],
  // Note: a term served only if a fine goes unpaid is no penalty of its own (optional in the gold).
  [/\bin\s+default(?:\s+of\s+(?:the\s+)?(?:payment|paying(?:\s+\S+){0,2}))?,?\s+(?:to\s+)?(?:serve\s+)?(?:an?\s+(?:further\s+)?)?$|\bfine\b[^.;]{1,60}\bor\s+(?:to\s+)?(?:serve\s+)?(?:an?\s+)?$/iu, "default", "or, in default of payment, "],
  // Note: and a term a fine is to be turned into if it goes unpaid (`a fine of Rp 25.000.000, to be replaced by two months'
  // detention`, `convertible into 30 days`, session 22): the fine is the penalty, the term only its substitute. Only the
  // forms that look ahead: a term `replaced by` or `commuted to` another is a changed penalty.
  [/\b(?:to\s+be\s+(?:replaced|substituted|converted)|replaceable|convertible|substitutable)\s+(?:by|with|into|to)\s+(?:an?\s+|the\s+)?$/iu, "default", ", to be replaced by "],
];

/** Tested on the whole left context: the clause is about what might happen, not a ruling. */
export const CLAUSE_ROWS: readonly GuardRow[] = [
  // Note: case-sensitive, so the month `May` is not the verb `may`.
  // Note: modals in lower case only, so the month `May` and given names (`Can Dündar`) pass.
  [/\b(?:[Ff]aces?|[Ff]acing|[Rr]isks?|risking|punishable|carr(?:y|ies)|could|would|may|might|can)\b/u, "hypothetical", "he can face 4 years in prison"],
  // Note: and the noun (`rejected the prosecution's request for effective prison sentences of two years`), not `at the request of`.
  [/\b(?:requested|demanded|sought|seeking|asked\s+for|calls?\s+for|calling\s+for|proposed|requests?\s+for)\b/iu, "request", "the prosecutor requested 8 years in prison"],
  // Note: a verb of asking with its object and a ruling verb's infinitive (`asked the court to sentence X to`, `urged the judge to impose`).
  [/\b(?:ask(?:s|ed|ing)?|urg(?:es|ed|ing)|call(?:s|ed|ing)\s+on|request(?:s|ed|ing)?|petition(?:s|ed|ing)?|invit(?:es|ed|ing))\s+(?:\S+\s+){1,4}?to\s+(?:sentence|impose|hand\s+down|jail|imprison|give|punish)\b/iu, "request", "the prosecutor asked the court to sentence X to "],
  // Note: custody told by its place (`held in the temporary detention facility for ten days`), not a penal colony's term.
  [/\b(?:held|kept|remanded)\s+(?:in|at)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}(?:detention\s+(?:facility|centre|center|cells?)|police\s+(?:station|cells?|custody)|custody|remand\s+(?:prison|centre|center))\s+for\s+(?:an?\s+|the\s+)?$/iu, "custody", "held in the temporary detention facility for "],
  // Note: only custody that is extended (`An extended full bench of the court imposed …` is a ruling).
  [/\b(?:detention|custody|arrest|remand)[^.;]{1,40}\b(?:extended|prolonged)\b|\b(?:extended|prolonged)\s+(?:\S+\s+){0,3}?(?:detention|custody|arrest|remand)\b|\bextension\b/iu, "custody", "his detention was extended by two months"],
];

/** Tested on the text just after the term; examples are such right contexts. */
export const AFTER_ROWS: readonly GuardRow[] = [
  // Note: an indeterminate sentence's minimum (a parole floor); its maximum is the sentence (indeterminate.ts).
  [/^(?:\s+(?:of\s+)?\p{L}+(?:\s+\p{L}+)?)?,?\s+as\s+(?:the\s+|its\s+)?minimum\b/iu, "minimum", " of prision correccional, as minimum"],
  [/^(?:-|\s+)old\b/iu, "age", "-old worker"],
  [/^\s+(?:ago|later|earlier|long)\b/iu, "time", " ago"],
  // Note: and the arithmetic's step named after the term (`Taking 30 months as the correct starting point`, session 23).
  [/^(?:['’]s?)?(?:\s+(?:imprisonment|in\s+prison))?\s+as\s+(?:the\s+|a\s+|its\s+)?(?:[\p{L}-]+\s+)?starting\s+point\b/iu, "calculation", " as the correct starting point"],
  [/^\s+(?:after|before|since)\s+(?:his|her|their|the)\s+(?:arrest|detention|release)\b/iu, "time", " after his arrest"],
  // Note: custody that ends in a charge or a first court appearance (`detained at Central Police Station for four days
  // before being charged`, `… until they were brought before a magistrate`) came before any ruling: no penalty.
  [/^\s+(?:before|until)\s+(?:(?:being|they\s+were|he\s+was|she\s+was)\s+)?(?:charged|arraigned|brought\s+before|produced\s+before|taken\s+to\s+court|granted\s+bail|released\s+on\s+bail)\b/iu, "custody", " before being charged"],
  [/\bwithout\s+(?:being\s+)?charge/iu, "custody", " and then released without charge"],
  // Note: the term a fine stands in for (`or a fine of`, `in default`). A term `with an option of` a
  // fine is the term the court imposed (the fine buys it out): it stays (docs/penalties.md, "Option of a fine").
  [/^['’]?(?:\s+[\w'’-]+){0,3}?\s+(?:or\s+(?:to\s+pay\s+)?an?\s+fine\b|in\s+default\b)/iu, "default", " imprisonment or a fine of N40,000"],
  // Note: and a term to serve only if the fine goes unpaid (`serve 10 days' jail if they did not pay`, `failing payment`).
  // Note: and `if unpaid`, `in case of non-payment`, `should it go unpaid` (session 22).
  [/^[^.;]{0,40}?\b(?:if\s+(?:\S+\s+){1,4}?(?:not|fail\w*\s+to)\s+(?:be\s+)?pa(?:y|id)\b|(?:if|should|when)\s+(?:(?:it|they|the\s+fines?)\s+)?(?:(?:is|are|be|was|were|goes|go|remains?)\s+)?(?:left\s+)?unpaid\b|in\s+(?:case|the\s+event)\s+of\s+non-?payment\b|failing\s+(?:payment|which)\b|unless\s+(?:\S+\s+){1,4}?pa(?:y|ys|id)\b)/iu, "default", " jail if they did not pay"],
];

/**
 * A changed sentence, `reduced … from five to three years`: the second number is the new
 * term, not the end of a range.
 */
export const CHANGED_FROM = /\b(?:reduced|commuted|cut|lowered|increased|raised)\b[^.;]{1,80}\bfrom\s+\S+(?:\s+(?:years?|months?))?\s+to\s+$/iu;

/**
 * Defendants named by number before `to` (`sentenced accused Nos. 2 and 3 to one year`,
 * `defendants 4 and 5 to`): the numbers are people, not the start of a range.
 */
const NUMBERED_DEFENDANTS = /\b(?:accused|defendants?|nos?\.?|numbers?)\s+\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*\s+to\s+(?:an?\s+)?$/iu;

/**
 * Administrative detention or arrest named right after the term (`had already spent 15 days in administrative
 * detention`): a penalty a court or the police impose of themselves, not custody before a trial, however the time is
 * told (session 22).
 */
const ADMINISTRATIVE_AFTER = /^(?:['’]s?)?\s+(?:of\s+|in\s+|under\s+)?administrative\s+(?:detention|arrest|jail)\b/iu;

/**
 * A ban (optional in the corpus, not extracted): `banned from leaving the country for five years`.
 * Note: the verb only, with its object pronoun or name and `from`/`for`/`to`/`until` after it (`barred him from`, `banned,
 * for five years, from`); the adjective names a thing (`display of banned symbols`, `a banned party`, session 22).
 */
export const BAN =
  /\b(?:[Bb]anned|[Bb]arred|[Pp]rohibited|[Ff]orbidden|[Dd]isqualified)(?=,?\s+(?:(?:him|her|them|\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,4})\s+)?(?:from|for|to|until)\b)|\b[Dd]eprived\s+of\s+the\s+right\b/gu;
/** A penalty verb that, after a ban word, starts a penalty of its own. */
const PENALTY_VERB = /\b(?:sentenced|condemned|jailed|imprisoned|detained|incarcerated|given|received|handed)\b/giu;

/** True when the last ban word of the left context comes after its last penalty verb. */
function banned(left: string): boolean {
  const ban = [...left.matchAll(BAN)].pop();
  if (!ban) return false;
  const verb = [...left.matchAll(PENALTY_VERB)].pop();
  return !verb || verb.index < ban.index;
}

/**
 * `X now faces seven years in prison` right after a sentence that tells of the ruling (`the
 * harsh prison sentences imposed … today`): the term to serve, not a charge's maximum.
 */
const NOW_FACES = /^[^.;]*\bnow\s+fac(?:es|ing)\s+(?:an?\s+)?$/u;
const HYPOTHESIS = /\b(?:if|unless|charged|accused|could|would|may|might|can|faces?\s+charges)\b/iu;
const RULING_BEFORE = /\b(?:sentenced|sentences?\s+(?:imposed|handed)|imposed|convicted|found\s+(?:(?:him|her|them)\s+)?guilty|verdicts?)\b/iu;

function facesRuling(term: TermInContext, after: string, text: string | undefined): boolean {
  if (text === undefined || !NOW_FACES.test(term.left) || HYPOTHESIS.test(term.left) || /\b(?:if|unless)\b/iu.test(after)) return false;
  const before = text.slice(Math.max(0, term.window.start - 300), term.window.start);
  const previous = before.slice(before.search(/[^.!?]*[.!?]\s*$/u));
  return RULING_BEFORE.test(previous) && !HYPOTHESIS.test(previous);
}

/**
 * The label of the first guard that rules the term out, or null when none does; `text` (the
 * whole text) lets `now faces` after a ruling stand.
 */
/** A quoted phrase of a sentence's length or less (a charge's name, a slogan). */
const QUOTED = /"[^"\n]{1,120}"|“[^”\n]{1,120}”/gu;

/**
 * A left context that only continues the clause of the term before: `and for`/`and to` (`…, and for `),
 * a gapped clause (`…, Y to `), or the names the term before was for (`… for X and `).
 */
const CONTINUED = /^[^.;:]{0,80}?(?:,?\s+and\s+(?:also\s+)?(?:for|to)\s+|,\s+(?:(?:and|while)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}to\s+|\sfor\s[^,]{1,50}?\sand\s+)(?:an?\s+)?$/iu;
/** A verb of its own in such a continuation: then it is a clause of its own. */
const OWN_VERB = /\b(?:sentenced|jailed|imprisoned|given|gave|got|received|handed|imposed|fined|convicted|ordered|condemned)\b/iu;
const OWN_VERBS = new RegExp(OWN_VERB.source, "giu");

/** The clause a continued term belongs to, from its window's start but after the last ruling verb there. */
function continuedClause(term: TermInContext, text: string): string {
  const clause = text.slice(Math.min(term.window.start, term.leftStart), term.start);
  const verb = [...clause.matchAll(OWN_VERBS)].pop();
  return verb ? clause.slice(verb.index) : clause;
}

/** A term of custody told by a passive verb of holding (`was detained for`, `had been held for`). */
const HELD_FOR = /\b(?:was|were|been|being)\s+(?:detained|held|arrested|kept)\s+(?:in\s+(?:custody|detention)\s+)?for\s+(?:an?\s+|the\s+)?$/iu;
/**
 * Its end told right after: the person let go (`before being released`, `before the investigating judge released
 * them on bail`), or its place a police station or detention centre: the time was custody, not a penalty.
 */
const RELEASED_AFTER =
  /^[^.;]{0,60}?\s+(?:before|until)\s+(?:being|(?:he|she|they)\s+(?:was|were)|(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:judge|magistrate|court|police|prosecutor)\s+(?:released|freed|bailed))\s*(?:released|freed|let\s+go|granted\s+bail|bailed|them|him|her)?\b|^\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?(?:police\s+(?:station|cells?|custody|headquarters)|detention\s+(?:centres?|centers?|facilit(?:y|ies)))\b/iu;
/** A paragraph about custody before trial (`**Pre-trial detention.**`, `granted them bail`, `remanded`). */
const CUSTODY_TOPIC = /\b(?:pre-?trial|bail|remand(?:ed)?|police\s+custody)\b/iu;
/** A ruling in the paragraph: a term there may be a penalty after all. */
const RULING_WORD = /\b(?:sentenc\w*|convict\w*|fined|jailed|imprisoned|verdict|found\s+guilty|ruling)\b/iu;

/** `X was detained for nine days` in a paragraph that speaks of bail or pre-trial custody and of no ruling. */
function custodyParagraph(term: TermInContext, text: string): boolean {
  const start = text.lastIndexOf("\n\n", term.window.start) + 1;
  const next = text.indexOf("\n\n", term.window.end);
  const paragraph = text.slice(start, next < 0 ? text.length : next);
  return CUSTODY_TOPIC.test(paragraph) && !RULING_WORD.test(paragraph);
}

export function guard(term: TermInContext, after: string, text?: string): string | null {
  const before = term.left.slice(-40);
  const noRange = CHANGED_FROM.test(term.left) || NUMBERED_DEFENDANTS.test(before);
  for (const [pattern, label] of BEFORE_ROWS) if (pattern.test(before) && !(noRange && label === "range") && !(label === "custody" && ADMINISTRATIVE_AFTER.test(after))) return label;
  // Note: a quoted charge is no clause of the letter's own (`found him guilty of "calling for a strike" and sentenced him to`).
  // Note: a clause that only continues the one before (`asked for eight years for A, and for three
  // years' imprisonment for B`) has that clause's verb: the request reaches it.
  const left = text !== undefined && CONTINUED.test(term.left) && !OWN_VERB.test(term.left) ? continuedClause(term, text) : term.left;
  const own = left.includes("\"") || left.includes("“") ? left.replace(QUOTED, "") : left;
  for (const [pattern, label] of CLAUSE_ROWS) if (pattern.test(own) && !(label === "hypothetical" && facesRuling(term, after, text))) return label;
  if (banned(term.left)) return "ban";
  for (const [pattern, label] of AFTER_ROWS) if (pattern.test(after)) return label;
  // Note: `was detained for 19 days in April 2023 before being released`: custody that ended in release.
  // Note: and `detained for five days at the X police station`.
  if (HELD_FOR.test(term.left) && RELEASED_AFTER.test(after)) return "custody";
  return null;
}

/**
 * `X was detained for nine days` in a paragraph that speaks of bail or pre-trial custody and of no ruling
 * (`**Pre-trial detention.** … granted them bail … X was detained for nine days`): custody, not a penalty.
 * Apart from guard(), which some rules call without the text.
 */
export function heldBeforeTrial(term: TermInContext, text: string): boolean {
  return HELD_FOR.test(term.left) && custodyParagraph(term, text);
}
