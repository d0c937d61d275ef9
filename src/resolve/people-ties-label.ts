/**
 * A signature's label naming the body its signers speak for (issue 17.1):
 *   on the name's line:   `For CALRM: Aigerim Seitkali, monitoring coordinator`,
 *                         `Pour la CDLB, le coordonnateur national : Me Salif Traoré`,
 *                         `For HTOP: Advocate A (coordinator) and B (legal officer)`
 *   above the names:      `Por la Junta Directiva de FOSPEN:` / (blank) / `Marta Quispe, presidenta` / `Luis Condori, secretario`
 * The label is `for`, `on behalf of`, `pour`, `au nom de`, `por`, `en nombre de` (after `signed`/`firman`
 * or not), a body's name, then a colon or comma; a line of its own or opening the names' line. The
 * names' lines are short and open with the name. Prose (`Pour l'UNSAP, ce jugement constitue …`,
 * `For more information: A`) names no body in its label or runs long, and ties nothing.
 */
import type { Mention, Organisation, Span } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { bodiesWithin } from "./people-ties.js";
import { lineAbove, lineAt } from "./text-lines.js";

/** A signature's line is short; a sentence of prose is not read. */
const SHORT_LINE = 160;
/** The label: its preposition, the words naming the body, then its colon or comma. */
const LABEL = /^[\s*_>•-]*(?:(?:signed|firman?|firmado|firmada|signée?s?)\s+)?(?:for(?:\s+and\s+on\s+behalf\s+of)?|on\s+behalf\s+of|pour|au\s+nom\s+d(?:e|u|es)|por|en\s+nombre\s+del?)\s+([^\n:,]{2,80})[:,]/iu;
/** A label's word besides its body: an article, a preposition, a capitalised word of an organ, a bracketed acronym. */
const LABEL_WORD = /^(?:the|of|la|le|les|el|los|las|de|del|du|des|[dl]['’]\S*|\p{Lu}[\p{L}’'-]*|\([\p{Lu}\p{N}-]+\))$/u;
/** What may stand between the label and the name on its line: a post and a colon (`le coordonnateur national : `), a form of address. */
const BEFORE_NAME = /^[\s*_]*(?:(?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+\s*:\s*)?(?:\p{L}{1,12}\.?\s+)?$/u;
/** What may open a names' line under the label: bullets, emphasis, a form of address. */
const LINE_OPEN = /^[\s*_>•·-]*(?:\p{L}{1,12}\.?\s+)?$/u;
/** How many lines under the label its names may run. */
const BLOCK_LINES = 4;

type Line = Span;

/** The body a label line names (the last one its label words hold), with where its label ends. */
function labelBody(context: TieContext, line: Line): { body: Organisation; end: number } | undefined {
  if (line.end - line.start > SHORT_LINE) return undefined;
  const label = LABEL.exec(context.text.slice(line.start, line.end));
  if (!label) return undefined;
  const end = line.start + label[0].length;
  const body = bodiesWithin(context, line.start, end).at(-1);
  // Note: a governing organ (`Pour le Bureau exécutif national,`) signs for its own body, which the writer's ties give.
  if (!body || body.organisation.rules.every((rule) => rule === "organisations/organ")) return undefined;
  // Note: besides the body the label holds only articles and an organ's capitalised words (`la Junta Directiva de`): not prose (`For the verdict against X,`).
  const from = line.start + (label.index ?? 0) + label[0].indexOf(label[1] ?? "");
  const rest = context.text.slice(from, body.start) + context.text.slice(body.end, end - 1);
  return rest.split(/\s+/u).every((word) => word === "" || LABEL_WORD.test(word)) ? { body: body.organisation, end } : undefined;
}

/** Between two names of one signature line: the first's post in brackets or after a comma, then a list's link. */
const BETWEEN_NAMES = /^\s*(?:\([^)\n]{0,40}\)\s*)?(?:,[^,;\n]{0,40}?)?(?:[,;&]|\band|\bet|\by)\s+(?:\p{L}{1,12}\.?\s+)?$/u;

/** The mention follows the label on its line, as the first name after it or a later one of the list it opens. */
function namedOnLabelLine(mention: Mention, context: TieContext, labelEnd: number): boolean {
  const { text } = context;
  // Note: the letter's mentions may repeat one span (one per rule that found it).
  const names = context.people.filter((p, i, all) => p.start >= labelEnd && p.start <= mention.start && all.findIndex((q) => q.start === p.start) === i).sort((a, b) => a.start - b.start);
  const first = names[0];
  if (!first || !BEFORE_NAME.test(text.slice(labelEnd, first.start))) return false;
  return names.every((p, i) => i === 0 || BETWEEN_NAMES.test(text.slice((names[i - 1] as Mention).end, p.start)));
}

/** The body a signature's label gives the mention, or undefined. */
export function tieByLabel(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  // Note: a signature closes a letter; a label in its first half is prose.
  if (mention.start < text.length / 2) return undefined;
  const line = lineAt(text, mention.start);
  if (line.end - line.start > SHORT_LINE) return undefined;
  const own = labelBody(context, line);
  if (own) return namedOnLabelLine(mention, context, own.end) ? own.body : undefined;
  if (!LINE_OPEN.test(text.slice(line.start, mention.start))) return undefined;
  // Note: the names' lines under a label line: each opens with a name; one blank line may stand among them.
  let current = line;
  let blanks = 0;
  for (let n = 0; n < BLOCK_LINES; n++) {
    const found = lineAbove(text, current);
    if (!found || (blanks += found.blanks) > 1) return undefined;
    const above = found.line;
    if (above.end - above.start > SHORT_LINE) return undefined;
    const label = labelBody(context, above);
    if (label) return text.slice(label.end, above.end).trim() === "" ? label.body : undefined;
    if (!context.people.some((p) => p.start >= above.start && p.start < above.end && LINE_OPEN.test(text.slice(above.start, p.start)))) return undefined;
    current = above;
  }
  return undefined;
}
