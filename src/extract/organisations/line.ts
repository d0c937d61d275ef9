/**
 * A body named alone on a line of an address block or letterhead: `Secretaría de Estado en el
 * Despacho de Trabajo y Seguridad Social` under the minister's name and post. There the line's
 * ends bound the name, so lower-case joining words of any language (`en el`, `y`, `of the`,
 * `pour les`) stay inside it, where the capitalised-chunk rules stop at a word they do not join.
 */
import type { OrganisationCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { DOCUMENT_HEADS, ORG_HEADS } from "./lexicon.js";

/** Lower-case words that join the capitalised words of a body's name, in the languages letters are written in. */
const JOINING = new Set([
  "of", "for", "and", "the", "on", "to", "in", "at", "against",
  "de", "del", "la", "las", "los", "el", "en", "y", "e", "para", "por", "sobre", "contra",
  "des", "du", "le", "les", "et", "pour", "sur", "à", "au", "aux", "contre",
  "da", "do", "dos", "das", "und", "für", "der", "die",
]);

/** A word of a line: capitalised (an acronym, a hyphened or elided name: `Ibn-Khaldoun`, `d'Akbou`) or a joining word. */
const CAPITALISED = /^(?:[dl][’'])?\p{Lu}[\p{L}\p{M}\p{N}'’.-]*$/u;
const LINE = /^[ \t]*(\p{Lu}[^\n]{8,110}?)[ \t]*$/gmu;
/** A short line of a block (a name, a post, a place), not a paragraph's. */
const SHORT = /^[^\n]{2,70}$/u;

/** True when every word is capitalised or a joining word, the first a head and the last capitalised. */
function nameLine(words: readonly string[]): boolean {
  if (words.length < 4 || words.length > 14) return false;
  const first = (words[0] as string).toLowerCase();
  // Note: a head with its accents (`Secrétariat`) is the head without them.
  const bare = first.normalize("NFD").replace(/\p{M}/gu, "");
  if (!(ORG_HEADS.has(first) || ORG_HEADS.has(bare)) || DOCUMENT_HEADS.has(first) || !CAPITALISED.test(words.at(-1) as string)) return false;
  // Note: a joining word the chunks do not join must be there, or the capitalised-chunk rules read the line already.
  if (!words.some((w) => /^(?:en|el|sobre|sur|à|au|aux|e|da|do|dos|das|für|der|die)$/u.test(w) || /^[dl][’']\p{Lu}/u.test(w))) return false;
  return words.every((w) => CAPITALISED.test(w) || JOINING.has(w)) && !words.some((w, i) => i > 0 && DOCUMENT_HEADS.has(w.toLowerCase()));
}

export const lineRule: Extractor<OrganisationCandidate> = {
  id: "organisations/line",
  type: "organisation",
  extract(context) {
    const { text } = context;
    return [...text.matchAll(LINE)].flatMap((match): Unstamped<OrganisationCandidate>[] => {
      const line = match[1] as string;
      if (/[.:;,!?]$/u.test(line)) return [];
      const words = line.split(/[ \t\u00a0]+/u);
      if (!nameLine(words)) return [];
      const start = match.index + match[0].indexOf(line);
      const end = start + line.length;
      // Note: only inside a block of short lines (an address under a name and a post), not a heading between paragraphs.
      const before = /([^\n]*)\n$/u.exec(text.slice(Math.max(0, start - 80), start))?.[1] ?? "";
      const after = /^\n([^\n]*)/u.exec(text.slice(end, end + 80))?.[1] ?? "";
      if (!SHORT.test(before.trim()) && !SHORT.test(after.trim())) return [];
      return [{ type: "organisation", start, end, text: line, name: line, acronym: null }];
    });
  },
};
