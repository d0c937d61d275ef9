/**
 * Rule `people/marked-item`: the name opening a marked line of a penalty list (`1. Hoang Van
 * Thach – former worker representative – 6 years' imprisonment (sentenced 12 March 2023)`, under
 * `Annex – labour activists imprisoned …`). The list says whose penalty each line gives, so a name
 * of any culture counts, family name first or not, though no dictionary knows its words; the
 * line's next part is the person's post. Only a
 * line on which `sentences/marked-item` reads a penalty; a name the dictionary knows word for word
 * (`Golden Lotus`) or that is no plausible name is none.
 */
import type { PersonCandidate } from "../../records.js";
import { markedLines } from "../sentences/marked-item.js";
import { isCommonWord } from "../nlp.js";
import type { Extractor } from "../types.js";
import { nameChunks, personCandidate, plausibleName } from "./names.js";
import { phraseAt } from "./roles.js";

/** What sets a line's name apart from the post after it. */
const POST_AFTER = /^\s*(?:[–—,:;]|\s-)\s*/u;

/** Where the post's part of a line ends: the next part's separator. */
const NEXT_PART = /[–—;(]|\s-\s/u;
/** A post, then a capitalised body set off by a comma, with no digit (no term, no date). */
const POST_BODY = /^[^,\d]+,\s+(\p{Lu}\D*)$/u;

/** The body named after the post in the line's post part (`…, Tan Phu Shoes Co., Ltd.`), or null. */
function bodyAfterPost(rest: string): string | null {
  const cut = rest.search(NEXT_PART);
  const part = (cut >= 0 ? rest.slice(0, cut) : rest).trim();
  // Note: a final full stop is the organisation stage's too (`Co., Ltd.` → `Co., Ltd`), so that the two meet.
  return POST_BODY.exec(part)?.[1]?.replace(/\.$/u, "") ?? null;
}

export const markedItemPersonRule: Extractor<PersonCandidate> = {
  id: "people/marked-item",
  type: "person",
  extract(context) {
    const { text } = context;
    return markedLines(context).flatMap((line) => {
      if (line.penalties.length === 0) return [];
      const chunks = nameChunks(text, line.name);
      const chunk = chunks[0];
      if (chunks.length !== 1 || !chunk || chunk.prefix.length > 0 || chunk.name.length < 2) return [];
      if (chunk.name.every((token) => isCommonWord(token.text.toLowerCase())) || !plausibleName(text, chunk)) return [];
      // Note: the line's next part, after a dash, comma or colon, is the person's post (`– former worker
      // representative, Tan Phu Shoes Co., Ltd. –`, `– motorbike taxi driver and blogger –`).
      const separator = POST_AFTER.exec(text.slice(line.name.end, line.line.end));
      const post = separator ? phraseAt(text, line.name.end + separator[0].length, line.line.end) : null;
      const roles = post?.role ? [post.role, ...post.also] : [];
      const organisation = post?.organisation ?? (separator && roles.length > 0 ? bodyAfterPost(text.slice(line.name.end + separator[0].length, line.line.end)) : null);
      return [personCandidate(text, chunk, roles, organisation)];
    });
  },
};
