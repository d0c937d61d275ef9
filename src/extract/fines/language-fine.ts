/**
 * Rule `fines/language-amount`: a fine in a language read through a vocabulary
 * (language/fr.ts, language/es.ts): an amount in the clause of a fine word, before it
 * (`une amende de 500 000 francs CFA`, `una multa de USD 44`) or right after it (`600 euros
 * d'amende`), with its equivalents in brackets (`200 000 dinars (1 250 euros)`).
 */
import { findLanguageAmounts } from "../../language/amounts.js";
import { vocabularyOf, type Vocabulary } from "../../language/vocabulary.js";
import type { FineCandidate, Money } from "../../records.js";
import { fineFrom, type Amount } from "./money.js";
import type { Extractor, TextContext, Unstamped } from "../types.js";

/** How far before an amount its fine word may stand, in characters. */
const LEAD_REACH = 60;
/** How far before an amount the guards read, in characters. */
const GUARD_REACH = 160;
/** A fine word right after the amount (`600 euros d'amende`, `100 euros de multa`). */
const FINE_AFTER_REACH = 20;
/** How far after an amount its equivalent may end, in characters. */
const EQUIVALENT_REACH = 70;
const BRACKET = /^\s*[([][^)\]]{0,80}[)\]]/u;

/**
 * A day-fine's rate right after its count (`60 jours-amende à 15 euros`, `90 días-multa de 200
 * pesos`): the fine is the count times the rate, in the rate's currency (the heldout7 gold).
 */
const RATE = /^\s+(?:à|a|de|d[’'])\s*$/iu;
const PER_DAY = "day-fine";

function withRate(text: string, vocabulary: Vocabulary, amount: Amount, windowEnd: number): Amount {
  if (amount.unit !== PER_DAY) return amount;
  const rate = findLanguageAmounts(text, vocabulary, amount.end, Math.min(windowEnd, amount.end + 30))[0];
  if (!rate?.currency || !RATE.test(text.slice(amount.end, rate.start))) return amount;
  return { start: amount.start, end: rate.end, amount: Math.round(amount.amount * rate.amount * 100) / 100, currency: rate.currency, unit: null };
}

function fineOf(text: string, vocabulary: Vocabulary, found: Amount, window: { start: number; end: number }): Unstamped<FineCandidate> | null {
  const fineWord = new RegExp(vocabulary.fine[0].source, "giu");
  const amount = withRate(text, vocabulary, found, window.end);
  const left = text.slice(Math.max(window.start, amount.start - LEAD_REACH), amount.start);
  const lead = [...left.matchAll(fineWord)].pop();
  const afterWord = new RegExp(`^\\s+(?:de\\s+|d[’']\\s*)(?:${vocabulary.fine[0].source})`, "iu").exec(text.slice(amount.end, Math.min(window.end, amount.end + FINE_AFTER_REACH)));
  // Note: a unit that names a fine (`jours-amende`, `días-multa`) is its own fine word.
  const ownWord = found.unit !== null && vocabulary.fine[0].test(text.slice(found.start, found.end));
  if (!lead && !afterWord && !ownWord) return null;
  // Note: the guards read the clause before the amount (`la Fiscalía, que … hubiera supuesto una multa de`).
  const clause = text.slice(Math.max(window.start, amount.start - GUARD_REACH), amount.start);
  if (vocabulary.notFineBefore.some(([pattern]) => pattern.test(clause))) return null;
  let end = amount.end + (afterWord?.[0].length ?? 0);
  if (vocabulary.notFineAfter.some(([pattern]) => pattern.test(text.slice(end, end + 40)))) return null;
  const money: Money[] = [];
  const bracket = BRACKET.exec(text.slice(end, window.end));
  if (bracket) {
    for (const a of findLanguageAmounts(text, vocabulary, end, end + bracket[0].length)) if (a.currency) money.push({ amount: a.amount, currency: a.currency });
    if (money.length > 0) end += bracket[0].length;
  }
  // Note: an equivalent after a comma (`300 cuotas de 10 pesos, es decir, 3.000 CUP`), past a unit's own value.
  const perUnit = amount.unit ? (/^\s+(?:de|d[’'])\s+[^,;.()]{1,30}(?=,)/u.exec(text.slice(end, window.end))?.[0].length ?? 0) : 0;
  const next = findLanguageAmounts(text, vocabulary, end + perUnit, Math.min(window.end, end + EQUIVALENT_REACH)).find((a) => a.currency);
  if (money.length === 0 && next) {
    // Note: past an adjective the amount did not keep (`500.000 francs congolais, soit environ 175 dollars`).
    const gap = text.slice(end + perUnit, next.start).replace(/^\s+\p{Ll}{4,}(?=,)/u, "");
    if (vocabulary.equivalent[0].test(gap) && next.currency) {
      money.push({ amount: next.amount, currency: next.currency });
      end = next.end;
    }
  }
  const start = lead && !ownWord ? amount.start - left.length + lead.index : amount.start;
  const sentence = text.slice(window.start, Math.min(window.end, end + 30));
  return fineFrom(text, { start, end }, amount, money, vocabulary.each[0].test(sentence));
}

export const languageFineRule: Extractor<FineCandidate> = {
  id: "fines/language-amount",
  type: "fine",
  extract(context: TextContext) {
    const vocabulary = vocabularyOf(context.language);
    if (!vocabulary) return [];
    const { text } = context;
    const found: Unstamped<FineCandidate>[] = [];
    for (const window of context.sentences) {
      if (!vocabulary.fine[0].test(text.slice(window.start, window.end))) continue;
      let consumed = window.start;
      const inWindow: Unstamped<FineCandidate>[] = [];
      for (const amount of findLanguageAmounts(text, vocabulary, window.start, window.end)) {
        if (amount.start < consumed) continue;
        const fine = fineOf(text, vocabulary, amount, window);
        if (fine) {
          inWindow.push(fine);
          consumed = fine.end;
        }
      }
      // Note: `condamnés respectivement à 60 jours-amende … et à une amende de 800 euros`: the fines of
      // a sentence with `respectively` are shared out in order among its names.
      if (inWindow.length > 1 && vocabulary.respectively[0].test(text.slice(window.start, window.end))) {
        inWindow.forEach((fine, index) => (fine.share = { index, count: inWindow.length }));
      }
      found.push(...inWindow);
    }
    return found;
  },
};
