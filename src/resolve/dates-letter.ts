/**
 * Finds the letter's own date: a full date in a dateline, letterhead or byline near the head
 * (`12/10/2020` on its own line, `New York, July 24, 2017–An …`, `Posted … 14-Apr-2009`),
 * else a date alone on a line at the foot (a signature date), else a month and year in a head
 * line's dateline (a bulletin's issue). Year-less datelines give none.
 */
import type { Span } from "../records.js";
import { FOREIGN_WEEKDAY } from "../extract/dates/foreign.js";
import type { TextContext } from "../extract/types.js";
import { dayNumber, type ReadDate } from "./dates-value.js";
import { ahead } from "./dates-announced.js";

/**
 * A place before a dateline's date: `New York, `, `Bogotá, `, `São Paulo, `, a city and its state
 * or country (`Washington, D.C., `, `Nairobi, Kenya, `), a place with a
 * lower-case particle inside (`Rio de Janeiro, `, `Frankfurt am Main, `), two places of a
 * joint letter (`Baku – Paris, `, `Geneva / Brussels, `, `Paris/Tunis, `, `Cairo and Geneva, `), or in capitals with a dash
 * (`LONDON – 3 May 2022 –`, a news dateline).
 */
const PLACE = "(?:(?:\\p{Lu}[\\p{L}\\p{M}\\d_.’'-]*(?:(?:[ /-]|\\s[–—/-]\\s|\\s(?:and|&)\\s)(?:(?:es|de|del|da|do|dos|das|la|el|al|am|sur|upon) )?\\p{Lu}[\\p{L}\\p{M}\\d_.’'-]*){0,3},\\s*){1,2}|\\p{Lu}[\\p{Lu}\\p{M}.’'-]+(?: \\p{Lu}[\\p{Lu}\\p{M}.’'-]+){0,3}\\s*[–—-]\\s*)";

/** A place's capitalised words, with no comma after them (`Brussels`, `Rio Grande`). */
const PLACE_WORDS = "\\p{Lu}[\\p{L}\\p{M}\\d_.’'-]*(?:[ -]\\p{Lu}[\\p{L}\\p{M}\\d_.’'-]*){0,3}";

/** What may come before a dateline's date on its line: `[pattern, label, example]`. */
export const DATELINE_BEFORE: readonly [RegExp, string, string] = [
  new RegExp(`^[\\s*_#>(]*${PLACE}?$`, "u"),
  "nothing, a place and a comma, or a place in capitals and a dash",
  "New York, ",
];

/**
 * A place and its date after a separator on a head line: a byline (`By Staff Reporter |
 * LAHORE, 9 April 2024`), a document label or the sender before a dash (`Press statement — Lisbon,
 * 19 November 2025`), or the second of a bilingual dateline (`Ouagadougou, le 12 mai 2023 /
 * Ouagadougou, 12 May 2023`), or a place between middle dots (`**Lawyers for Labour (LFL)** ·
 * Brussels · 2 May 2024`). Note: the place is required here; a bare date after a bar is a
 * table's cell as often as a dateline.
 */
export const SEPARATED_DATELINE: readonly [RegExp, string, string] = [
  new RegExp(`\\s[|/–—·•-]\\s+${PLACE}$|\\s[·•]\\s+${PLACE_WORDS}\\s+[·•]\\s+$`, "u"),
  "a separator (a bar, a slash or a dash), then a place",
  "By Staff Reporter | LAHORE, ",
];

/**
 * A document's own noun, in English, French and Spanish (`report`, `note`, `communiqué de presse`,
 * `comunicado de prensa`): what a head's label names when its date is the document's.
 */
const DOCUMENT_NOUN = "report|letter|publication|issue|statement|release|communication|circular|bulletin|appeal|notice|memo(?:randum)?|note|briefing|alert|update|newsletter|digest|submission|communiqu[eé](?:\\s+de\\s+presse)?|comunicado(?:\\s+de\\s+prensa)?|d[ée]claration|declaraci[oó]n|lettre|carta|bolet[ií]n|nota|rapport|informe|circulaire";

/**
 * A labelled field of a head whose value is a place and its date (`Fecha: San Salvador, `, `Report issued:
 * Chișinău, `, `Date : Lomé, le `, `Date of report: Dili, `: h23 timor, as `Date of report: 30 September 2024` is read
 * without a place): the label names the document's date, in English, French or Spanish.
 */
export const LABELLED_DATELINE: readonly [RegExp, string, string] = [
  new RegExp(`^[\\s*_#>(]*(?:[\\p{L}-]+\\s+){0,2}(?:date(?:\\s+of\\s+(?:the\\s+|this\\s+)?(?:${DOCUMENT_NOUN}))?|dated|issued|released|published|fecha|lugar\\s+y\\s+fecha|lieu\\s+et\\s+date|fait)[*_]*\\s*:[*_]*\\s*${PLACE}(?:le\\s+|el\\s+)?$`, "iu"),
  "a head's label for its date, then a place",
  "Fecha: San Salvador, ",
];

