/**
 * Terms in penalty windows with what surrounds them: the text on their left back to the
 * previous term (or the window start) and the run of penalty words on their right.
 * The sentence rules decide from these whether a term is a penalty.
 */
import type { Span } from "../../records.js";
import type { TextContext } from "../types.js";
import { findTerms, type Term } from "./durations.js";
import { findTermLists, LIST_GLUE, respectivePair, RESPECTIVELY, RESPECTIVELY_BEFORE, TO_GLUE } from "./term-lists.js";
import { windowsOf } from "./windows.js";

/** A term with its surroundings, offsets into the document text. */
export interface TermInContext extends Term {
  window: Span;
  /** Start of the left context (previous term's end, the window start, or a cap). */
  leftStart: number;
  /** End of the run of penalty words after the term (`in prison`, `suspended sentence`). */
  runEnd: number;
  left: string;
  run: string;
  /** For a term of a list (`six and five years respectively`): its place and the list's size. */
  share: { index: number; count: number } | null;
}

/** Words that make a window worth scanning (`reduced`, `commuted`: `X's term was reduced to 18 months`). */
// Note: and a term imposed by name (`the court imposed a term of eighteen months`, `the 40-month term imposed on her`),
// or received by name (`received terms of ten months and eight months`, `was handed a term of two years`; not `served a term of`),
// or restated (`received one year of the same penalty`), or given again (`was given a further ten days`, session 22).
const TRIGGER =
  /\b(?:sentenc|penalties|jail|prison|imprison|detention|detain|incarcerat|restrict|deprivation\s+of\s+(?:liberty|freedom)|arrest|suspended|behind\s+bars|custod|labou?r|probation|colony|condemned|surveillance|supervision|exile|reduced|commuted|(?:reduces|commutes|cuts|lowers|halves|shortens|increases|raises)\s+[^.;]{0,60}?\b(?:sentence|term)s?\b|impos(?:ed|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?terms?\b|(?:received|given|gave|handed|got)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?terms?\s+of\b|terms?\s+(?:imposed|meted)\b|handed\s+down|meted|good[\s-]+behaviou?r\s+bonds?|same\s+(?:penalty|punishment)|(?:year|month|week|day)s?\s+terms?\b|(?:given|gave|handed|received|got)\s+(?:(?:him|her|them)\s+)?(?:an?\s+)?(?:another|further|additional|extra)\s+\S+(?:\s+and\s+(?:a\s+half|\S+))?[-\s](?:years?|months?|weeks?|days?)\b)/iu;

/**
 * Words that can follow a term inside a penalty phrase (`'s immediate imprisonment`).
 * Note: hyphenated words come first, or `general` would stop the run inside `general-regime`
 * (and `jail time` before `jail`, so that `60 days of jail time for X` names X right after it; `a
 * one-year probation order on X` likewise);
 * a word may be quoted (`three years of 'restricted freedom'`).
 * Note: and the complements a custodial noun takes in some penal codes, `imprisonment with (hard) labour`
 * (Egypt, Myanmar, Sierra Leone), so that a `, suspended for …` after them is still read; and China's
 * `criminal detention` (a short custodial penalty), whose adjective alone names nothing.
 */
const RUN =
  /(?:['’]s?|s['’])?(?:\s+["“‘']?(?:[a-z]+-(?:security|regime)|non-?custodial\s+(?:reform|re-?education|correction)|court\s+(?:supervision|surveillance)|(?:reform|re-?education|correction)\s+without\s+(?:detention|custody|internment|imprisonment|deprivation\s+of\s+(?:liberty|freedom))|(?:jail|prison)\s+time|probation\s+orders?|with\s+(?:hard\s+|compulsory\s+|forced\s+)?labou?r|criminal\s+detention|deprivation\s+of\s+(?:liberty|freedom)|restrictions?\s+on\s+(?:(?:his|her|their|the)\s+)?(?:freedom|liberty)(?:\s+of\s+movement)?|of|in|behind|under|immediate|effective|actual|suspended|administrative|restricted|restriction|limitation|restraint|prison|jail|gaol|freedom|liberty|imprisonment|detention|arrest|house|home|confinement|police|judicial|surveillance|supervision|sentences?|terms?|bars|custodial|corrective|correctional|labou?r|probation(?:ary)?|colony|penal|internal|exile|a|an|the|general|strict|regime|camp|maximum|minimum|high|medium|security|hard|simple|rigorous)\b["”’']?)*/iuy;

/**
 * South Asian courts' and papers' abbreviations of the custodial penalty, in capitals after the term (`two years' RI
 * each`, `six months' SI`): rigorous and simple imprisonment. Case-sensitive, so no word is read as one (session 22).
 */
const ABBREVIATED = /^(?:['’]s?|s['’])?\s+(?:RI|SI)(?![\p{L}\p{N}])/u;

/** Trailing run words that name nothing on their own. */
const RUN_TAIL = /(?:\s+(?:of|in|behind|under|a|an|the|house|home|internal|corrective|correctional|penal|general|strict|regime|maximum|minimum|high|medium|security|hard|simple|rigorous))+$/iu;

/**
 * A sentence that only restates a penalty's term with a weak verb (`Deputy editor Günel Babayeva
 * received 8 years and 6 months.`): read when it follows a penalty sentence (verb-term decides).
 */
// Note: also with the object pronoun first (`The court handed him a further 15 days.`), and the
// penalties as a subject after a conviction (`The terms were eight months for A, six for B`).
const ELLIPTICAL = /\b(?:(?:terms|sentences|penalties)\s+(?:were|are)(?:\s*:)?|(?:had\s+|has\s+|have\s+)?(?:received|got)|(?:was|were|(?:had|has|have)\s+been)\s+(?:(?:each|both|all|also|then|later)\s+)?(?:given|handed)|(?:gave|handed|(?:had|has|have)\s+given)(?:\s+(?:him|her|them))?)\s+(?:(?:an?\s+)?(?:another|further|additional|extra)\s+)?\S+?(?:\s+and\s+(?:a\s+half|\S+))?[-\s](?:years?|months?|weeks?|days?)\b/iu;

/**
 * A conviction with no term (`Four of her colleagues were convicted alongside her.`): the next
 * sentence may state their terms with a weak verb alone (`X and Y received nine years each`).
 */
export const CONVICTION = /\b(?:convicted|found\s+(?:\w+\s+){0,3}guilty)\b/iu;
/** A trial or a verdict told with no term (`The two reporters were tried together.`): its terms may follow as for a conviction. */
// Note: `The court also ruled on his two co-defendants.` tells a ruling whose terms follow.
export const TRIAL = /\b(?:sentenc\w*|tried|prosecuted|(?:stood|went\s+on|on)\s+trial|verdict|judge?ment|ruled\s+on)\b/iu;
/** A ruling in the term's own sentence (`when the tribunal ruled`, `and each was fined`): a weak verb's bare term there is a penalty. */
export const RULING_HERE = /\b(?:ruled|verdict|fined|court|tribunal|judge)\b/iu;

/** The sentences that may hold a penalty: a penalty word, or an elliptical one right after such a sentence or a conviction. */
function penaltyWindows(context: TextContext): Span[] {
  const { text } = context;
  const out: Span[] = [];
  let triggered = false;
  for (const window of windowsOf(context)) {
    const slice = text.slice(window.start, window.end);
    const trigger = TRIGGER.test(slice);
    const restated: boolean = !trigger && (triggered || RULING_HERE.test(slice)) && ELLIPTICAL.test(slice);
    if (trigger || restated) out.push(window);
    // Note: a restatement carries on to the next (`A was sentenced to 16 years. B received four and a
    // half years. C and D were each given three years and eight months.`).
    triggered = trigger || restated || CONVICTION.test(slice) || TRIAL.test(slice);
  }
  return out;
}

/** The longest left context considered, in characters. */
const LEFT_CAP = 160;

const cache = new WeakMap<TextContext, TermInContext[]>();

/** The glue of two whole terms of one unit shared out in order (`ten months and eight months`). */
const ONE_UNIT_PAIR = /^\s+and\s+$/u;
/** After a period: a word of time order, so it is the time between two events (`10 days later`). */
const TIME_ORDER_AFTER = /^\s+(?:later|ago|after|before|earlier)\b/iu;

/**
 * Terms as groups: one term each, except a list of whole terms shared out in order (`to two
 * years, 18 months and one year in prison respectively`), which is one group of several. `alone`: the
 * window holds no other term.
 */
function sharedOut(text: string, terms: readonly Term[], window: Span, alone: boolean): { start: number; end: number; items: Term[] }[] {
  const groups: { start: number; end: number; items: Term[] }[] = [];
  for (const term of terms) {
    const last = groups.at(-1);
    const glue = last ? text.slice(last.end, term.start) : "";
    if (last && (LIST_GLUE.test(glue) || (RESPECTIVELY_BEFORE.test(text.slice(Math.max(window.start, last.start - 30), last.start)) && TO_GLUE.test(glue)))) {
      last.items.push(term);
      last.end = term.end;
    } else groups.push({ start: term.start, end: term.end, items: [term] });
  }
  return groups.flatMap((group) => {
    RUN.lastIndex = 0;
    const run = RUN.exec(text.slice(group.end, window.end))?.[0] ?? "";
    // Note: `A and B: one year and six months' imprisonment respectively`: a compound shared out is two terms (term-lists.ts),
    // when it is its sentence's only term (`… four years' imprisonment, three years of restricted freedom and two years and
    // six months of restricted freedom respectively`: the compound is one item of the list).
    if (group.items.length === 1) {
      const pair = alone && group.items[0] ? respectivePair(text, group.items[0], text.slice(group.end, window.end)) : null;
      return [pair ? { ...group, items: pair } : group];
    }
    if (RESPECTIVELY.test(text.slice(group.end + run.length, window.end))) return [group];
    // Note: `were sentenced respectively to nine months and six months`: the word comes first.
    if (RESPECTIVELY_BEFORE.test(text.slice(Math.max(window.start, group.start - 30), group.start))) return [group];
    // Note: whole terms of one unit joined by `and` (`received terms of ten months and eight months`) are a list too: no
    // one term is written so, so each is one person's, in order, when the names count as many (penalties-people.ts shareOf).
    // Note: only two joined by a bare `and` and ending the clause's terms (`sentenced to 15 days, and 10 days later …`,
    // `ten days, three days on Radio Sol and two days …` are no list).
    if (group.items.length === 2 && ONE_UNIT_PAIR.test(text.slice(group.items[0]?.end ?? 0, group.items[1]?.start ?? 0)) && !TIME_ORDER_AFTER.test(text.slice(group.end, group.end + 12)) && group.items.every((t) => /^P\d+[YMWD]$/u.test(t.duration) && t.duration.replace(/\d+/gu, "") === group.items[0]?.duration.replace(/\d+/gu, ""))) return [group];
    return group.items.map((term) => ({ start: term.start, end: term.end, items: [term] }));
  });
}

/** Every term in the document's penalty windows, with its surroundings; computed once per context. */
export function termsInContext(context: TextContext): TermInContext[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const { text } = context;
  const found: TermInContext[] = [];
  for (const window of penaltyWindows(context)) {
    let consumed = window.start;
    const lists = findTermLists(text, window.start, window.end);
    const single = findTerms(text, window.start, window.end).filter((t) => !lists.some((l) => t.start < l.end && t.end > l.start));
    const groups = [...lists.map((l) => ({ start: l.start, end: l.end, items: l.items })), ...sharedOut(text, single, window, lists.length === 0 && single.length === 1)];
    for (const group of groups.sort((a, b) => a.start - b.start)) {
      RUN.lastIndex = 0;
      const rest = text.slice(group.end, window.end);
      const runMatch = RUN.exec(rest);
      const read = (runMatch ? runMatch[0] : "").replace(RUN_TAIL, "");
      const abbreviated = ABBREVIATED.exec(rest)?.[0] ?? "";
      const run = abbreviated.length > read.length ? abbreviated : read;
      const runEnd = group.end + run.length;
      const leftStart = Math.max(consumed, group.start - LEFT_CAP);
      const left = text.slice(leftStart, group.start);
      const count = group.items.length;
      group.items.forEach((term, index) => {
        const share = count > 1 ? { index, count } : null;
        found.push({ ...term, end: group.end, window, leftStart, runEnd, left, run, share });
      });
      consumed = Math.max(runEnd, group.end);
    }
  }
  cache.set(context, found);
  return found;
}
