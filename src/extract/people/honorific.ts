/**
 * `Mr Marc Leemans`, `Mr. Bialiatski`, `Ambassador Aleksandr MIKHNEVICH`: a name after a form of
 * address; and surnames listed after a plural one (`Judges Petrova and Sidorenko`).
 */
import type { PersonCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { START_HONORIFICS, HONORIFICS, TITLE_HONORIFICS } from "./lexicon.js";
import { personCandidate, plausibleName, titleRole, type NameChunk } from "./names.js";
import { located } from "./scan.js";
import { tokenize } from "./tokens.js";
import { isInitialHonorific } from "../../language/honorifics.js";
import { vocabularyOf } from "../../language/vocabulary.js";

/** A plural form of address or title (`Judges`, `Ministers`): the names after it are a list. */
// Note: not a singular form of address ending in `s` (`Mrs` is no plural of `Mr`).
const plural = (word: string): string | null => {
  const one = word.replace(/s$/u, "");
  return one !== word && !HONORIFICS.has(word) && (TITLE_HONORIFICS.has(one) || HONORIFICS.has(one)) ? one : null;
};

/** `, Sidorenko` / `and Sidorenko` after a plural title's first name: the list's further surnames. */
const MORE = /^(?:,[ \u00a0]+\p{Lu}\p{Ll}[\p{L}'’-]*)*,?[ \u00a0]+and[ \u00a0]+\p{Lu}\p{Ll}[\p{L}'’-]*(?![ \u00a0]+\p{Lu})/u;

/** The one-word names listed after a plural title's first name, each with the title's singular as role. */
function listed(text: string, chunk: NameChunk, role: string | null): Unstamped<PersonCandidate>[] {
  const end = (chunk.name.at(-1) as { end: number }).end;
  const more = MORE.exec(text.slice(end, end + 120));
  if (!more) return [];
  return tokenize(text, end, end + more[0].length)
    .filter((token) => token.text !== "and")
    .map((token) => personCandidate(text, { tokens: [token], prefix: [], title: [], name: [token] }, role ? [role] : []));
}

export const honorificRule: Extractor<PersonCandidate> = {
  id: "people/honorific",
  type: "person",
  extract(context) {
    return located(context).flatMap(({ chunk }) => {
      const title = chunk.title.at(-1)?.text ?? "";
      const address = title.toLowerCase();
      const initial = isInitialHonorific(title, vocabularyOf(context.language));
      // Note: `Judges Petrova and Sidorenko`: one surname each, the title's singular their role.
      const one = plural(address);
      // Note: a plural form of address (`Messrs`, `MM.`) is no post: the names take none.
      if (one && chunk.title.length === 1 && chunk.name.length === 1 && plausibleName(context.text, chunk, 1)) {
        const role = TITLE_HONORIFICS.has(one) ? title.slice(0, one.length) : null;
        return [personCandidate(context.text, chunk, role ? [role] : []), ...listed(context.text, chunk, role)];
      }
      // Note: `Av` reaches a title only as the Turkish lawyer's form of address (names.ts).
      if (!HONORIFICS.has(address) && !TITLE_HONORIFICS.has(address) && !START_HONORIFICS.has(address) && !initial && title !== "Av") return [];
      if (!plausibleName(context.text, chunk, 1)) return [];
      const role = titleRole(context.text, initial ? { ...chunk, title: chunk.title.slice(0, -1) } : chunk);
      return [personCandidate(context.text, chunk, role ? [role] : [])];
    });
  },
};
