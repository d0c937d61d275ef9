/**
 * The date of a ruling: a date in the penalty's own sentence that no other event claims
 * (`arrested on 4 August … and sentenced … in November 2011` → November), `today` or
 * `on Monday` against the letter's date, a dated ruling sentence just before
 * (`On April 14, sentencing was pronounced.`) or a dated verdict just after (`The
 * February 22 verdict`), else the one date every ruling in the letter shares.
 */
import { DELIVERED_PARTICIPLES, words } from "../language/rulings.js";
import type { DateRecord, Span } from "../records.js";
import { POINTS_BACK, SAME_DAY, SAME_RULING, SAME_TRIAL } from "./penalties-dates-back.js";
import { EVENT_BETWEEN, eventBefore, inRelativeAside, inRelativeClause, OTHER_EVENT_AFTER, OTHER_EVENT_BEFORE, TERM_END_BETWEEN } from "./penalties-dates-claims.js";
import { offenceDate } from "./penalties-dates-offence.js";
import { countedAfter, daysLater } from "./penalties-dates-later.js";
import { courtDay, DAY_AFTER_VERB, DAY_OF_RULING, LAST_WEEK, lastMonth, relativeDate, relativeDay, RULING_NOUN_DAY, RULING_ON_DAY, WEEKDAY_WORDS } from "./penalties-dates-relative.js";
import { DELIVERED_PENALTIES, storyDate } from "./penalties-dates-story.js";
import { heading, headingDate } from "./penalties-dates-heading.js";
import { APPEAL, appealOnly, CALL, RULING_OF } from "./penalties-dates-words.js";
import { monthDay } from "./penalties-dates-monthday.js";
import { firstRulingDate, fromTerm } from "./penalties-dates-appeal.js";
import { distance, rangeEnd } from "./penalties-dates-range.js";
import { statedYear } from "./penalties-dates-year.js";
import { namedBefore, NO_RULINGS, type NamedRulings } from "./penalties-dates-named.js";

export { APPEAL, CALL, RULING_OF, type NamedRulings };

/** A Spanish ruling's verb ending in an accented letter, which `\b` cannot close (`condenó`, `condenaron`). */
const ES_CONDENO = String.raw`(?<!\p{L})conden\p{L}*`;
/** A French court's ruling by its noun (`La cour a rendu son arrêt`), not a work stoppage or an end of proceedings. */
const FR_ARRET = String.raw`(?<!\p{L})(?:son|leur|l['’]|un|cet)\s*arrêts?(?!\p{L}|\s+(?:de\s+travail|maladie|des?\s+poursuites|des\s+travaux|du\s+chantier))`;
/** The words of a court's ruling (COURT_RULING's), in English, French and Spanish stems. */
const COURT_RULING_WORDS = String.raw`verdicts?|ruled|sentenc\w*|convict\w*|guilty|coupables?|culpables?|judge?ments?|trials?|courts?|condamn\w*|tribunal\w*|jugements?|condena\w*|juzgados?|fallos?`;
/** A sentence about a ruling: a court's words, or a ruling's or penalty's noun (`rulings`, `fines`, `peines`). */
// Note: French and Spanish rulings too (`le tribunal a condamné`, `la condena dictada por el Juzgado`).
export const RULING = new RegExp(String.raw`\b(?:${COURT_RULING_WORDS}|rulings?|fine[sd]?|peines?|amendes?|multas?)\b|${FR_ARRET}|${ES_CONDENO}`, "iu");
/** A date attached to a ruling noun (`The February 22 verdict`). */
const ATTACHED_AFTER = /^\s*(?:verdict|ruling|judge?ment|sentencing|sentence)\b/iu;

