/**
 * The calendar-date rule: every reference with at least a month that chrono-node parses,
 * cleaned by `candidatesOf`. Years, day/month order and year-less dates are left to
 * resolve/dates.ts, which sees the whole document.
 */
import type { DateCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { candidatesOf } from "./candidates.js";
import { chronoHits } from "./chrono.js";

export const calendarDates: Extractor<DateCandidate> = {
  id: "dates/calendar",
  type: "date",
  extract(context) {
    const spans = context.paragraphs.length > 0 ? context.paragraphs : [{ start: 0, end: context.text.length }];
    return chronoHits(context.text, spans).flatMap((hit) => candidatesOf(context.text, hit));
  },
};
