/**
 * The cases sheet: one row per penalty of a document, the person's roles and organisation
 * joined in from their person record, sentences then fines each in offset order.
 */
import type { Case, DocumentResult, Fine, Person, Sentence } from "../records.js";

/** The cases of one document, derived from its records. */
export function casesOf(result: DocumentResult): Case[] {
  const people = new Map<string, Person>(result.people.map((p) => [p.id, p]));
  // Note: what a sentence and a fine share: who, when, the words, and where they come from.
  const common = (r: Sentence | Fine) => {
    const person = r.person_id === null ? undefined : people.get(r.person_id);
    return {
      person: r.person,
      roles: person?.roles ?? [],
      organisation: person?.organisation ?? null,
      date: r.date,
      letter_date: result.document.letter_date,
      text: r.text,
      person_id: r.person_id,
      person_key: r.person_key ?? null,
      record: r.id,
      start: r.start,
      end: r.end,
      rules: r.rules,
    };
  };
  const none = { amount: null, currency: null, unit: null };
  const sentences = result.sentences.map((s): Case => ({ ...common(s), penalty: "sentence", kind: s.kind, duration: s.duration, days: s.days, ...none }));
  const fines = result.fines.map(
    (f): Case => ({ ...common(f), penalty: "fine", kind: null, duration: null, days: null, amount: f.amount, currency: f.currency, unit: f.unit }),
  );
  return [...sentences, ...fines];
}
