/**
 * Initials a letter defines for a unit fines are set in (`*BCA: basic calculation amount*`, `monthly
 * calculation indices (MCI)`, `BCA (base calculation amount)`), so that `a fine of 50 BCA` is 50 of
 * that unit and not a sum in an unknown currency. The letter's own definition decides, and the initials
 * must be the first letters of the unit's words, so an acronym of something else is never a unit.
 */

/** An initialism: two to five capitals. */
const INITIALS = "[A-Z]{2,5}";
/** A unit's name as a definition writes it: two to five lower-case words. */
const PHRASE = "\\p{Ll}+(?:[\\s-]\\p{Ll}+){1,4}";
/** `BCA: basic calculation amount`, `BCA – basic calculation amount`, `BCA (basic calculation amount)`. */
const INITIALS_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])(${INITIALS})(?:\\s*[:=–—]\\s*|\\s+\\(\\s*|\\s+-\\s+|\\s+(?:stands\\s+for|means)\\s+(?:the\\s+|a\\s+)?)(${PHRASE})`, "gu");
/** `basic calculation amount (BCA)`. */
const PHRASE_FIRST = new RegExp(`(${PHRASE})\\s*\\(\\s*(${INITIALS})\\s*\\)`, "gu");

/** Whether `initials` are the first letters of the words of `phrase`. */
function initialsOf(initials: string, phrase: string): boolean {
  return phrase.split(/[\s-]+/u).map((w) => w[0]?.toUpperCase() ?? "").join("") === initials;
}

/** The units last computed, per text and per reader of unit names (English's, or a vocabulary's). */
let cached: { text: string; unitOf: unknown; units: ReadonlyMap<string, string> } | null = null;

/**
 * Every initialism the letter defines as a unit that `unitOf` knows (it gives the unit's record name
 * for a phrase, or null), keyed by the initials. Computed once per text.
 */
export function definedUnitInitials(text: string, unitOf: (phrase: string) => string | null): ReadonlyMap<string, string> {
  if (cached?.text === text && cached.unitOf === unitOf) return cached.units;
  const units = new Map<string, string>();
  const consider = (initials: string, phrase: string): void => {
    // Note: the phrase may run on past the unit's name (`BCA: basic calculation amount, 375,000 soums`): its
    // words are tried from the longest that the initials still match.
    const words = phrase.split(/\s+/u);
    for (let n = words.length; n >= 2; n--) {
      const name = words.slice(0, n).join(" ");
      if (!initialsOf(initials, name)) continue;
      const unit = unitOf(name);
      if (unit !== null) {
        units.set(initials, unit);
        return;
      }
    }
  };
  // Note: a cheap test first: most letters define no initials beside a lower-case phrase.
  if (/[A-Z]{2,5}\s*[:=–—(-]|\(\s*[A-Z]{2,5}\s*\)/u.test(text)) {
    for (const m of text.matchAll(INITIALS_FIRST)) consider(m[1] ?? "", m[2] ?? "");
    for (const m of text.matchAll(PHRASE_FIRST)) {
      // Note: the phrase before the bracket may start with other words (`a fine of 20 basic calculation amounts (BCA)`):
      // the initials decide how many of its last words are the name.
      const initials = m[2] ?? "";
      const words = (m[1] ?? "").split(/[\s-]+/u);
      consider(initials, words.slice(-initials.length).join(" "));
    }
  }
  cached = { text, unitOf, units };
  return units;
}
