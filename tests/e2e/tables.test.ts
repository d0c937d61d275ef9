/**
 * One detainee table in four forms (fixtures/tables/: a Word table, a Markdown table,
 * tab-separated text, space-aligned text) gives the same records, each row read as one unit:
 * the person, their union and position, the penalty and its date (issue 17, item 3).
 * Rewrite the expected file with UPDATE_FIXTURES=1 (never under CI).
 */
import { readFile, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline.js";
import type { DocumentResult } from "../../src/records.js";

const DIR = "fixtures/tables";
const FORMS = ["detainees.docx", "detainees.md", "detainees-tabs.txt", "detainees-aligned.txt", "detainees-ragged.txt"];

/** The records an analyst reads, without offsets (which differ by a form's furniture). */
function summary(result: DocumentResult): unknown {
  return {
    letter_date: result.document.letter_date,
    people: result.people.map((p) => ({ name: p.name, organisation: p.organisation, roles: p.roles })),
    organisations: result.organisations.map((o) => o.name).sort(),
    sentences: result.sentences.map((s) => ({ person: s.person, kind: s.kind, duration: s.duration, days: s.days, date: s.date, text: s.text })),
    fines: result.fines.map((f) => ({ person: f.person, amount: f.amount, currency: f.currency, date: f.date, text: f.text })),
  };
}

describe("a detainee table in four forms", async () => {
  const processed = await Promise.all(FORMS.map((form) => processFile(`${DIR}/${form}`, form)));

  it("gives the expected records from the Word table", async () => {
    const actual = summary((processed[0] as (typeof processed)[0]).result);
    if (process.env.UPDATE_FIXTURES === "1" && !process.env.CI) await writeFile(`${DIR}/expected.json`, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(await readFile(`${DIR}/expected.json`, "utf8")));
  });

  it.each(FORMS.slice(1).map((form, i) => [form, i + 1] as const))("gives the same records from %s", (_form, i) => {
    expect(summary((processed[i] as (typeof processed)[0]).result)).toEqual(summary((processed[0] as (typeof processed)[0]).result));
  });

  it.each(FORMS.map((form, i) => [form, i] as const))("points every penalty of %s at its own cell of the normalised text", (_form, i) => {
    const { result, text } = processed[i] as (typeof processed)[0];
    for (const penalty of [...result.sentences, ...result.fines]) {
      expect(text.slice(penalty.start, penalty.end)).toBe(penalty.text);
      const line = text.slice(text.lastIndexOf("\n", penalty.start) + 1, text.indexOf("\n", penalty.end));
      // Note: the row holds the person the penalty was given to.
      expect(line.split("\t")[0]).toBe(penalty.person);
    }
  });
});
