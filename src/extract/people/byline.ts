/**
 * A news item's writers in its byline: `By Chloe Ng, Harbour Courier`, `By Ama Owusu` on a line
 * of its own, or several joined by `and` (`By Saw Htoo Lwin and Kanya Thongdee`, `By A, B and C`).
 * The line says people wrote it, so a name no dictionary knows (`Ng`) still counts.
 */
import type { PersonCandidate } from "../../records.js";
import { isCommonWord } from "../nlp.js";
import type { Extractor } from "../types.js";
import { nameChunks, personCandidate, plausibleName } from "./names.js";
import { isAddress } from "./address-forms.js";

/** A writer's name: two to four words, particles allowed. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|dos|del|bin|binti)){1,3}`;
/** Between writers: `and`/`&`, with commas before it in a longer list. */
const JOIN = String.raw`,[ \u00a0]+|,?[ \u00a0]+(?:and|&)[ \u00a0]+`;

/**
 * `By`, one name or a list closed by `and` (`By A, B and C`), then the line's end or a comma and
 * what follows it on the line (an outlet: `By Chloe Ng, Harbour Courier` is one writer).
 */
const BYLINE = new RegExp(String.raw`(?:^|\n)By[ \u00a0]+(${NAME}(?:(?:,[ \u00a0]+${NAME})*,?[ \u00a0]+(?:and|&)[ \u00a0]+${NAME})?)[ \t]*(?:,[^\n]{0,60})?(?=\n|$)`, "gu");
const SPLIT = new RegExp(JOIN, "gu");

export const bylineRule: Extractor<PersonCandidate> = {
  id: "people/byline",
  type: "person",
  extract(context) {
    const { text } = context;
    return [...text.matchAll(BYLINE)].flatMap((match) => {
      const names = match[1] ?? "";
      const from = match.index + match[0].indexOf(names, match[0].indexOf("By") + 2);
      const starts = [0, ...[...names.matchAll(SPLIT)].map((m) => m.index + m[0].length)];
      const ends = [...[...names.matchAll(SPLIT)].map((m) => m.index), names.length];
      return starts.flatMap((offset, i) => {
        const start = from + offset;
        const chunk = nameChunks(text, { start, end: from + (ends[i] ?? names.length) })[0];
        // Note: words the dictionary all knows are no writer (`By Registered Mail`, `By Email and Post`).
        // Note: a form of address may open a writer's name (`Ko Min Thein`), a post may not (`By Staff Reporter`).
        if (!chunk || chunk.title.some((token) => !isAddress(token)) || chunk.prefix.length > 0 || chunk.name.every((token) => isCommonWord(token.text.toLowerCase())) || !plausibleName(text, chunk)) return [];
        return [personCandidate(text, chunk)];
      });
    });
  },
};
