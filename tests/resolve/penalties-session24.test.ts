/**
 * Who a penalty reaches and how it is worded (session 24, pen24). Made-up names and wordings, each with a near-miss.
 */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const reached = (text: string, language = "en"): string[] =>
  analyse(text, { ...DEFAULT_OPTIONS, language }).records.sentences.map((s) => `${s.person}|${s.days}`).sort();

describe("a surname that opens on its particle in lower case is a mention of its person", () => {
  it("gives `sentenced Ba-Hadi, al-Qirbi and Nasr to …` and `reduced al-Qirbi's to …` to al-Qirbi", () => {
    const text =
      "Three reporters, Tariq Saleh Ba-Hadi, Munir Ali al-Qirbi and Fawaz Omar Nasr, were arrested in May.\n\nOn 2 June the judge sentenced Ba-Hadi, al-Qirbi and Nasr to four years' imprisonment each. On appeal the court reduced al-Qirbi's term to two years.";
    expect(reached(text)).toEqual(["Fawaz Omar Nasr|1460", "Munir Ali al-Qirbi|1460", "Munir Ali al-Qirbi|730", "Tariq Saleh Ba-Hadi|1460"]);
  });

  it("reads `Ms al-Qirbi` after a form of address as her mention", () => {
    const text = "Huda Salem al-Qirbi and Rania Amin were arrested at the hospital.\n\nThe court reduced the prison terms of Ms al-Qirbi and Rania Amin to six months.";
    expect(reached(text)).toEqual(["Huda Salem al-Qirbi|180", "Rania Amin|180"]);
  });

  it("takes no lower-case particle word that is nobody's surname for a person (near-miss)", () => {
    const text = "Munir Ali al-Qirbi, a reporter for the daily Sawt, was arrested in May.\n\nThe court in al-Mansura sentenced him to two years in prison.";
    expect(analyse(text, DEFAULT_OPTIONS).records.people.map((p) => p.name)).toEqual(["Munir Ali al-Qirbi"]);
  });
});
