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

function fineOf(text: string, vocabulary: Vocabulary, amount: Amount, window: { start: number; end: number }): Unstamped<FineCandidate> | null {
  const fineWord = new RegExp(vocabulary.fine[0].source, "giu");
  const left = text.slice(Math.max(window.start, amount.start - LEAD_REACH), amount.start);
  const lead = [...left.matchAll(fineWord)].pop();
  const afterWord = new RegExp(`^\\s+(?:de\\s+|d[’']\\s*)(?:${vocabulary.fine[0].source})`, "iu").exec(text.slice(amount.end, Math.min(window.end, amount.end + FINE_AFTER_REACH)));
  if (!lead && !afterWord) return null;
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
    const gap = text.slice(end + perUnit, next.start);
    if (vocabulary.equivalent[0].test(gap) && next.currency) {
      money.push({ amount: next.amount, currency: next.currency });
      end = next.end;
    }
  }
  const start = lead ? amount.start - left.length + lead.index : amount.start;
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
      for (const amount of findLanguageAmounts(text, vocabulary, window.start, window.end)) {
        if (amount.start < consumed) continue;
        const fine = fineOf(text, vocabulary, amount, window);
        if (fine) {
          found.push(fine);
          consumed = fine.end;
        }
      }
    }
    return found;
  },
};
