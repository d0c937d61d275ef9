/**
 * A harness that scores the penalty rules alone on the development corpus: people and dates
 * are built from the gold files (every mention of a gold name, alias or surname; every
 * occurrence of a gold date text), so linking is measured without the other stages.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createContext } from "../../src/extract/context.js";
import { extract } from "../../src/extract/index.js";
import { fineExtractors } from "../../src/extract/fines/index.js";
import { sentenceExtractors } from "../../src/extract/sentences/index.js";
import type { Extractor } from "../../src/extract/types.js";
import { evaluateDocument } from "../../src/evaluate/document.js";
import { Expected, type DocumentEvaluation } from "../../src/evaluate/types.js";
import type { DateRecord, Person } from "../../src/records.js";
import { resolvePenalties } from "../../src/resolve/penalties.js";

import { CORPUS } from "../helpers/corpus.js";

export { CORPUS };
export const corpusPresent = existsSync(`${CORPUS}/letters`);

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length < 2) return found;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1] ?? " ";
    const after = text[i + needle.length] ?? " ";
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) found.push(i);
  }
  return found;
}

/** Person records from gold names: full forms first, then surnames nobody else's full form covers. */
export function goldPeople(text: string, expected: Expected): Person[] {
  const taken: [number, number][] = [];
  const free = (s: number, e: number): boolean => !taken.some(([a, b]) => s < b && e > a);
  const people: Person[] = expected.people.map((p, i) => ({
    id: `person-${i + 1}`, start: 0, end: 0, rules: ["gold"], name: p.name, aliases: p.aliases, roles: p.roles,
    organisation: p.organisation, mentions: [],
  }));
  expected.people.forEach((p, i) => {
    for (const form of [p.name, ...p.aliases]) {
      for (const s of occurrences(text, form)) {
        if (!free(s, s + form.length)) continue;
        taken.push([s, s + form.length]);
        people[i]?.mentions.push({ start: s, end: s + form.length, text: form });
      }
    }
  });
  expected.people.forEach((p, i) => {
    const surname = p.name.split(" ").pop() ?? "";
    for (const s of occurrences(text, surname)) {
      if (!free(s, s + surname.length)) continue;
      taken.push([s, s + surname.length]);
      people[i]?.mentions.push({ start: s, end: s + surname.length, text: surname });
    }
  });
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  return people;
}

/** Date records from gold date texts, at every place the text occurs. */
export function goldDates(text: string, expected: Expected): DateRecord[] {
  return [...expected.dates, ...expected.optional_dates].flatMap((d) =>
    occurrences(text, d.text).map((s) => ({ id: "date", start: s, end: s + d.text.length, rules: ["gold"], text: d.text, value: d.value })),
  );
}

/** Runs the penalty rules on one letter (header stripped) with gold people and dates. */
export function runLetter(id: string): { evaluation: DocumentEvaluation; result: ReturnType<typeof resolvePenalties> } {
  const expected = Expected.parse(JSON.parse(readFileSync(`${CORPUS}/gold/${id}.json`, "utf8")));
  const text = readFileSync(`${CORPUS}/letters/${id}.txt`, "utf8").split("\n").slice(2).join("\n");
  const context = createContext(text, { dateOrder: "auto" });
  const found = extract(context, [...sentenceExtractors, ...fineExtractors] as Extractor[]);
  const people = goldPeople(text, expected);
  const result = resolvePenalties(context, {
    sentences: found.filter((c) => c.type === "sentence"),
    fines: found.filter((c) => c.type === "fine"),
    people,
    dates: goldDates(text, expected),
    letterDate: expected.letter_date,
  });
  const actual = {
    document: { id: expected.document, letter_date: expected.letter_date },
    // Note: the evaluation reads roles and organisation on every person (attribute lines); gold people carry none here.
    people: people.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases, roles: [], organisation: null })),
    organisations: [], dates: [],
    sentences: result.sentences, fines: result.fines,
  };
  return { evaluation: evaluateDocument(expected, actual as never), result };
}

/** Every letter id of the corpus, the seed included. */
export function letterIds(): string[] {
  return readdirSync(`${CORPUS}/letters`).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
}
