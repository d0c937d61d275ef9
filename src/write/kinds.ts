/**
 * Which sentence kinds keep a person held (issue 17): the report's days-held chart and
 * persons.csv's `custodial_days` add up only these, never a suspended term, probation,
 * restricted freedom, house arrest, corrective labour or a ban.
 */
import type { SentenceKind } from "../records.js";

/** Terms served in a prison, jail or detention centre. */
export const CUSTODIAL_KINDS: readonly SentenceKind[] = ["prison", "detention", "administrative detention"];

/** True for a custodial kind; a sentence of unstated kind is not counted as one. */
export function isCustodial(kind: string | null): boolean {
  return kind !== null && (CUSTODIAL_KINDS as readonly string[]).includes(kind);
}
