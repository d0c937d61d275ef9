/** The fines rules, in the order they run. */
import type { FineCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { fineAmountRule } from "./fine-amount.js";
import { languageFineRule } from "./language-fine.js";
import { tableFineRule } from "./table-cell.js";

export const fineExtractors: Extractor<FineCandidate>[] = [fineAmountRule, languageFineRule, tableFineRule];
