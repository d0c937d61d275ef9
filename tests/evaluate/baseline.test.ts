import { describe, expect, it } from "vitest";
import { baselineResult } from "../../src/evaluate/baseline.js";
import type { DocumentResult } from "../../src/records.js";

const document = { id: "t.txt" } as DocumentResult["document"];
const text = "Ms Sharan Burrow of the International Trade Union Confederation (ITUC) wrote.\n\nOn 9 August 2020 Sharan Burrow spoke.";

describe("compromise baseline", () => {
  const result = baselineResult(text, document);

  it("gives people, organisations and dates with offsets into the text", () => {
    for (const record of [...result.people, ...result.organisations, ...result.dates]) {
      expect(record.end).toBeGreaterThan(record.start);
    }
    for (const p of result.people) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(result.dates.map((d) => d.value)).toContain("2020-08-09");
    expect(result.organisations.map((o) => o.name)).toContain("ITUC");
  });

  it("attempts no penalties and no letter date", () => {
    expect(result.sentences).toEqual([]);
    expect(result.fines).toEqual([]);
    expect(result.document.letter_date).toBeNull();
  });
});
