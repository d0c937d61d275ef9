import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/evaluate/evaluate.js";
import { evaluateDocument } from "../../src/evaluate/document.js";
import { formatListing, formatTable } from "../../src/evaluate/report.js";
import { actual, expected } from "./helpers.js";

const doc = evaluateDocument(
  expected({ people: [{ name: "Ayuba Wabba" }], optional_people: ["Jane Roe"], sentences: [{ person: "Ayuba Wabba", days: 15, text: "15 days" }] }),
  actual({ people: [{ name: "Mr Ambassador", start: 5, end: 18 }, { name: "Jane Roe" }] }),
);
const scores = aggregate([doc]);

describe("reports", () => {
  it("prints one column group per run, with dashes for types a run does not attempt", () => {
    const table = formatTable([
      { label: "casebook", scores },
      { label: "baseline", scores, types: ["people"] },
    ]);
    expect(table).toContain("casebook");
    expect(table).toMatch(/sentences .*\|\s+-\s+-/);
    expect(table).toMatch(/overall peo/);
  });

  it("lists what each document missed and produced in excess", () => {
    const listing = formatListing(scores);
    expect(listing).toContain("- missed Ayuba Wabba");
    expect(listing).toContain("+ extra  Mr Ambassador @5");
    expect(listing).toContain('- missed Ayuba Wabba: 15 days "15 days"');
    expect(listing).toContain("people: TP 0, missed 1, extra 1, optional 1");
    expect(listing).toContain("~ optional Jane Roe");
  });
});
