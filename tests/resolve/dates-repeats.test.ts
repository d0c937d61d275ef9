/** `withRepeats`: later repeats of a full date's text, for the ruling date of a table's later rows. */
import { describe, expect, it } from "vitest";
import { withRepeats } from "../../src/resolve/dates-repeats.js";
import type { DateRecord } from "../../src/records.js";

const record = (text: string, value: string, start: number): DateRecord => ({ text, value, start, end: start + text.length }) as DateRecord;

describe("withRepeats", () => {
  it("adds each later whole repeat of a full date", () => {
    const text = "| Ana Vell | 2 years | 14.03.2024 |\n| Ben Ruck | 1 year | 14.03.2024 |\n| Cy Dorn | 3 years | 14.03.2024 |";
    const first = record("14.03.2024", "2024-03-14", text.indexOf("14.03.2024"));
    const out = withRepeats(text, [first]);
    expect(out.map((d) => [d.start, d.value])).toEqual([
      [first.start, "2024-03-14"],
      [text.indexOf("14.03.2024", first.end), "2024-03-14"],
      [text.lastIndexOf("14.03.2024"), "2024-03-14"],
    ]);
  });

  it.each([
    ["a month alone", "He was fined in July. In July the union met.", record("July", "2024-07", 17)],
    ["a weekday", "On Monday the court ruled. On Monday they left.", record("Monday", "2024-03-04", 3)],
    ["a repeat inside a longer number", "Ruling 4.3.2024 and file 14.3.20245.", record("4.3.2024", "2024-03-04", 7)],
  ])("adds nothing for %s", (_, text, date) => {
    expect(withRepeats(text, [date])).toHaveLength(1);
  });
});
