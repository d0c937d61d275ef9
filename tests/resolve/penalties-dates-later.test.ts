/**
 * Days counted from an earlier event (src/resolve/penalties-dates-later.ts): each pattern's own
 * example, what each count reads, and what it must not count from. Whole-letter cases are in
 * fixtures/cases/resolve/penalty-dates.json.
 */
import { describe, expect, it } from "vitest";
import type { DateRecord } from "../../src/records.js";
import { DAYS_LATER_PATTERNS, daysLater } from "../../src/resolve/penalties-dates-later.js";

/** A date record at the first place `surface` appears in `text`. */
function at(text: string, surface: string, value: string): DateRecord {
  const start = text.indexOf(surface);
  return { value, start, end: start + surface.length } as DateRecord;
}

describe("days counted from an earlier event", () => {
  it.each(DAYS_LATER_PATTERNS.map(([pattern, label, example]) => ({ pattern, label, example })))("$label: $example", ({ pattern, example }) => {
    expect(pattern.test(example)).toBe(true);
  });

  it.each([
    ["Court heard the case on 3 May 2024. Two days later the judge ruled.", "3 May 2024", "2024-05-03", "2024-05-05"],
    ["Le tribunal a siégé le 3 mai 2024. Trois jours plus tard, il a rendu son jugement.", "3 mai 2024", "2024-05-03", "2024-05-06"],
    ["El juicio empezó el 3 de mayo de 2024. Una semana después, el juez dictó sentencia.", "3 de mayo de 2024", "2024-05-03", "2024-05-10"],
    ["Hearing on 3 May 2024. The following week the court ruled.", "3 May 2024", "2024-05-03", "2024-05-10"],
    ["Police detained them on 3 May 2024. The next morning a judge found them guilty.", "3 May 2024", "2024-05-03", "2024-05-04"],
    ["La policía los detuvo el 3 de mayo de 2024. A la mañana siguiente, el juez los condenó.", "3 de mayo de 2024", "2024-05-03", "2024-05-04"],
    ["Released on 3 May 2024. The day before, the court had ruled.", "3 May 2024", "2024-05-03", "2024-05-02"],
  ])("%s", (text, surface, value, expected) => {
    const d = at(text, surface, value);
    expect(daysLater(text, d.end, text.length, [d], 0, null)).toBe(expected);
  });

  it("counts from a weekday against the letter's date", () => {
    const text = "The court on Monday jailed the organiser. Two days later it fined his deputy.";
    expect(daysLater(text, text.indexOf("Two"), text.length, [], 0, "2025-06-20")).toBe("2025-06-18");
  });

  it("passes over a past perfect's date", () => {
    const text = "The court on Monday jailed A. She had spoken at a rally on 2 June 2025. Two days later it fined B.";
    const d = at(text, "2 June 2025", "2025-06-02");
    expect(daysLater(text, text.indexOf("Two"), text.length, [d], 0, "2025-06-20")).toBe("2025-06-18");
  });

  it("counts from the event it names, not a nearer date", () => {
    const text = "On 12 May 2025 the court convicted A. The appeal was lodged on 16 May 2025. Three days after the verdict, B was fined.";
    const dates = [at(text, "12 May 2025", "2025-05-12"), at(text, "16 May 2025", "2025-05-16")];
    expect(daysLater(text, text.indexOf("Three"), text.length, dates, 0, null)).toBe("2025-05-15");
  });

  it.each([
    ["a named event with no date", "The union met on 2 May 2025. Two days after the strike, A was fined.", "2 May 2025", "2025-05-02"],
    ["a month only", "In February 2025 the court sat. Two days later A was fined.", "February 2025", "2025-02"],
    ["no count", "On 2 May 2025 the court sat. Later A was fined.", "2 May 2025", "2025-05-02"],
    ["`the day after` an indefinite noun describes the date, no count", "Police took them away on 2 May 2025, the day after a sit-in, and a court fined A.", "2 May 2025", "2025-05-02"],
  ])("counts nothing: %s", (_why, text, surface, value) => {
    const d = at(text, surface, value);
    expect(daysLater(text, d.end, text.length, [d], 0, null)).toBeNull();
  });
});
