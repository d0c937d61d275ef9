/**
 * Penalties: sentence and fine candidates become records, one per person penalised, with
 * the ruling date, restatements merged, ids `sentence-<n>` / `fine-<n>` in offset order.
 * A penalty with no named person is not a record (GUIDELINES: not a term for an unnamed group).
 */
import type { DateRecord, Fine, FineCandidate, Person, Sentence, SentenceCandidate, SentenceKind, Span } from "../records.js";
import type { TextContext } from "../extract/types.js";
import { full, type NamedRulings, rulingDate } from "./penalties-dates.js";
import { namedRulingDates, sharedRulingDate } from "./penalties-dates-shared.js";
import { shareRespectively } from "./penalties-respective.js";
import { relativeDay } from "./penalties-dates-relative.js";
import { dateAhead } from "./penalties-dates-ahead.js";
import { ADMINISTRATIVE, administrativeKind, eraOf, mergeRestatements, restatedKind, timesGiven, type Draft } from "./penalties-merge.js";
import { listIn } from "./penalties-groups.js";
import { mentionsOf, peopleFor, type Letter, type Penalised } from "./penalties-people.js";
import { sameAs, sameFine, soWas, type SameAs } from "./penalties-same.js";
import { namedPart } from "./penalties-part.js";
import { sameFineCopies, type SameFineSource } from "./penalties-same-fines.js";
import { kindOf } from "../extract/sentences/kinds.js";
import { Sites } from "./penalties-sites.js";
import { RowUnits } from "./table-rows.js";
import { withRepeats } from "./dates-repeats.js";
import { verbTermRule } from "../extract/sentences/verb-term.js";
import { tableCellRule } from "../extract/sentences/table-cell.js";
import { chainRule } from "../extract/sentences/chain.js";
import { changedRule } from "../extract/sentences/changed.js";
import { vocabularyOf } from "../language/vocabulary.js";

/** A weak verb opening a penalty's phrase (`got 18 months`, `received three`, `was given a year`). */
const WEAK_VERB = /^(?:got|gets|received|receives|(?:was\s+|were\s+)?given)\s/iu;
/** A verb of its own in a penalty's phrase (`gave six months to X`): no gapped clause, which has none. */
const VERB_IN_PHRASE = /\b(?:\p{Ll}+ed|gave|got|given|sent)\b/u;

export interface PenaltyInput {
  sentences: SentenceCandidate[];
  fines: FineCandidate[];
  people: Person[];
  dates: DateRecord[];
  letterDate: string | null;
}

interface SentenceDraft extends Draft, Omit<SentenceCandidate, "type" | "rule" | "term" | "kind" | "share"> {
  kind: SentenceKind | null;
  person: Person;
}
interface FineDraft extends Draft, Omit<FineCandidate, "type" | "rule" | "term" | "each" | "share"> {
  person: Person;
}

/** The penalty is shared by the people named (`… to three years each`). */
const EACH_AFTER = /^\s*(?:each|apiece)\b/iu;
/**
 * `respectively` after a lone penalty shares it too (`… were fined 300 euros respectively`), but
 * not after the last of several (`fined A 500 euros and B 300 euros respectively`): each has its name.
 */
const RESPECTIVELY_AFTER = /^\s*respectively\b/iu;

/** The rule named on a penalty copied by `received the same sentence as X`. */
const SAME_RULE = "penalties/same-as";

/** From this many days, a term with no stated kind is read as prison. */
// Note: 360, so that `12 months` (360 days by the 30-day month) counts as the year it is.
const DEFAULT_PRISON_DAYS = 360;

/** How many sentences back a pronoun may reach for its person. */
const PRONOUN_REACH = 6;
/** How many sentences ahead a group or a role may be named (`Three members were sentenced … On 14 December, A, B and C …`). */
const FOLLOWING_REACH = 4;

const byStart = <T extends Span>(a: T, b: T): number => a.start - b.start || a.end - b.end;

/**
 * Where each later item of a list shared out in order starts its subject search: at the list's first
 * item (`Both were fined: RSD 180,000 (about €1,540) and RSD 120,000 (about €1,025) respectively`), so
 * every item reads the subject the first one reads and takes its own share of it.
 */
function listStarts(candidates: readonly (SentenceCandidate | FineCandidate)[]): Map<number, number> {
  const starts = new Map<number, number>();
  let first: SentenceCandidate | FineCandidate | null = null;
  for (const c of candidates) {
    if (c.share?.index === 0) first = c;
    else if (c.share && first?.share && c.share.count === first.share.count) starts.set(c.start, first.start);
  }
  return starts;
}

