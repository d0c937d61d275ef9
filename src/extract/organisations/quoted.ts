/**
 * Bodies named in quotation marks next to a common noun saying what they are: `the “Free Voice”
 * movement`, `the “Aamak” Telegram channel`, `the movement “Free Voice”`. The name is the quoted
 * words; the phrase with its noun is an alias. Quoted words must read as a name (capitalised,
 * at most five words), so a quoted remark or title is left alone.
 */
import type { OrganisationCandidate } from "../../records.js";
import { isCommonWord } from "../nlp.js";
import { isForeignLink } from "./chunks.js";
import type { Extractor, Unstamped } from "../types.js";
import { CONNECTORS } from "./lexicon.js";
import { MEDIA_NOUN } from "./media.js";

const NOUN = `movement|campaign|group|network|coalition|initiative|union|association|society|collective|party|foundation|club|${MEDIA_NOUN}|channel|telegram channel|youtube channel|page`;
// Note: up to two capitalised words may stand between the quote and the noun (`“Aamak” Telegram Channel`).
const AFTER = new RegExp(`^\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(?:${NOUN})\\b`, "iu");
const BEFORE = new RegExp(`\\b(?:${NOUN})\\s+$`, "u");
const QUOTED = /[“"«‘]([^“”"«»‘’\n]{2,60})[”"»’]/gu;

/** True when the quoted words read as a name: one to five words, capitalised but for connectors and another language's links (`“Adolat va Huquq”`), not one common word. */
function nameLike(words: string[]): boolean {
  if (words.length === 0 || words.length > 5 || !/^\p{Lu}/u.test(words[0] ?? "")) return false;
  if (words.length === 1 && isCommonWord(words[0] ?? "")) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || CONNECTORS.has(w) || (i > 0 && i < words.length - 1 && isForeignLink(w)));
}



export const quotedRule: Extractor<OrganisationCandidate> = {
  id: "organisations/quoted",
  type: "organisation",
  extract(context) {
    const { text } = context;
    return [...text.matchAll(QUOTED)].flatMap((match): Unstamped<OrganisationCandidate>[] => {
      const inner = match[1] ?? "";
      const name = inner.trim();
      if (!nameLike(name.split(/\s+/u))) return [];
      const open = match.index;
      const close = open + match[0].length;
      const after = AFTER.exec(text.slice(close, close + 60));
      const before = BEFORE.test(text.slice(Math.max(0, open - 30), open));
      if (!after && !before) return [];
      // Note: a noun with its own `of`/`for` tail after the quote makes one name of them all (named.ts: `the “Unity” Union of Metal Workers`).
      if (after && /^[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}/u.test(text.slice(close + after[0].length, close + after[0].length + 12))) return [];
      const start = after ? open : open + 1 + inner.indexOf(name);
      const end = after ? close + after[0].length : start + name.length;
      return [{ type: "organisation", start, end, text: text.slice(start, end), name, acronym: null }];
    });
  },
};
