/**
 * Terms that are the subject of a copula whose complement is the penalty, handed on to names after
 * (`Eighteen months in prison was the sentence given to A and B`; src/resolve/penalties-roles.ts), and a
 * giving verb with its person and no preposition (`That was the penalty a court gave A`). Made-up wordings.
 */
import { describe, expect, it } from "vitest";
import { run, sentences } from "./penalties-helpers.js";

const NAMES = ["Ana Pry", "Bo Lind", "Dee Wren"];

describe("penalties: terms handed on by a copula", () => {
  it.each([
    [
      "an aside on the terms, two names",
      "Eighteen months in prison, all but six of them suspended, was the sentence given to Ana Pry and Bo Lind, the union's president and treasurer.",
      undefined,
      ["Ana Pry|540|prison|-", "Bo Lind|540|prison|-"],
    ],
    ["`is the penalty imposed on`", "Six months in jail is the penalty imposed on Ana Pry for a speech at the gate.", undefined, ["Ana Pry|180|prison|-"]],
    ["a giving verb with no preposition", "Two years in prison. That was the penalty a court gave Ana Pry on Monday.", undefined, ["Ana Pry|730|prison|-"]],
    ["`were the sentences handed down to`, a role before the name", "Three years in prison each were the sentences handed down to the union's president, Ana Pry, and its treasurer, Bo Lind.", undefined, ["Ana Pry|1095|prison|-", "Bo Lind|1095|prison|-"]],
    ["Spanish fragment, then `Esa fue la pena impuesta a`", "Dos años de prisión. Esa fue la pena impuesta a Ana Pry por el tribunal de Colón.", "es", ["Ana Pry|730|prison|-"]],
  ] as const)("gives the terms to the names after (%s)", (_, text, language, expected) => {
    expect(sentences(run(text, NAMES, [], null, language))).toEqual(expected);
  });

  it.each([
    ["a sentence the prosecutor asked for", "Two years in prison was the sentence the prosecutor requested for Ana Pry."],
    ["a judge who gives it, no person after", "Two years in prison was the sentence Judge Dee Wren gave after a short hearing."],
  ] as const)("gives nobody (%s)", (_, text) => {
    expect(sentences(run(text, NAMES))).toEqual([]);
  });
});