function link(context: TextContext, sites: Sites, c: SentenceCandidate | FineCandidate, letter: Letter, penalised: Penalised[], rows: RowUnits, alone = true, listStart?: number): Person[] {
  const dated = sites.dateSite(c);
  const index = sites.indexOf(c.start);
  const after = context.text.slice(c.end, c.end + 20);
  const following = sites.windows.slice(index + 1, index + 1 + FOLLOWING_REACH);
  const previous = sites.windows.slice(Math.max(0, index - PRONOUN_REACH), Math.max(0, index)).reverse();
  const vocabulary = vocabularyOf(context.language);
  const each =
    (c.type === "fine" && c.each) || /\beach\b/iu.test(c.text) || EACH_AFTER.test(after) || (alone && RESPECTIVELY_AFTER.test(after)) ||
    (vocabulary !== null && vocabulary.group[0].test(context.text.slice(dated.window.start, c.end + 20)));
  const verbLed = c.rule === verbTermRule.id || /^fined\b/iu.test(c.text);
  const share = c.share;
  const language = vocabulary ? { language: { namesAfter: vocabulary.namesAfter[0], listGlue: vocabulary.listGlue[0], pronoun: vocabulary.pronoun[0], pluralPronoun: vocabulary.pluralPronoun[0], bodySubject: vocabulary.bodySubject[0] } } : {};
  // Note: a later item of a shared-out list looks for its subject from the list's first item (listStarts), in the same sentence.
  const start = listStart !== undefined && listStart >= dated.window.start ? listStart : c.start;
  const site = { start, end: c.end, term: c.term, window: dated.window, following, previous, each, verbLed, share, fine: c.type === "fine", ...language };
  // Note: a penalty in a table row belongs to the row's person (table-rows.ts).
  const linked = rows.personFor(c) ?? peopleFor(letter, site);
  // Note: `Six other workers received … . … the names of four of them: A, B, C and D.`: the named part of an unnamed group.
  const people = linked.length > 0 ? linked : namedPart({ text: context.text, mentions: letter.mentions, window: dated.window, termStart: c.term.start, following });
  for (const person of people) penalised.push({ person, start: c.start, fine: c.type === "fine" });
  return people;
}

