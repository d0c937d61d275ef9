/**
 * A news item's writer in its byline: `By Chloe Ng, Harbour Courier` or `By Ama Owusu` on a line
 * of its own. The line says a person wrote it, so a name no dictionary knows (`Ng`) still counts.
 */
import type { PersonCandidate } from "../../records.js";
import { isCommonWord } from "../nlp.js";
import type { Extractor } from "../types.js";
import { nameChunks, personCandidate, plausibleName } from "./names.js";

/** `By`, a name of two to four words, then the line's end or a comma and what follows it on the line. */
const BYLINE = /(?:^|\n)By[ \u00a0]+(\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|dos|del|bin|binti)){1,3})[ \t]*(?:,[^\n]{0,60})?(?=\n|$)/gu;

export const bylineRule: Extractor<PersonCandidate> = {
  id: "people/byline",
  type: "person",
  extract(context) {
    const { text } = context;
    return [...text.matchAll(BYLINE)].flatMap((match) => {
      const name = match[1] ?? "";
      const start = match.index + match[0].indexOf(name, match[0].indexOf("By") + 2);
      const chunk = nameChunks(text, { start, end: start + name.length })[0];
      // Note: words the dictionary all knows are no writer (`By Registered Mail`, `By Email and Post`).
      if (!chunk || chunk.title.length > 0 || chunk.prefix.length > 0 || chunk.name.every((token) => isCommonWord(token.text.toLowerCase())) || !plausibleName(text, chunk)) return [];
      return [personCandidate(text, chunk)];
    });
  },
};