/**
 * A byline's lead-in before its date (`Posted on`, `Published:`, `Press release, `, `**Date of this
 * note:**`), or a document's label opening its line (`Case update, `, `Urgent appeal – `,
 * `Communiqué de presse - `). Note: not after an auxiliary or a subject (`He was released on 28
 * September 2020` tells an event), and a label only when nothing but it comes before the date (`Case
 * update — Ana Ruiz, sentenced 3 May` is a headline's event).
 */
export const BYLINE_BEFORE: readonly [RegExp, string, string] = [
  new RegExp(`(?<!\\b(?:was|were|been|being|is|are|be|has|have|had|and|who|he|she|they)\\s+)(?<![\\p{L}\\d])(?:date(?:\\s+of\\s+(?:the\\s+|this\\s+)?(?:${DOCUMENT_NOUN}))?|posted|published|updated|dated|issued|released|(?:press|media|news) release|statement|communiqu[eé]|circular|bulletin)(?:\\s+on)?[\\s*_:,]*$|\\b(?:ref(?:erence)?|our\\s+ref)\\.?:?\\s+(?:no\\.?\\s*)?[\\w/.-]+\\s+(?:of|dated)\\s+$|^[\\s*_#>(]*(?:(?:press|joint|public|urgent|open)\\s+)?(?:${DOCUMENT_NOUN})\\s+of\\s+$|^[\\s*_#>(]*(?:(?![a-z]+ed\\b)[a-z-]+\\s+){0,2}(?:${DOCUMENT_NOUN}|action)[\\s*_:,–—-]*$`, "iu"),
  "byline lead-in",
  "Published on ",
];

/**
 * A news dateline's date in brackets after a place in capitals, perhaps with its weekday (`SINGAPORE (18 Nov
 * 2026) – Two activists …`, `MAKASSAR, Friday (15/11/2024) — The court …`): the wire services' style. The
 * closing bracket must follow the date (PAREN_CLOSE).
 */
export const PAREN_DATELINE: readonly [RegExp, string, string] = [
  /^[\s*_#>]*\p{Lu}[\p{Lu}\p{M}.’'-]+(?: \p{Lu}[\p{Lu}\p{M}.’'-]+){0,3}(?:,\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s*\($/u,
  "a place in capitals and an opening bracket",
  "SINGAPORE (",
];
const PAREN_CLOSE = /^\s*\)/u;

/**
 * A sender's byline before a date that closes a head line: the sender's acronym in brackets, or a document's noun
 * between separators, then a separator (`Central Asia Free Expression Network (CAFEN) | `, `*Press Freedom Monitor
 * (PFM) – alert – `). Note: a head line only, and the date must close it (a bare date after a bar elsewhere is a
 * table's cell as often).
 */
export const SENDER_SEPARATED: readonly [RegExp, string, string] = [
  /\(\p{Lu}[\p{Lu}\p{N}&-]+\)[*_]*\s+[|–—·•-]\s+$/u,
  "a sender's acronym in brackets, then a separator",
  "Central Asia Free Expression Network (CAFEN) | ",
];
/** The same with a document's noun between separators (`*Press Freedom Monitor (PFM) – alert – `); case-blind. */
const DOCUMENT_SEPARATED = new RegExp(`\\s[|–—·•-]\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${DOCUMENT_NOUN})[*_]*\\s+[|–—·•-]\\s+$`, "iu");

/**
 * A head's field label run into the line before it (`… European Regional Office Published: 1 September 2026`:
 * Markdown joins a head's lines when no blank line parts them): capitalised, with its colon.
 */
const RUN_IN_LABEL = /(?<![\p{L}\d])(?:Date|Dated|Published|Posted|Updated|Issued|Released)[*_]*\s*:[*_]*\s*$/u;

/** A weekday in another language, with its article, right before the date (`terça-feira, `). */
const WEEKDAY_BEFORE = new RegExp(`${FOREIGN_WEEKDAY}$`, "iu");

/**
 * Where and when a text was signed or issued, before its date: at the foot (`Done at Geneva on `)
 * or as a head's byline (`Issued in Accra, Thursday, `): `[pattern, label, example]`.
 */
