/**
 * Fines written with no currency word, as letters about one country often give them (`the court
 * fined Ana Ilić, a teacher, 150,000 (about €1,280)`, `were fined 40,000 each`, `a fine of 80,000
 * on X`): a bare number that is the fine word's object and closes its clause. The currency is the
 * one valid where the fine was imposed (GUIDELINES): the country the amount's paragraph names,
 * else the letter's; null when neither names one country with one currency. A bracket after the
 * number holds its equivalents, never the fine itself.
 */
import { letterCountry } from "./countries.js";
import { countryCurrency } from "./currencies.js";
import { localText, parseAmount, type Amount } from "./money.js";
import { objectList } from "./objects.js";

/** A number of three digits or more, or grouped by commas or spaces, standing alone. */
// Note: grouped by dots too, as much of Europe writes thousands (`150.000`).
const NUMBER = /(?<![\p{L}\p{N}.,$€£¥₽₺₹₦])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[\u00a0\u202f ]\d{3})+|\d{3,})(?![\p{L}\p{N}]|[.,]\d)/gu;

/** The fine word a bare amount is the object of (`fined`, `a fine of`, `fines of`, `a penalty of`). */
const LEAD = /\b(?:fined|fines?\s+of|penalt(?:y|ies)\s+of)(?:\s+(?:a\s+total\s+of|some|about))?/giu;

/**
 * What may close a bare amount: a bracket (its equivalents), `each`, the clause's end, or a word
 * that opens what follows (`for organising`, `on 2 March`); never a noun (`fined 12 protesters`,
 * `fined 3 times`).
 */
const CLOSE =
  /^(?:\s*[([]|\s+(?:each|apiece|per\s+(?:person|head))\b|\s*[,;:!?]|\.(?:\s|$)|\s*$|\s+(?:for|on|over|after|and|in|as|under|by|at|with|but|while|because|when|following|plus)\b)/u;

/** A number listed before others (`fined 20,000, 15,000 and 10,000 rubles respectively`): the named amount's rule shares its currency. */
const LISTED = /^(?:,\s*|\s+(?:and|or)\s+)\d/u;

/** A four-digit number in this range with no separator is a year (`fined in 2019`). */
const YEAR = /^(?:19|20)\d{2}$/u;

/** Where the gap from the fine word to the number holds only the people fined, or nothing. */
const isObjectGap = (gap: string): boolean => /^\s*$/u.test(gap) || (!/\d/u.test(gap) && objectList(gap));

/** The bare fine amounts in `text[from, to)`, each with the country's currency or none. */
export function findBareAmounts(text: string, from: number, to: number): Amount[] {
  const slice = text.slice(from, to);
  const leads = [...slice.matchAll(LEAD)];
  if (leads.length === 0) return [];
  const found: Amount[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(slice); m; m = NUMBER.exec(slice)) {
    const raw = m[1] ?? "";
    if (YEAR.test(raw)) continue;
    const at = m.index;
    const lead = leads.filter((l) => l.index + l[0].length <= at).pop();
    if (!lead || !isObjectGap(slice.slice(lead.index + lead[0].length, at))) continue;
    const after = slice.slice(at + raw.length, at + raw.length + 20);
    if (!CLOSE.test(after) || LISTED.test(after)) continue;
    const amount = parseAmount(raw, "");
    if (!Number.isFinite(amount) || amount < 100) continue;
    const start = from + at;
    const end = start + raw.length;
    const country = letterCountry(localText(text, start, end)) ?? letterCountry(text);
    found.push({ start, end, amount, currency: country ? countryCurrency(country) : null, unit: null });
  }
  return found;
}
