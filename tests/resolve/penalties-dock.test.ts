/**
 * Officials are never the person penalised, but a former official is no official, and a lawyer named as
 * the penalty verb's object is in the dock (src/resolve/penalties-antecedents.ts). Made-up wordings.
 */
import { describe, expect, it } from "vitest";
import { DOCK_FIRST_OF_LIST } from "../../src/resolve/penalties-antecedents.js";
import { fines, run, sentences } from "./penalties-helpers.js";

describe("penalties: officials and the dock", () => {
  it.each([
    [
      "a former prosecutor named by surname",
      "Lena Hart, a former prosecutor who led corruption inquiries, was arrested in 2024.\n\nOn Friday the Third Criminal Court sentenced Hart to four years in prison.",
      [["Lena Hart", ["Hart"], ["former prosecutor"]]],
      ["Lena Hart|1460|prison|-"],
    ],
    [
      "`former judge` before the name",
      "The court sentenced former judge Piet Aalders to two years in prison for refusing to hand over case files.",
      [["Piet Aalders", [], ["former judge"]]],
      ["Piet Aalders|730|prison|-"],
    ],
    [
      "French `ancien magistrat`",
      "L'ancien magistrat Henri Volta a été condamné à un an de prison avec sursis.",
      [["Henri Volta", [], ["ancien magistrat"]]],
      ["Henri Volta|365|suspended prison|-"],
    ],
  ] as const)("gives the penalty to a former official (%s)", (_, text, names, expected) => {
    const people = names.map(([n, forms, roles]) => [n, [...forms], [...roles]] as [string, string[], string[]]);
    expect(sentences(run(text, people, [], null, /L'ancien/u.test(text) ? "fr" : undefined))).toEqual(expected);
  });

  it("gives a fine to a lawyer named with his noun as the verb's object", () => {
    const text = "In a separate hearing the court fined labour lawyer Omar Vance, who represents the strikers, 20,000 euros for contempt.";
    expect(fines(run(text, [["Omar Vance", [], ["labour lawyer"]]]))).toEqual(["Omar Vance|20000|EUR|-"]);
  });

  it.each([
    [
      "a sitting judge who passes the sentence",
      "Judge Piet Aalders sentenced Mira Olsen to two years in prison.",
      [["Piet Aalders", [], ["judge"]], ["Mira Olsen", [], []]],
      ["Mira Olsen|730|prison|-"],
    ],
    [
      "the defendant's lawyer named after the penalty",
      "Mira Olsen was sentenced to two years in prison. Her lawyer, Omar Vance, said she would appeal.",
      [["Mira Olsen", [], []], ["Omar Vance", [], ["lawyer"]]],
      ["Mira Olsen|730|prison|-"],
    ],
    [
      "a serving prosecutor who asked for the term",
      "Prosecutor Lena Hart asked for five years. The court sentenced Mira Olsen to two years in prison.",
      [["Lena Hart", [], ["prosecutor"]], ["Mira Olsen", [], []]],
      ["Mira Olsen|730|prison|-"],
    ],
  ] as const)("still leaves officials out (%s)", (_, text, names, expected) => {
    const people = names.map(([n, forms, roles]) => [n, [...forms], [...roles]] as [string, string[], string[]]);
    expect(sentences(run(text, people))).toEqual(expected);
  });

  it.each([
    ["a coordinated plural subject", " and lawyer Ana Ruiz were sentenced", true],
    ["a title's full stop inside it", " and Dr. Ana Ruiz were sentenced", true],
    ["no sentence end after a short word (case-insensitive `\\p{Lu}` took `team.` for a title)", " and the team. The others were sentenced", false],
  ])("the first of a plural subject in the dock: %s", (_, after, expected) => {
    expect(DOCK_FIRST_OF_LIST.test(after)).toBe(expected);
  });
});
