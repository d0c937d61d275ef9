import { describe, expect, it } from "vitest";
import { hyphenation } from "../../src/normalise/hyphenation.js";

describe("hyphenation", () => {
  it.each([
    ["a typesetter's break inside a name", "President Lukash-\nenko spoke.", "President Lukashenko spoke."],
    ["a break whose joined word occurs elsewhere", "the repres-\nsion continued; repression is", "the repression continued; repression is"],
    ["a soft hyphen at a line end", "Alexan\u00ad\nder", "Alexander"],
  ])("joins %s", (_, input, expected) => {
    expect(hyphenation(input)).toBe(expected);
  });

  it.each([
    ["an acronym pair (capital after the break)", "the centres ACV-\nCSC and", "the centres ACV-CSC and"],
    ["a title (capital after the break)", "Cherkasov, Vice-\nChair of", "Cherkasov, Vice-Chair of"],
    ["a postcode (digit after the break)", "B-\n1210 Bruxelles", "B-1210 Bruxelles"],
    ["a hyphen-taking prefix", "Anatoly Bokun, co-\nchairman of the committee", "Anatoly Bokun, co-chairman of the committee"],
    ["a weak prefix before a word found elsewhere", "to re-\nrun the vote; a second run", "to re-run the vote; a second run"],
    ["a hyphenated form attested elsewhere", "a 15-day term and a long-\nterm ban; the long-term view", "a 15-day term and a long-term ban; the long-term view"],
    ["a compound of two words found elsewhere", "strike-\nleaders; the strike and the leaders", "strike-leaders; the strike and the leaders"],
    ["a one-letter first part", "by e-\nmail", "by e-mail"],
  ])("keeps %s", (_, input, expected) => {
    expect(hyphenation(input)).toBe(expected);
  });

  it("leaves dashes and mid-line hyphens alone", () => {
    const text = "Lukashenko – in power for 26 years -\nhas lost; re-election";
    expect(hyphenation(text)).toBe(text);
  });
});
