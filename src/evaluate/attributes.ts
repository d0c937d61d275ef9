/**
 * Attributes over matched records (issue 17): is a matched person's organisation the same
 * body as the expected one (by any of its names), are their roles the same, does a matched
 * sentence or fine carry the expected ruling date. P/R/F1 only say a record was found; these
 * say whether what an analyst reads first in it is right.
 */
import { intersects, normaliseName, organisationKey, organisationKeys } from "./normalise.js";
import type { Actual, Expected, ListEvaluation } from "./types.js";

export const ATTRIBUTES = ["person_organisation", "person_roles", "sentence_date", "fine_date"] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/**
 * One attribute's tally: `correct` of `total` matched records whose expected record states it,
 * and `spurious`, matched records that state one where the expected record states none.
 */
export interface AttributeTally {
  correct: number;
  total: number;
  spurious: number;
}

export const zeroTally = (): AttributeTally => ({ correct: 0, total: 0, spurious: 0 });

export const addTally = (a: AttributeTally, b: AttributeTally): AttributeTally => ({
  correct: a.correct + b.correct,
  total: a.total + b.total,
  spurious: a.spurious + b.spurious,
});

/** correct / total, 1 when nothing was stated. */
export const accuracy = (t: AttributeTally): number => (t.total === 0 ? 1 : t.correct / t.total);

function tally<E, A>(matched: ListEvaluation<E, A>["matched"], stated: (e: E) => boolean, given: (a: A) => boolean, same: (e: E, a: A) => boolean): AttributeTally {
  const t = zeroTally();
  for (const { expected, actual } of matched) {
    if (stated(expected)) {
      t.total++;
      if (given(actual) && same(expected, actual)) t.correct++;
    } else if (given(actual)) t.spurious++;
  }
  return t;
}

/** Every name of the organisation records that `name` names in `orgs`, and `name` itself. */
function bodyKeys(name: string, orgs: readonly { name: string; acronym: string | null; aliases: readonly string[] }[]): Set<string> {
  const key = organisationKey(name);
  const keys = new Set([key]);
  for (const o of orgs) {
    const forms = organisationKeys(o);
    if (forms.has(key)) for (const form of forms) keys.add(form);
  }
  return keys;
}

const roleSet = (roles: readonly string[]): string => [...new Set(roles.map(normaliseName))].sort().join("|");

type Lists = {
  people: ListEvaluation<Expected["people"][number], Actual["people"][number]>;
  sentences: ListEvaluation<Expected["sentences"][number], Actual["sentences"][number]>;
  fines: ListEvaluation<Expected["fines"][number], Actual["fines"][number]>;
};

/** The attribute tallies of one document's matched records. */
export function evaluateAttributes(expected: Expected, actual: Actual, lists: Lists): Record<Attribute, AttributeTally> {
  return {
    person_organisation: tally(
      lists.people.matched,
      (e) => e.organisation !== null,
      (a) => (a.organisation ?? null) !== null,
      // Note: each name is looked up in both documents' organisation records, so a body named by
      // its acronym on one side and its full name on the other is the same body.
      (e, a) => {
        const both = [...expected.organisations, ...actual.organisations];
        return intersects(bodyKeys(e.organisation ?? "", both), bodyKeys(a.organisation ?? "", both));
      },
    ),
    person_roles: tally(
      lists.people.matched,
      (e) => e.roles.length > 0,
      // Note: a harness may hand over people built without the optional fields.
      (a) => (a.roles ?? []).length > 0,
      (e, a) => roleSet(e.roles) === roleSet(a.roles ?? []),
    ),
    sentence_date: tally(lists.sentences.matched, (e) => e.date !== null, (a) => a.date !== null, (e, a) => e.date === a.date),
    fine_date: tally(lists.fines.matched, (e) => e.date !== null, (a) => a.date !== null, (e, a) => e.date === a.date),
  };
}