/** A sentence opening by pointing back at rulings and saying when they were given (`Those rulings were issued on …`, `Ces décisions ont été rendues le …`, `Esas sentencias fueron dictadas el …`). */
const THOSE_DELIVERED = new RegExp(
  String.raw`^[\s"“]*(?:these|those|both|all\s+(?:these|those)|ces|ces\s+deux|esas?|estas?|dichas?)\s+(?:\p{L}+\s+){0,2}?(?:rulings|sentences|verdicts|decisions|penalties|judge?ments|fines|décisions|condamnations|peines|jugements|sentencias|condenas|penas|multas)\s+(?:were|have\s+been|ont\s+été|fueron|han\s+sido)\s+(?:${words(DELIVERED_PARTICIPLES)}|imposed|given|infligée?s|impuest[oa]s)\b`,
  "iu",
);
/** A paragraph opening with the ruling told before and the day it was given (`The ruling was delivered on 15 October 2024.`, `Le jugement a été rendu le …`). */
const THE_RULING_DELIVERED = new RegExp(
  String.raw`^[\s"“]*(?:the|this|that|le|ce|la|cette|el|este|esta)\s+(?:\p{L}+\s+){0,2}?(?:ruling|verdict|judge?ment|decision|sentence|jugement|décision|sentencia|fallo)\s+(?:was|has\s+been|a\s+été|fue|ha\s+sido)\s+(?:${words(DELIVERED_PARTICIPLES)})\b`,
  "iu",
);
/** A sentence that says when the ruling was given (`The verdict was delivered on …`, or in apposition: `The ruling, delivered on 9 October 2023, was read out`). */
export const DELIVERED = new RegExp(String.raw`\b(?:verdict|ruling|judge?ment|sentence|decision)s?(?:\s+(?:was|were)|,)\s+(?:${words(DELIVERED_PARTICIPLES, "en")})\b`, "iu");

const CLAUSE_BREAK = /[>•;|]/gu;

export const full = (d: DateRecord): boolean => /^\d{4}-\d{2}(?:-\d{2})?$/u.test(d.value);
export const inside = (d: Span, w: Span): boolean => d.start >= w.start && d.end <= w.end;


/**
 * A date right after a charge in quotes dates the act charged, not the ruling (`fined … for
 * "participating in an unlicensed gathering" on 14 January`).
 */
