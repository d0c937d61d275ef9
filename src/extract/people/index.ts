/** The people rules, in the order they run. */
import type { PersonCandidate } from "../../records.js";
import type { Extractor } from "../types.js";

export const peopleExtractors: Extractor<PersonCandidate>[] = [];