export const SIGNED_BEFORE: readonly [RegExp, string, string] = [
  // Note: no `i` flag: case-insensitive, `\p{Lu}` matches any letter (`Published in the report on `).
  // Note: and French and Spanish (`Fait à Cotonou, le `, `Dado en La Paz, a `: h11, h18, h23).
  /^[\s*_]*(?:[Dd]one|[Ss]igned|[Mm]ade|[Ii]ssued|[Pp]ublished|[Rr]eleased|[Pp]osted|[Dd]ated|[Ww]ritten|DONE|SIGNED|ISSUED|DATED|[Ff]ait|FAIT|[Hh]echo|[Dd]ado|HECHO|DADO)\s+(?:at|in|from|AT|IN|FROM|à|À|en|EN)\s+\p{Lu}[\p{L}\p{M}' .-]{0,40}?,?\s+(?:on\s+|le\s+|el\s+|a\s+)?(?:this\s+)?$/u,
  "signed at a place",
  "Done at Geneva on ",
];

/** What may come after a date that closes a short line: emphasis, punctuation or a dateline's dash. */
const CLOSING = /^[\s*_.,–—]*$/;
/**
 * Note: a date closing a list or a prepositional phrase is an event, not a byline; so is one after
 * a label other than a byline's (`Date of arrest: 5 March 2021`).
 */
// Note: and a range's first day (`weekly digest, 3–9 March 2025`: the week reported, not the issue's day).
const LIST_BEFORE = /(?:\b(?:on|and|or|in|of|from|to|since|until|by|at)|[,:;&-]|(?<![\d/.])\d{1,2}\s?[–—])[\s*_]*$/i;
/**
 * A verb whose complement is the date (`Ana Lima, sentenced 3 May 2021`, `Workers arrested 5
 * March 2021`): a short line that tells an event is a headline, not a dateline. Note: checked
 * after the byline lead-ins, whose own verbs (`Posted`, `Updated`) make a dateline; lower case
 * only, since capitalised words in -ed are names as often (`Ahmed`, `United`).
 */
export const EVENT_VERB_BEFORE: readonly [RegExp, string, string] = [
  /(?<![\p{L}\p{M}])(?:\p{Ll}{2,}ed|given|taken|beaten|written|chosen|held|sent|met|born|won|lost|began|went|came|gave|took|set|put)\s+(?:(?:on|in)\s+)?$/u,
  "an event's verb",
  "Ana Lima, sentenced ",
];

/** Note: the head ends with the first body-length line (it may itself open with the dateline). */
const BODY_LINE = 200;
const MAX_HEAD_LINES = 40;
/** Note: short enough that a hard-wrapped body line (70–90 characters) does not pass. */
const SHORT_LINE = 60;
const FOOT_LINES = 10;
const MAX_LEAD = 80;

function lineOf(lines: readonly Span[], at: number): number {
  return lines.findIndex((l) => l.start <= at && at < l.end);
}

/**
 * Note: a long line that closes on no sentence's punctuation is a heading (`Mandates of the Special
 * Rapporteur on …; and the Special Rapporteur on …`), not the body yet.
 */
const SENTENCE_END = /[.!?:;"”’)\]]\s*$/u;

function headLength(context: TextContext): number {
  const { text } = context;
  const body = context.lines.findIndex((l) => l.end - l.start > BODY_LINE && SENTENCE_END.test(text.slice(l.start, l.end)));
  return Math.min(body === -1 ? context.lines.length : body + 1, MAX_HEAD_LINES);
}

/**
 * A date glued to the last word of a heading (`… after the 2018 Jasic protests01-12-2021`): a
 * page's title and its date line run together when the page is copied as text, so the date closes
 * the line with no space before it. Note: body lines are longer than a head line may be.
 */
function gluedToHeadline(context: TextContext, date: ReadDate, line: Span): boolean {
  if (line.end - line.start > BODY_LINE || !/\p{L}/u.test(context.text[date.candidate.start - 1] ?? "")) return false;
  return CLOSING.test(context.text.slice(date.candidate.end, line.end));
}

function isDateline(context: TextContext, date: ReadDate, line: Span): boolean {
  if (gluedToHeadline(context, date, line)) return true;
  // Note: a dateline's date sits near its line's start, or its sentence's on a short head line
  // (`*Excerpt from a report by X. Published 18 June 2025.*`); this also keeps long lines linear.
  if (date.candidate.start - line.start > MAX_LEAD) {
    if (line.end - line.start > BODY_LINE) return false;
    const lead = context.text.slice(line.start, date.candidate.start);
    const sentence = lead.slice(lead.search(/[.!?]\s[^.!?]*$/u) + 1);
    if (sentence.length < lead.length && sentence.length <= MAX_LEAD && BYLINE_BEFORE[0].test(sentence)) return true;
    if (RUN_IN_LABEL.test(lead)) return true;
    // Note: or its last clause on such a line (`*Excerpt from the report of the X Panel (XP), published 3 February 2025*`).
    const clause = lead.slice(lead.lastIndexOf(",") + 1);
    return clause.length < lead.length && clause.length <= MAX_LEAD && /^\s*(?:published|issued|released|dated)\b/iu.test(clause) && BYLINE_BEFORE[0].test(clause);
  }
  const before = context.text.slice(line.start, date.candidate.start).replace(WEEKDAY_BEFORE, "");
  const after = context.text.slice(date.candidate.end, line.end);
  if (PAREN_DATELINE[0].test(before) && PAREN_CLOSE.test(after)) return true;
  if (line.end - line.start <= BODY_LINE && CLOSING.test(after) && (SENDER_SEPARATED[0].test(before) || DOCUMENT_SEPARATED.test(before))) return true;
  if (DATELINE_BEFORE[0].test(before) || BYLINE_BEFORE[0].test(before) || SEPARATED_DATELINE[0].test(before) || SIGNED_BEFORE[0].test(before) || (before.includes(":") && LABELLED_DATELINE[0].test(before))) return true;
  const continued = /^\s*[a-z]/.test(context.text.slice(line.end, line.end + 40));
  return line.end - line.start <= SHORT_LINE && CLOSING.test(after) && !LIST_BEFORE.test(before) && !EVENT_VERB_BEFORE[0].test(before) && !continued;
}

/** How long before every other date the letter writes a head's date may lie and still date it, in days. */
const STALE_DAYS = 366;

/** The day (days since 1970) of each date written with its year (a month counts from its first day), but those announced ahead. */
const writtenDays = (context: TextContext, dates: readonly ReadDate[]): Map<ReadDate, number> =>
  new Map(dates.filter((d) => d.candidate.year !== null && d.year !== null && !ahead(context, d)).map((d) => [d, dayNumber(d.year ?? 0, d.month, d.day ?? 1)]));

/**
 * A letter is written on or after what it reports: a head's date more than a year before every other date
 * the letter writes is a founding's or an old event's (`Fundada el 12 de octubre de 1958` under a letterhead,
 * h23 bolivia), not the letter's. Note: against the earliest date, not the latest: a letter names release
 * dates and hearings years ahead (`would remain in prison until March 2026` in a letter of January 2025).
 */
function stale(date: ReadDate, written: Map<ReadDate, number>): boolean {
  const own = written.get(date);
  const others = [...written].filter(([d]) => d !== date).map(([, day]) => day);
  return own !== undefined && others.length > 0 && own < Math.min(...others) - STALE_DAYS;
}

/** The date the letter is written, as its ReadDate, or null when it carries none. */
export function findLetterDate(context: TextContext, dates: readonly ReadDate[]): ReadDate | null {
  const full = dates.filter((d) => d.year !== null && d.day !== null);
  const head = headLength(context);
  const written = writtenDays(context, dates);
  for (const date of full) {
    const index = lineOf(context.lines, date.candidate.start);
    const line = context.lines[index];
    if (line && index < head && isDateline(context, date, line) && !stale(date, written)) return date;
  }
  const foot = context.lines.length - FOOT_LINES;
  for (const date of [...full].reverse()) {
    const index = lineOf(context.lines, date.candidate.start);
    const line = context.lines[index];
    if (!line || index < foot || index < head || line.end - line.start > MAX_LEAD) continue;
    const own = context.text.slice(line.start, line.end).replace(/[\s*_.,]/g, "");
    if (own === date.candidate.text.replace(/[\s*_.,]/g, "") || signedAt(context, date, line)) return date;
  }
  return monthDateline(context, dates, head);
}

/**
 * A month and year in a head line's dateline when no full date dates the letter (`Viet Labour
 * Watch - Quarterly Bulletin, April 2025`): bulletins and newsletters are dated by their issue's
 * month. Note: last, so a full dateline or a signature date anywhere wins; a bare month in the
 * body or in a heading that tells an event (`Strike wave of March 2024`) dates nothing.
 */
function monthDateline(context: TextContext, dates: readonly ReadDate[], head: number): ReadDate | null {
  for (const date of dates) {
    if (date.year === null || date.day !== null || date.candidate.numeric) continue;
    const index = lineOf(context.lines, date.candidate.start);
    const line = context.lines[index];
    if (line && index < head && line.end - line.start <= BODY_LINE && isDateline(context, date, line)) return date;
  }
  return null;
}

/**
 * A signature block's date line: `Geneva, 3 March 2021`, `Date: 3 March 2021`, `Done at Geneva on
 * 3 March 2021`, with the date closing the line.
 */
function signedAt(context: TextContext, date: ReadDate, line: Span): boolean {
  if (!CLOSING.test(context.text.slice(date.candidate.end, line.end))) return false;
  const before = context.text.slice(line.start, date.candidate.start);
  return DATELINE_BEFORE[0].test(before) || BYLINE_BEFORE[0].test(before) || SIGNED_BEFORE[0].test(before);
}