/** Turns penalty candidates into sentence and fine records linked to people and dates. */
export function resolvePenalties(context: TextContext, input: PenaltyInput): { sentences: Sentence[]; fines: Fine[] } {
  const { text } = context;
  const candidates = [...input.sentences].sort(byStart);
  const fineCandidates = [...input.fines].sort(byStart);
  const sites = new Sites(context, [...candidates, ...fineCandidates]);
  const mentions = mentionsOf(text, input.people);
  const shared = sharedRulingDate(text, sites.windows, input.dates, input.letterDate, sites.penaltyWindows);
  // Note: a table's later rows repeat the ruling date the date record took from the first (dates-repeats.ts).
  const rulingDates = withRepeats(text, input.dates);
  const rows = new RowUnits(text, context.paragraphs, input.people, rulingDates);
  const named = namedRulingDates(text, sites.windows, input.dates);
  // Note: the other dates of a sentence naming the ruling (`The court on 19 May convicted six people over a sit-in in
  // March, imposing fines …`) are its story's, not another ruling's.
  const namedIn = new Set(named.map((d) => sites.indexOf(d.start)));
  const rulings: NamedRulings = {
    named,
    inPenalties: rulingDates.filter((d) => full(d) && sites.penaltyWindows.has(sites.windows[sites.indexOf(d.start)]?.start ?? -1) && !namedIn.has(sites.indexOf(d.start))),
  };
  const dateOf = (span: Span & { term: Span }): string | null => rows.dateFor(span) ?? rulingDate(text, sites.dateSite(span), rulingDates, input.letterDate, shared, rulings);
  const eraAt = (span: Span, date: string | null): string | null => {
    const w = sites.dateSite(span).window;
    const sentence = text.slice(w.start, w.end);
    return eraOf(sentence, date, relativeDay(sentence) !== null, input.letterDate);
  };
  const aheadDate = (c: Span, people: readonly Person[]): string | null => {
    const index = sites.indexOf(c.start);
    const window = sites.windows[index];
    return window ? dateAhead(text, { window, following: sites.windows.slice(index + 1, index + 1 + FOLLOWING_REACH) }, people, mentions, rulingDates, input.letterDate) : null;
  };
  const penalised: Penalised[] = [];
  let lists: Person[][] | null = null;
  const letter: Letter = { text, mentions, penalised, windows: sites.windows, lists: () => (lists ??= sites.windows.map((w) => listIn(text, w, mentions))) };

  const sentenceCount = perWindow(sites, candidates);
  const fineCount = perWindow(sites, fineCandidates);
  const kinds = candidates.map((c) => c.kind);
  candidates.forEach((c, i) => {
    // Note: a table cell's kind is its header's; the row above is another person's ruling.
    if (c.kind !== null || c.rule === tableCellRule.id) return;
    // Note: an elliptical `was sentenced to two years` takes the kind of the sentence just before.
    const previous = sites.indexOf(c.start) - 1;
    const donor = candidates.find((d) => d.kind !== null && sites.indexOf(d.start) === previous);
    // Note: with nothing to inherit, `sentenced … to 11 years` is prison; short terms stay unknown.
    // Note: a changed sentence (`reduced … to three years`) and `a sentence of 18 months` or `a 10-year
    // sentence` read the same way.
    const sentenced = c.rule === verbTermRule.id && /^(?:sentenced|condemned|reduced|commuted|lowered|increased)\b|\bsentences?\b/iu.test(c.text);
    // Note: a gapped clause (`…, and A, B and C to one year`) goes on with the verb of the penalty before it in its sentence, and its kind.
    const before = candidates[i - 1];
    const gapped = before && c.rule === verbTermRule.id && before.rule === verbTermRule.id && !VERB_IN_PHRASE.test(c.text) && sites.indexOf(before.start) === sites.indexOf(c.start) ? kinds[i - 1] : null;
    // Note: a weak verb's bare term after a penalty of its sentence (`A received a sentence of two years, while B got 18
    // months`) is of that penalty's kind, resolved here when the first took its kind from `sentence` above.
    const weak = before && c.rule === verbTermRule.id && WEAK_VERB.test(c.text) && sites.indexOf(before.start) === sites.indexOf(c.start) ? kinds[i - 1] : null;
    kinds[i] = donor?.kind ?? (sentenced && c.days >= DEFAULT_PRISON_DAYS ? "prison" : (gapped ?? weak ?? null));
  });
  // Note: tested once per letter; per term it made long letters quadratic.
  const administrative = ADMINISTRATIVE.test(text);
  // Note: terms each with their own words shared out by `respectively` after the last go one to a person (penalties-respective.ts).
  const sentenceDrafts: SentenceDraft[] = shareRespectively(candidates.flatMap((c, i): SentenceDraft[] => {
    const kind = administrativeKind(kinds[i] ?? null, c.duration, c.days, administrative);
    const date = dateOf(c);
    const era = eraAt(c, date);
    const alone = (sentenceCount.get(sites.indexOf(c.start)) ?? 0) < 2;
    // Note: `given administrative arrest twice this year, for twelve days in February and ten days on
    // 8 April`: the chain after the term tells each time apart, so the term is given once.
    const given = timesGiven(c.text);
    const times = given > 1 && candidates.some((o) => o.rule === chainRule.id && o.start >= c.end && o.start - c.end <= 60) ? 1 : given;
    const people = link(context, sites, c, letter, penalised, rows, alone);
    // Note: people named only after the penalty take the ruling's date told on the way to them.
    const dated = date ?? aheadDate(c, people);
    return people.flatMap((person) => Array.from({ length: times }, () => ({
      start: c.start, end: c.end, text: c.text, rules: [c.rule], person, personId: person.id,
      kind, duration: c.duration, days: c.days, date: dated, era,
    })));
  }), text);
  // Note: `Y received the same sentence as X`: a copy of each penalty X was given before.
  const restatedWhole: SameFineSource[] = [];
  for (const same of sameAs(text, sites.windows, mentions)) {
    const source = same.related ? relatedPenalty(sentenceDrafts, same) : same.source ? sentenceDrafts.filter((d) => d.personId === same.source?.id && d.start < same.start) : lastPenalty(sentenceDrafts, same, sites);
    // Note: whose fines the phrase restates too (penalties-same-fines.ts): the named person, else those whose term is copied.
    const sources = same.source ? [same.source] : [...new Map(source.map((d) => [d.personId, d.person])).values()];
    restatedWhole.push({ start: same.start, end: same.end, text: text.slice(same.start, same.end), people: same.people, sources });
    const people = same.people.filter((p) => !source.some((d) => d.personId === p.id));
    // Note: `…, but the court allowed her to serve it as restricted freedom`: the copy's own kind.
    const served = servedAs(text, same, sites);
    for (const person of people) {
      if (source.length > 0) penalised.push({ person, start: same.start });
      for (const d of source) sentenceDrafts.push({ ...copyAt(text, d, same, person), kind: served ?? d.kind });
    }
  }
  // Note: `was sentenced to one year, and so was X`: X gets the term closing the clause before.
  const soWasClauses = soWas(text, sites.windows, mentions);
  for (const same of soWasClauses) {
    const last = closingDraft(text, same, sentenceDrafts);
    if (!last) continue;
    for (const person of same.people) {
      penalised.push({ person, start: same.start });
      sentenceDrafts.push(copyAt(text, last, same, person));
    }
  }
  const sentences = mergeRestatements(
    withoutRestatedFrom(sentenceDrafts).sort(byStart),
    (a, b) => a.days === b.days && restatedKind(text, a, b),
    (earlier, later) => ({ ...later, kind: later.kind ?? earlier.kind }),
    (d) => d.text,
  ).sort(byStart);

  const fineLists = listStarts(fineCandidates);
  const fineDrafts: FineDraft[] = shareRespectively(fineCandidates.flatMap((c): FineDraft[] => {
    const date = dateOf(c);
    const era = eraAt(c, date);
    const alone = (fineCount.get(sites.indexOf(c.start)) ?? 0) < 2;
    // Note: `fined ₦2m on each of two counts`: one fine a count.
    const times = timesGiven(text.slice(c.start, Math.min(text.length, c.end + 40)));
    return link(context, sites, c, letter, penalised, rows, alone, fineLists.get(c.start)).flatMap((person) => Array.from({ length: times }, () => ({
      start: c.start, end: c.end, text: c.text, rules: [c.rule], person, personId: person.id, era,
      amount: c.amount, currency: c.currency, unit: c.unit, money: c.money,
      // Note: a fine handed down with a prison term shares its date (`… and a fine of …`), unless its sentence states
      // another year (`his 2024 conviction …, for which he paid a fine of Rs 3,000`): an earlier ruling's.
      date: date ?? inEra(soleDate(sentences.filter((s) => s.personId === person.id)), era),
    })));
  }), text);
  // Note: `Y received the same sentence as X`: a copy of X's fines too, unless Y has a fine of their own there.
  const sameWindow = (at: number): Span => sites.windows[sites.indexOf(at)] ?? { start: at, end: at };
  for (const { draft, same, person } of sameFineCopies(restatedWhole, fineDrafts, sameWindow)) fineDrafts.push(copyAt(text, draft, same, person));
  // Note: `Y was fined the same amount`: a copy of X's fine just before (or the one named after `as`).
  for (const same of sameFine(text, sites.windows, mentions)) {
    const earlier = fineDrafts.filter((d) => d.start < same.start && (same.source ? d.personId === same.source.id : true));
    const last = earlier.reduce<FineDraft | null>((a, d) => (!a || d.start > a.start ? d : a), null);
    if (!last || (!same.source && sites.indexOf(same.start) - sites.indexOf(last.start) > SAME_REACH)) continue;
    const windowStart = sites.windows[sites.indexOf(same.start)]?.start ?? same.start;
    for (const person of same.people) {
      // Note: a fine of the receiver's own in the same sentence is no restatement to copy.
      if (fineDrafts.some((d) => d.personId === person.id && d.start >= windowStart && d.start <= same.end)) continue;
      fineDrafts.push(copyAt(text, last, same, person));
    }
  }
  // Note: `was fined 500,000 kyats, and so was X`: X gets the fine closing the clause before, as for terms.
  for (const same of soWasClauses) {
    const last = closingDraft(text, same, fineDrafts);
    if (last) for (const person of same.people) fineDrafts.push(copyAt(text, last, same, person));
  }
  fineDrafts.sort(byStart);
  const fines = mergeRestatements(
    fineDrafts,
    (a, b) => a.amount === b.amount && a.currency === b.currency && a.unit === b.unit,
    (_earlier, later) => later,
    (d) => text.slice(d.start, Math.min(text.length, d.end + 50)),
  ).sort(byStart);

  return {
    sentences: sentences.map((d, i) => ({
      id: `sentence-${i + 1}`, start: d.start, end: d.end, rules: d.rules, person: d.person.name, person_id: d.person.id,
      kind: d.kind, duration: d.duration, days: d.days, date: d.date, text: d.text,
    })),
    fines: fines.map((d, i) => ({
      id: `fine-${i + 1}`, start: d.start, end: d.end, rules: d.rules, person: d.person.name, person_id: d.person.id,
      amount: d.amount, currency: d.currency, unit: d.unit, money: d.money, date: d.date, text: d.text,
    })),
  };
}

