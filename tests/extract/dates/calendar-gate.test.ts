/**
 * The calendar rule's paragraph gate (`mayHoldDate`, docs/performance.md, session 18): chrono is
 * not run on a paragraph with no digit and, in English, no month's first letters, and the rule finds
 * exactly what it found reading every paragraph. Invented letters.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { calendarDates, mayHoldDate } from "../../../src/extract/dates/calendar.js";
import { candidatesOf } from "../../../src/extract/dates/candidates.js";
import { chronoHits } from "../../../src/extract/dates/chrono.js";

/** What the rule found before the gate: chrono on every paragraph (English letters). */
function ungated(text: string, language: string): string[] {
  const context = createContext(text, { dateOrder: "auto", language });
  return chronoHits(text, context.paragraphs, language)
    .flatMap((hit) => candidatesOf(text, hit, language))
    .map((c) => `${c.start}:${c.end}:${c.month}:${c.day ?? "-"}:${c.year ?? "-"}`);
}

function gated(text: string, language: string): string[] {
  const context = createContext(text, { dateOrder: "auto", language });
  return calendarDates.extract(context).map((c) => `${c.start}:${c.end}:${c.month}:${c.day ?? "-"}:${c.year ?? "-"}`);
}

const letters: [string, string][] = [
  ["en", "Geneva, 4 June 2024\n\nDear Minister,\n\nWe write about the arrest of Sipho Dlamini in March.\n\nHe was sentenced on Monday to two years.\n\nWe urge you to release him today.\n\nYours sincerely,"],
  ["en", "URGENT ACTION\n\nThey may march again next week, and the union will decide.\n\nThe hearing is set for the 9th of September."],
  ["en", "Tomorrow the workers meet.\n\nLast Friday the police dispersed them.\n\nIn august 2021 the first strike began."],
  ["fr", "Paris, le 3 mars 2023\n\nMonsieur le Ministre,\n\nNous dénonçons la condamnation de M. Kouamé en mai.\n\nIl a été arrêté le 12 février 2023."],
  ["es", "Lima, 5 de octubre de 2022\n\nSeñor Presidente:\n\nEl dirigente fue detenido el martes pasado.\n\nEl juicio será el 20 de noviembre."],
];

describe("dates/calendar's paragraph gate", () => {
  it.each(letters)("finds what chrono on every paragraph finds (%s)", (language, text) => {
    expect(gated(text, language)).toEqual(ungated(text, language));
  });

  it("skips a paragraph with no digit and no month's letters, not one with either", () => {
    const text = "We urge you to release him.\n\nHe was tried in February.\n\nHe got 2 years.";
    const context = createContext(text, { dateOrder: "auto" });
    expect(context.paragraphs.map((p) => mayHoldDate(text, p, true))).toEqual([false, true, true]);
    // Note: outside English only a digit lets a date through (candidatesOf asks for one there).
    expect(context.paragraphs.map((p) => mayHoldDate(text, p, false))).toEqual([false, false, true]);
  });
});
