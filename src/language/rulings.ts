/**
 * The words that tell a court's ruling, by part of speech and language, as regular-expression
 * alternatives: the ruling-date patterns (resolve/penalties-dates*.ts) are built from this one table
 * rather than each keeping its own list. A word added here reaches every pattern of its kind.
 */

/** One part of speech in English, French and Spanish. */
interface ByLanguage {
  readonly en: string;
  readonly fr: string;
  readonly es: string;
}

/** What a court delivers (`the verdict`, `les jugements`, `la sentencia`). */
export const RULING_NOUNS: ByLanguage = {
  en: String.raw`verdicts?|rulings?|judge?ments?|convictions?|sentences|sentencing|decisions?`,
  fr: String.raw`jugements?|décisions?|verdicts?|condamnations?`,
  es: String.raw`sentencias?|fallos?|condenas?|veredictos?`,
};

/** How it is delivered, as a participle (`handed down`, `prononcées`, `dictada`). */
export const DELIVERED_PARTICIPLES: ByLanguage = {
  en: String.raw`handed\s+down|delivered|pronounced|announced|issued|passed|read\s+out|rendered`,
  fr: String.raw`prononcée?s?|rendue?s?`,
  es: String.raw`dictad[oa]s?|emitid[oa]s?|pronunciad[oa]s?|proferid[oa]s?`,
};

/** A person's penalty, as a participle (`sentenced`, `condamnées`, `multados`). */
export const PENALTY_PARTICIPLES: ByLanguage = {
  en: String.raw`sentenced|convicted|jailed|fined|imprisoned`,
  fr: String.raw`condamnée?s?`,
  es: String.raw`condenad[oa]s?|sentenciad[oa]s?|multad[oa]s?`,
};

/** A court's ruling verb in a finite past form that `\b` may not close (`condenó`, `multaron`). */
export const RULING_FINITE: ByLanguage = {
  en: String.raw`sentenced|convicted|jailed|fined`,
  fr: String.raw`condamnait`,
  es: String.raw`condenó|condenaron|sentenció|sentenciaron|multó|multaron`,
};

/** A verdict of guilt (`found guilty`, `coupables`, `culpables`). */
export const GUILTY: ByLanguage = { en: "guilty", fr: String.raw`coupables?`, es: String.raw`culpables?` };

/** The alternatives of the given languages of one part of speech, joined (all three by default). */
export const words = (part: ByLanguage, ...languages: (keyof ByLanguage)[]): string =>
  (languages.length > 0 ? languages : (["en", "fr", "es"] as const)).map((l) => part[l]).join("|");
