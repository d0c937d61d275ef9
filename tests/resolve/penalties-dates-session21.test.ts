/**
 * Ruling dates, session 21 (dates21): cases the JSON table of penalty dates cannot state, each person's penalties
 * read one by one. Made-up names and wordings, with near-misses.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, processText } from "../../src/pipeline.js";

/** Each penalty as `person|amount or days|date`, in text order. */
async function penalties(text: string): Promise<string[]> {
  const { result } = await processText(text, "case.txt", DEFAULT_OPTIONS);
  return [...result.sentences.map((s) => ({ start: s.start, line: `${s.person}|${s.days}|${s.date ?? "-"}` })), ...result.fines.map((f) => ({ start: f.start, line: `${f.person}|${f.amount}|${f.date ?? "-"}` }))]
    .sort((a, b) => a.start - b.start)
    .map((p) => p.line);
}

describe("a fine whose sentence names another year's ruling", () => {
  it("does not take the date of the same person's sentence (`his 2023 conviction …, for which he paid a fine`)", async () => {
    const text = "Kathmandu, 28 May 2025\n\nOn 19 May 2025 the Dang District Court sentenced Ram Bahadur Shrestha to six months' imprisonment.\n\nShrestha's 2023 conviction for obstructing public works, for which he paid a fine of Rs 3,000, was cited by the court.\n";
    expect(await penalties(text)).toEqual(["Ram Bahadur Shrestha|180|2025-05-19", "Ram Bahadur Shrestha|3000|-"]);
  });

  it("still gives a fine told with the term the term's date (near-miss)", async () => {
    const text = "Kathmandu, 28 May 2025\n\nOn 19 May 2025 the Dang District Court sentenced Ram Bahadur Shrestha to six months' imprisonment.\n\nShrestha, who had led the union since 2019, was also ordered to pay a fine of Rs 3,000.\n";
    expect(await penalties(text)).toEqual(["Ram Bahadur Shrestha|180|2025-05-19", "Ram Bahadur Shrestha|3000|2025-05-19"]);
  });
});
