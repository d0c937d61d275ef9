/**
 * A definite group with nobody behind it is named ahead (src/resolve/penalties-groups.ts, namedAhead): by the
 * first of the next three sentences that names anyone, when it names them as one list or opens on a plural
 * noun set beside them. Made-up wordings.
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

const NAMES: [string, string[], string[]][] = [
  ["Ana Pry", [], []],
  ["Bo Lind", [], []],
  ["Cy Mott", [], []],
  ["Dee Wren", [], ["judge"]],
];

describe("penalties: a definite group named ahead", () => {
  it.each([
    [
      "`The reporters, A of …, and B, …` after an official's sentence",
      "Three reporters who covered the strike have been punished.\n\nOn Tuesday the city court ordered the journalists to pay 3,000 cedis each for blocking a road. Judge Dee Wren accepted the police account. The reporters, Ana Pry of the weekly Coast Echo and Bo Lind, a freelance photographer, deny it.",
      [],
      ["Ana Pry|3000|GHS|-", "Bo Lind|3000|GHS|-"],
    ],
    [
      "a plain list in the next sentence",
      "The magistrate sentenced the strikers to 30 days in jail. Ana Pry, Bo Lind and Cy Mott were taken to the central prison.",
      ["Ana Pry|30|prison|-", "Bo Lind|30|prison|-", "Cy Mott|30|prison|-"],
      [],
    ],
  ] as const)("gives the penalty to the people named next (%s)", (_, text, expectedSentences, expectedFines) => {
    const result = run(text, NAMES);
    expect(sentences(result)).toEqual(expectedSentences);
    expect(fines(result)).toEqual(expectedFines);
  });

  it.each([
    ["one person named next", "The magistrate sentenced the strikers to 30 days in jail. Ana Pry, their spokeswoman, called it revenge."],
    ["two names not in a list", "The magistrate sentenced the strikers to 30 days in jail. Ana Pry said Bo Lind had been beaten."],
    ["the rest named next", "The magistrate sentenced the strikers to 30 days in jail. The others, Ana Pry and Bo Lind, were freed."],
  ] as const)("gives nobody (%s)", (_, text) => {
    expect(sentences(run(text, NAMES))).toEqual([]);
  });

  it("keeps the people named before", () => {
    const text = "Ana Pry and Bo Lind led the strike. The magistrate sentenced the strikers to 30 days in jail. Cy Mott and Dee Wren watched.";
    expect(sentences(run(text, NAMES))).toEqual(["Ana Pry|30|prison|-", "Bo Lind|30|prison|-"]);
  });
});
