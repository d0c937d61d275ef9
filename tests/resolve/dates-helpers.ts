/** Runs the dates rules and the dates stage on a short invented text. */
import { createContext } from "../../src/extract/context.js";
import { dateExtractors } from "../../src/extract/dates/index.js";
import { extract } from "../../src/extract/index.js";
import type { DateOrder } from "../../src/extract/types.js";
import type { DateCandidate } from "../../src/records.js";
import { resolveDates, type DatedDocument } from "../../src/resolve/dates.js";

/** The dated document of `text`, read with `order`. */
export function dated(text: string, order: DateOrder = "auto"): DatedDocument {
  const context = createContext(text, { dateOrder: order });
  return resolveDates(context, extract(context, dateExtractors) as DateCandidate[]);
}

/** `text=value` for each date record. */
export function values(text: string, order: DateOrder = "auto"): string[] {
  return dated(text, order).dates.map((d) => `${d.text}=${d.value}`);
}
