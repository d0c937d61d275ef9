/**
 * Tables of signatories or detainees: rows under a header with a name column (`Name |
 * Organisation | Country`, `Detainee | Union | Position | Sentence`). Every cell of that column
 * that is a name is a person; an organisation or position column gives the person's body and
 * role. Columns are split at the tab the normaliser leaves between cells (normalise/tables.ts,
 * whitespace.ts); the header words are normalise/table-header.ts's.
 *
 * A cell may hold a role with a qualifier (`President, north quay branch`) or a place with a role
 * (`Bergen, chairwoman` under `Branch` or `Association`): the part that is a post is the role, a
 * place beside it is no body. A table without a header row still gives a role from a cell that is
 * nothing but a post (`Ana Ruiz | Treasurer | 2 years`) beside a cell that is a whole name.
 */
import type { PersonCandidate, Span } from "../../records.js";
import { columnOf } from "../../normalise/table-header.js";
import type { Extractor, Unstamped } from "../types.js";
import { nameChunks, personCandidate, plausibleName } from "./names.js";
import { isRoleWord, keptRole } from "./roles.js";
import { tokenize } from "./tokens.js";
import { cellsOf } from "../tables.js";

const cellText = (text: string, cell: Span | undefined): string => (cell ? text.slice(cell.start, cell.end).trim() : "");

/** A post alone: a few words, no digit, a role word last (`General secretary`, `press officer`). */
const isPost = (part: string): boolean => {
  const words = part.split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.length <= 5 && !/[\d()]/u.test(part) && isRoleWord((words.at(-1) ?? "").replace(/[.;:]$/u, ""));
};

/**
 * A cell read as a post and what stands beside it: `President, Konabari branch` → role
 * `President`; `Bergen, chairwoman` → role `chairwoman`, rest `Bergen`; `Member, strike
 * committee` → no role (a bare member holds no post), rest kept.
 */
export function cellPost(cell: string): { role: string | null; rest: string; post: boolean } {
  const parts = cell.split(/\s*,\s*/u).filter(Boolean);
  const at = parts.findIndex(isPost);
  if (at < 0) return { role: null, rest: cell, post: false };
  const rest = parts.filter((_, i) => i !== at).join(", ");
  return { role: keptRole(parts[at] as string), rest, post: true };
}

/** The whole cell is one plausible name (`Jeroen de Vries`), not a sentence inside a cell. */
function wholeName(text: string, cell: Span | undefined): ReturnType<typeof nameChunks>[number] | null {
  if (!cell) return null;
  const chunk = nameChunks(text, cell)[0];
  if (chunk && chunk.tokens.length === tokenize(text, cell.start, cell.end).length && plausibleName(text, chunk)) return chunk;
  // Note: a Hong Kong or Singapore register's cell, family name in capitals, given names, then a
  // Western name after a comma (`CHAN Wai-man, Nicole`): the name is the part before the comma.
  const western = WESTERN_AFTER.exec(text.slice(cell.start, cell.end));
  return western && western.index > 0 ? wholeName(text, { start: cell.start, end: cell.start + western.index }) : null;
}
/** A body's acronym alone. */
const ACRONYM = /^\p{Lu}[\p{Lu}&-]{1,11}$/u;
/** A comma and one capitalised word closing a cell (`, Nicole`). */
const WESTERN_AFTER = /\s*,\s*\p{Lu}\p{Ll}+\s*$/u;

export const tableRule: Extractor<PersonCandidate> = {
  id: "people/table",
  type: "person",
  extract(context) {
    const { text, lines } = context;
    const out: Unstamped<PersonCandidate>[] = [];
    let columns: { name: number; body: number; role: number } | null = null;
    for (const line of lines) {
      const row = cellsOf(text, line);
      if (row.length < 2) {
        columns = null;
        continue;
      }
      const heads = row.map((cell) => columnOf(cellText(text, cell)));
      if (heads.includes("name")) {
        columns = { name: heads.indexOf("name"), body: heads.indexOf("organisation"), role: heads.indexOf("role") };
        continue;
      }
      if (!columns) {
        // Note: a headless row gives a role only from a cell of a post alone beside a cell of a name alone.
        const chunk = wholeName(text, row[0]);
        const posts = row.slice(1).map((cell) => cellText(text, cell)).filter((cell) => isPost(cell));
        const role = posts.length === 1 ? keptRole(posts[0] as string) : null;
        if (chunk && role) out.push(personCandidate(text, chunk, [role], null));
        continue;
      }
      const chunk = wholeName(text, row[columns.name]);
      if (!chunk) continue;
      const bodyCell = cellPost(cellText(text, row[columns.body]).replace(/\s*\([^()]*\)$/u, ""));
      const roleCell = cellPost(cellText(text, row[columns.role]));
      // Note: a role column's cell that names no post as the lexicon knows it is kept as written,
      // unless it is a bare description (`Member`, `Member, factory committee`: no post).
      const written = roleCell.post || isDescribed(roleCell.rest) ? null : roleCell.rest;
      const role = columns.role >= 0 ? (roleCell.role ?? written) : bodyCell.role;
      // Note: `Bergen, chairwoman` under `Branch`: beside a post, a body cell holds a place, no body.
      // Note: with no body column, an acronym beside the post is the body (`Chairperson, LWEGU`).
      const body = columns.body >= 0 ? (bodyCell.post ? null : bodyCell.rest) : ACRONYM.test(roleCell.rest) ? roleCell.rest : null;
      out.push(personCandidate(text, chunk, role ? [role] : [], body || null));
    }
    return out;
  },
};

/** A role cell that names no post: empty, a bare description (`Member`), or a qualifier on one. */
function isDescribed(cell: string): boolean {
  if (cell === "") return true;
  const words = cell.split(/[\s,]+/u).filter(Boolean);
  return words.some((word) => isRoleWord(word) && keptRole(word) === null);
}
