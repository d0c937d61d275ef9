/**
 * Shared by the penalty-linking tests: runs the sentence and fine rules and the linking on a
 * made-up text, with people given by name (every occurrence of each form is a mention) and dates.
 */
import { createContext } from "../../src/extract/context.js";
import { extract } from "../../src/extract/index.js";
import { fineExtractors } from "../../src/extract/fines/index.js";
import { sentenceExtractors } from "../../src/extract/sentences/index.js";
import type { Extractor } from "../../src/extract/types.js";
import type { DateRecord, Person } from "../../src/records.js";
import { resolvePenalties } from "../../src/resolve/penalties.js";

/** A person whose mentions are every occurrence of the given forms (name first). */
export function person(id: number, text: string, name: string, forms: string[] = [], roles: string[] = []): Person {
  const mentions = [name, ...forms].flatMap((form) => {
    const found = [];
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) found.push({ start: i, end: i + form.length, text: form });
    return found;
  });
  return { id: `person-${id}`, start: 0, end: 0, rules: [], name, aliases: forms, roles, organisation: null, mentions };
}

export function run(text: string, names: (string | [string, string[]] | [string, string[], string[]])[], dates: [string, string][] = [], letterDate: string | null = null, language?: string) {
  const people = names.map((n, i) => (typeof n === "string" ? person(i + 1, text, n) : person(i + 1, text, n[0], n[1], n[2] ?? [])));
  const dateRecords: DateRecord[] = dates.map(([t, value]) => {
    const start = text.indexOf(t);
    return { id: "d", start, end: start + t.length, rules: [], text: t, value };
  });
  const context = createContext(text, { dateOrder: "auto", ...(language ? { language } : {}) });
  const found = extract(context, [...sentenceExtractors, ...fineExtractors] as Extractor[]);
  return resolvePenalties(context, {
    sentences: found.filter((c) => c.type === "sentence"),
    fines: found.filter((c) => c.type === "fine"),
    people,
    dates: dateRecords,
    letterDate,
  });
}

export const sentences = (r: ReturnType<typeof run>): string[] => r.sentences.map((s) => `${s.person}|${s.days}|${s.kind ?? "-"}|${s.date ?? "-"}`);
export const fines = (r: ReturnType<typeof run>): string[] => r.fines.map((f) => `${f.person}|${f.amount}|${f.currency ?? f.unit}|${f.date ?? "-"}`);