export const CHARGE_BEFORE = /\bfor\s+["“][^"”]{1,140}["”]\s+(?:on|in)\s+$/u;

/** True when a past perfect dates an earlier step (`who had been convicted on 21 July`, `avait été condamné le`). */
export const earlierStep = (text: string, date: Span): boolean => PAST_PERFECT_DATED.test(text.slice(Math.max(0, date.start - 50), date.start));

/** Between a date and the penalty right after it: nothing but `to`/`à`/`a` (`condamné le 12 février dernier à une amende`). */
const PENALTY_NEXT = /^[\s,]*(?:(?:dernier|pasado|last)[\s,]+)?(?:to|à|a)\s+(?:(?:une?|an?|la|el|the)\s+)?$/iu;

/** True when a date is followed at once by the penalty (`had been sentenced on 3 May to two years`): whatever tense dates it, it is the penalty's own. */
function penaltyNext(text: string, date: Span, site: DateSite): boolean {
  const to = Math.min(...[site.start, site.term.start].filter((x) => x >= date.end));
  return Number.isFinite(to) && PENALTY_NEXT.test(text.slice(date.end, to));
}

/** Between a penalty's term and the date right after it: only `in`/`on` (`ten days of administrative arrest in December 2024`). */
const DATE_NEXT = /^\s*(?:in|on|le|en|el)\s+$/iu;
const termNext = (text: string, date: Span, site: DateSite): boolean => date.start >= site.end && DATE_NEXT.test(text.slice(Math.max(site.end, site.term.end), date.start));

function claimedElsewhere(text: string, date: DateRecord, site: DateSite): boolean {
  // Note: a date right after the penalty's own term is its own, whatever the tense or the term's words
  // (`had already served ten days of administrative arrest in December 2024`: not an arrest's date).
  if (termNext(text, date, site)) return false;
  if (OTHER_EVENT_BEFORE.test(text.slice(Math.max(0, date.start - 30), date.start)) || inRelativeClause(text, date, site)) return true;
  // Note: a past perfect dates an earlier step of the story (`the barges the villagers had blocked in January`),
  // unless the penalty follows its date at once (`avait été condamné le 12 février dernier à une amende`).
  if ((earlierStep(text, date) || PAST_PERFECT_NEAR.test(text.slice(Math.max(0, date.start - 50), date.start))) && !penaltyNext(text, date, site)) return true;
  if (CHARGE_BEFORE.test(text.slice(Math.max(0, date.start - 170), date.start)) || offenceDate(text, site.window.start, date)) return true;
  if (OTHER_EVENT_AFTER.test(text.slice(date.end, date.end + 20))) return true;
  if (date.end <= site.start) return eventBefore(text.slice(date.end, site.start));
  return date.start >= site.end && (EVENT_BETWEEN.test(text.slice(site.end, date.start)) || TERM_END_BETWEEN.test(text.slice(site.end, date.start)));
}

/** The ruling date stated in one window for a penalty at `site`, or null. */
function dateInWindow(text: string, window: Span, site: DateSite, dates: readonly DateRecord[], letterDate: string | null, floor: number): string | null {
  // Note: a list item's heading (`• Obstructing an officer on 1 Jan 2021 > Sentenced to …`)
  // dates the offence, not the ruling; only the penalty's own clause counts.
  const lead = text.slice(window.start, site.start);
  const clauseStart = window.start + (([...lead.matchAll(CLAUSE_BREAK)].pop()?.index ?? -1) + 1);
  // Note: a dateline in the penalty's own sentence (`TBILISI, May 14, 2025 – A court on Tuesday
  // handed down …`) dates the letter; a day told with the ruling's verb is the ruling's.
  // Note: the penalty's span may open at its verb (`A court on Monday sentenced X to …`): the verb is read with the lead.
  const day = DAY_OF_RULING.exec(text.slice(clauseStart, Math.max(site.start, site.term.start))) ?? RULING_ON_DAY.exec(text.slice(clauseStart, window.end)) ?? DAY_AFTER_VERB.exec(text.slice(clauseStart, window.end));
  if (day) return relativeDate(day[1] ?? "", letterDate);
  const own = dates
    .filter((d) => full(d) && inside(d, window) && d.start >= clauseStart && !claimedElsewhere(text, d, site) && !(d.value === letterDate && DATELINE_AFTER.test(text.slice(d.end, d.end + 70))))
    .sort((a, b) => distance(a, site) - distance(b, site));
  if (own[0]) return rangeEnd(text, own[0], dates).value;
  // Note: an item of a list opened by a colon (`On 7 March the court handed down the following penalties: A, two years;
  // B, a fine of …`) is dated by the lead-in before the colon, which the items' semicolons cut off.
  const colon = text.lastIndexOf(":", clauseStart);
  if (clauseStart > window.start && colon >= window.start) {
    const lead = dates.find((d) => full(d) && d.start >= window.start && d.end <= colon && !claimedElsewhere(text, d, site));
    if (lead) return lead.value;
  }
  // Note: `on the 12th`, `the 12th of last month`, `le 12 courant`: a day of the letter's month or the one before.
  const inMonth = monthDay(text, clauseStart, window.end, letterDate, dates);
  if (inMonth) return inMonth;
  const relative = relativeDay(text.slice(window.start, window.end));
  if (relative) return relativeDate(relative[1] ?? "", letterDate);
  // Note: `Last month a court sentenced X`, `jugés le mois dernier`: the month before the letter's.
  const month = lastMonth(text.slice(clauseStart, window.end), letterDate);
  if (month) return month;
  // Note: only a `two days later` before the penalty dates it (`… sentenced, and freed two days later` does not).
  return daysLater(text, clauseStart, site.start, dates, floor, letterDate);
}

/** Where a penalty sits: its span, its window, the windows of its paragraph, and those holding penalties. */
export interface DateSite extends Span {
  /** The penalty's term (its amount, for a fine). */
  term: Span;
  window: Span;
  /** The earlier windows of its paragraph, in text order. */
  before: readonly Span[];
  /** The later windows of its paragraph, nearest first (a few). */
  later: readonly Span[];
  /** The windows of the paragraph before, in text order. */
  previousParagraph: readonly Span[];
  /** The first window of the paragraph after, if any. */
  nextParagraph?: Span | undefined;
  /** The windows before its own (a dozen at most, across paragraphs), in text order. */
  earlier: readonly Span[];
  penaltyWindows: ReadonlySet<number>;
}

/** A penalty restated with a weak verb and no penalty word of its own (`Deputy editor Y received `). */
const ELLIPTICAL = /^[^,;]{0,80}\b(?:received|got|was\s+given)\s+$/u;
/** Past perfect: a ruling before the story's time (`He had been convicted … and sentenced`), dated by its own words only. */
// Note: French and Spanish too (`il avait été condamné`, `ya había sido condenado`).
const PAST_PERFECT =
  /\b(?:had\s+(?:been\s+)?(?:sentenced|convicted|jailed|fined|imprisoned|given|handed)|(?:avai(?:t|ent)|hab[ií]an?)\s+(?:déjà\s+|ya\s+)?(?:été\s+|sido\s+)?(?:condamn|condenad|sentenciad|multad)\w*)/iu;
/** A past perfect's auxiliary shortly before a date (`elle avait été elle-même condamnée le`). */
export const PAST_PERFECT_NEAR = /\b(?:had|avai(?:t|ent)|hab[ií]an?)\s+(?:\S+\s+){0,4}?\p{L}+\s+(?:on|in|le|el|en)\s+(?:\p{L}+,?\s+)?$/iu;
/** A penalty's verb in the simple past (`was sentenced`, `were each fined`). */
const SIMPLE_PAST = /\b(?:was|were)\s+(?:\p{L}+\s+)?(?:sentenced|jailed|fined|given|handed|condemned)\b/iu;
/** A past perfect right before a date (`had been convicted on`). */
const PAST_PERFECT_DATED = new RegExp(`${PAST_PERFECT.source}\\s+(?:on|in|le|el|en)\\s+(?:${WEEKDAY_WORDS})?$`, "iu");
/** A sentence that says when the sentencing was (`The sentencing took place on February 6`). */
const SENTENCING_HELD = /\bsentencing\s+(?:hearing\s+)?(?:took\s+place|was\s+held|happened|came)\b/iu;
/** A weekday as a ruling's day (`Monday's convictions`, `yesterday's verdict`). */
export const WEEKDAY_OF = /\b(today|yesterday|sunday|monday|tuesday|wednesday|thursday|friday|saturday)['’]s\s+(?:\w+\s+){0,2}?(?:convictions?|verdicts?|rulings?|sentences?|sentencing|trials?|judge?ments?|decisions?)\b/iu;

/**
 * A sentence whose subject is the court or judge (or `He`/`She` doing the sentencing): it goes on
 * telling a ruling already told (`He sentenced them to …`, `The court has imposed …`, `She also fined …`).
 */
const COURT_GOES_ON =
  /^[\s"“]*(?:(?:in\s+addition|additionally|furthermore|moreover|also|then)(?:,\s*|\s+))?(?:(?:the|this|that)\s+(?:same\s+)?(?:court|judge|magistrate|bench|tribunal|panel|justice)|he|she)\s+(?:also\s+|further\s+|then\s+)?(?:has\s+)?(?:also\s+)?(?:sentenced|imposed|fined|ordered|handed|gave)\b/iu;

/** A sentence telling of another ruling than the one just told: an appeal, an earlier or a separate case. */
const ANOTHER_RULING =
  /\b(?:appeal\w*|uph[eo]ld|quashed|overturned|reduced|retrial|earlier|previously|formerly|separate(?:ly)?|another\s+case|in\s+absentia\s+in|later|subsequently|since|last\s+year|years?\s+ago|in\s+(?:19|20)\d{2})\b/iu;
/** A penalty told as another case's: `in a separate case`, `in another case`, `dans une autre affaire`, `en otro caso`. */
const SEPARATE_CASE = /\b(?:separate(?:ly)?\s+(?:case|trial|proceedings|ruling)|(?:another|a\s+different|an\s+unrelated)\s+(?:case|trial)|une?\s+autre\s+(?:affaire|procès|dossier)|otr[oa]\s+(?:caso|causa|proceso|juicio))\b/iu;
/** A court or judge named in a sentence: the ruling it tells is a court's, which may go on with other people. */
const COURT_NAMED = /\b(?:court|judge|tribunal|magistrate|bench|justice|cour|juges?|juez|jueza|jueces|juzgados?|audiencia|corte|sala)\b/iu;

/**
 * True when a penalty's sentence goes on telling the court's ruling dated just before it: the
 * dated sentence names the court, and this one tells of no appeal, no other case and no other
 * event (`was detained and sentenced` is another, administrative, ruling).
 */
function goesOnTelling(dated: string, sentence: string): boolean {
  return COURT_NAMED.test(dated) && !ANOTHER_RULING.test(sentence) && !OTHER_EVENT.test(sentence);
}

/** A ruling told for several people at once: plural sentences or verdicts, or a count of defendants. */
const SEVERAL =
  /\b(?:sentences|verdicts|convictions|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|all|the)\s+(?:\p{L}+\s+){0,2}?(?:activists|workers|unionists|trade\s+unionists|journalists|reporters|defendants|members|leaders|officials|teachers|people|men|women|organi[sz]ers|strikers|protesters|employees|dockers|drivers|miners|nurses))\b/iu;
/** Words referring back to people or a body just told of (`Its chairperson, A, and its organiser, B, were each sentenced`). */
// Note: French and Spanish possessives, and the others of the same group (`Two other members`, `Otros dos afiliados`, `Les deux autres prévenus`).
const BACK_REFERENCE = /(?<!\p{L})(?:its|their|his|her|the\s+same|the\s+other|(?:two|three|four|five|six|\d{1,2})\s+other|leurs?|ses|son|sa|sus?|otr[oa]s|autres)(?!\p{L})/iu;
/** A sentence telling of another event too (`detained on 14 May`, `since their arrest`): its date is not surely the ruling's. */
const OTHER_EVENT = /\b(?:arrest(?:ed)?|detained|detention|released|freed|charged|raided|protest|strike|rally|appeal(?:ed)?|upheld|quashed|postponed|adjourned)\b/iu;

/** The day a case or trial ended, told with its verb (`came to an end on Tuesday 30th September`, `concluded on 4 May`). */
const CASE_ENDED = /\b(?:cases?|trials?|proceedings|hearings?)\b[^.;]{1,120}?\b(?:came\s+to\s+an\s+end|ended|concluded|closed)\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?\d/iu;

/** A sentence that tells of a court's ruling (stricter than RULING: not `the ruling elite`, not `fines`). */
const COURT_RULING = new RegExp(String.raw`\b(?:${COURT_RULING_WORDS})\b|${FR_ARRET}|${ES_CONDENO}`, "iu");

/** The words right before a ruling's date: its noun or verb (RULING_OF), or a case's end (`came to an end on Tuesday`). */
const RULED_BEFORE = {
  test: (lead: string): boolean => RULING_OF.test(lead) || /\b(?:came\s+to\s+an\s+end|ended|concluded|closed)\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$/iu.test(lead),
};

/** After a dateline's date: a dash or the line's end. */
// Note: `Madrid, 17 de octubre de 2024.– El Tribunal …`: a full stop may come before the dash.
// Note: a wire's name in brackets may stand between the date and the dash (`SUVA, Friday 25 July 2025 (Pacific Wire) – …`).
const DATELINE_AFTER = /^[\s,.]*(?:\([^()\n]{1,60}\)\s*)?[–—|\-\n]/u;

/** `Today`, `Yesterday`, `On Monday` opening a sentence (not `On Monday, 3 May 2021`, whose full date is read as such). */
const OPENING_RELATIVE = new RegExp(String.raw`^[\s"“]*(today|yesterday|on\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:${LAST_WEEK})?(?![\s,]*\d))\b`, "iu");

/**
 * The day a sentence gives its ruling or its whole story, relative to the letter's date: opening it (`Today`, `On
 * Tuesday`), or told with the ruling's verb or noun (`on Tuesday convicted`, `Monday's verdict`, `the sentences handed
 * down yesterday`). Not a day another verb tells (`the judgment, which was made available last Friday`).
 */
export function dayOfSentence(slice: string, letterDate: string | null): string | null {
  // Note: or told with the ruling's noun (`la sentencia dictada el pasado lunes`, `the verdict of Monday`).
  const day = dayOfSentenceMatch(slice) ?? RULING_NOUN_DAY.exec(slice);
  return day ? relativeDate(day[1] ?? "", letterDate) : null;
}
const dayOfSentenceMatch = (slice: string): RegExpExecArray | null =>
  OPENING_RELATIVE.exec(slice) ?? DAY_OF_RULING.exec(slice) ?? WEEKDAY_OF.exec(slice) ?? RULING_ON_DAY.exec(slice) ?? courtDay(slice);

/** The date a window states, full or relative to the letter's date (`on Sunday`), or null. */
export function stated(text: string, w: Span, dates: readonly DateRecord[], letterDate: string | null, floor: number): string | null {
  // Note: a sentence opening with `Today`/`On Tuesday` is dated by it, whatever other event its
  // later words date (`Today the magistrate sentenced … for an assembly on 12 January`).
  // So is one with a ruling of `yesterday` or `Monday` (`condemns yesterday's verdict … who blocked a road in March`).
  const slice = text.slice(w.start, w.end);
  // Note: with no letter date to read it against, such a day dates nothing, and no later word of the sentence does either.
  const opening = dayOfSentenceMatch(slice);
  if (opening) return relativeDate(opening[1] ?? "", letterDate);
  // Note: a dateline (`New York, December 6, 2012 – …`) dates the letter, not a ruling.
  // Note: nor does a date another event claims (`Following the strike of 2 April, they were tried …`).
  const candidates = dates.filter(
    (d) => full(d) && inside(d, w) && !(d.value === letterDate && DATELINE_AFTER.test(text.slice(d.end, d.end + 70))) && !OTHER_EVENT_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)) && !offenceDate(text, w.start, d) && !inRelativeAside(text, d, w),
  );
  // Note: of several dates, the one the ruling's words lead to (`the case against our members arrested during the
  // strike in May came to an end on Tuesday 30th September`, `the verdict handed down on 17 April`) is the ruling's.
  const found = candidates.find((d) => RULED_BEFORE.test(text.slice(Math.max(0, d.start - 70), d.start))) ?? candidates[0];
  // Note: a count after it telling the ruling (`Mitigation was heard on 1 Sep 2025 and sentence was passed the next day`) counts from it.
  const last = found ? rangeEnd(text, found, dates) : undefined;
  if (last) return countedAfter(text, last, w.end, letterDate) ?? last.value;
  const inMonth = monthDay(text, w.start, w.end, letterDate, dates);
  if (inMonth) return inMonth;
  const relative = relativeDay(slice) ?? WEEKDAY_OF.exec(slice);
  return relative ? relativeDate(relative[1] ?? "", letterDate) : daysLater(text, w.start, w.end, dates, floor, letterDate);
}

