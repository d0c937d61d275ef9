import { access, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processText } from "../../src/pipeline.js";
import { CSV_SCHEMAS } from "../../src/records.js";
import { CasesJsonWriter, casesOf } from "../../src/write/cases.js";
import { columnsOf, csvRows } from "../../src/write/csv.js";
import { formatJson } from "../../src/write/json.js";

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

  it("puts every CSV's content before start,end,rules", () => {
    for (const stem of Object.keys(CSV_SCHEMAS) as (keyof typeof CSV_SCHEMAS)[]) {
      const columns = columnsOf(stem);
      const first = columns.indexOf("start");
      if (first < 0) continue;
      expect(columns.slice(first), stem).toEqual(["start", "end", "rules"]);
    }
  });

  it("writes cases.json with the rows of cases.csv, in its column order, only on commit", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casebook-cases-"));
    const results = [
      (await processText(LETTER, "a.txt")).result,
      (await processText("Geneva, 3 May 2021\n\nNothing happened.", "quiet.txt")).result,
      (await processText(LETTER.replace("Vera", "Nadia"), "b.txt")).result,
    ];
    const path = join(dir, "cases.json");
    const writer = await CasesJsonWriter.open(path);
    for (const result of results) await writer.write(result);
    await expect(access(path)).rejects.toThrow();
    await writer.commit();
    const text = await readFile(path, "utf8");
    const rows = JSON.parse(text) as Record<string, unknown>[];
    expect(text).toBe(formatJson(rows));
    expect(rows.map((r) => [r.document, r.person])).toEqual([
      ["a.txt", "Vera Lindava"],
      ["a.txt", "Ivan Karpau"],
      ["b.txt", "Nadia Lindava"],
      ["b.txt", "Ivan Karpau"],
    ]);
    for (const row of rows) expect(Object.keys(row)).toEqual(columnsOf("cases"));
    // Note: the columns before `text` hold no commas here, so a split reads them.
    const lines = results.flatMap((r) => csvRows(r).cases.split("\n").filter(Boolean));
    const at = (name: string) => columnsOf("cases").indexOf(name);
    expect(lines.map((line) => line.split(",")).map((c) => [c[at("person")], c[at("days")], c[at("amount")]])).toEqual(
      rows.map((r) => [r.person, String(r.days ?? ""), String(r.amount ?? "")]),
    );
    lines.forEach((line, i) => expect(line).toContain(`,${String(rows[i]?.document)},${String(rows[i]?.person_id)},${String(rows[i]?.record)},`));
  });

  it("writes an empty array when no letter has a penalty", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casebook-cases-"));
    const writer = await CasesJsonWriter.open(join(dir, "cases.json"));
    await writer.write((await processText("Geneva, 3 May 2021\n\nNothing happened.", "quiet.txt")).result);
    await writer.commit();
    expect(await readFile(join(dir, "cases.json"), "utf8")).toBe("[]\n");
  });
});
