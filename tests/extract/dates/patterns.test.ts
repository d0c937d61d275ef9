/** Every pattern row's example matches its own pattern. */
import { describe, expect, it } from "vitest";
import { PATTERN_ROWS } from "../../../src/extract/dates/patterns.js";
import { FOREIGN_DATE } from "../../../src/extract/dates/foreign.js";
import { DAY_AFTER, DAY_BEFORE, MONTH_BEFORE } from "../../../src/extract/dates/lists.js";

describe("dates pattern rows", () => {
  it.each([...PATTERN_ROWS, DAY_BEFORE, DAY_AFTER, MONTH_BEFORE, FOREIGN_DATE].map((row) => [row[1], row] as const))("%s matches its example", (_, row) => {
    const [pattern, , example] = row;
    expect(new RegExp(pattern.source, pattern.flags.replace("g", "")).test(example)).toBe(true);
  });
});