/** The date of the ruling a penalty comes from, or null when the letter does not tie one. */
export function rulingDate(text: string, site: DateSite, all: readonly DateRecord[], letterDate: string | null, shared: string | null, rulings: NamedRulings = NO_RULINGS): string | null {
  // Note: a ruling the letter reports cannot come after the letter (`a ruling he will appeal by 20 June`).
  const dates = letterDate ? all.filter((d) => d.value <= letterDate || letterDate.startsWith(d.value)) : all;
  // Note: `reduced X's sentence from one year to six months`: the term it started from is the first ruling's.
  if (fromTerm(text, site.window, site.term)) return firstRulingDate(text, site.term, dates);
  // Note: a `two days later` counts from a date of this paragraph or the one before, no further.
  const floor = site.previousParagraph[0]?.start ?? site.before[0]?.start ?? site.window.start;
  const own = dateInWindow(text, site.window, site, dates, letterDate, floor);
  if (own) return own;
  const sentence = text.slice(site.window.start, site.window.end);
  // Note: `He had been convicted … and sentenced to …` is earlier than the story: no borrowed date.
  // Not `A, who had been convicted on 21 July, was sentenced to …`: the penalty's own verb is a simple past.
  if (PAST_PERFECT.test(sentence) && !SIMPLE_PAST.test(text.slice(site.window.start, Math.max(site.start, site.term.start)))) return null;
  // Note: `In 2015 X was handed …` takes no date of another year.
  const year = statedYear(sentence, site.term.start - site.window.start);
  // Note: with no shared date, a ruling dated before a told back-story (`condamnés le 12 novembre` … `interpellés le
  // 2 septembre` … `À l'audience du 29 octobre, le procureur avait requis …` … the terms) dates the terms.
  const story = (): string | null =>
    ANOTHER_RULING.test(sentence)
      ? null
      : storyDate(text, site, dates, {
          ruling: (slice) => COURT_RULING.test(slice),
          otherRuling: appealOnly,
          stated: (w) => stated(text, w, dates, letterDate, w.start),
          rulingDay: (w) => dayOfSentence(text.slice(w.start, w.end), letterDate),
          dateline: (d) => d.value === letterDate && DATELINE_AFTER.test(text.slice(d.end, d.end + 70)),
          ruledOn: (d) => RULING_OF.test(text.slice(Math.max(0, d.start - 90), d.start)) && !PAST_PERFECT_NEAR.test(text.slice(Math.max(0, d.start - 50), d.start)),
        });
  const fits = (value: string | null): string | null => (value && year && !value.startsWith(year) ? null : value);
  // Note: a penalty told as another case's (`In a separate case, X was sentenced …`) takes no date of the letter's ruling.
  const fitsShared = (): string | null => (SEPARATE_CASE.test(sentence) ? null : fits(shared ?? story()));
  const lead = text.slice(site.window.start, site.start);
  // Note: a fine's span opens at its verb (`The same court fined …`): the verb is read with the lead.
  const goesOn = COURT_GOES_ON.test(text.slice(site.window.start, Math.max(site.start, site.term.start)));
  // Note: `Four of her colleagues were convicted alongside her. X received nine years each`: a
  // sentence of the paragraph saying it was the same trial carries the ruling's date to its penalties.
  const back = SAME_RULING.test(lead) || goesOn || [...site.before, site.window].some((w) => SAME_TRIAL.test(text.slice(w.start, w.end)));
  const before = [...site.before].reverse();
  // Note: `The same evening, the court sentenced him …` takes the day of the sentence before, whatever it tells (an arrest).
  // Note: or between its verb and its term (`ont été condamnés le même jour à quatre mois`).
  const sameDay = SAME_DAY.test(text.slice(site.window.start, Math.max(site.start, site.term.start)));
  for (const w of before) {
    const date = stated(text, w, dates, letterDate, floor);
    if (!date) continue;
    if (sameDay) return fits(date);
    const penalty = site.penaltyWindows.has(w.start);
    // Note: `The court also imposed …` / `in the same hearing` continue the ruling just dated, and
    // so does a bare `Y received 8 years.` right after it (a restatement's ellipsis).
    const elliptical = w === before[0] && ELLIPTICAL.test(text.slice(site.window.start, site.term.start));
    // Note: `On 21 July the court sentenced A to … . B was sentenced to … .`: a paragraph telling one
    // ruling goes on with its people; a sentence telling of an appeal or another case does not.
    if (penalty) return back || elliptical || (goesOnTelling(text.slice(w.start, w.end), sentence) && !dates.some((d) => inside(d, site.window))) ? fits(date) : fitsShared();
    if (heading(text, w, dates, letterDate)) return fits(headingDate(w, dates, date));
    if (appealOnly(text.slice(w.start, w.end), sentence)) return null;
    // Note: so does the day a case ended (`The cases were concluded on Thursday, 13th February. The magistrate …`).
    return RULING.test(text.slice(w.start, w.end)) || CASE_ENDED.test(text.slice(w.start, w.end)) ? fits(date) : fitsShared();
  }
  for (const after of site.later) {
    if (site.penaltyWindows.has(after.start)) break;
    const attached = dates.find((d) => full(d) && inside(d, after) && ATTACHED_AFTER.test(text.slice(d.end, d.end + 20)));
    if (attached) return fits(attached.value);
    // Note: `The ruling was handed down on 3 May 2022.`, `The sentencing took place on February 6` after the penalty date it.
    const slice = text.slice(after.start, after.end);
    const delivered = DELIVERED.test(slice) || SENTENCING_HELD.test(slice) ? dates.find((d) => full(d) && inside(d, after)) : undefined;
    if (delivered) return fits(delivered.value);
    // Note: `A decade in prison. That is what the court imposed on Tuesday on …`: the next sentence names the penalty and dates it.
    const pointed = after === site.later[0] && POINTS_BACK.test(slice) ? stated(text, after, dates, letterDate, floor) : null;
    if (pointed) return fits(pointed);
  }
  // Note: a paragraph that opens by pointing back at the penalties and dating them (`Those rulings were issued on 13
  // January, the union says.`, `Ces décisions ont été rendues le 4 mars.`) dates the penalties of the paragraph before.
  const next = site.nextParagraph ? text.slice(site.nextParagraph.start, site.nextParagraph.end) : "";
  // Note: so does one opening with the ruling's day (`The ruling was delivered on 15 October 2024. On appeal, …`).
  if (THOSE_DELIVERED.test(next) || THE_RULING_DELIVERED.test(next)) {
    const date = dates.find((d) => full(d) && site.nextParagraph && inside(d, site.nextParagraph));
    if (date) return fits(date.value);
  }
  // Note: a paragraph that opens with the penalties (`Particularly, X was given 15 years …`) after
  // one that dates the ruling (`On October 5, the court found X … guilty`) takes that date.
  // Note: reached only when no sentence of the paragraph before the penalty states a date (the loop above returns).
  for (const w of [...site.previousParagraph].reverse()) {
    const date = stated(text, w, dates, letterDate, floor);
    if (!date) continue;
    if (sameDay) return fits(date);
    // Note: a chronology's date heading (`Wednesday, 12 March` on a line of its own) dates what the paragraph under it tells.
    if (w === site.previousParagraph.at(-1) && heading(text, w, dates, letterDate)) return fits(headingDate(w, dates, date));
    if (appealOnly(text.slice(w.start, w.end), sentence)) break;
    // Note: `On the same day, the court sentenced Y …` in a new paragraph continues the ruling before.
    const ruling = COURT_RULING.test(text.slice(w.start, w.end));
    // Note: `On Thursday 18 July the court jailed A …` then, in a new paragraph, `B and C were each
    // sentenced to …`: the court's ruling goes on with its people, as within a paragraph.
    // Only when the new paragraph refers back to the people before (`its`, `their`, `the same`): a bare
    // `B was fined …` may be another case, and a paragraph telling another event first (`… were arrested in a raid.`) is.
    const onward =
      site.penaltyWindows.has(w.start) &&
      goesOnTelling(text.slice(w.start, w.end), sentence) &&
      BACK_REFERENCE.test(text.slice(site.window.start, Math.max(site.start, site.term.start))) &&
      !site.before.some((b) => OTHER_EVENT.test(text.slice(b.start, b.end))) &&
      !dates.some((d) => inside(d, site.window));
    if ((back || onward || !site.penaltyWindows.has(w.start)) && ruling) return fits(date);
    // Note: `The charges arose from a report published on 2 November.` after the dated ruling tells
    // of the case's past: the search passes over it to the ruling.
    if (ruling || site.penaltyWindows.has(w.start)) break;
  }
  // Note: reached with no date in the penalty's paragraph. `He sentenced them to …` / `The court
  // has imposed …` paragraphs after a dated ruling (`A court … on February 7, 2023, sentenced …`)
  // go on telling it; a paragraph of penalties after a dated sentence telling of the ruling
  // without a penalty (`On 7 November the court tried five workers.` … `X was sentenced to …`)
  // takes its date. The nearest dated sentence decides: an event of another kind stops the search.
  for (const [i, w] of [...site.earlier.entries()].reverse()) {
    const penalty = site.penaltyWindows.has(w.start);
    // Note: a count in it (`Sentencing was postponed to the following Wednesday`) counts from the two sentences before it.
    const date = stated(text, w, dates, letterDate, site.earlier[Math.max(0, i - 2)]?.start ?? w.start);
    if (!date) continue;
    const slice = text.slice(w.start, w.end);
    if (appealOnly(slice, sentence)) break;
    // Note: a dated ruling told for several people at once (`on Monday handed down sentences … to four
    // activists`) is the ruling whose terms the later paragraphs give one by one.
    // Note: so is the ruling of those a paragraph says were tried alongside (`Two of its reporters were prosecuted alongside their editor.`).
    const together = [...site.before, site.window].some((x) => SAME_TRIAL.test(text.slice(x.start, x.end)));
    // Note: so is a ruling whose day is told with its verb (`A court on Tuesday handed down eight years to
    // the editor. … His deputy was handed a suspended sentence`): the report's one ruling, unless another is dated.
    const dayOfRuling = DAY_OF_RULING.test(slice) && !dates.some((d) => inside(d, site.window));
    if (penalty) return goesOn || ((SEVERAL.test(slice) || together || dayOfRuling) && !ANOTHER_RULING.test(sentence)) ? fits(date) : fitsShared();
    // Note: a day told with the ruling's verb or noun (`on Tuesday convicted`, `the conviction on Tuesday of`) is the ruling's, whatever else the sentence tells.
    // Note: so is the day a case or trial ended (`The case against our members arrested during the strike came to an end on Tuesday 30th September`),
    // and the day the court delivered its penalties (`Sentencing was postponed to the following Wednesday, when the court imposed the following penalties:`).
    if (COURT_RULING.test(slice) && (!OTHER_EVENT.test(slice) || DAY_OF_RULING.test(slice) || RULING_ON_DAY.test(slice) || CASE_ENDED.test(slice) || DELIVERED_PENALTIES.test(slice))) return fits(date);
    // Note: a court that goes on passes over other events told between (`published on March 26, 2018`).
    if (!goesOn) break;
  }
  return fitsShared() ?? (ANOTHER_RULING.test(sentence) ? null : fits(namedBefore(site, rulings)));
}
