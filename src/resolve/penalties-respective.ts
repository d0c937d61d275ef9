/**
 * Terms that each carry their own words, shared out in order by a `respectively` after the last
 * (`A, B and C were sentenced to four years' imprisonment in a penal colony, three years of restricted
 * freedom and two years of restricted freedom respectively`): the first term is A's, the second B's, the
 * third C's. The extractors share out only a list of bare numbers with one noun (`four, three and two years
 * respectively`, `share`); here every term already reached the same list of people, one per term.
 */
import type { Span } from "../records.js";

/** `respectively` after the last term, within its clause (`… without referral respectively`). */
const RESPECTIVELY_AFTER = /^[^.;:!?]{0,80}?\brespectively\b/iu;
/** Between two terms of the list: their own words, commas and `and`, no end of a clause. */
const BETWEEN_TERMS = /^[^.;:!?]{0,160}$/u;

interface Shared extends Span {
  personId: string;
}

/** The drafts with each term of a `respectively` list kept for its own person only. */
export function shareRespectively<T extends Shared>(drafts: readonly T[], text: string): T[] {
  const byTerm = new Map<number, T[]>();
  for (const d of drafts) byTerm.set(d.start, [...(byTerm.get(d.start) ?? []), d]);
  const terms = [...byTerm.values()].sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0));
  const keep = new Set<T>(drafts);
  let run: T[][] = [];
  const close = (): void => {
    const last = run.at(-1)?.[0];
    const ids = run[0]?.map((d) => d.personId) ?? [];
    const same = run.every((term) => term.length === ids.length && term.every((d, i) => d.personId === ids[i]));
    if (last && run.length >= 2 && ids.length === run.length && same && RESPECTIVELY_AFTER.test(text.slice(last.end, last.end + 100))) {
      run.forEach((term, i) => term.forEach((d) => d.personId !== ids[i] && keep.delete(d)));
    }
    run = [];
  };
  for (const term of terms) {
    const previous = run.at(-1)?.[0];
    const first = term[0];
    if (previous && first && !(first.start >= previous.end && BETWEEN_TERMS.test(text.slice(previous.end, first.start)))) close();
    run.push(term);
  }
  close();
  return drafts.filter((d) => keep.has(d));
}
