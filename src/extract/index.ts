/**
 * The extractor registry: an explicit list, one folder per record type. The registry runs
 * every rule on the context and stamps each finding with the rule's id.
 */
import type { Candidate } from "../records.js";
import { dateExtractors } from "./dates/index.js";
import { fineExtractors } from "./fines/index.js";
import { organisationExtractors } from "./organisations/index.js";
import { peopleExtractors } from "./people/index.js";
import { sentenceExtractors } from "./sentences/index.js";
import type { Extractor, TextContext } from "./types.js";

export const EXTRACTORS: readonly Extractor[] = [
  ...peopleExtractors,
  ...organisationExtractors,
  ...dateExtractors,
  ...sentenceExtractors,
  ...fineExtractors,
] as Extractor[];

/** Runs every registered rule; findings come back in registry order, stamped with `rule`. */
export function extract(context: TextContext, extractors = EXTRACTORS): Candidate[] {
  return extractors.flatMap((extractor) =>
    extractor.extract(context).map((found) => ({ ...found, rule: extractor.id }) as Candidate),
  );
}
