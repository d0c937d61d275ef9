/**
 * A term partly suspended: `24 months' imprisonment, of which 6 months were suspended`. The
 * term to serve is the whole less the suspended part (18 months of prison); the part is a
 * suspended term of its own, read by `sentences/noun-term` (see SUSPENDED_PART_BEFORE/AFTER).
 */
import { findTerms, formatTerm, type Term } from "./durations.js";

/** After a penalty: `, of which 6 months were suspended`, `, with six months suspended`. */
const PART_AFTER = /^,?\s*(?:of\s+which|with)\s+(?:\S+\s+){1,6}?(?:(?:were|was|is|are|being)\s+)?suspended\b/iu;
/** Left of the suspended part itself, and right of it. */
export const SUSPENDED_PART_BEFORE = /\b(?:of\s+which|with)\s+$/iu;
export const SUSPENDED_PART_AFTER = /^\s+(?:(?:were|was|is|are|being)\s+)?suspended\b/iu;

type Parts = Record<"Y" | "M" | "W" | "D", number>;

function parts(duration: string): Parts | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/u.exec(duration);
  if (!m) return null;
  return { Y: Number(m[1] ?? 0), M: Number(m[2] ?? 0), W: Number(m[3] ?? 0), D: Number(m[4] ?? 0) };
}

/**
 * The term left to serve when the text right after a penalty (`after`, starting at `offset`)
 * suspends part of it; null when it does not.
 */
export function servedPart(term: { duration: string; days: number }, text: string, offset: number): { duration: string; days: number } | null {
  const after = text.slice(offset, offset + 80);
  const m = PART_AFTER.exec(after);
  if (!m) return null;
  const part: Term | undefined = findTerms(text, offset, offset + m[0].length)[0];
  if (!part || part.days <= 0 || part.days >= term.days) return null;
  const whole = parts(term.duration);
  const less = parts(part.duration);
  if (!whole || !less) return null;
  const left: Parts = { Y: whole.Y - less.Y, M: whole.M - less.M, W: whole.W - less.W, D: whole.D - less.D };
  // Note: a smaller unit borrows from the larger (`2 years, with 8 months suspended` → 1 year 4 months).
  if (left.M < 0 && left.Y > 0) {
    left.Y -= 1;
    left.M += 12;
  }
  if (left.D < 0 && left.M > 0) {
    left.M -= 1;
    left.D += 30;
  }
  if (Object.values(left).some((n) => n < 0)) return formatTerm({ Y: 0, M: 0, W: 0, D: term.days - part.days });
  return formatTerm(left);
}
