/**
 * Decides, per document, whether all-numeric dates (`12/10/2020`) are day-first or
 * month-first, and says why. Evidence, strongest first: the `--date-order` option, a field
 * above 12, the dotted form, a letter in a day-first language (French, Spanish), the dateline's place among the other dates, dates in words all
 * written one way, an address in the head or foot, then the majority of dates in words;
 * day-first is the default.
 */
import type { DateCandidate } from "../records.js";
import type { TextContext } from "../extract/types.js";
import { dayNumber } from "./dates-value.js";
import { ANNOUNCED } from "./dates-cues.js";

export type DateOrder = "dmy" | "mdy";

/** The decision and its reason, as DocumentRecord.date_order and date_order_reason. */
export interface OrderDecision {
  order: DateOrder | null;
  reason: string | null;
}

/** Sender cues in a letter's head or foot: `[pattern, order, example]`. */
export const SENDER_CUES: readonly (readonly [RegExp, DateOrder, string])[] = [
  [/\b(?:USA|U\.S\.A\.|United States of America|Washington,? D\.?C\.?|New York,)/, "mdy", "Washington, DC 20006"],
  [/\b[A-Z][a-z]+,? (?:AL|AK|AZ|CA|CO|CT|DC|FL|GA|IL|MA|MD|MI|MN|NJ|NY|OH|PA|TX|VA|WA) \d{5}\b/, "mdy", "Chicago, IL 60601"],
  [
    /\b(?:Belgique|Belgium|Brussels|Bruxelles|Brussel|Gen[eè]v[ae]|Switzerland|Suisse|London|United Kingdom|Paris|France|Deutschland|Germany|Berlin|Nederland|Amsterdam|Wien|Vienna|Stockholm|Copenhagen|København|Oslo|Helsinki|Dublin|Madrid|Roma|Rome)\b/,
    "dmy",
    "1050 Bruxelles, Belgique",
  ],
];

/**
 * Languages whose numeric dates are day-first (US English alone writes the month first): every
 * ambiguous numeric date in a French or Spanish letter of the study sets is day-first (fourteen
 * letters of ten sets).
 */
const DAY_FIRST_LANGUAGES: ReadonlySet<string> = new Set(["fr", "es", "pt", "it", "de", "nl", "ru", "tr", "id"]);

/** Note: a sender's address sits in the letterhead or the signature block. */
const EDGE_LINES = 20;

function senderCue(context: TextContext): { order: DateOrder; cue: string } | null {
  const lines = [...context.lines.slice(0, EDGE_LINES), ...context.lines.slice(-EDGE_LINES)];
  const edge = lines.map((l) => context.text.slice(l.start, l.end)).join("\n");
  for (const [pattern, order] of SENDER_CUES) {
    const match = pattern.exec(edge);
    if (match) return { order, cue: match[0] };
  }
  return null;
}

/** A date its clause announces (`A first hearing is scheduled for 3 March`): it may lie after the letter. */
function announcedDate(text: string, c: DateCandidate): boolean {
  const lead = text.slice(Math.max(0, c.start - ANNOUNCE_REACH), c.start);
  return ANNOUNCED[0].test(lead.slice(Math.max(lead.lastIndexOf("."), lead.lastIndexOf(";")) + 1));
}
/** How far before a date its future marker may stand, in characters. */
const ANNOUNCE_REACH = 60;

/**
 * The reading of an ambiguous numeric dateline that falls on or after every other date; dates
 * the letter announces (a hearing scheduled, a release expected) may lie after it and do not count.
 */
function chronology(context: TextContext, numerics: DateCandidate[], all: DateCandidate[]): DateOrder | null {
  const head = numerics.find((c) => c.start < context.text.length / 3);
  const latest = Math.max(
    ...all.filter((c) => !c.numeric && c.year !== null && !announcedDate(context.text, c)).map((c) => dayNumber(c.year ?? 0, c.month, c.day)),
  );
  if (!head?.numeric || head.year === null || !Number.isFinite(latest)) return null;
  const dmy = dayNumber(head.year, head.numeric.second, head.numeric.first);
  const mdy = dayNumber(head.year, head.numeric.first, head.numeric.second);
  if (dmy >= latest && mdy < latest) return "dmy";
  if (mdy >= latest && dmy < latest) return "mdy";
  return null;
}

function wordOrder(all: DateCandidate[]): { dmy: number; mdy: number } {
  const words = all.filter((c) => !c.numeric && c.day !== null && /[a-z]/i.test(c.text)).map((c) => c.text.replace(/^[A-Z][a-z]+day,?\s+/, ""));
  return { dmy: words.filter((w) => /^\d/.test(w)).length, mdy: words.filter((w) => /^[A-Z]/.test(w)).length };
}

/** Decides the document's numeric date order from its candidates. */
export function decideDateOrder(context: TextContext, all: DateCandidate[]): OrderDecision {
  const option = context.options.dateOrder;
  if (option !== "auto") return { order: option, reason: `set by --date-order ${option}` };
  const numerics = all.filter((c) => c.numeric);
  if (numerics.length === 0) return { order: null, reason: null };
  const dayFirst = numerics.find((c) => (c.numeric?.first ?? 0) > 12);
  const monthFirst = numerics.find((c) => (c.numeric?.second ?? 0) > 12);
  if (dayFirst && !monthFirst) return { order: "dmy", reason: `first field above 12 in ${dayFirst.text}` };
  if (monthFirst && !dayFirst) return { order: "mdy", reason: `second field above 12 in ${monthFirst.text}` };
  const dotted = numerics.find((c) => c.text.includes("."));
  if (dotted) return { order: "dmy", reason: `dotted numeric date ${dotted.text} is day-first` };
  // Note: before the chronology, which a hearing announced after the dateline misleads (`Libreville, le
  // 12/03/2026` … `le vendredi 20 mars 2026, jour de l'audience en appel`: h23 gabon).
  if (DAY_FIRST_LANGUAGES.has(context.language)) return { order: "dmy", reason: `a letter in ${context.language}, which writes the day first` };
  const chrono = chronology(context, numerics, all);
  if (chrono) return { order: chrono, reason: "the only reading of the dateline on or after the letter's other dates" };
  const words = wordOrder(all);
  // Note: dates in words all written one way (at least two) outweigh a place name, which may be
  // a dateline's or the addressee's rather than the sender's ("(Berlin) –" in a US release).
  if (Math.min(words.dmy, words.mdy) === 0 && Math.max(words.dmy, words.mdy) >= 2) {
    const order = words.dmy > 0 ? "dmy" : "mdy";
    return { order, reason: `every date in words is written ${order === "dmy" ? "day" : "month"} first` };
  }
  const sender = senderCue(context);
  if (sender) {
    const where = sender.order === "mdy" ? "a US address" : "a European address";
    return { order: sender.order, reason: `${where} in the letter's head or foot (${sender.cue})` };
  }
  if (words.dmy !== words.mdy) {
    const order = words.dmy > words.mdy ? "dmy" : "mdy";
    return { order, reason: `dates in words are written ${order === "dmy" ? "day" : "month"} first` };
  }
  return { order: "dmy", reason: "no evidence: day-first by default" };
}
