/**
 * Letterhead and signature blocks: a line that is only a name, followed by lines giving a
 * title or a body (`Bob Crow / General Secretary`, `Mr Olivier Valentin / ACLVB-CGSLB /
 * National Secretary`), or preceded by a closing (`Yours sincerely,`).
 */
import type { PersonCandidate, Span } from "../../records.js";
import { ORG_HEADS } from "../organisations/lexicon.js";
import type { Extractor } from "../types.js";
import { CLOSINGS } from "./lexicon.js";
import { nameChunks, personCandidate, plausibleName, type NameChunk } from "./names.js";
import { isRoleWord } from "./roles.js";
import { isAcronymShaped, tokenize } from "./tokens.js";

/** The line's text without Markdown emphasis and trailing spaces. */
function plain(text: string, line: Span): string {
  return text.slice(line.start, line.end).replace(/[*_#>]+/gu, "").trim();
}

/** The chunk when the whole line is one name, else null. */
function nameLine(text: string, line: Span): NameChunk | null {
  // Note: two chunks already rule the line out, so a paragraph is not read to its end.
  const chunks = nameChunks(text, line, 2);
  const chunk = chunks[0];
  if (chunks.length !== 1 || !chunk || chunk.tokens.length !== tokenize(text, line.start, line.end).length) return null;
  // Note: `Campaigns Officer` under a name is a title line, not another name.
  if (isRoleWord(chunk.name.at(-1)?.text ?? "")) return null;
  return plausibleName(text, chunk) ? chunk : null;
}

/** What a line below a name says: a role (`General Secretary`) and/or a body (`ITUC`). */
export function describe(line: string): { role: string | null; organisation: string | null } {
  const parts = line.replace(/^[^:]{1,30}:\s*/u, "").split(/\s*,\s*/u).filter(Boolean);
  let role: string | null = null;
  let organisation: string | null = null;
  for (const part of parts) {
    const words = part.split(/\s+/u);
    if (words.length === 1 && isAcronymShaped(part)) organisation ??= part;
    else if (words.some((word) => ORG_HEADS.has(word.toLowerCase()))) organisation ??= part;
    else if (words.length <= 6 && isRoleWord(words.at(-1) ?? "")) role ??= part;
  }
  return { role, organisation };
}

export const letterheadRule: Extractor<PersonCandidate> = {
  id: "people/letterhead",
  type: "person",
  extract(context) {
    const { text, lines } = context;
    return lines.flatMap((line, index) => {
      const chunk = nameLine(text, line);
      if (!chunk) return [];
      const closing = index > 0 && CLOSINGS.test(plain(text, lines[index - 1] as Span));
      let role: string | null = null;
      let organisation: string | null = null;
      for (const next of lines.slice(index + 1, index + 4)) {
        if (nameLine(text, next)) break;
        const found = describe(plain(text, next));
        if (!found.role && !found.organisation) break;
        role ??= found.role;
        organisation ??= found.organisation;
      }
      if (!closing && !role && !organisation) return [];
      return [personCandidate(text, chunk, role ? [role] : [], organisation)];
    });
  },
};
