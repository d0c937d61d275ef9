/**
 * Resolution: small array → array steps that turn candidates into records, in this order:
 * dates (and the document's date order and letter date), organisations, people, then the
 * penalties linked to people and dates.
 */
import type { Candidate, Records } from "../records.js";
import type { TextContext } from "../extract/types.js";
import { resolveDates } from "./dates.js";
import { resolveFineCurrencies } from "./fines-currency.js";
import { resolveOrganisations } from "./organisations.js";
import { resolvePeople } from "./people.js";
import { resolvePenalties } from "./penalties.js";

export interface Resolved {
  records: Records;
  letterDate: string | null;
  dateOrder: "dmy" | "mdy" | null;
  dateOrderReason: string | null;
}

function only<T extends Candidate["type"]>(found: Candidate[], type: T): Extract<Candidate, { type: T }>[] {
  return found.filter((c): c is Extract<Candidate, { type: T }> => c.type === type);
}

export function resolve(context: TextContext, found: Candidate[]): Resolved {
  const dated = resolveDates(context, only(found, "date"));
  const organisations = resolveOrganisations(context, only(found, "organisation"), only(found, "person"));
  const people = resolvePeople(context, only(found, "person"), organisations);
  const { sentences, fines } = resolvePenalties(context, {
    sentences: only(found, "sentence"),
    fines: only(found, "fine"),
    people,
    dates: dated.dates,
    letterDate: dated.letterDate,
  });
  return {
    records: { people, organisations, dates: dated.dates, sentences, fines: resolveFineCurrencies(context.text, fines, dated.letterDate, dated.dates) },
    letterDate: dated.letterDate,
    dateOrder: dated.dateOrder,
    dateOrderReason: dated.reason,
  };
}
