/** Placeholder until the dates stage lands: no dates. */
import type { DateCandidate, DateRecord } from "../records.js";
import type { TextContext } from "../extract/types.js";

export interface DatedDocument {
  dates: DateRecord[];
  letterDate: string | null;
  dateOrder: "dmy" | "mdy" | null;
  reason: string | null;
}

export function resolveDates(_context: TextContext, _found: DateCandidate[]): DatedDocument {
  return { dates: [], letterDate: null, dateOrder: null, reason: null };
}
