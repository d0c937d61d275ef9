/**
 * Terms of a penalty: `15 days`, `15-day`, `two years and six months`, `4 years and a half`,
 * `two and a half years`, `one-and-a-half-year`, `a year and a half`, `1½ years`, `a decade`, as an ISO 8601
 * duration and a day count (1 year = 365, 1 month = 30, 1 week = 7, parts summed).
 */
import { NUMBER_SOURCE, parseNumber } from "./numbers.js";

/** A term found in a text: its span, ISO 8601 duration and days. */
export interface Term {
  start: number;
  end: number;
  duration: string;
  days: number;
}

// Note: `yrs` and `mos.` are how news copy abbreviates years and months; `a decade` is ten years.
const UNIT = "(day|week|month|year|yr|mo|decade)s?";
const HALF = "(?:[-\\s]and[-\\s]a[-\\s]half)";

/** One part: a number, an optional `and a half`, a unit (`two and a half years`, `15-day`, `one more year`). */
// Note: `one more year`, `two further years`, `three additional months` (a second term for one person).
// Note: a number may be repeated in figures in brackets (`three (3) years`), as legal drafting does.
const PART = new RegExp(`\\b(${NUMBER_SOURCE})(${HALF})?(?:\\s*\\(\\d{1,3}\\))?(?:\\s+(?:more|further|additional|extra))?[-\\s]${UNIT}\\b`, "giu");

/** A further part joined to the previous one (`… and six months`, `… and a half`), its number perhaps restated in figures (`and two (2) months`). */
const TAIL = new RegExp(`(?:,\\s*|\\s+)(?:and\\s+)?(?:(a\\s+half)|(${NUMBER_SOURCE})(?:\\s*\\(\\d{1,3}\\))?[-\\s]${UNIT})\\b`, "iuy");

type Unit = "Y" | "M" | "W" | "D";
const UNIT_OF: Record<string, Unit> = { year: "Y", yr: "Y", month: "M", mo: "M", week: "W", day: "D", decade: "Y" };
/** Units that count several of another (`two decades` = 20 years). */
const TIMES: Record<string, number> = { decade: 10 };
const times = (word: string | undefined): number => TIMES[(word ?? "").toLowerCase()] ?? 1;

/** `half a year`, `half a month`: the article before the unit is a half, not one. */
const HALF_BEFORE = /\bhalf\s+$/iu;
const SMALLER: Record<Unit, { unit: Unit; per: number } | null> = {
  Y: { unit: "M", per: 12 },
  M: { unit: "D", per: 30 },
  W: { unit: "D", per: 7 },
  D: null,
};
const DAYS: Record<Unit, number> = { Y: 365, M: 30, W: 7, D: 1 };
/** Units from the largest: a further part of one term names a smaller unit than the last. */
const RANK: Record<Unit, number> = { Y: 0, M: 1, W: 2, D: 3 };
/**
 * Note: a further part stays under its unit's span (`two years and six months`, `1 year, 3 months
 * and 15 days`); `two years, 18 months and one year` lists three terms, it does not add them, nor
 * does `one year, eight months and six months`, whose last part repeats a unit after a comma-joined one.
 */
const PART_LIMIT: Record<Unit, number> = { Y: Infinity, M: 12, W: 5, D: 31 };

/** Adds `value` of `unit` to `parts`, carrying a fraction into the next smaller unit. */
function add(parts: Record<Unit, number>, unit: Unit, value: number): void {
  const whole = Math.floor(value);
  parts[unit] += whole;
  const smaller = SMALLER[unit];
  const rest = value - whole;
  if (smaller && rest > 0) parts[smaller.unit] += Math.round(rest * smaller.per);
}

/** The ISO 8601 duration and days of summed parts. */
export function formatTerm(parts: Record<Unit, number>): { duration: string; days: number } {
  const p = { ...parts };
  // Note: ISO 8601 weeks do not mix with other units; mixed weeks become days.
  if (p.W > 0 && p.Y + p.M + p.D > 0) {
    p.D += p.W * 7;
    p.W = 0;
  }
  const order: Unit[] = ["Y", "M", "W", "D"];
  const duration = "P" + order.map((u) => (p[u] > 0 ? `${p[u]}${u}` : "")).join("");
  const days = order.reduce((sum, u) => sum + p[u] * DAYS[u], 0);
  return { duration: duration === "P" ? "P0D" : duration, days };
}

/** Every term in `text` between `from` and `to`, in order. */
export function findTerms(text: string, from = 0, to = text.length): Term[] {
  // Note: matching on the window's own slice keeps the work linear in the window's length.
  const slice = text.slice(from, to);
  const terms: Term[] = [];
  PART.lastIndex = 0;
  for (let m = PART.exec(slice); m; m = PART.exec(slice)) {
    const value = parseNumber(m[1] ?? "");
    const unit = UNIT_OF[(m[3] ?? "").toLowerCase()];
    if (value === null || unit === undefined) continue;
    const parts: Record<Unit, number> = { Y: 0, M: 0, W: 0, D: 0 };
    const half = /^an?$/iu.test(m[1] ?? "") ? HALF_BEFORE.exec(slice.slice(Math.max(0, m.index - 6), m.index)) : null;
    add(parts, unit, (half ? 0.5 : value + (m[2] ? 0.5 : 0)) * times(m[3]));
    let end = m.index + m[0].length;
    const first = { end, parts: { ...parts } };
    let last = unit;
    let commaJoined = false;
    let listed = false;
    /** The last part joined by a bare `and` (`… 1 month and 15 days`): the parts' list is closed. */
    let closed = false;
    TAIL.lastIndex = end;
    for (let t = TAIL.exec(slice); t; t = TAIL.exec(slice)) {
      if (t[1]) add(parts, last, 0.5);
      else {
        const more = parseNumber(t[2] ?? "");
        const moreUnit = UNIT_OF[(t[3] ?? "").toLowerCase()];
        if (more === null || moreUnit === undefined) break;
        if (RANK[moreUnit] <= RANK[last] || more >= PART_LIMIT[moreUnit]) {
          // Note: `one year, eight months and six months` lists three terms: a part after a
          // comma-joined one that names no smaller unit shows the commas separate terms. Not when the
          // parts closed on `and` and a comma then opens a larger unit (`3 years, 1 month and 15 days,
          // 2 years and 6 months, …`): that is the next term of a list of whole terms.
          listed = commaJoined && !(closed && RANK[moreUnit] < RANK[last] && t[0].trimStart().startsWith(","));
          break;
        }
        add(parts, moreUnit, more * times(t[3]));
        commaJoined ||= t[0].trimStart().startsWith(",");
        closed = /^\s+and\s/iu.test(t[0]);
        last = moreUnit;
      }
      end = t.index + t[0].length;
      TAIL.lastIndex = end;
    }
    if (listed) {
      end = first.end;
      Object.assign(parts, first.parts);
    }
    PART.lastIndex = end;
    const start = half ? m.index - half[0].length : m.index;
    terms.push({ start: from + start, end: from + end, ...formatTerm(parts) });
  }
  return terms;
}
