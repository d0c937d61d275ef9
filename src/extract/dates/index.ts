/** The dates rules, in the order they run. */
import type { DateCandidate } from "../../records.js";
import type { Extractor } from "../types.js";

export const dateExtractors: Extractor<DateCandidate>[] = [];
