/**
 * Every place an organisation is named: whole-word occurrences of its name, acronym and aliases,
 * longest forms first so `Hong Kong Confederation of Trade Unions` is not also a bare `Confederation`.
 */
import type { Mention } from "../records.js";

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Occurrences of `form` in `text` as a whole word sequence; case-insensitive unless `exact`. */
export function occurrences(text: string, form: string, exact: boolean): Mention[] {
  if (form.trim() === "") return [];
  // Note: not inside an e-mail address or web address (`info@ituc-csi.org`).
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}@./-])${escape(form).replace(/\s+/gu, "\\s+")}(?![\\p{L}\\p{N}]|[-@.][\\p{L}\\p{N}])`, exact ? "gu" : "giu");
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** True when `mention` overlaps any of `taken`. */
export function overlaps(mention: Mention, taken: readonly Mention[]): boolean {
  return taken.some((t) => mention.start < t.end && mention.end > t.start);
}

/** The quoted part of a name (`Human Rights Centre “Viasna”` → `Viasna`), an alias of its own. */
export function quotedPart(name: string): string | null {
  return /[“"«‘]([^”"»’]{2,40})[”"»’]/u.exec(name)?.[1] ?? null;
}
