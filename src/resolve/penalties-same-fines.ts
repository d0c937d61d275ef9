/**
 * A restated whole penalty carries its fine: `Y received the same sentence as X`, `la même peine que X`,
 * a list line's `– the same sentence;` or `– same as above;` give Y a copy of X's fines too, as of X's
 * terms. A restated term (`the same term`, `the same prison term`) names the term alone and copies no fine.
 */
import type { Person, Span } from "../records.js";

/** The phrase names the whole penalty, not the term alone: a penalty noun, or a list line's bare `the same`. */
const WHOLE_PENALTY = /\b(?:sentences?|penalt(?:y|ies)|punishments?|peines?|condamnations?|sanctions?|sanción|sanciones|penas?|condenas?)\b|^(?:likewise|the\s+same|same\s+as\s+above|idem|ditto)\b/iu;

/** One restatement to copy fines for: its span, receivers, and the people whose penalty it restates. */
export interface SameFineSource extends Span {
  text: string;
  people: readonly Person[];
  sources: readonly Person[];
}

interface FineLike extends Span {
  personId: string;
  amount: number | null;
  currency: string | null;
  unit: string | null;
}

/** Whether a restatement's phrase copies fines as well as terms. */
export function restatesWholePenalty(phrase: string): boolean {
  return WHOLE_PENALTY.test(phrase);
}

/**
 * The fines to copy for each receiver: the sources' fines told before the phrase (all sources fined
 * alike, else nothing: it is unclear whose), for receivers with no fine of their own in the phrase's
 * window (`la même peine qu'A, assortie d'une amende de 50 000 FCFA chacun` keeps their own).
 */
export function sameFineCopies<D extends FineLike>(restated: readonly SameFineSource[], drafts: readonly D[], windowOf: (at: number) => Span): { draft: D; same: SameFineSource; person: Person }[] {
  const copies: { draft: D; same: SameFineSource; person: Person }[] = [];
  for (const same of restated) {
    if (same.sources.length === 0 || !restatesWholePenalty(same.text)) continue;
    const bySource = same.sources.map((s) => drafts.filter((d) => d.personId === s.id && d.start < same.start));
    const first = bySource[0] ?? [];
    const key = (list: readonly D[]): string => list.map((d) => `${d.amount ?? ""}|${d.currency ?? ""}|${d.unit ?? ""}`).sort().join(";");
    if (first.length === 0 || bySource.some((list) => key(list) !== key(first))) continue;
    const window = windowOf(same.start);
    for (const person of same.people) {
      if (drafts.some((d) => d.personId === person.id && d.start >= window.start && d.start < window.end)) continue;
      for (const draft of first) copies.push({ draft, same, person });
    }
  }
  return copies;
}
