/**
 * A counted group named by a possessive instead of its body (issue 17.1): `The X condemns the
 * sentences passed on three of its members. A received …`, `La X dénonce la condamnation de
 * quatre de ses membres`, `tres de sus afiliados`, `two of our members, A and B`. `its`/`ses`/`sus`
 * is the body named last before it in its sentence or the one before; `our`/`nos`/`nuestros` the
 * body the letter speaks for. As for a counted group with its body named (people-ties-group.ts),
 * the count bounds how many names after it are its members, judges, lawyers and prosecutors not counted.
 */
import type { Mention, Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { outsider } from "./people-ties-group.js";
import { bodiesWithin, peopleWithin } from "./people-ties.js";
import { writerBody } from "./people-ties-writer.js";
import { phraseValue } from "../language/numbers.js";
import type { Vocabulary } from "../language/vocabulary.js";

/** The possessive and a plural noun of a body's people (English, French, Spanish), after `of`. */
const POSSESSIVE_NOUN =
  String.raw`(?:of|de|d['’]entre)\s+(its|their|our|ses|leurs|nos|sus|nuestr[oa]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:members|leaders|officials|officers|organi[sz]ers|activists|stewards|representatives|delegates|membres|dirigeante?s|responsables|militante?s|déléguée?s|adhérente?s|miembros|dirigentes|afiliad[oa]s|delegad[oa]s|integrantes)`;
/** The count, the possessive and a plural noun of a body's people. */
export const POSSESSIVE_GROUP = new RegExp(String.raw`(?<![\p{L}\d])(\p{L}+|\d{1,2})\s+(?:other\s+|autres\s+|otr[oa]s\s+)?${POSSESSIVE_NOUN}(?!\p{L})`, "giu");
/**
 * What every POSSESSIVE_GROUP holds, tested once per letter: most letters have none, and their
 * mentions need not scan three paragraphs back each (~1% of the extraction's CPU).
 */
export const POSSESSIVE_ANYWHERE = new RegExp(POSSESSIVE_NOUN, "iu");
let lastText: { text: string; found: boolean } | null = null;
function mayHoldGroup(text: string): boolean {
  if (lastText?.text !== text) lastText = { text, found: POSSESSIVE_ANYWHERE.test(text) };
  return lastText.found;
}
const NUMBERS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** Words that make a count an estimate (`at least`, `more than`, `au moins`, `al menos`). */
const ESTIMATE = /\b(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|au\s+moins|plus\s+de|près\s+de|al\s+menos|más\s+de|unos|unas|cerca\s+de)\s+$/iu;
const OURS = /^(?:our|nos|nuestr[oa]s)$/iu;
/** Bodies of the state that try, charge or rule: no group of members is theirs. */
const STATE = /\b(?:courts?|tribunal(?:es)?|juzgados?|cour|corte|prosecutor['’]?s?|procuratura|parquet|fiscal[ií]a|ministry|minist[eè]re|ministerio|police|polic[ií]a)\b/iu;
/** How far back a group may be stated: its paragraph and the two before. */
const REACH = 2;

function countOf(word: string, vocabulary: Vocabulary | null): number | null {
  if (/^\d+$/u.test(word)) return Number(word);
  const english = NUMBERS[word.toLowerCase()];
  if (english !== undefined) return english;
  return vocabulary ? phraseValue(word, vocabulary) : null;
}

/** Where the sentence holding `at` starts: after the last full stop before it, or its paragraph's start. */
function sentenceStart(text: string, at: number, floor: number): number {
  const lead = text.slice(floor, at);
  const end = [...lead.matchAll(/[.!?]["”’)]?\s+(?=\p{Lu})|\n\s*\n/gu)].pop();
  return end ? floor + end.index + end[0].length : floor;
}

/**
 * The body `its`/`ses` at `at` refers to: the sentence's subject, read as the first body it names
 * (`The X condemns the sentences the Y Court passed on three of its members`), else the first body
 * of the sentence before (`The Ministry refused to meet the X. One of its officials …`).
 */
function antecedent(context: TieContext, at: number): Organisation | undefined {
  const { text } = context;
  const paragraph = text.lastIndexOf("\n\n", at);
  const floor = paragraph < 0 ? 0 : paragraph;
  const start = sentenceStart(text, at, floor);
  // Note: a court, prosecutor or ministry that acts on the group (`the X District Court convicted four of
  // its former activists`) has no members; `its` then refers to the body of the sentence before.
  const own = bodiesWithin(context, start, at).filter((o) => !STATE.test(o.organisation.name))[0];
  if (own) return own.organisation;
  return start > floor ? bodiesWithin(context, sentenceStart(text, start - 1, floor), start).filter((o) => !STATE.test(o.organisation.name))[0]?.organisation : undefined;
}

/** The body of a possessive counted group stated before `mention`, when the mention is one of its first names. */
export function tieByPossessiveGroup(mention: Mention, context: TieContext, roles: readonly string[], vocabulary: Vocabulary | null): Organisation | undefined {
  const { text } = context;
  if (!mayHoldGroup(text) || outsider(context, mention) || roles.some((role) => /\b(?:judge|lawyer|prosecutor|juge|avocat|procureur|juez|jueza|abogad[oa]|fiscal)\b/iu.test(role))) return undefined;
  let from = mention.start;
  for (let i = 0; i <= REACH && from > 0; i++) {
    const blank = text.lastIndexOf("\n\n", from - 1);
    from = blank < 0 ? 0 : blank;
  }
  const found = [...text.slice(from, mention.start).matchAll(POSSESSIVE_GROUP)].pop();
  if (!found) return undefined;
  // Note: `at least nine of its members are still detained` estimates a number; it introduces no names.
  if (ESTIMATE.test(text.slice(Math.max(from, from + found.index - 20), from + found.index))) return undefined;
  const count = countOf(found[1] ?? "", vocabulary);
  if (count === null || count < 1) return undefined;
  const at = from + found.index;
  const organisation = OURS.test(found[2] ?? "") ? writerBody(context) : antecedent(context, at);
  if (!organisation) return undefined;
  const named = new Set(peopleWithin(context, at + found[0].length, mention.start).filter((m) => !outsider(context, m)).map((m) => m.text));
  return named.has(mention.text) || named.size < count ? organisation : undefined;
}
