/**
 * The writer's body for the staff a credit line names (session 20): a label of posts opening the line
 * (`Lead monitor: A`, `Observers: B, C`, `Trial monitors: D (lead monitor, Baku); E, legal adviser`,
 * `Coordinadora: F`), or a sentence saying who made the report (`This report was prepared by G, senior
 * trial monitor`, `*Report prepared by H, trial observer, and …`). Those are the writer's own monitors,
 * coordinators and advisers. A judicial or retained post (`Judge: X`, `Defence lawyer: Y`) is no credit:
 * a trial report's header names the court's people so.
 */
import { JUDICIAL_HEADS } from "../extract/people/lexicon.js";
import { isPostWord, singular } from "../extract/people/roles.js";
import type { Mention, Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { listStart, RETAINED } from "./people-ties.js";
import { speakerBody } from "./people-ties-writer.js";

/** A label of one to three words opening the line, then its colon (emphasis around either allowed). */
const LABEL = /^[ \t]*(?:[*_>•-]+[ \t]*)?((?:\p{L}[\p{Ll}'’-]*[ \t]+){0,2}\p{L}[\p{Ll}'’-]*)[*_]*[ \t]*:[*_]*[ \t]*/u;
/** A report's making, with `by`, right before the names: `This report was prepared by `, `*Report prepared by `. */
const MADE_BY = /(?:^|[.!?]\s+|[*_]+)(?:(?:this|the)\s+)?(?:report|briefing|note|bulletin|summary|review)\s+(?:(?:was|has\s+been)\s+)?(?:prepared|compiled|written|drafted|edited)\s+by\s+$/iu;
/** Posts of the court and of those a party retains: a header's `Judge:`, `Prosecutor:`, `Defence counsel:`. */
const NOT_STAFF = /^(?:prosecutors?|procureurs?|fiscal(?:es)?|defendants?|accused|witness(?:es)?)$/iu;
/** What may stand between the label and a later name on its line: no sentence's end (a point after a long word). */
const SENTENCE_END = /\p{Ll}{2}\.[\s*_]/u;

/** What may stand between a label and its first name: a form of address (`Adv. `, `Me `, `Dr `). */
const ADDRESS_ONLY = /^(?:\p{Lu}\p{Ll}{0,4}\.?[ \t]+)?$/u;
/** How far into its line a credited name may stand after the label. */
const MAX_BETWEEN = 100;

/** True when the label is a post of the writer's staff (`Observer`, `Trial monitors`, `Report coordinator`). */
function staffLabel(label: string): boolean {
  const head = label.split(/\s+/u).at(-1) ?? "";
  const one = singular(head);
  return isPostWord(head) && !JUDICIAL_HEADS.has(one) && !RETAINED.test(head) && !NOT_STAFF.test(head);
}

/** The writer's body when a credit line or a report's making names the mention, else undefined. */
export function tieByCredit(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  const label = LABEL.exec(text.slice(lineStart, mention.start));
  // Note: a later name on the label's line is still credited (`D (lead monitor, Baku); E`), not one in prose after it.
  if (label && staffLabel(label[1] ?? "")) {
    const labelEnd = lineStart + label[0].length;
    const between = text.slice(labelEnd, mention.start);
    // Note: the label's first name opens what follows it (a form of address aside): prose after a label credits no one.
    const first = Math.min(...context.people.filter((p) => p.start >= labelEnd && p.start <= mention.start).map((p) => p.start));
    if (between.length <= MAX_BETWEEN && !SENTENCE_END.test(between) && ADDRESS_ONLY.test(text.slice(labelEnd, first))) return speakerBody(context);
  }
  const start = listStart(mention, context, lineStart) ?? mention.start;
  return MADE_BY.test(text.slice(Math.max(lineStart, start - 80), start)) ? speakerBody(context) : undefined;
}
