/**
 * The cases sheet: one row per penalty of a document, the person's roles and organisation
 * joined in from their person record, sentences then fines each in offset order.
 */
import type { Case, DocumentResult, Person } from "../records.js";

/** The cases of one document, derived from its records. */
export function casesOf(result: DocumentResult): Case[] {
  const people = new Map<string, Person>(result.people.map((p) => [p.id, p]));
  const who = (personId: string | null) => {
    const person = personId === null ? undefined : people.get(personId);
    return { roles: person?.roles ?? [], organisation: person?.organisation ?? null };
  };
  const where = (r: { id: string; start: number; end: number; rules: string[] }) => ({ record: r.id, start: r.start, end: r.end, rules: r.rules });
  const letter_date = result.document.letter_date;
  const sentences: Case[] = result.sentences.map((s) => ({
    person: s.person,
    ...who(s.person_id),
    penalty: "sentence",
    kind: s.kind,
    duration: s.duration,
    days: s.days,
    amount: null,
    currency: null,
    unit: null,
    date: s.date,
    letter_date,
    text: s.text,
    person_id: s.person_id,
    person_key: s.person_key ?? null,
    ...where(s),
  }));
  const fines: Case[] = result.fines.map((f) => ({
    person: f.person,
    ...who(f.person_id),
    penalty: "fine",
    kind: null,
    duration: null,
    days: null,
    amount: f.amount,
    currency: f.currency,
    unit: f.unit,
    date: f.date,
    letter_date,
    text: f.text,
    person_id: f.person_id,
    person_key: f.person_key ?? null,
    ...where(f),
  }));
  return [...sentences, ...fines];
}
