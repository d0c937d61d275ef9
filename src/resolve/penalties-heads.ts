/**
 * The names a list of terms is shared out to when asides stand between them: `handed A, a
 * reporter for the daily X, and B, who runs the channel Y, three years and 18 months
 * respectively` → A and B. A name inside an aside on the name before it (Y) is no list member,
 * and each member's aside is set off by commas before the list word.
 */
import type { PersonMention } from "./penalties-antecedents.js";

/**
 * From a name to the next inside an aside set off by a comma (`, who worked alongside `, `, an
 * assistant to `); in French and Spanish also a bare noun and its `de` (`, compañero de `, `, collègue de `).
 */
export const ASIDE = /^\s*,\s*(?:(?:who|whom|whose|which|an?|the|his|her|their|its|quien|quienes|cuyo|cuya|qui|dont)\s[^,;.]*|\p{Ll}+\s+(?:de|del|du|des)\s[^,;.]*)$/u;

/**
 * Between two list members: perhaps the first one's bracket (`(India)`, `(44)`) or age (`, 29,`), then its aside (`, a
 * reporter for X,`), then `,`/`and`, perhaps with the next one's form of address (`and Ms. `).
 */
const MEMBER_GLUE =
  /^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*\d{1,3}(?=\s*,))?(?:\s*,\s*(?:who|whom|whose|an?|the|his|her|their|its)\s[^,;.]*[^\s,;.])?(?:\s*,)?\s*(?:and\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/u;

/**
 * The list of names that ends the mentions given (in text order), names inside an aside left
 * out; empty when no two names form such a list.
 */
export function listHeads(text: string, mentions: readonly PersonMention[]): PersonMention[] {
  const heads = mentions.filter((m, i) => {
    const previous = mentions[i - 1];
    return previous === undefined || !ASIDE.test(text.slice(previous.end, m.start));
  });
  let first = heads.length - 1;
  while (first > 0 && MEMBER_GLUE.test(text.slice((heads[first - 1] as PersonMention).end, (heads[first] as PersonMention).start))) first--;
  const list = heads.slice(Math.max(first, 0));
  const seen = new Set<string>();
  return list.length >= 2 ? list.filter((m) => (seen.has(m.person.id) ? false : (seen.add(m.person.id), true))) : [];
}
