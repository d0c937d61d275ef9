/**
 * `He` before a capitalised word is a surname, not a pronoun (src/resolve/penalties-people.ts). Made-up wordings.
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

describe("penalties: the surname He", () => {
  it("gives a clause whose unknown subject is `He <Name>` to nobody named before", () => {
    const text = "Lin Mei and Zhao Bo were both sentenced to three years' imprisonment. The centre's cashier, He Xiaoli, was given six months of criminal detention and a fine of 20,000 yuan.";
    const result = run(text, ["Lin Mei", "Zhao Bo"]);
    expect(sentences(result)).toEqual(["Lin Mei|1095|prison|-", "Zhao Bo|1095|prison|-"]);
    expect(fines(result)).toEqual([]);
  });

  it("gives it to He <Name> when the letter names him", () => {
    const text = "Lin Mei was sentenced to three years' imprisonment. The centre's cashier, He Xiaoli, was given six months in prison.";
    expect(sentences(run(text, ["Lin Mei", "He Xiaoli"]))).toEqual(["Lin Mei|1095|prison|-", "He Xiaoli|180|prison|-"]);
  });

  it("still reads the pronoun `He` before a verb", () => {
    const text = "Lin Mei was arrested in May. He was sentenced to two years in prison.";
    expect(sentences(run(text, ["Lin Mei"]))).toEqual(["Lin Mei|730|prison|-"]);
  });
});
