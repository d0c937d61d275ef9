/** The sentences rules, in the order they run. */
import type { SentenceCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { bracketTermRule } from "./bracket-term.js";
import { changedRule } from "./changed.js";
import { chainRule } from "./chain.js";
import { indeterminateRule } from "./indeterminate.js";
import { languageTermRule } from "./language-term.js";
import { listItemRule } from "./list-item.js";
import { markedItemRule } from "./marked-item.js";
import { nounTermRule } from "./noun-term.js";
import { samePeriodRule } from "./same-period.js";
import { tableCellRule } from "./table-cell.js";
import { verbTermRule } from "./verb-term.js";

export const sentenceExtractors: Extractor<SentenceCandidate>[] = [verbTermRule, nounTermRule, chainRule, listItemRule, markedItemRule, tableCellRule, indeterminateRule, languageTermRule, changedRule, bracketTermRule, samePeriodRule];
