/**
 * The year a penalty's sentence states (resolve/penalties-dates.ts): a ruling of another year lends it no date.
 */

/** A year stated with `in` (`In 2015 X was handed …`, `condenado en 2019`): no date of another year is borrowed. */
// Note: so does a year naming the ruling (`Bhattarai's 2024 conviction …, for which he paid a fine of Rs 3,000`).
const STATED_YEAR = /\b(?:[IiEe]n\s+((?:19|20)\d{2})\b|((?:19|20)\d{2})\s+(?:convictions?|sentences?|verdicts?|rulings?|judge?ments?|trials?|cases?)\b)/gu;
/** A word opening a subordinate clause or an aside (`who had volunteered there since it opened in 2017`, `qui`, `quien`). */
const SUBORDINATE = /(?<!\p{L})(?:who|whom|whose|which|where|when|since|after|before|while|until|qui|dont|où|depuis|lorsque|quien(?:es)?|cuy[oa]s?|donde|desde|cuando)(?!\p{L})/iu;

/**
 * The year a penalty's sentence states with `in` (`In 2015 X was handed …`, `condenado en 2019`), not one
 * inside a subordinate clause or aside that does not hold the term (`A and B, who had volunteered at the centre
 * since it opened in 2017, were both sentenced to …`): that year dates something else.
 */
export function statedYear(sentence: string, term: number): string | undefined {
  for (const m of sentence.matchAll(STATED_YEAR)) {
    const opens = Math.max(...[",", ";", "(", "—", "–"].map((p) => sentence.lastIndexOf(p, m.index)));
    const closes = Math.min(...[",", ";", ")", "—", "–"].map((p) => sentence.indexOf(p, m.index)).map((i) => (i < 0 ? sentence.length : i)));
    const clause = sentence.slice(opens + 1, m.index);
    if (SUBORDINATE.test(clause) && (term <= opens || term >= closes)) continue;
    return m[1] ?? m[2];
  }
  return undefined;
}
