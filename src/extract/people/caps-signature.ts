/**
 * Signature lines written entirely in capitals: `COMRADE TAPIWA GUMBO, SECRETARY GENERAL`, or
 * `GLADYS MAKONI` above `FIRST VICE PRESIDENT`. A shouted line is a person only with a
 * signature's evidence: a closing just above it (`In solidarity,`), or a role after a comma or
 * on the next line. The name is re-cased (`Tapiwa Gumbo`).
 */
import type { PersonCandidate, Span } from "../../records.js";
import { isFunctionWord, isPlaceName } from "../nlp.js";
import { ORG_HEADS } from "../organisations/lexicon.js";
import type { Extractor } from "../types.js";
import { describe } from "./letterhead.js";
import { CLOSINGS, NOT_NAME_WORDS, PARTICLES, TITLE_WORDS } from "./lexicon.js";
import { analyseChunk, personCandidate } from "./names.js";
import { isAllCaps, tokenize } from "./tokens.js";

/** True when a capitalised word can be part of a shouted name: not a function, title, body or place word. */
function nameWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (PARTICLES.has(lower)) return true;
  if (!isAllCaps(word) || NOT_NAME_WORDS.has(lower) || TITLE_WORDS.has(lower) || ORG_HEADS.has(lower)) return false;
  return !isFunctionWord(word) && !isPlaceName(word);
}

const plain = (text: string, line: Span | undefined): string => (line ? text.slice(line.start, line.end).trim() : "");

export const capsSignatureRule: Extractor<PersonCandidate> = {
  id: "people/caps-signature",
  type: "person",
  extract(context) {
    const { text, lines } = context;
    return lines.flatMap((line, index) => {
      const content = plain(text, line);
      // Note: a line with lower-case letters is left to the other rules.
      if (/\p{Ll}/u.test(content) || content.length > 80) return [];
      const comma = content.indexOf(",");
      const head = comma < 0 ? content : content.slice(0, comma);
      const tokens = tokenize(text, line.start, line.start + text.slice(line.start, line.end).indexOf(head) + head.length);
      if (tokens.length === 0 || tokens.length !== head.split(/\s+/u).filter(Boolean).length) return [];
      const chunk = analyseChunk(tokens);
      const words = chunk.name.filter((token) => !PARTICLES.has(token.text.toLowerCase()));
      if (words.length < 2 || words.length > 4 || !chunk.name.every((token) => nameWord(token.text))) return [];
      // Note: only a form of address may precede the name (`COMRADE`, `DR`), not a position.
      if (chunk.prefix.length > 0 || chunk.title.some((token) => TITLE_WORDS.has(token.text.toLowerCase()))) return [];
      // Note: the role's line right below the name (`GLADYS MAKONI` / `FIRST VICE PRESIDENT`); past a blank line it is the
      // body's first line under a heading (`SOLIDARITY MESSAGE` / (blank) / `Dear sisters, brothers and friends,`).
      const below = lines[index + 1];
      const adjacent = below !== undefined && !/\n[ \t]*\n/u.test(text.slice(line.end, below.start));
      const after = comma >= 0 ? describe(content.slice(comma + 1).trim()) : adjacent ? describe(plain(text, below)) : { role: null, organisation: null };
      const closing = index > 0 && CLOSINGS.test(plain(text, lines[index - 1]));
      if (!closing && !after.role) return [];
      return [personCandidate(text, chunk, after.role ? [after.role] : [], after.organisation)];
    });
  },
};
