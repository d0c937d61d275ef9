/**
 * Nouns of events: a body's sitting (`the Party Congress`), an occasion a day or a prize is given
 * to (`World Press Freedom Day`), a public happening (`the October Revolution`). A capitalised word
 * before one names the event, not a person or a body: `the June Conference`, `May Day`.
 */

/** Gatherings of a body or of people, lower case, singular. */
const GATHERINGS = ["congress", "conference", "forum", "summit", "assembly", "meeting", "convention", "session", "plenary", "rally"];
/** Occasions: days, prizes, indices and contests, lower case (`awards` and `games` as written). */
const OCCASIONS = ["day", "week", "month", "year", "award", "awards", "prize", "medal", "index", "festival", "anniversary", "cup", "games"];
/** Public happenings a date names (`the May Uprising`, `the July Strike`), lower case, singular. */
const HAPPENINGS = ["strike", "election", "uprising", "revolution", "movement", "protest", "march"];

const GATHERING = new RegExp(`^(?:${GATHERINGS.join("|")})$`, "u");
const OCCASION = new RegExp(`^(?:${OCCASIONS.join("|")})$`, "u");
const EVENT = new Set([...GATHERINGS, ...OCCASIONS, ...HAPPENINGS]);

/** True for a gathering's noun, lower case (`congress`, `conference`, `session`). */
export const isGatheringNoun = (lower: string): boolean => GATHERING.test(lower);

/** True for an occasion's noun, lower case (`day`, `prize`, `index`). */
export const isOccasionNoun = (lower: string): boolean => OCCASION.test(lower);

/** True for any event's noun, in any case, singular or plural (`Conference`, `Strikes`, `DAY`). */
export function isEventNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return EVENT.has(lower) || (lower.endsWith("s") && EVENT.has(lower.slice(0, -1)));
}

/** An adjective by its ending (`Periodic`, `Universal`, `Judicial`, `Consultative`, `Advisory`). */
const ADJECTIVE_ENDING = /(?:ic|al|ive|ary|ory)$/u;

/**
 * True for a review held, not a review published: a name's first `Review` after adjectives and common words only,
 * one at least an adjective by its ending (`Universal Periodic Review`, `the UN Universal Periodic
 * Review of Oman`, `Judicial Review`); a periodical's title has a word of its own (`Isan Daily Review`, `New
 * Left Review`). `isCommon` says whether a word is an ordinary word of the language. Acronyms
 * before it are its owner (`UN`).
 */
export function isReviewProcess(words: readonly string[], isCommon: (word: string) => boolean): boolean {
  const review = words.findIndex((w) => w.toLowerCase() === "review");
  if (review < 1) return false;
  const before = words.slice(0, review).filter((w) => !/^\p{Lu}{2,}$/u.test(w));
  const adjective = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w) && ADJECTIVE_ENDING.test(w);
  return before.length > 0 && before.some(adjective) && before.every((w) => adjective(w) || isCommon(w.toLowerCase()));
}