/** How many sentences back `received the same sentence` (no `as`) may reach for the penalty it copies. */
const SAME_REACH = 2;
/** How far before `, and so was X` the term it restates may end, in characters. */
const SO_WAS_REACH = 40;

/** The draft closing the clause right before `, and so was X` (ending at most SO_WAS_REACH before it, no stop between), or null. */
function closingDraft<D extends Span>(text: string, same: Span, drafts: readonly D[]): D | null {
  const closing = drafts.filter((d) => d.end <= same.start && same.start - d.end <= SO_WAS_REACH && !/[.;:!?]/u.test(text.slice(d.end, same.start)));
  return closing.reduce<D | null>((a, d) => (!a || d.end > a.end ? d : a), null);
}

/** A penalty draft copied to `person` at a restatement's span (`received the same sentence as Y`, `and so was X`). */
function copyAt<D extends SentenceDraft | FineDraft>(text: string, draft: D, same: Span, person: Person): D {
  return { ...draft, start: same.start, end: same.end, text: text.slice(same.start, same.end), rules: [SAME_RULE], person, personId: person.id };
}

/**
 * The penalty just before a bare `received the same sentence`: the drafts of the nearest earlier
 * sentence that has any, when they are all one term (else it is unclear which is meant: nothing).
 */
function lastPenalty(drafts: readonly SentenceDraft[], same: Span, sites: Sites): SentenceDraft[] {
  const earlier = drafts.filter((d) => d.start < same.start);
  const last = earlier.reduce<SentenceDraft | null>((a, d) => (!a || d.start > a.start ? d : a), null);
  if (!last) return [];
  const index = sites.indexOf(last.start);
  if (sites.indexOf(same.start) - index > SAME_REACH) return [];
  const window = earlier.filter((d) => sites.indexOf(d.start) === index);
  const terms = new Set(window.map((d) => `${d.days}|${d.kind ?? ""}`));
  return terms.size === 1 ? [last] : [];
}

