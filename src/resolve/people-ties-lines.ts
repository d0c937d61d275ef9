/**
 * Ties that a line's layout states rather than its words (issue 17.1, 17.3):
 *   a table row:        `Ana Ruiz<TAB>Union of X<TAB>treasurer<TAB>2 years` (the body in its own cell)
 *   a signature block:  `Ana Ruiz, International Secretary` / `Union of X, Oslo` (the body on the next lines)
 *   a one-line signature or copy line: `Ana Ruiz, observer, Nordic Lawyers Group`
 *   a news byline:      `By Ana Ruiz, Harbour Courier`
 * The name must open its line (or its cell), and the rest of its line hold only a role.
 */
import type { Mention, Organisation, Span } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { bodiesWithin, tieWord } from "./people-ties.js";
import { lineAt } from "./text-lines.js";

/** Note: a signature's or a table's line is short; a body line of prose is not read here. */
const SHORT_LINE = 120;
/** What may open a line before the name: bullets, emphasis, a form of address. */
const LINE_OPEN = /^[\s*_>•·-]*(?:(?:Mr|Ms|Mrs|Dr|Prof|Bro|Sis|Comrade)\.?\s+)?$/u;
/** A role after the name on its line: `, International Secretary`, ` – General Secretary`. */
const ROLE_REST = /^(?:\s*[,–—-]\s*((?:[\p{L}’'.-]+\s+){0,5}[\p{L}’'-]+))?[\s,.]*$/u;
/**
 * Before the body on a signature block's line: nothing, or the person's role linked to it
 * (`Coordinator, UX`, `Chair of the Union of X`, `Observer for the X`).
 */
const ROLE_BEFORE_BODY = /^[\s*_]*(?:((?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'.-]+)(?:\s*[,–—]\s*|\s+(?:of|at|for|with|de|del|de\s+la|du|des)\s+(?:the\s+|la\s+|l['’])?))?$/u;
/** A place after the body on its line (`Union of X, Oslo`). */
const PLACE_REST = /^(?:\s*,\s*\p{Lu}[\p{L}\p{M}'-]*(?: [\p{L}\p{M}'-]+){0,3})?[\s,.]*$/u;

type Line = Span;

/** The words of a role are tie words (a title, a role, a modifier), or there are none. */
const roleOnly = (role: string | undefined): boolean => (role ?? "").split(/\s+/u).filter(Boolean).every((w) => tieWord(w.replace(/\.$/u, "")));

/** The cells of a table row, as spans (cells are separated by tabs or bars). */
function cellsOf(text: string, line: Line): Line[] {
  const cells: Line[] = [];
  let from = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || text[i] === "\t" || text[i] === "|") {
      cells.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return cells;
}

/**
 * The body in another cell of the mention's table row, when that cell holds the body's name
 * alone (`Ana Ruiz<TAB>Union of X (UX)`; a court named inside a sentence cell is no affiliation).
 */
function tieByRow(mention: Mention, context: TieContext, line: Line): Organisation | undefined {
  const { text } = context;
  if (!/[\t|]/u.test(text.slice(line.start, line.end))) return undefined;
  const cells = cellsOf(text, line);
  const own = cells.find((c) => c.start <= mention.start && mention.end <= c.end);
  if (!own) return undefined;
  const found = bodiesWithin(context, line.start, line.end).filter((o) => {
    const cell = cells.find((c) => c.start <= o.start && o.end <= c.end);
    if (!cell || cell === own) return false;
    const rest = (text.slice(cell.start, o.start) + text.slice(o.end, cell.end)).replace(/\(\s*[\p{Lu}\p{N}-]+\s*\)/u, "");
    // Note: the cell may give the person's post beside the body (`Branch president, UX`, `Treasurer of the UX`).
    return /^[\s()*_]*$/u.test(rest) || roleOnly(rest.replace(/[,;:–—()*_]|\s(?:of|at|in)(?:\s+the)?\s*$/gu, " ").trim().toLowerCase());
  });
  const bodies = new Set(found.map((o) => o.organisation));
  return bodies.size === 1 ? found[0]?.organisation : undefined;
}

