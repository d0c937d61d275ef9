/**
 * A sentence changed on appeal (issue 12, session 12): the appeal imposes only the new term; its
 * `from` term restates the first ruling's, recorded once with that ruling's date. Made-up names.
 */
import { describe, expect, it } from "vitest";
import { run, sentences } from "./penalties-helpers.js";

describe("penalties: a term changed on appeal", () => {
  it("records the first ruling's term once and the new one on the appeal's date", () => {
    const text =
      "On 3 May 2024 the district court sentenced Nadia Rahimova to five years in prison.\n\nOn 14 February 2025 the appeal court reduced Ms Rahimova's sentence from five years to three years.";
    expect(sentences(run(text, [["Nadia Rahimova", ["Rahimova"]]], [["3 May 2024", "2024-05-03"], ["14 February 2025", "2025-02-14"]]))).toEqual([
      "Nadia Rahimova|1825|prison|2024-05-03",
      "Nadia Rahimova|1095|prison|2025-02-14",
    ]);
  });

  it("keeps the earlier term when the letter tells the first ruling nowhere else", () => {
    const text = "On 14 February 2025 the appeal court cut the sentence of Tomas Okafor, the union's chair, from 8 years to 5 years.";
    expect(sentences(run(text, ["Tomas Okafor"], [["14 February 2025", "2025-02-14"]])).map((s) => s.split("|").slice(0, 2).join("|"))).toEqual([
      "Tomas Okafor|2920",
      "Tomas Okafor|1825",
    ]);
  });

  it("keeps an earlier term of another length (the first ruling told differently is no restatement)", () => {
    const text = "In May the court sentenced Nadia Rahimova to six years in prison. The appeal court later reduced Rahimova's sentence from five years to three years.";
    expect(sentences(run(text, [["Nadia Rahimova", ["Rahimova"]]])).map((s) => s.split("|")[1])).toEqual(["2190", "1825", "1095"]);
  });

  it("gives a definite `the term` changed sentences later to the person penalised last (h14b)", () => {
    const text =
      "Farida Osei was sentenced in March 2025 to two years in prison. The appeal panel found that the trial court had ignored her record. It reduced the term to one year.";
    expect(sentences(run(text, [["Farida Osei", ["Osei"]]])).map((s) => s.split("|").slice(0, 2).join("|"))).toEqual([
      "Farida Osei|730",
      "Farida Osei|365",
    ]);
  });

  it("gives `the original sentence` to the last of two people penalised, not the first", () => {
    const text = "Ivo Marek was jailed for three years and Lena Horvat for two years. The judges heard new evidence. The court reduced the original sentence to 14 months.";
    expect(sentences(run(text, ["Ivo Marek", "Lena Horvat"])).map((s) => s.split("|").slice(0, 2).join("|"))).toEqual([
      "Ivo Marek|1095",
      "Lena Horvat|730",
      "Lena Horvat|420",
    ]);
  });

  it("gives a changed `the term` to nobody when nobody was penalised before", () => {
    const text = "Ivo Marek, the union's chair, was arrested in May. The panel heard the case. It reduced the term to one year.";
    expect(sentences(run(text, ["Ivo Marek"]))).toEqual([]);
  });
});