/**
 * The penalty a relation noun points to (`the same term as her brother`): the nearest person
 * penalised before the phrase who is not a receiver, when all their terms before it are one term.
 */
function relatedPenalty(drafts: readonly SentenceDraft[], same: SameAs): SentenceDraft[] {
  const earlier = drafts.filter((d) => d.start < same.start && !same.people.some((p) => p.id === d.personId));
  const last = earlier.reduce<SentenceDraft | null>((a, d) => (!a || d.start > a.start ? d : a), null);
  if (!last) return [];
  const own = earlier.filter((d) => d.personId === last.personId);
  return new Set(own.map((d) => `${d.days}|${d.kind ?? ""}`)).size === 1 ? [last] : [];
}

/** `… serve it as …`, `… serve the sentence under house arrest`: the form a copied term is served in. */
const SERVED_AS = /\bserve\s+(?:it|the\s+(?:same\s+)?(?:term|sentence|penalty))\s+(?:as|under|in|through|by\s+way\s+of)\s+([^.;]{1,120})/iu;

/** The kind the rest of the phrase's sentence says the copied term is served as, or null. */
function servedAs(text: string, same: Span, sites: Sites): SentenceKind | null {
  const window = sites.windows[sites.indexOf(same.start)];
  const m = window ? SERVED_AS.exec(text.slice(same.end, window.end)) : null;
  return m?.[1] ? kindOf(m[1]) : null;
}

/** A changed sentence's earlier term (`reduced X's sentence from four years to …`), which `sentences/changed` reads from its `from`. */
const CHANGED_FROM = /^from\b/iu;

/**
 * Drafts less each changed sentence's earlier term that restates a penalty the letter gave the
 * same person before (the first ruling, told with its own date): the appeal imposed only the new
 * term. With no such penalty before, the earlier term is the first ruling's only record and stays.
 */
function withoutRestatedFrom(drafts: readonly SentenceDraft[]): SentenceDraft[] {
  return drafts.filter((d) => {
    if (!d.rules.includes(changedRule.id) || !CHANGED_FROM.test(d.text)) return true;
    return !drafts.some((e) => e !== d && e.personId === d.personId && e.days === d.days && e.start < d.start);
  });
}

/** How many candidates each window holds. */
function perWindow(sites: Sites, candidates: readonly Span[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const c of candidates) {
    const i = sites.indexOf(c.start);
    counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  return counts;
}

/** A date within the era its penalty's sentence states (a year), else null; any date when none is stated. */
const inEra = (date: string | null, era: string | null): string | null => (date && era && /^\d{4}$/u.test(era) && !date.startsWith(era) ? null : date);

function soleDate(drafts: readonly { date: string | null }[]): string | null {
  const dates = new Set(drafts.flatMap((d) => (d.date ? [d.date] : [])));
  return dates.size === 1 ? ([...dates][0] ?? null) : null;
}
