/** Runs the dates rules and the dates stage on a short invented text. */
import { createContext } from "../../src/extract/context.js";
import { dateExtractors } from "../../src/extract/dates/index.js";
import type { DateOrder } from "../../src/extract/types.js";
import type { DateCandidate } from "../../src/records.js";
import { resolveDates, type DatedDocument } from "../../src/resolve/dates.js";

/** The dated document of `text`, read with `order`. */
export function dated(text: string, order: DateOrder = "auto", language = "en"): DatedDocument {
  const context = createContext(text, { dateOrder: order, language });
  // Note: the dates rules only, stamped as the registry stamps them, so that these tests do not
  // depend on the other record types' rules.
  const found = dateExtractors.flatMap((e) => e.extract(context).map((c): DateCandidate => ({ ...c, rule: e.id })));
  return resolveDates(context, found);
}

/** `text=value` for each date record. */
export function values(text: string, order: DateOrder = "auto", language = "en"): string[] {
  return dated(text, order, language).dates.map((d) => `${d.text}=${d.value}`);
}
