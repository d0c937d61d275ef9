/**
 * A person's age is no term: `Jean Dupont, 63 ans, a été …`, `Santos Gutiérrez, de 63 años, …`,
 * `Ana Ruiz (45 años)`, `âgé de 63 ans`, `a la edad de 70 años`. The age is a number of years set in
 * apposition after a name (between commas or in brackets), or after a word that says it is an age.
 */

/** Years an adult's age may count; a term of years outside it is read as usual. */
const ADULT = { from: 14, to: 110 } as const;

/** Before the number: a word saying an age follows (French `âgé de`, Spanish `edad de`, English `aged`). */
const AGE_WORD = /(?<!\p{L})(?:âgé(?:e|s|es)?\s+de|edad\s+de|aged)\s+$/iu;

/** Before the number: a capitalised word (a name's last) and an apposition's comma or bracket (Spanish `, de`). */
const AFTER_NAME = /\p{Lu}[\p{L}’'-]*\s*(?:,|\()\s*(?:de\s+)?$/u;

/** After the years: the apposition closes (a comma or bracket, not one opening a part: `, dont`), or a word says it is an age (`de edad`, `d'âge`). */
const CLOSES = /^\s*(?:[,)](?!\s*(?:dont|de\s+l[oa]s\s+cuales|of\s+which)\b)|de\s+edad\b|d['’]âge\b)/iu;

/** Between an apposed age and the penalty's own term: the clause goes on (`, à cinq ans`, `, recibió cinco años`), naming no one else. */
const CLAUSE_ON = /^[^\p{Lu};:\n]*$/u;

/**
 * Whether a term of `years` between `before` and `after` is a person's age. An apposition after a name
 * is one only when the penalty's own term follows in the same clause, past no other name (`toNext`: the
 * text up to it, null with no term after): a list line's `- M. Paul Roux, 20 ans, dont dix avec sursis`
 * is his term, and so is `M. Luc Petit, 18 ans, et M. Marc Blanc, 12 ans`.
 */
export function isAge(before: string, after: string, years: number, toNext: string | null): boolean {
  if (years < ADULT.from || years > ADULT.to) return false;
  return AGE_WORD.test(before) || (toNext !== null && CLAUSE_ON.test(toNext) && AFTER_NAME.test(before) && CLOSES.test(after));
}
