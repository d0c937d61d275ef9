import { describe, expect, it } from "vitest";
import { processText } from "../../src/pipeline.js";
import { casesOf } from "../../src/write/cases.js";
import { columnsOf, csvRows } from "../../src/write/csv.js";

const LETTER = `Geneva, 3 May 2021

On 28 April 2021 a court in Minsk sentenced Vera Lindava, chair of the Union of Bakery Workers, to two years in prison. Ivan Karpau was fined 500 roubles.`;

describe("the cases sheet", () => {
  it("gives one row per penalty with the person's role and organisation joined in", async () => {
    const { result } = await processText(LETTER, "letter.txt");
    const cases = casesOf(result);
    expect(cases.map((c) => [c.penalty, c.person])).toEqual([
      ["sentence", "Vera Lindava"],
      ["fine", "Ivan Karpau"],
    ]);
    const [sentence, fine] = cases;
    expect(sentence).toMatchObject({ kind: "prison", days: 730, amount: null, letter_date: "2021-05-03", record: "sentence-1" });
    expect(sentence?.roles).toContain("chair");
    expect(fine).toMatchObject({ kind: null, days: null, amount: 500, record: "fine-1" });
  });

  it("gives nothing for a letter without penalties", async () => {
    const { result } = await processText("Geneva, 3 May 2021\n\nThe Union of Bakery Workers met on 28 April 2021.", "quiet.txt");
    expect(casesOf(result)).toEqual([]);
    expect(csvRows(result).cases).toBe("");
  });

  it("puts content first and provenance last in every CSV", () => {
    expect(columnsOf("cases").slice(0, 4)).toEqual(["person", "roles", "organisation", "penalty"]);
    expect(columnsOf("cases").slice(-6)).toEqual(["document", "person_id", "record", "start", "end", "rules"]);
    for (const stem of ["people", "organisations", "dates", "sentences", "fines"] as const) {
      const columns = columnsOf(stem);
      expect(columns.slice(0, 2)).toEqual(["document", "id"]);
      expect(columns.slice(-3)).toEqual(["start", "end", "rules"]);
    }
  });
});
