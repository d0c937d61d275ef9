/** Terms in every written form, with their ISO 8601 duration and day count. */
import { describe, expect, it } from "vitest";
import { findTerms } from "../../../src/extract/sentences/durations.js";

describe("findTerms", () => {
  it.each([
    ["digits", "sentenced to 10 days in prison", "10 days", "P10D", 10],
    ["hyphenated adjective", "a 15-day administrative detention", "15-day", "P15D", 15],
    ["two parts", "jailed for two years and six months", "two years and six months", "P2Y6M", 910],
    ["hyphenated and a half", "a one-and-a-half-year suspended sentence", "one-and-a-half-year", "P1Y6M", 545],
    ["number and a half unit", "two and a half years of prison", "two and a half years", "P2Y6M", 910],
    ["unit and a half", "4 years and a half imprisonment", "4 years and a half", "P4Y6M", 1640],
    ["a year and a half", "jailed for a year and a half", "a year and a half", "P1Y6M", 545],
    ["years and months", "three years and three months in prison", "three years and three months", "P3Y3M", 1185],
    ["weeks", "three weeks imprisonment", "three weeks", "P3W", 21],
    ["months kept as months", "18 months of restricted freedom", "18 months", "P18M", 540],
    ["possessive", "one year's immediate imprisonment", "one year", "P1Y", 365],
    ["compound number word", "twenty-five years in prison", "twenty-five years", "P25Y", 9125],
    ["decimal", "1.5 years in prison", "1.5 years", "P1Y6M", 545],
    ["weeks mixed with days become days", "two weeks and three days", "two weeks and three days", "P17D", 17],
    ["half a year", "sentenced to half a year in prison", "half a year", "P6M", 180],
    ["abbreviated years", "sentenced to 10 yrs in prison", "10 yrs", "P10Y", 3650],
    ["abbreviated months", "jailed for 6 mos", "6 mos", "P6M", 180],
    ["a decade", "sentenced to a decade in prison", "a decade", "P10Y", 3650],
    ["a fraction sign", "1½ years in prison", "1½ years", "P1Y6M", 545],
    ["a spaced fraction sign", "2 ¼ years in prison", "2 ¼ years", "P2Y3M", 820],
    ["a written fraction", "3 1/2 years in prison", "3 1/2 years", "P3Y6M", 1275],
    ["three parts with commas", "sentenced to 1 year, 3 months and 15 days", "1 year, 3 months and 15 days", "P1Y3M15D", 470],
    ["figures restated in the second part", "four (4) years and two (2) months of prision correccional", "four (4) years and two (2) months", "P4Y2M", 1520],
    ["figures restated in three parts", "one (1) year, six (6) months and ten (10) days in prison", "one (1) year, six (6) months and ten (10) days", "P1Y6M10D", 555],
  ])("%s: %s", (_, text, term, duration, days) => {
    const [found] = findTerms(text);
    expect(found && text.slice(found.start, found.end)).toBe(term);
    expect(found?.duration).toBe(duration);
    expect(found?.days).toBe(days);
  });

  it("finds each of two terms apart", () => {
    const text = "one year's immediate imprisonment plus 6 months suspended sentence";
    expect(findTerms(text).map((t) => t.duration)).toEqual(["P1Y", "P6M"]);
  });

  it("keeps listed terms apart: a repeated unit or a part past its unit's span is another term", () => {
    const text = "to two years, 18 months and one year in prison respectively";
    expect(findTerms(text).map((t) => `${text.slice(t.start, t.end)}|${t.duration}`)).toEqual(["two years|P2Y", "18 months|P18M", "one year|P1Y"]);
  });

  it.each([
    ["to one year, eight months and six months of imprisonment respectively", ["one year|P1Y", "eight months|P8M", "six months|P6M"]],
    ["to three years, four months and two months respectively", ["three years|P3Y", "four months|P4M", "two months|P2M"]],
    ["to 1 year, 10 months and 15 days in prison", ["1 year, 10 months and 15 days|P1Y10M15D"]],
    ["to two years and six months in prison", ["two years and six months|P2Y6M"]],
    // Near-miss: after the closing `and`, a bare `and` (no comma) before a larger unit still lists them.
    ["to 1 year, 8 months and 15 days and 2 years", ["1 year|P1Y", "8 months and 15 days|P8M15D", "2 years|P2Y"]],
  ])("reads comma-joined parts as a list when a later part repeats a unit (%s)", (text, expected) => {
    expect(findTerms(text).map((t) => `${text.slice(t.start, t.end)}|${t.duration}`)).toEqual(expected);
  });

  it.each([
    ["to 2 years, 4 months and 10 days, 1 year and 8 months, and 9 months respectively", ["2 years, 4 months and 10 days|P2Y4M10D", "1 year and 8 months|P1Y8M", "9 months|P9M"]],
    ["to four years, two months and five days, and three years in prison", ["four years, two months and five days|P4Y2M5D", "three years|P3Y"]],
    ["to 5 yrs, 2 mos and 20 days, 4 yrs and 1 mo respectively", ["5 yrs, 2 mos and 20 days|P5Y2M20D", "4 yrs and 1 mo|P4Y1M"]],
  ])("keeps a closed list of parts one term when a comma opens the next whole term (%s)", (text, expected) => {
    expect(findTerms(text).map((t) => `${text.slice(t.start, t.end)}|${t.duration}`)).toEqual(expected);
  });

  it.each([["a few days"], ["15 minutes"], ["in 2021"], ["three thousand people"]])("finds no term in %j", (text) => {
    expect(findTerms(text)).toEqual([]);
  });
});
