/** A French or Spanish post written head first, whose `de` tail names a body or field, not a person. */
import { headFirstVocabulary } from "../../language/roles.js";
import { PARTICLES } from "./lexicon.js";
import type { Token } from "./tokens.js";

/** French and Spanish `of` and its contractions (`de`, `del`, `du`, `des`), as a name particle may also be. */
const ROMANCE_OF = new Set(["de", "del", "du", "des"]);

/**
 * True when a French or Spanish role head is followed by `de`/`del` and two words or more
 * (`Presidente del Organismo Judicial`, `Secretaria de Relaciones Internacionales`): the words
 * name the post's body or field, as those languages write a post head first; the person's name
 * comes before or after the whole post, never inside it. One word after `de` may be a surname
 * (`le président de Gaulle`).
 */
export function postOfBody(title: readonly Token[], name: readonly Token[]): boolean {
  const head = title.at(-1);
  if (!head || !ROMANCE_OF.has(name[0]?.text ?? "") || !headFirstVocabulary(head.text)) return false;
  return name.slice(1).filter((token) => !PARTICLES.has(token.text)).length >= 2;
}
