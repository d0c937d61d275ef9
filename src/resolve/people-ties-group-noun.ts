/**
 * A counted group whose body is given by its common noun (issue 17.1, session 13), the body named
 * earlier in the letter: `four members of the union's executive committee`, `two officers of the
 * federation`, `cuatro miembros del comité ejecutivo del sindicato`, `trois dirigeants du syndicat`.
 * The noun refers back to the nearest body named before whose name holds it (people-ties-nouns.ts);
 * the count bounds how many names after it are the group's (people-ties-group.ts).
 */
import type { Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { antecedent } from "./people-ties-nouns.js";
import { LANGUAGE_GROUP_NOUNS, NUMBERS } from "./people-ties-group.js";
import { numberPhrase, phraseValue } from "../language/numbers.js";
import type { Vocabulary } from "../language/vocabulary.js";

const GROUP = "(?:members|officers|officials|leaders|activists|organi[sz]ers|stewards|representatives|delegates)";
const BODY = "(union|federation|confederation|association|syndicate)";
export const NOUN_GROUP: readonly [RegExp, string, string] = [
  new RegExp(
    `\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(?:other\\s+|further\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?${GROUP}\\s+of\\s+(?:the\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:of|in)\\s+)?(?:the|its|their)\\s+(?:[\\p{Ll}-]+\\s+)?${BODY}(?:['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:committee|board|council|executive|leadership))?\\b`,
    "giu",
  ),
  "a counted group of a body's common noun",
  "four members of the union's executive committee",
];
const LANGUAGE_BODY = "(syndicat|fédération|confédération|sindicato|federación|confederación)";

const languageGroups = new Map<Vocabulary, RegExp>();
function languageGroup(vocabulary: Vocabulary): RegExp {
  let found = languageGroups.get(vocabulary);
  if (!found) {
    found = new RegExp(
      `(?<![\\p{L}\\d])(\\d{1,2}|${numberPhrase(vocabulary)})\\s+(?:autres\\s+|otr[oa]s\\s+)?(?:${LANGUAGE_GROUP_NOUNS})(?:\\s+(?:du|de\\s+la|del|de\\s+l['’])\\s*\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}?)?\\s+(?:du|de\\s+la|del|de\\s+l['’])\\s*${LANGUAGE_BODY}(?!\\p{L})`,
      "giu",
    );
    languageGroups.set(vocabulary, found);
  }
  return found;
}

/** The last counted group by a body's noun in `[from, to)`: its body, count and end; undefined when none refers back. */
export function nounGroup(context: TieContext, from: number, to: number, vocabulary: Vocabulary | null): { organisation: Organisation; count: number; after: number } | undefined {
  const window = context.text.slice(from, to);
  const found = [...window.matchAll(vocabulary ? languageGroup(vocabulary) : NOUN_GROUP[0])].pop();
  if (!found) return undefined;
  const noun = (found[2] ?? "").toLowerCase();
  // Note: the pattern reads case-insensitively; a capitalised noun is a body's own name (`of the Union of …`).
  if (/^\p{Lu}/u.test(found[2] ?? "")) return undefined;
  const word = found[1] ?? "";
  const count = /^\d+$/u.test(word) ? Number(word) : vocabulary ? phraseValue(word, vocabulary) : (NUMBERS[word.toLowerCase()] ?? null);
  if (count === null || count < 1) return undefined;
  const at = from + found.index;
  const organisation = antecedent(/^(?:syndicat|sindicato)$/u.test(noun) ? "union" : noun, at, context);
  return organisation ? { organisation, count, after: at + found[0].length } : undefined;
}
