/**
 * Subjects listed below the penalty (src/resolve/penalties-below.ts): a sentence ending in a colon
 * after its term, then one person to a line, with or without list markers. Made-up wordings.
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

describe("penalties: a list below the penalty", () => {
  it.each([
    [
      "`the following three … each:` and dashes",
      "On 4 May the magistrate convicted the strikers. It sentenced the following three to two years' rigorous imprisonment each:\n\n- Farida Yasmin, president of the Dhaka Dyeing Workers' Union\n- Rashed Kabir, its general secretary\n- Mousumi Roy, a member of the union\n\nThe prosecution had asked for more.",
      ["Farida Yasmin", "Rashed Kabir", "Mousumi Roy"],
      ["Farida Yasmin|730|prison|-", "Rashed Kabir|730|prison|-", "Mousumi Roy|730|prison|-"],
    ],
    [
      "`two of them … :` with a reader's lines and no markers",
      "The court convicted four dockers on 2 June.\n\nThe court sentenced two of them to eight months in prison:\n\nTomas Ferreira, chair of the port workers' committee;\n\nLucia Mendes, its treasurer.\n\nThe others were acquitted.",
      ["Tomas Ferreira", "Lucia Mendes"],
      ["Tomas Ferreira|240|prison|-", "Lucia Mendes|240|prison|-"],
    ],
    [
      "numbered lines with emphasis and honorifics",
      "The tribunal handed down its verdict on 9 March and sentenced these organisers to one year in jail:\n\n1. **Mr. Aung Ko Latt**, union organiser\n2. **Daw Khin Mar Lwin**, union treasurer",
      ["Aung Ko Latt", "Khin Mar Lwin"],
      ["Aung Ko Latt|365|prison|-", "Khin Mar Lwin|365|prison|-"],
    ],
  ] as const)("gives every listed person the term (%s)", (_, text, names, expected) => {
    expect(sentences(run(text, [...names]))).toEqual(expected);
  });

  it("gives every listed person a fine stated before the colon", () => {
    const text = "On 4 May the court fined the following two 20,000 taka each:\n\n- Farida Yasmin, president of the union\n- Rashed Kabir, its general secretary";
    expect(fines(run(text, ["Farida Yasmin", "Rashed Kabir"]))).toEqual(["Farida Yasmin|20000|BDT|-", "Rashed Kabir|20000|BDT|-"]);
  });

  it.each([
    [
      "a list line that opens with no name",
      "On 4 May the court sentenced these workers to two years' imprisonment each:\n\n- Farida Yasmin, president of the union\n- the union's treasurer, whose name was withheld",
    ],
  ] as const)("gives nobody (%s)", (_, text) => {
    expect(sentences(run(text, ["Farida Yasmin", "Rashed Kabir"]))).toEqual([]);
  });
});
