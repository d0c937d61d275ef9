/**
 * Coordinated names: `Ali Nejati, Feridoun Nikoufard, Ghorban Alipour, Jalil Ahmadi each
 * received`, `Activists Sar Kanika and Ton Nimol`. When one member of the list shows a person (a
 * known given name, a title or role before the list, an age after it), every member is one.
 */
import type { PersonCandidate } from "../../records.js";
import { isNameWord } from "../nlp.js";
import type { Extractor } from "../types.js";
import { allVocabularies } from "../../language/vocabulary.js";
import { sentenceChunks } from "./scan.js";
import { personCandidate, plausibleName, titleRole, type NameChunk } from "./names.js";
import { shaped } from "./name-shape.js";
import { keptRole, roleBefore } from "./roles.js";

// Note: a member may carry an age or a bracketed note (`Hopewell Gumbo (former president of the
// students' union), Welcome Zimuto`).
// Note: `and` in French and Spanish too (`MM. Lamine Coly et Ibrahima Sow`), from the vocabularies.
const AND = ["and", ...allVocabularies().map((v) => v.and)].join("|");
const SEPARATOR = new RegExp(String.raw`^(?:,\s*\d{1,3})?(?:\s*\([^()
]{1,150}\))?(?:,\s+|,?\s+(?:${AND})\s+|\s+&\s+)$`, "u");

function groups(text: string, chunks: NameChunk[]): NameChunk[][] {
  const out: NameChunk[][] = [];
  let current: NameChunk[] = [];
  for (const chunk of chunks) {
    const previous = current.at(-1);
    const gap = previous ? text.slice(previous.name.at(-1)?.end, chunk.tokens[0]?.start) : "";
    if (previous && SEPARATOR.test(gap) && chunk.title.length === 0) current.push(chunk);
    else {
      if (current.length > 1) out.push(current);
      current = [chunk];
    }
  }
  if (current.length > 1) out.push(current);
  return out;
}

/** French and Spanish forms of address (`MM.`, `Sres.`, `Lcda.`), lower case without the dot. */
const ADDRESS = new Set(allVocabularies().flatMap((v) => [...v.honorifics, ...v.initialHonorifics.map((h) => h.toLowerCase())]));

/** True when a form of address stands right before the list's first name (`MM. Lamine Coly et Ibrahima Sow`). */
function addressed(text: string, head: NameChunk): boolean {
  const start = head.tokens[0]?.start ?? 0;
  const word = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 14), start))?.[1];
  return word !== undefined && /^\p{Lu}/u.test(word) && ADDRESS.has(word.toLowerCase());
}

export const listRule: Extractor<PersonCandidate> = {
  id: "people/list",
  type: "person",
  extract(context) {
    const { text } = context;
    return sentenceChunks(context).flatMap(({ sentence, chunks: all }) => {
      // Note: a place before a list (`In Beijing, Wang Quanzhang and Li Heping`) is not a member.
      const chunks = all.filter((chunk) => plausibleName(text, chunk));
      return groups(text, chunks).flatMap((group) => {
        const head = group[0] as NameChunk;
        const before = roleBefore(text, sentence.start, head.tokens[0]?.start ?? 0);
        const title = titleRole(text, head);
        // Note: two members that are names by their shape alone show a list of people too.
        const known = group.some((chunk) => isNameWord(chunk.name[0]?.text ?? "")) || group.filter((chunk) => shaped(text, chunk)).length >= 2;
        if (!known && !before.evidence && !title && !addressed(text, head)) return [];
        const role = before.role ?? (title ? keptRole(title) : null);
        return group.map((chunk) => personCandidate(text, chunk, role ? [role] : [], before.organisation));
      });
    });
  },
};
