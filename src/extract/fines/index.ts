/** The fines rules, in the order they run. */
import type { FineCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { fineAmountRule } from "./fine-amount.js";

export const fineExtractors: Extractor<FineCandidate>[] = [fineAmountRule];
