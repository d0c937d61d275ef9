/**
 * Officers listed one to an item under the first one's body (issue 17.1): a list of items, each
 * opening its line with a name, a post and a colon or dash before what befell them, where an
 * earlier item gives its post's body and the later ones the post alone:
 *   `Issouf O., secrétaire général du SAASB : 24 mois …;` / `Aminata S., secrétaire générale adjointe : 12 mois …;`
 *   `Joseph B., general secretary of the LBU: two years;` / `Mary P., deputy general secretary: one year;`
 * The later item holds its post in the body the item right before it names as its post's complement
 * (`of`, `du`, `de la`, `del`); not one named where that item's holder works (`délégués au Centre X`),
 * and not past that item (measured: walking further back tied people of another body).
 */
import type { Mention, Organisation, Span } from "../records.js";
import { isPostWord } from "../extract/people/roles.js";
import { ADDRESS, bodiesWithin } from "./people-ties.js";
import type { TieContext } from "./people-organisations.js";
import { lineAbove, lineAt } from "./text-lines.js";

/** An item's opening before its name: bullets, a number, a form of address. */
const ITEM_OPEN = new RegExp(`^[\\s*_>•·-]*(?:\\d{1,2}[.)]\\s+)?${ADDRESS}$`, "u");
/** After an item's name: an age or a bracket, a comma and the post, then the colon or dash that closes it. */
const ITEM_POST = /^(?:\s*\([^)\n]{0,30}\))?\s*,\s*(?:\d{1,3}\s*,\s*)?([^\s:—–][^:\n—–]{0,119})[:—–]/u;
/** A body named by an organ's or unit's noun at its end (`Women's Committee`, `Kitwe Branch`, `Comité exécutif`): part of another body. */
const ORGAN_HEAD = /\b(?:Committee|Commission|Council|Board|Bureau|Branch|Section|Unit|Chapter|Comité|Comisión|Conseil|Consejo|Junta|Sección)(?:\s+\p{Ll}+)?$/u;
/** An item's line is no paragraph. */
const ITEM_LINE = 300;

type Line = Span;

/** The item the line opens: its name's mention and post, or undefined when the line is no item. */
function itemOf(line: Line, context: TieContext): { mention: Mention; post: string } | undefined {
  const { text } = context;
  if (line.end - line.start > ITEM_LINE) return undefined;
  const mention = context.people.filter((p) => p.start >= line.start && p.start < line.end).sort((a, b) => a.start - b.start)[0];
  if (!mention || !ITEM_OPEN.test(text.slice(line.start, mention.start))) return undefined;
  const post = ITEM_POST.exec(text.slice(mention.end, line.end));
  return post ? { mention, post: post[1] ?? "" } : undefined;
}

/** The body an item's post names as its complement (`secrétaire général du SAASB`, `president of the X (XU)`). */
function postBody(line: Line, mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  for (const body of bodiesWithin(context, mention.end, line.end)) {
    const gap = text.slice(mention.end, body.start);
    if (/[:—–]/u.test(gap)) return undefined;
    if (/\s(?:of|du|de|del|des|de\s+la|de\s+l['’]|of\s+the)\s*$/iu.test(gap) || /\sd['’]$/u.test(gap)) return body.organisation;
  }
  return undefined;
}

/** The body a listed officer holds their post in, from the item right before theirs; undefined when the mention opens no such item. */
export function tieByItem(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const line = lineAt(text, mention.start);
  const own = itemOf(line, context);
  if (!own || own.mention.start !== mention.start || bodiesWithin(context, line.start, line.end).length > 0) return undefined;
  if (!own.post.split(/\s+/u).some((word) => isPostWord(word))) return undefined;
  // Note: only the item right before: past it the list may have turned to another body's people.
  const above = lineAbove(text, line)?.line;
  const item = above && itemOf(above, context);
  const body = above && item ? postBody(above, item.mention, context) : undefined;
  // Note: a post in a body's own organ (`chairperson of the Women's Committee`) says nothing of the next item's body.
  return body && !ORGAN_HEAD.test(body.name) ? body : undefined;
}