/** A byline's opening before the name: `By `, `Par `, `Por `. */
const BYLINE = /^[\s*_]*(?:by|par|por)\s+$/iu;
/** After the outlet on a byline: its writer's post, a place or a date after a bar or a dash (`Andes Daily Correspondent`, `| Lima`). */
const BYLINE_REST = /^(?:\s+((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+))?\s*(?:[|–—,].*)?$/u;

/**
 * A news byline: `By Ana Ruiz, Harbour Courier` / `By A, Andes Daily Correspondent`: the outlet set
 * off by a comma after the writer's name.
 */
function tieByByline(mention: Mention, context: TieContext, line: Line): Organisation | undefined {
  const { text } = context;
  if (!BYLINE.test(text.slice(line.start, mention.start))) return undefined;
  const body = bodiesWithin(context, mention.end, line.end)[0];
  if (!body || !/^\s*,\s*$/u.test(text.slice(mention.end, body.start))) return undefined;
  const rest = BYLINE_REST.exec(text.slice(body.end, line.end));
  return rest && roleOnly(rest[1]?.toLowerCase()) ? body.organisation : undefined;
}

/** The body that a signature line or block gives the mention, or undefined. */
export function tieByLine(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const line = lineAt(text, mention.start);
  const byline = tieByByline(mention, context, line);
  if (byline) return byline;
  if (line.end - line.start > SHORT_LINE || !LINE_OPEN.test(text.slice(line.start, mention.start))) return tieByRowIfAny(mention, context, line);
  const row = tieByRowIfAny(mention, context, line);
  if (row) return row;
  const rest = text.slice(mention.end, line.end);
  // Note: `Ana Ruiz, observer, Nordic Lawyers Group`: the body closes the name's own line.
  const last = bodiesWithin(context, line.start, line.end).at(-1);
  if (last && last.start >= mention.end) {
    const role = /^\s*,\s*((?:[\p{L}’'.-]+\s+){0,5}[\p{L}’'.-]+)\s*,\s*$/u.exec(text.slice(mention.end, last.start));
    if (role && roleOnly(role[1]) && PLACE_REST.test(text.slice(last.end, line.end))) return last.organisation;
    return undefined;
  }
  const own = ROLE_REST.exec(rest);
  if (!own || !roleOnly(own[1])) return undefined;
  // Note: the block's next lines: a role alone, then the body's line (`Ana Ruiz` / `Treasurer` / `Union of X`).
  // A signature or contact block closes a letter; a block at its head is the addressee's (`Mr A` /
  // `Embassy of X`), where the letter is sent, not whose the person is.
  if (mention.start < text.length / 2) return undefined;
  let at = line.end + 1;
  for (let n = 0; n < 2 && at < text.length; n++) {
    const next = lineAt(text, at);
    if (next.end - next.start > SHORT_LINE || next.end === next.start) return undefined;
    const first = bodiesWithin(context, next.start, next.end)[0];
    if (first && ROLE_BEFORE_BODY.test(text.slice(next.start, first.start)) && PLACE_REST.test(text.slice(first.end, next.end).replace(/^\s*\([^)\n]*\)/u, ""))) {
      const role = ROLE_BEFORE_BODY.exec(text.slice(next.start, first.start))?.[1];
      if (roleOnly(role?.toLowerCase())) return first.organisation;
    }
    if (first || !roleOnly(text.slice(next.start, next.end).replace(/[*_,]/gu, " ").trim())) return undefined;
    at = next.end + 1;
  }
  return undefined;
}

function tieByRowIfAny(mention: Mention, context: TieContext, line: Line): Organisation | undefined {
  return line.end - line.start <= 600 ? tieByRow(mention, context, line) : undefined;
}
