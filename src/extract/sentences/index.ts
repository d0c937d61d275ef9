/** The sentences rules, in the order they run. */
import type { SentenceCandidate } from "../../records.js";
import type { Extractor } from "../types.js";

export const sentenceExtractors: Extractor<SentenceCandidate>[] = [];
