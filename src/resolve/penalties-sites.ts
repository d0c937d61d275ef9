/**
 * Where penalties sit in a letter: the sentence windows, which window holds an offset, the
 * windows of the same paragraph before and after it, and which windows hold penalties.
 */
import type { Span } from "../records.js";
import type { TextContext } from "../extract/types.js";
import { windowsOf } from "../extract/sentences/windows.js";
import type { DateSite } from "./penalties-dates.js";

/** Shared by both kinds of penalty: where each candidate sits among the windows. */
export class Sites {
  readonly windows: readonly Span[];
  readonly penaltyWindows: Set<number>;
  /** For each window, the index of the first window of its paragraph. */
  private readonly paragraphStart: number[];
  constructor(context: TextContext, candidates: readonly Span[]) {
    this.windows = windowsOf(context);
    let paragraph = 0;
    let first = 0;
    this.paragraphStart = this.windows.map((w, i) => {
      while (paragraph < context.paragraphs.length && (context.paragraphs[paragraph]?.end ?? 0) < w.end) paragraph++;
      const previous = this.windows[i - 1];
      const p = context.paragraphs[paragraph];
      if (!previous || !p || previous.start < p.start) first = i;
      return first;
    });
    this.penaltyWindows = new Set(candidates.map((c) => this.windows[this.indexOf(c.start)]?.start ?? -1));
  }
  /** The index of the window holding `offset` (binary search), or -1. */
  indexOf(offset: number): number {
    let lo = 0;
    let hi = this.windows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = this.windows[mid] as Span;
      if (offset < w.start) hi = mid - 1;
      else if (offset >= w.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
  dateSite(span: Span & { term?: Span }): DateSite {
    const i = this.indexOf(span.start);
    const window = this.windows[i] ?? span;
    const first = this.paragraphStart[i] ?? i;
    const later: Span[] = [];
    for (let j = i + 1; j < this.windows.length && j <= i + LATER_REACH && this.paragraphStart[j] === first; j++) later.push(this.windows[j] as Span);
    const previousFirst = first > 0 ? (this.paragraphStart[first - 1] ?? first) : first;
    let next = i + 1;
    while (next < this.windows.length && this.paragraphStart[next] === first) next++;
    return {
      start: span.start,
      end: span.end,
      term: span.term ?? span,
      window,
      before: i > 0 ? this.windows.slice(first, i) : [],
      later: i >= 0 ? later : [],
      previousParagraph: this.windows.slice(previousFirst, first),
      nextParagraph: i >= 0 ? this.windows[next] : undefined,
      earlier: i > 0 ? this.windows.slice(Math.max(0, i - EARLIER_REACH), i) : [],
      penaltyWindows: this.penaltyWindows,
    };
  }
}

/** How many later sentences of its paragraph may say when a penalty's ruling was. */
const LATER_REACH = 3;
/** How many sentences back a court that goes on telling its ruling (`He sentenced them …`) may reach for its date. */
const EARLIER_REACH = 12;
