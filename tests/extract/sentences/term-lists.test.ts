/** Lists of terms under one unit, shared out in order. */
import { describe, expect, it } from "vitest";
import { TERM_LIST, findTermLists } from "../../../src/extract/sentences/term-lists.js";

const lists = (text: string): string[][] =>
  findTermLists(text).map((l) => l.items.map((t) => `${text.slice(t.start, t.end)}|${t.duration}|${t.days}`));

describe("findTermLists", () => {
  it.each([
    ["two numbers", "sentenced to six and five years respectively", [["six|P6Y|2190", "five years|P5Y|1825"]]],
    ["three numbers", "sentenced to 3, 4 and 5 months", [["3|P3M|90", "4|P4M|120", "5 months|P5M|150"]]],
    ["a half on the last item (h13b, session 13)", "to nine, eight and seven and a half years in prison respectively", [["nine|P9Y|3285", "eight|P8Y|2920", "seven and a half years|P7Y6M|2735"]]],
    ["a half month", "to four and two and a half months", [["four|P4M|120", "two and a half months|P2M15D|75"]]],
  ])("%s", (_, text, expected) => {
    expect(lists(text)).toEqual(expected);
  });

  it.each([["two years and six months"], ["a year and a half"], ["one-and-a-half years"], ["nine and a half years"]])("no list in %j", (text) => {
    expect(lists(text)).toEqual([]);
  });

  it("the pattern matches its example", () => {
    expect(new RegExp(TERM_LIST.source, "iu").test("six and five years")).toBe(true);
  });
});
