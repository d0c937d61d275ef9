/**
 * The scorers of each record type (see docs/evaluation.md): people by name or alias,
 * organisations by name, acronym or alias, dates by value, sentences by person and days,
 * fines by person and amount. Secondary fields only break ties between candidate pairs.
 */
import type { Scorer } from "./match.js";
import { intersects, normaliseName, organisationKey, organisationKeys, personKey, personKeys } from "./normalise.js";
import type {
  ActualDate,
  ActualFine,
  ActualOrganisation,
  ActualPerson,
  ActualSentence,
  ExpectedDate,
  ExpectedFine,
  ExpectedOrganisation,
  ExpectedPerson,
  ExpectedSentence,
} from "./types.js";

/** Same name: 3; one's name among the other's aliases: 2; a shared alias: 1. */
export const scorePerson: Scorer<ExpectedPerson, ActualPerson> = (e, a) => {
  const en = personKey(e.name);
  const an = personKey(a.name);
  if (en === an) return 3;
  const ek = personKeys(e);
  const ak = personKeys(a);
  if (ek.has(an) || ak.has(en)) return 2;
  return intersects(ek, ak) ? 1 : 0;
};

/** An optional person (a bare name) matches a prediction with that name or alias. */
export const scoreOptionalPerson: Scorer<string, ActualPerson> = (o, a) => (personKeys(a).has(personKey(o)) ? 1 : 0);

/** Same name: 3; same acronym, or a name among the other's forms: 2; a shared alias: 1. */
export const scoreOrganisation: Scorer<ExpectedOrganisation, ActualOrganisation> = (e, a) => {
  const en = organisationKey(e.name);
  const an = organisationKey(a.name);
  if (en === an) return 3;
  const ek = organisationKeys(e);
  const ak = organisationKeys(a);
  const sameAcronym = e.acronym !== null && a.acronym !== null && organisationKey(e.acronym) === organisationKey(a.acronym);
  if (sameAcronym || ek.has(an) || ak.has(en)) return 2;
  return intersects(ek, ak) ? 1 : 0;
};

/** An optional organisation (a bare name) matches a prediction with that name, acronym or alias. */
export const scoreOptionalOrganisation: Scorer<string, ActualOrganisation> = (o, a) =>
  organisationKeys(a).has(organisationKey(o)) ? 1 : 0;

const sameText = (a: string, b: string): boolean => a !== "" && normaliseName(a) === normaliseName(b);

/** Same value (the text only breaks ties). */
export const scoreDate: Scorer<ExpectedDate, ActualDate> = (e, a) =>
  e.value === a.value ? 2 + (sameText(e.text, a.text) ? 1 : 0) : 0;

/**
 * An optional date matches the same value; a year-less one (`--MM-DD`, `--MM`) also
 * matches a prediction that gave it a year (`YYYY-MM-DD`).
 */
export const scoreOptionalDate: Scorer<ExpectedDate, ActualDate> = (o, a) => {
  if (o.value === a.value) return 1;
  return o.value.startsWith("--") && /^\d{4}-/.test(a.value) && a.value.slice(4) === o.value.slice(1) ? 1 : 0;
};

/** Decides whether an actual record's person is an expected record's person. */
export type SamePerson = (expected: string | null, actual: { person: string | null; person_id: string | null }) => boolean;

/** An ISO 8601 term as its months and its days (`P1Y6M` → 18 months, `P2W3D` → 17 days), or null. */
function monthsAndDays(duration: string | null): string | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/u.exec(duration ?? "");
  if (!m || duration === "P") return null;
  const n = (i: number): number => Number(m[i] ?? 0);
  return `${n(1) * 12 + n(2)}M${n(3) * 7 + n(4)}D`;
}

/**
 * The same term: the same days, or durations that name the same months and days however they are
 * grouped (`eighteen months` written P18M, 540 days, or P1Y6M, 545 days; P12M and P1Y). The
 * guidelines' 365/30 day counts make such pairs differ by a few days, not the term an analyst reads.
 */
function sameTerm(e: ExpectedSentence, a: ActualSentence): boolean {
  if (e.days === a.days) return true;
  const em = monthsAndDays(e.duration);
  return em !== null && em === monthsAndDays(a.duration);
}

/** Same person and term; kind, date and text break ties. */
export function sentenceScorer(samePerson: SamePerson): Scorer<ExpectedSentence, ActualSentence> {
  return (e, a) => {
    if (!sameTerm(e, a) || !samePerson(e.person, a)) return 0;
    return 4 + (e.kind === a.kind ? 1 : 0) + (e.date === a.date ? 1 : 0) + (sameText(e.text, a.text) ? 1 : 0);
  };
}

const sameAmount = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/**
 * Same person and amount, and the same ISO 4217 code where both state one (a fine in the
 * wrong currency is a wrong fine); unit, date and text break ties.
 */
export function fineScorer(samePerson: SamePerson): Scorer<ExpectedFine, ActualFine> {
  return (e, a) => {
    if (!sameAmount(e.amount, a.amount) || !samePerson(e.person, a)) return 0;
    if (e.currency !== null && a.currency !== null && e.currency !== a.currency) return 0;
    const sameMeasure = e.currency === a.currency && e.unit === a.unit;
    return 4 + (sameMeasure ? 1 : 0) + (e.date === a.date ? 1 : 0) + (sameText(e.text, a.text) ? 1 : 0);
  };
}
