/**
 * A counted group whose membership is set off after its noun phrase (issue 17.1, session 13):
 *   `the conviction of five textile workers from the Ruse region, members of the `
 *   `le procès de six ouvrières et ouvriers agricoles de la région de X, membres de la `
 *   `cuatro trabajadores de la finca, afiliados al `
 * The count is the noun phrase's; the apposition says whose members they are. A term (`five
 * years`) is never a group, and the phrase may not cross a sentence end, a colon or a comma.
 */
import { numberPhrase, phraseValue } from "../language/numbers.js";
import type { Vocabulary } from "../language/vocabulary.js";
import { NUMBERS } from "./people-ties-group.js";

/** How far before a body the counted noun phrase and its apposition may start. */
export const APPOSITION_REACH = 170;

/** Units of time and measure: a count of them is a term or a quantity, not people. */
const NOT_PEOPLE = "(?:years|months|weeks|days|hours|times|percent|per|cent|ans|mois|semaines|jours|heures|fois|años|meses|semanas|días|horas|veces)\\b";

export const COUNTED_APPOSITION: readonly [RegExp, string, string] = [
  new RegExp(
    `\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(?:other\\s+|more\\s+|further\\s+)?(?!${NOT_PEOPLE})(?:[\\p{Ll}'’-]+\\s+){0,2}?(?!${NOT_PEOPLE})\\p{Ll}[\\p{Ll}-]*(?:s|men|women|people|staff)\\b[^.;:!?\\n,]{0,70},\\s+(?:all\\s+|both\\s+)?(?:members|activists|officers|officials|leaders|organi[sz]ers)\\s+of\\s+(?:the\\s+)?$`,
    "iu",
  ),
  "a counted noun phrase, then `, members of` the body",
  "the conviction of five textile workers from the Ruse region, members of the ",
];

const languageAppositions = new Map<Vocabulary, RegExp>();

/** The French and Spanish form, the number written in the vocabulary's words or digits. */
function languageApposition(vocabulary: Vocabulary): RegExp {
  let found = languageAppositions.get(vocabulary);
  if (!found) {
    found = new RegExp(
      `(?:^|\\s)(\\d{1,2}|${numberPhrase(vocabulary)})\\s+(?:autres\\s+|otr[oa]s\\s+)?(?!${NOT_PEOPLE})\\p{Ll}[\\p{L}-]*[sx]\\b[^.;:!?\\n,]{0,90},\\s+(?:(?:tous|toutes|todos|todas)\\s+)?(?:membres|adhérent(?:e)?s|miembros|afiliad[oa]s)\\s+(?:du|des|de\\s+la|de\\s+l['’]|del|de\\s+los|de\\s+las|de|d['’]|al|a\\s+la)\\s*$`,
      "iu",
    );
    languageAppositions.set(vocabulary, found);
  }
  return found;
}

/** The group's size when the words before a body are a counted noun phrase and its membership, else null. */
export function appositionCount(before: string, vocabulary: Vocabulary | null): number | null {
  if (vocabulary) {
    const group = languageApposition(vocabulary).exec(before);
    if (!group) return null;
    return /^\d+$/u.test(group[1] ?? "") ? Number(group[1]) : phraseValue(group[1] ?? "", vocabulary);
  }
  const group = COUNTED_APPOSITION[0].exec(before);
  if (!group) return null;
  return NUMBERS[(group[1] ?? "").toLowerCase()] ?? Number(group[1]);
}
