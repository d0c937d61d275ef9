/**
 * A body's unit and its parent (issue 17.1, session 13): a person who holds a post in a named unit
 * of a body is that body's (`president of the Lakeside Resort unit of the Hotel Workers' Union`,
 * `who leads the Kitwe branch of the X`, `treasurer of the branch`), the unit being no body of its own.
 *   the unit named as a body:   `Ana Ruiz is president of the <Lakeside Resort> unit of the <X>`
 *   the unit named in the gap:  `Ana Ruiz is chairman of the Mount Meru Hotel branch of the <X>`
 *   the unit referred back to:  `B was elected treasurer of the branch` → the body whose unit the letter named last
 */
import type { Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { bodiesWithin, bodyFrom, type Placed } from "./people-ties.js";

/** Common nouns of a body's units. */
export const UNIT = "(?:unit|branch|sub-branch|section|chapter|local|cell)";

/** After a body: its unit's noun and the link to the parent (` unit of the `, ` branch of `). */
const UNIT_OF = new RegExp(`^['’]?\\s+${UNIT}\\s+of\\s+(?:the\\s+)?$`, "iu");

/** The body whose unit `next` is, when the words after `next` say so (`X unit of the Y`), else `next`'s own. */
export function parentOf(next: Placed, context: TieContext): Organisation {
  const parent = bodyFrom(context, next.end);
  if (parent && parent.start - next.end <= 30 && UNIT_OF.test(context.text.slice(next.end, parent.start))) return parent.organisation;
  return next.organisation;
}

/** A unit's name in capitals in a tie's gap (`of the Mount Meru Hotel branch of the `), before its noun. */
const UNIT_NAME = new RegExp(`(?<=\\bthe\\s+)(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}(?=${UNIT}\\s+of\\s)`, "gu");

/** The gap with a unit's capitalised name left out, so that only the words of the tie are read. */
export const withoutUnitName = (gap: string): string => gap.replace(UNIT_NAME, "");

/** `of the branch`: the parent of the unit the letter named last before `at` with that noun (within ~1500 characters). */
export function unitParent(noun: string, at: number, context: TieContext): Organisation | undefined {
  const window = context.text.slice(Math.max(0, at - 1500), at);
  const pattern = new RegExp(`\\b${noun}\\s+of\\s+(?:the\\s+)?`, "giu");
  const last = [...window.matchAll(pattern)].at(-1);
  if (!last) return undefined;
  const end = at - window.length + last.index + last[0].length;
  const body = bodyFrom(context, end);
  return body && body.start === end ? body.organisation : undefined;
}

/**
 * The parent of a body a rule tied the person to, when that body is named as a unit of another
 * right after the person (`A is the secretary of the X Ltd unit of the Y`): the parent; else the body.
 */
export function ruledParent(ruled: Organisation, mentions: readonly { end: number }[], context: TieContext): Organisation {
  for (const m of mentions) {
    for (const p of bodiesWithin(context, m.end, m.end + 200)) {
      if (p.organisation !== ruled) continue;
      const parent = parentOf(p, context);
      if (parent !== ruled) return parent;
    }
  }
  return ruled;
}
