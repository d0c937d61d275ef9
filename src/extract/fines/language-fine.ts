/**
 * Rule `fines/language-amount`: a fine in a language read through a vocabulary
 * (language/fr.ts, language/es.ts): an amount in the clause of a fine word, before it
 * (`une amende de 500 000 francs CFA`, `una multa de USD 44`) or right after it (`600 euros
 * d'amende`), with its equivalents in brackets (`200 000 dinars (1 250 euros)`).
 */
import { withoutAttributions } from "../../language/asides.js";
import { findLanguageAmounts } from "../../language/amounts.js";
import { vocabularyOf, type Vocabulary } from "../../language/vocabulary.js";
import type { FineCandidate, Money } from "../../records.js";
import { fineFrom, parseAmount, type Amount } from "./money.js";
import type { Extractor, TextContext, Unstamped } from "../types.js";
import { windowsOf } from "../sentences/windows.js";
import { inRange } from "./ranges.js";

/** How far before an amount its fine word may stand, in characters. */
const LEAD_REACH = 60;
/** How far before an amount the guards read, in characters. */
const GUARD_REACH = 160;
/** A fine word right after the amount (`600 euros d'amende`, `100 euros de multa`). */
const FINE_AFTER_REACH = 20;
/** How far after an amount its equivalent may end, in characters. */
const EQUIVALENT_REACH = 70;
const BRACKET = /^\s*[([][^)\]]{0,80}[)\]]/u;
/** A bracket holding an acronym alone (`(UR)`, `(UMA)`). */
const ACRONYM_BRACKET = /^\s*[([]\s*\p{Lu}[\p{Lu}\d.-]{0,9}\s*[)\]]$/u;
/** A unit's rate after a comma, to the next comma or the sentence's end (`, a razón de 20 pesos la cuota`, `, à raison de 5 000 francs l'unité`). */
const UNIT_RATE = /^,\s+(?:a\s+raz[óo]n\s+de|à\s+raison\s+de)\s+[^,;.()]{1,30}(?=[,;.]|$)/iu;
/** The share word between a fine and its bracketed equivalent (`… francs congolais chacun (environ 105 dollars)`). */
const EACH_BEFORE_BRACKET = /^\s+(?:cada\s+un[oa]|chacune?|por\s+persona|par\s+personne|each|apiece)(?=\s*[([])/iu;
/** The share word between a fine and its equivalent (`cada uno`, `chacun`). */
const EACH_BEFORE_EQUIVALENT = /^\s+(?:cada\s+un[oa]|chacune?)(?=,)/iu;

/**
 * A day-fine's rate right after its count (`60 jours-amende à 15 euros`, `90 días-multa de 200
 * pesos`, `ochenta días multa a razón de Bs 15 por día`): the fine is the count times the rate, in
 * the rate's currency (the heldout7 gold). With the total stated after the rate (`…, es decir Bs
 * 1.200`, `…, soit 900 euros`) the count stays the fine, the total its money (the heldout6 gold's
 * `300 cuotas de 10 pesos, es decir, 3.000 CUP`).
 */
const RATE = /^\s+(?:à|a|de|d[’']|(?:à|a)\s+raz[óo]n\s+de|à\s+raison\s+de)\s*$/iu;
/** After a rate, the day it is paid for (`por día`, `par jour`, `diarios`, `la journée`). */
const PER = /^\s*(?:(?:por|par|al|el|la|le)\s+(?:d[íi]a|jour(?:n[ée]e)?)|diari[oa]s|quotidien(?:ne)?s?)\b/iu;
const PER_DAY = "day-fine";

interface Rated {
  amount: Amount;
  money: Money[];
}

function withRate(text: string, vocabulary: Vocabulary, amount: Amount, windowEnd: number): Rated {
  const none = { amount, money: [] };
  if (amount.unit !== PER_DAY) return none;
  const rate = findLanguageAmounts(text, vocabulary, amount.end, Math.min(windowEnd, amount.end + 40))[0];
  if (!rate?.currency || !RATE.test(text.slice(amount.end, rate.start))) return none;
  const rateEnd = rate.end + (PER.exec(text.slice(rate.end, windowEnd))?.[0].length ?? 0);
  const total = findLanguageAmounts(text, vocabulary, rateEnd, Math.min(windowEnd, rateEnd + EQUIVALENT_REACH))[0];
  if (total?.currency && vocabulary.equivalent[0].test(text.slice(rateEnd, total.start))) {
    return { amount: { ...amount, end: total.end }, money: [{ amount: total.amount, currency: total.currency }] };
  }
  return { amount: { start: amount.start, end: rateEnd, amount: Math.round(amount.amount * rate.amount * 100) / 100, currency: rate.currency, unit: null }, money: [] };
}

/** A number as French and Spanish write it (`2 000`, `2.000`, `1 500,50`). */
const NUMBER = String.raw`\d{1,3}(?:[.\u00a0\u202f ]\d{3})*(?:,\d+)?`;
/** How far after a listed amount `respectively` may stand, in characters. */
const RESPECTIVELY_REACH = 80;

/**
 * `multas de 2 000 y 3 000 pesos a A y B, respectivamente`, `des amendes de 100 000, 200 000 et
 * 300 000 francs CFA respectivement`: the bare numbers listed right before a named amount take its
 * currency or unit (and scale) when `respectively` shares them out; else none.
 */
function bareListBefore(text: string, vocabulary: Vocabulary, from: number, amount: Amount, windowEnd: number): Amount[] {
  if (!amount.currency && !amount.unit) return [];
  const list = new RegExp(String.raw`((?:(?<![\d.,])${NUMBER}(?:\s*,\s*(?:${vocabulary.and}\s+)?|\s+${vocabulary.and}\s+))+)$`, "u").exec(text.slice(Math.max(from, amount.start - 80), amount.start));
  if (!list?.[1] || !vocabulary.respectively[0].test(text.slice(amount.end, Math.min(windowEnd, amount.end + RESPECTIVELY_REACH)))) return [];
  const own = new RegExp(`^${NUMBER}`, "u").exec(text.slice(amount.start, amount.end))?.[0];
  const scale = own ? amount.amount / parseAmount(own, "") : 1;
  if (!Number.isFinite(scale) || scale < 1) return [];
  const listStart = amount.start - list[1].length;
  return [...list[1].matchAll(new RegExp(NUMBER, "gu"))].map((n) => {
    const start = listStart + n.index;
    return { start, end: start + n[0].length, amount: parseAmount(n[0], "") * scale, currency: amount.currency, unit: amount.unit };
  });
}

function fineOf(text: string, vocabulary: Vocabulary, found: Amount, window: { start: number; end: number }): Unstamped<FineCandidate> | null {
  const fineWord = new RegExp(vocabulary.fine[0].source, "giu");
  const { amount, money: rated } = withRate(text, vocabulary, found, window.end);
  const left = text.slice(Math.max(window.start, amount.start - LEAD_REACH), amount.start);
  const lead = [...left.matchAll(fineWord)].pop();
  const afterWord = new RegExp(`^\\s+(?:de\\s+|d[’']\\s*)(?:${vocabulary.fine[0].source})`, "iu").exec(text.slice(amount.end, Math.min(window.end, amount.end + FINE_AFTER_REACH)));
  // Note: a unit that names a fine (`jours-amende`, `días-multa`) is its own fine word.
  const ownWord = found.unit !== null && vocabulary.fine[0].test(text.slice(found.start, found.end));
  if (!lead && !afterWord && !ownWord) return null;
  // Note: the guards read the clause before the amount (`la Fiscalía, que … hubiera supuesto una multa de`).
  const clause = text.slice(Math.max(window.start, amount.start - GUARD_REACH), amount.start);
  if (vocabulary.notFineBefore.some(([pattern]) => pattern.test(clause))) return null;
  // Note: an end of a statute's range (`une amende de 2 000 à 20 000 dirhams`) is no fine imposed (ranges.ts).
  if (inRange(text, found.start, found.end, found.amount)) return null;
  let end = amount.end + (afterWord?.[0].length ?? 0);
  if (vocabulary.notFineAfter.some(([pattern]) => pattern.test(text.slice(end, end + 40)))) return null;
  const money: Money[] = [...rated];
  // Note: the share word may stand before the bracket of equivalents (`300 000 francs chacun (environ 105 dollars)`).
  const share = EACH_BEFORE_BRACKET.exec(text.slice(end, window.end))?.[0].length ?? 0;
  const bracket = BRACKET.exec(text.slice(end + share, window.end));
  if (bracket) {
    end += share;
    for (const a of findLanguageAmounts(text, vocabulary, end, end + bracket[0].length)) if (a.currency) money.push({ amount: a.amount, currency: a.currency });
    // Note: a bracket with the unit's acronym alone (`40 unidades reajustables (UR)`) is passed over, so an equivalent after it is read.
    if (money.length > 0 || ACRONYM_BRACKET.test(bracket[0])) end += bracket[0].length;
  }
  // Note: an equivalent after a comma (`300 cuotas de 10 pesos, es decir, 3.000 CUP`) or in brackets (`300 cuotas de 20
  // pesos (6.000 CUP)`), past a unit's own value: the value is no fine of its own.
  const perUnit = amount.unit ? (/^\s+(?:de|d[’'])\s+[^,;.()[\]]{1,30}(?=[,([])/u.exec(text.slice(end, window.end))?.[0].length ?? 0) : 0;
  const unitBracket = perUnit > 0 && money.length === 0 ? BRACKET.exec(text.slice(end + perUnit, window.end)) : null;
  const inUnitBracket = unitBracket ? findLanguageAmounts(text, vocabulary, end + perUnit, end + perUnit + unitBracket[0].length).filter((a) => a.currency) : [];
  if (unitBracket && inUnitBracket.length > 0) {
    for (const a of inUnitBracket) if (a.currency) money.push({ amount: a.amount, currency: a.currency });
    end += perUnit + unitBracket[0].length;
  }
  // Note: or a rate set off by a comma (`300 cuotas, a razón de 20 pesos la cuota`): the unit's value, no fine of its own.
  const unitRate = amount.unit && perUnit === 0 ? (UNIT_RATE.exec(text.slice(end, window.end))?.[0].length ?? 0) : 0;
  const past = inUnitBracket.length > 0 ? 0 : perUnit;
  const next = findLanguageAmounts(text, vocabulary, end + past + unitRate, Math.min(window.end, end + unitRate + EQUIVALENT_REACH)).find((a) => a.currency);
  end += unitRate;
  // Note: a second equivalent after the bracketed one (`(6.000 CUP), unos 16 dólares`) is the same sum again: read past, not kept.
  if (money.length > 0 && next && vocabulary.equivalent[0].test(text.slice(end, next.start))) end = next.end;
  else if (money.length === 0 && next) {
    // Note: past an adjective the amount did not keep (`500.000 francs congolais, soit environ 175 dollars`).
    // Note: and past the share word (`… (UR) cada uno, equivalente a unos $U 72.000`).
    // Note: and past an aside naming whose figure it is (`, equivalente, según la defensa, a unos C$96,000`).
    const gap = withoutAttributions(text.slice(end + past, next.start)).replace(/^\s+\p{Ll}{4,}(?=,)/u, "").replace(EACH_BEFORE_EQUIVALENT, "");
    if (vocabulary.equivalent[0].test(gap) && next.currency) {
      money.push({ amount: next.amount, currency: next.currency });
      end = next.end;
      // Note: a third form of the same sum in brackets after the equivalent (`a unos C$96,000 (alrededor de 2,600 dólares)`) is no fine of its own.
      const further = BRACKET.exec(text.slice(end, window.end));
      const inside = further ? findLanguageAmounts(text, vocabulary, end, end + further[0].length).filter((a) => a.currency) : [];
      if (further && inside.length > 0) {
        for (const a of inside) if (a.currency) money.push({ amount: a.amount, currency: a.currency });
        end += further[0].length;
      }
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
    for (const window of windowsOf(context)) {
      if (!vocabulary.fine[0].test(text.slice(window.start, window.end))) continue;
      let consumed = window.start;
      const inWindow: Unstamped<FineCandidate>[] = [];
      let listed: Unstamped<FineCandidate>[] = [];
      for (const amount of findLanguageAmounts(text, vocabulary, window.start, window.end)) {
        if (amount.start < consumed) continue;
        const bare = bareListBefore(text, vocabulary, consumed, amount, window.end);
        const fine = fineOf(text, vocabulary, amount, window);
        if (fine) {
          // Note: the listed numbers share the named amount's phrase (its fine word, its guards, the names after it).
          const items = bare.map((b) => ({ ...fine, amount: b.amount, money: [], term: { start: b.start, end: b.end } }));
          if (items.length > 0) listed = [...items, fine];
          inWindow.push(...items, fine);
          consumed = fine.end;
        }
      }
      if (listed.length > 1) listed.forEach((fine, index) => (fine.share = { index, count: listed.length }));
      // Note: `condamnés respectivement à 60 jours-amende … et à une amende de 800 euros`: the fines of
      // a sentence with `respectively` are shared out in order among its names.
      else if (inWindow.length > 1 && vocabulary.respectively[0].test(text.slice(window.start, window.end))) {
        inWindow.forEach((fine, index) => (fine.share = { index, count: inWindow.length }));
      }
      found.push(...inWindow);
    }
    return found;
  },
};
