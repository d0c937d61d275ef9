/**
 * Rule `sentences/language-term`: a penalty in a language read through a vocabulary
 * (language/fr.ts, language/es.ts): a penalty word (`condamné`, `peine`, `condenados`,
 * `sentenció`) before a term in its sentence, the kind from the words around the term:
 * `condamné à deux ans de prison ferme`, `des peines d'un mois de prison avec sursis`,
 * `sentenció a dos años y seis meses de cárcel`. English documents keep their own rules.
 */
import { findLanguageTerms, POINTS_BACK_CLAUSE } from "../../language/terms.js";
import { vocabularyOf, type Vocabulary } from "../../language/vocabulary.js";
import { isAge } from "../../language/ages.js";
import type { SentenceCandidate, SentenceKind } from "../../records.js";
import type { Extractor, TextContext, Unstamped } from "../types.js";
import { itemLead, penaltyCells } from "./language-items.js";
import { languageKind as kindOf } from "./language-kind.js";
import { windowsOf } from "./windows.js";

/** How far before a term its penalty word may stand, and after it its kind words, in characters. */
const LEAD_REACH = 220;
const KIND_REACH = 80;
/** Between two terms of one list: a comma or `and`, and the preposition repeated (`et à`, `y a`, `et de`). */
const LISTED = /^\s*(?:[,y]|et|ou|o)\s*(?:(?:à|a|de|d[’'])\s*)?$/iu;
/**
 * Right after a term, a complement that makes it the length of something else (`deux ans
 * d'interdiction`, `seis años de inhabilitación`): such a term with no kind word is no penalty.
 */
const OTHER_COMPLEMENT = /^\s*(?:de\s+l[’']|de\s+la\s|del?\s|d[’'])\s*\p{L}/iu;
/** After a term, the preposition of the names it is given to (`… de prisión al secretario X`, `… à M. X`). */
const NAMES_NEXT = /^\s*(?:,\s*)?(?:à|a|al|aux?|contre|contra)\s/iu;
/** What opens the next clause of a list: `, et `, `, y `, `; ` (not a bare `y`, which may join two names). */
const JOINER = /,\s*(?:et|y)\s+|;\s*/giu;
/** How far back a term with no kind word may take the kind of the penalty before it, in characters. */
const KIND_CARRY = 600;
/** From this many days, a term with no kind word and no penalty before it to take one from is prison (as in English). */
// Note: 360, so that `12 months` (360 days by the 30-day month) counts as the year it is.
const DEFAULT_PRISON_DAYS = 360;


/**
 * A term that measures a fine, not a custodial penalty: right after the fine word and `de` (`multa
 * de 500 días`, `une amende de soixante jours`) or right before it (`ochenta días multa`, `cent jours
 * d'amende`), the count of days (or months) a day-fine is paid for.
 */
const fineAround = new WeakMap<Vocabulary, readonly [before: RegExp, after: RegExp]>();
function fineLength(text: string, vocabulary: Vocabulary, term: { start: number; end: number }): boolean {
  let around = fineAround.get(vocabulary);
  if (!around) {
    const fine = vocabulary.fine[0].source;
    around = [new RegExp(`(?:${fine})\\s+(?:de|d[’'])\\s*$`, "iu"), new RegExp(`^\\s*(?:de\\s+|d[’']\\s*)?(?:${fine})`, "iu")];
    fineAround.set(vocabulary, around);
  }
  return around[0].test(text.slice(Math.max(0, term.start - 30), term.start)) || around[1].test(text.slice(term.end, term.end + 20));
}

/** The last penalty word in `left`, or null. */
function lastLead(vocabulary: Vocabulary, left: string): number | null {
  let at: number | null = null;
  for (const m of left.matchAll(new RegExp(vocabulary.penalty[0].source, "giu"))) at = m.index;
  return at;
}

/**
 * Where a term's phrase ends in the words after it: after the kind words and a suspension or a
 * `firm` that follows them (`de prison ferme`, `d'emprisonnement assorti de sursis`).
 */
function phraseEnd(vocabulary: Vocabulary, after: string): number {
  // Note: the row that names the kind decides where its words end (`détention administrative`, not `détention`).
  let end = 0;
  for (const [pattern] of vocabulary.kinds) {
    const m = pattern.exec(after);
    if (m) {
      end = m.index + m[0].length;
      break;
    }
  }
  if (end === 0) return 0;
  const suspended = new RegExp(`${vocabulary.suspendedAfter[0].source.replace(/^\^/u, "^(?:\\s+(?:ferme|firme|efectiv[oa]))?")}`, "iu").exec(after.slice(end));
  const firm = /^\s+(?:ferme|firme|efectiv[oa])\b/iu.exec(after.slice(end));
  return end + (suspended?.[0].length ?? firm?.[0].length ?? 0);
}

/** The kind of the last penalty found before, and where it ended: a later term with no kind word may take it. */
interface Carried {
  kind: SentenceKind | null;
  end: number;
}

/**
 * Where a later term of the same penalty word starts: after the one before, or, when the names
 * after that one are its own (`impuso ocho años de prisión al secretario X, y seis años a cada
 * uno de …`), after the last list joiner before this term, so that X is not this term's too.
 */
function laterStart(text: string, previousEnd: number, termStart: number): number {
  const gap = text.slice(previousEnd, termStart);
  if (!NAMES_NEXT.test(gap)) return previousEnd;
  const joiner = [...gap.matchAll(JOINER)].pop();
  return joiner ? previousEnd + joiner.index + joiner[0].length : previousEnd;
}

/**
 * After a term, a colon and a clause that names what came before it a penalty (`… : c'est la peine
 * prononcée le 13 novembre`, `… : telle est la sanction`, `…: esa es la pena que impuso`).
 */
const POINTS_BACK_AFTER = new RegExp(`^[^.;!?:]{0,160}:\\s*${POINTS_BACK_CLAUSE}`, "iu");
/** A fragment's rest after its term (`Tres años de prisión.`), and the next sentence opening on a clause that points back to it (`Esa es la pena que …`). */
const FRAGMENT_END = /^[^.;!?:]{0,160}[.!]?\s*$/u;
const POINTS_BACK_NEXT = new RegExp(`^[\\s\\p{P}]*${POINTS_BACK_CLAUSE}`, "iu");

/** A part counted out of the term before (`dont `, `de los cuales `), and a part said to be firm after its term (`ferme`, `de prison ferme`). */
const FIRM_PART_BEFORE = /(?<!\p{L})(?:dont|de\s+l[oa]s\s+cuales)\s+$/iu;
const FIRM_AFTER = /^\s+(?:(?:de\s+|d[’']\s*)(?:prison|emprisonnement|prisi[óo]n)\s+)?(?:ferme|firmes?|efectiv[oa]s?)(?!\p{L})/iu;

/**
 * A sum of several people's terms told before its penalty word (`En total, la judicatura impuso treinta años de prisión a
 * cuatro personas`, `Au total, le tribunal a prononcé trente ans`): no one's term (session 22), as English `totalling`.
 */
const TOTAL_BEFORE = /(?<!\p{L})(?:en|au)\s+total(?!\p{L})[^.;]*$/iu;
const TOTAL_REACH = 120;

/** A penalty word that is a noun (`pena`, `peine`, `condena`), the object of the verb before it. */
const NOUN_LEAD = /^(?:penas?|peines?|condenas?|sanci[oó]n(?:es)?)(?!\p{L})/iu;
/** How far before a penalty noun its verb is read, in characters. */
const NOUN_OBJECT_REACH = 30;
/** An indirect object set between the verb and its penalty noun's determiner (`requis contre chacun d'eux une`): read past. */
const AGAINST_OBJECT = /\s(?:contre|contra)\s[^.;,]{1,40}?(?=\s(?:une?|una|la|el)\s*$)/iu;
/** The words before a penalty noun at `lead` where its verb is read, an indirect object before its determiner left out. */
function nounLeadIn(text: string, windowStart: number, lead: number): string {
  const before = text.slice(Math.max(windowStart, lead - NOUN_OBJECT_REACH - 50), lead).replace(AGAINST_OBJECT, "");
  return before.slice(-NOUN_OBJECT_REACH);
}

/** The penalties of one sentence window; `item` stands for its penalty word in a list item (itemLead). */
function windowPenalties(text: string, vocabulary: Vocabulary, window: { start: number; end: number }, carried: Carried, item: number | null = null, next = ""): Unstamped<SentenceCandidate>[] {
  const terms = findLanguageTerms(text, vocabulary, window.start, window.end);
  if (terms.length === 0) return [];
  const sentence = text.slice(window.start, window.end);
  const respectively = vocabulary.respectively[0].test(sentence);
  const found: Unstamped<SentenceCandidate>[] = [];
  /** The list each found penalty belongs to (terms joined by `,`, `et`, `y`), for `respectively`. */
  const lists: number[] = [];
  let list = -1;
  let listLead: number | null = null;
  for (const [i, term] of terms.entries()) {
    const inList = i > 0 && LISTED.test(text.slice((terms[i - 1] as { end: number }).end, term.start));
    if (!inList) list += 1;
    const leftStart = Math.max(window.start, term.start - LEAD_REACH);
    const left = text.slice(leftStart, term.start);
    // Note: a term listed after another shares its penalty word, however far back (`impuso tres años …, y a X y Y, dos años y seis meses y dos años`).
    const own = lastLead(vocabulary, left);
    // Note: a term stated first, a colon, then a clause that names it a penalty (`Huit mois de prison ferme : c'est la peine prononcée …`).
    // Note: or a fragment that only states it, the next sentence pointing back (`Tres años de prisión. Esa es la pena que el tribunal impuso a …`).
    const rest = text.slice(term.end, window.end);
    const pointed = POINTS_BACK_AFTER.test(rest) || (i === terms.length - 1 && FRAGMENT_END.test(rest) && POINTS_BACK_NEXT.test(next));
    const pointsBack = own === null && !inList && item === null && pointed ? term.start : null;
    const lead: number | null = own !== null ? leftStart + own : inList ? listLead : (item ?? pointsBack);
    listLead = lead;
    if (lead === null) continue;
    const beforeTerm = text.slice(Math.max(lead, leftStart), term.start);
    // Note: `sursis probatoire pendant deux ans`, `un período de prueba de dos años`: the term is the probation's (its `pendant` no time spent).
    const probation = vocabulary.probationBefore[0].exec(beforeTerm);
    // Note: a probation may be its own penalty word (`requis six mois avec sursis probatoire pendant deux ans`): what is before it in the clause decides.
    const probationStart = probation ? term.start - beforeTerm.length + probation.index : term.start;
    // Note: less the small words that lead into the probation (`placés sous `, `sujetos a un `), no time limit of their own.
    const leadIn = probation ? text.slice(leftStart, probationStart).replace(/(?:\s+(?:sous|en|à|a|au|de|d[’']|une?|una|la|le|el|l[’']))+\s*$/iu, " ") : beforeTerm;
    // Note: the firm part of a partly suspended term (`deux ans de prison dont un an ferme`) is a prison term of its own
    // besides the whole, as the gold has it (main or optional; session 22); a suspended part (`dont six mois avec sursis`) is not.
    const firmPart = FIRM_PART_BEFORE.test(leadIn) && FIRM_AFTER.test(text.slice(term.end, Math.min(window.end, term.end + 40)));
    // Note: a firm part is read as its whole would be, the `dont` that counts it out left aside (a request's stays one).
    const leadCore = firmPart ? leadIn.replace(FIRM_PART_BEFORE, "") : leadIn;
    if (vocabulary.notPenaltyBefore.some(([pattern]) => pattern.test(leadCore))) continue;
    if (TOTAL_BEFORE.test(text.slice(Math.max(window.start, term.start - TOTAL_REACH), term.start))) continue;
    // Note: a penalty noun is a verb's object, and the verb may be a request's (`La Fiscalía había solicitado una pena de
    // 72 meses`, `le parquet a requis une peine de`): the few words before the noun are read too.
    // Note: so is the firm part of a term the noun leads (`a ramené la peine de M. X à 12 mois d'emprisonnement, dont 6 mois
    // ferme`), which the `dont` ruled out here before (session 23).
    if (NOUN_LEAD.test(text.slice(lead, lead + 8)) && vocabulary.notPenaltyBefore.some(([pattern]) => pattern.test(nounLeadIn(text, window.start, lead) + leadCore))) continue;
    if (fineLength(text, vocabulary, term)) continue;
    // Note: a person's age set after their name (`Santos Gutiérrez, de 63 años, a cinco años`) is no term (language/ages.ts).
    if (/^P\d+Y$/u.test(term.duration) && isAge(left, text.slice(term.end, term.end + 20), Math.round(term.days / 365), terms[i + 1] ? text.slice(term.end, terms[i + 1]?.start) : null)) continue;
    const nextStart = terms[i + 1]?.start ?? window.end;
    const after = text.slice(term.end, Math.min(nextStart, term.end + KIND_REACH, window.end));
    if (vocabulary.notPenaltyAfter.some(([pattern]) => pattern.test(after))) continue;
    // Note: the kind words right after the term decide first (`un an de prison avec sursis`), then those before it.
    // Note: a part after `dont`/`de los cuales` is no kind of the whole (`un an de prison, dont six mois avec sursis` is prison),
    // nor one counted out of it (`tres años de prisión, dos de ellos en suspenso`).
    const kindWords = (/^[^.;]*/u.exec(after)?.[0] ?? "").replace(/,?\s+(?:dont|de\s+l[oa]s\s+cuales|[\p{L}\d-]+\s+de\s+ell[oa]s)\s[\s\S]*$/iu, "");
    // Note: a term listed before another takes the kind stated after the list (`à trois ans et à un an de prison`).
    const listed = i + 1 < terms.length && LISTED.test(text.slice(term.end, nextStart));
    const listKind = listed ? kindOf(vocabulary, /^[^.;]*/u.exec(text.slice(term.end, Math.min(window.end, term.end + 2 * KIND_REACH)))?.[0] ?? "") : null;
    const stated = probation ? "probation" : (kindOf(vocabulary, kindWords) ?? kindOf(vocabulary, text.slice(lead, term.start)) ?? listKind);
    let kind: SentenceKind | null = !probation && vocabulary.suspendedAfter[0].test(kindWords.replace(/^\s+(?:de|d[’'])\s*\S+(?:\s+ferme)?/iu, "")) ? "suspended prison" : stated;
    // Note: a term with no kind word after a penalty word (`recibió la pena más alta: dieciséis años`,
    // `y seis años a cada uno de …`) is of the kind of the penalty just before it, else a long one is
    // prison; not the length of something else (`deux ans d'interdiction`).
    if (kind === null && !OTHER_COMPLEMENT.test(after)) {
      kind = carried.kind !== null && term.start - carried.end <= KIND_CARRY ? carried.kind : term.days >= DEFAULT_PRISON_DAYS ? "prison" : null;
    }
    if (kind === null) continue;
    const end = term.end + phraseEnd(vocabulary, kindWords);
    // Note: a later term of the same penalty word, not in a list, starts after the one before (`condenó a A a cuatro años, y a B a dos años`), so that A is not B's too.
    const previous = found.at(-1);
    const start = probation ? probationStart : !inList && previous && previous.term.end > lead ? laterStart(text, previous.end, term.start) : lead;
    if (kind !== "probation") {
      carried.kind = kind;
      carried.end = term.end;
    }
    lists.push(list);
    found.push({
      type: "sentence",
      text: text.slice(start, Math.max(end, term.end)),
      start,
      end: Math.max(end, term.end),
      kind,
      duration: term.duration,
      days: term.days,
      term: { start: term.start, end: term.end },
      share: null,
    });
  }
  if (respectively && found.length > 1) {
    // Note: `respectively` shares out the terms of one list (`trois et deux ans, respectivement`), not every term of the sentence.
    const sizes = new Map<number, number>();
    for (const l of lists) sizes.set(l, (sizes.get(l) ?? 0) + 1);
    const listed = [...sizes.values()].some((n) => n > 1);
    const seen = new Map<number, number>();
    found.forEach((c, i) => {
      const l = lists[i] as number;
      const index = seen.get(l) ?? 0;
      seen.set(l, index + 1);
      if (!listed) c.share = { index: i, count: found.length };
      else if ((sizes.get(l) ?? 0) > 1) c.share = { index, count: sizes.get(l) ?? 0 };
    });
  }
  return found;
}

export const languageTermRule: Extractor<SentenceCandidate> = {
  id: "sentences/language-term",
  type: "sentence",
  extract(context: TextContext) {
    const vocabulary = vocabularyOf(context.language);
    if (!vocabulary) return [];
    const penalty = vocabulary.penalty[0];
    const carried: Carried = { kind: null, end: 0 };
    // Note: a table's penalty cell (`Peine` over `6 mois avec sursis`) is led by its header, as a list item by its introduction.
    const cells = context.text.includes("\t") ? penaltyCells(context) : [];
    return windowsOf(context).flatMap((w, i, windows) => {
      // Note: an item's own penalty word may follow its term (`- a X, cuatro años de prisión, … por un régimen de prueba de …`): the introduction still leads the term.
      const item = cells.find((c) => c >= w.start && c < w.end) ?? itemLead(context.text, vocabulary, w);
      const following = windows[i + 1];
      const next = following ? context.text.slice(following.start, following.end) : "";
      return item !== null || penalty.test(context.text.slice(w.start, w.end)) || POINTS_BACK_NEXT.test(next) ? windowPenalties(context.text, vocabulary, w, carried, item, next) : [];
    });
  },
};
