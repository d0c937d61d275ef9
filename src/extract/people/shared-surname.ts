/**
 * Two people named with one surname after both given names: `Ilya and Matvei Zorin (brothers)`,
 * `Sarah and Tom Okafor`. The first given name, alone before `and`, takes the surname that closes
 * the second name (GUIDELINES: one record per person; the name is not verbatim, its mention is).
 */
import type { PersonCandidate } from "../../records.js";
import { isCommonWord, isGivenName, isPlaceName } from "../nlp.js";
import type { Extractor, Unstamped } from "../types.js";
import { PARTICLES, STREET_WORDS } from "./lexicon.js";

// Note: one pass over the text; the lookbehind keeps a given name that closes a longer name out (`Anna Maria and …`).
const SHARED = /(?<![\p{L}\p{M}'’-])(?<!\p{Lu}\p{L}*[ \u00a0])(\p{Lu}\p{Ll}+)[ \u00a0]+and[ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]+(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}]|[ \u00a0]\p{Lu})/gu;

const KIN_AFTER = /^(?:[ \u00a0]*[(,])?[ \u00a0]*(?:brothers|sisters|siblings|twins|cousins|spouses|a couple|husband and wife|both)\b/u;

export const sharedSurnameRule: Extractor<PersonCandidate> = {
  id: "people/shared-surname",
  type: "person",
  extract(context) {
    const { text } = context;
    return [...text.matchAll(SHARED)].flatMap((match): Unstamped<PersonCandidate>[] => {
      const [, first = "", second = "", surname = ""] = match;
      if (isGivenName(surname) || isCommonWord(surname.toLowerCase()) || STREET_WORDS.has(surname.toLowerCase()) || isPlaceName(surname) || isCommonWord(first.toLowerCase()) || isCommonWord(second.toLowerCase()) || isPlaceName(first)) return [];
      // Note: given names the dictionary does not know need the words after to say the two are kin
      // or a pair (`Ilya and Matvei Zorin (brothers)`, `…, both teachers`); else `Reuters and John Smith`.
      const end = match.index + match[0].length;
      // Note: a name's particle before or after the words makes them parts of longer names (`… bin Hassan and Nur Iman binti Omar`).
      const before = /(\p{Ll}+)[ \u00a0]$/u.exec(text.slice(Math.max(0, match.index - 8), match.index))?.[1];
      const after = /^[ \u00a0](\p{Ll}+)/u.exec(text.slice(end, end + 8))?.[1];
      if ((before && PARTICLES.has(before)) || (after && PARTICLES.has(after))) return [];
      if (!(isGivenName(first) && isGivenName(second)) && !KIN_AFTER.test(text.slice(end, end + 24))) return [];
      const start = match.index;
      return [{ type: "person", start, end: start + first.length, text: first, name: `${first} ${surname}`, roles: [], organisation: null }];
    });
  },
};
