/**
 * A name after a role written head first, in a French or Spanish letter: `le président national
 * Thierry Roux`, `le secrétaire régional de la FGTB Métal Antonio Lenz`, `el gerente de la empresa
 * LIDO, Hernán Pazos` (language/roles.ts reads the role). English roles keep people/title.ts.
 */
import type { PersonCandidate } from "../../records.js";
import { roleBeforeName } from "../../language/roles.js";
import { vocabularyOf } from "../../language/vocabulary.js";
import { isGivenName } from "../nlp.js";
import type { Extractor } from "../types.js";
import { analyseChunk, personCandidate, plausibleName, type NameChunk } from "./names.js";
import { HONORIFICS } from "./lexicon.js";
import { keptRole } from "./roles.js";
import { located } from "./scan.js";
import { isAcronymShaped } from "./tokens.js";

/**
 * A run that opens with the body the role names (`FGTB Métal Antonio Lenz`): the name starts at
 * its first known given name after the body, else it is the last two words.
 */
function afterBody(chunk: NameChunk): { chunk: NameChunk; body: string } | null {
  const { tokens } = chunk;
  if (tokens.length < 3 || !isAcronymShaped(tokens[0]?.text ?? "")) return null;
  let at = tokens.findIndex((token, i) => i > 0 && isGivenName(token.text));
  if (at < 1 || tokens.length - at < 2) at = tokens.length - 2;
  return { chunk: analyseChunk(tokens.slice(at)), body: tokens.slice(0, at).map((token) => token.text).join(" ") };
}

export const languageRoleRule: Extractor<PersonCandidate> = {
  id: "people/language-role",
  type: "person",
  extract(context) {
    const vocabulary = vocabularyOf(context.language);
    if (!vocabulary) return [];
    const { text } = context;
    return located(context).flatMap(({ chunk, sentence }) => {
      // Note: a form of address may stand between the role and the name (`le secrétaire général du X, M. Y`).
      if (chunk.title.length > 0 && !chunk.title.every((t) => HONORIFICS.has(t.text.toLowerCase()) || vocabulary.initialHonorifics.includes(t.text))) return [];
      const found = roleBeforeName(text, sentence.start, chunk.tokens[0]?.start ?? 0, vocabulary);
      if (!found) return [];
      const split = found.bodyInRun ? afterBody(chunk) : null;
      const named = split?.chunk ?? chunk;
      if (!plausibleName(text, named)) return [];
      // Note: a body's `fiscal` (its auditor: `Al fiscal del sindicato, X`) is read as the court's prosecutor by the
      // penalty stage (resolve/penalties-antecedents.ts), which then takes the penalty from its holder: left unstated.
      const role = /^fiscal$/iu.test(found.role) ? null : keptRole(found.role);
      return [personCandidate(text, named, role ? [role] : [], split?.body ?? found.organisation)];
    });
  },
};
