/** A date candidate with its reading settled, and the ISO 8601 helpers the dates steps share. */
import type { DateCandidate } from "../records.js";

/** A candidate whose day/month order is applied; `year` may still be unknown. */
export interface ReadDate {
  candidate: DateCandidate;
  year: number | null;
  month: number;
  day: number | null;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** `YYYY-MM-DD`, `YYYY-MM`, or the year-less `--MM-DD` / `--MM`. */
export function iso(date: { year: number | null; month: number; day: number | null }): string {
  const head = date.year === null ? "-" : String(date.year);
  return date.day === null ? `${head}-${pad(date.month)}` : `${head}-${pad(date.month)}-${pad(date.day)}`;
}

/** Days since 1970-01-01 (UTC) of a full date; a month-only date counts as its first day. */
export function dayNumber(year: number, month: number, day: number | null): number {
  return Math.round(Date.UTC(year, month - 1, day ?? 1) / 86_400_000);
}

/** Parses a `YYYY-MM-DD` or `YYYY-MM` value back to its fields. */
export function parseIso(value: string): { year: number; month: number; day: number | null } | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: match[3] ? Number(match[3]) : null };
}

/** True when the day exists in that month (in a leap year when the year is unknown). */
export function isValidDay(month: number, day: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}
