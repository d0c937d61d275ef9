/** The dates rules, in the order they run. */
import type { DateCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { calendarDates } from "./calendar.js";
import { foreignCalendarDates } from "./foreign.js";
import { languageMonthRule } from "./language-month.js";

export const dateExtractors: Extractor<DateCandidate>[] = [calendarDates, foreignCalendarDates, languageMonthRule];
