/**
 * Another name of the person just named; resolution merges it into that person:
 * `Amirov (also known as Faiq Amirli)`, and a bracket holding only a name right after a name
 * (`Phan Trung (Venerable Nhat Hue)`, `Khaing Thawza Aye (Faong Roe)`).
 */
import type { PersonCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { nameChunks, personCandidate, plausibleName } from "./names.js";
import { located } from "./scan.js";
import { allVocabularies } from "../../language/vocabulary.js";

// Note: French and Spanish phrases (`de son vrai nom`, `conocido como`) come from the language vocabularies.
const PHRASES = ["also known as", "a\\.k\\.a\\.", "aka", "née", "born", ...allVocabularies().flatMap((v) => v.aka)];
// Note: bounded repetition keeps the pattern linear.
const AKA = new RegExp(`[(,]\\s*(?:${PHRASES.join("|")})\\s+([^(),;\\n]{2,60})`, "gu");

/** A bracket right after a name, holding a few words (`(Venerable Nhat Hue)`). */
const BRACKET = /^[ \u00a0]?\(([^()\n]{3,60})\)/u;

/** An acronym joined by a hyphen to the words after it, opening the bracket. */
const ACRONYM_JOINED = /^\p{Lu}{2,}[-–]/u;

function bracketed(text: string, nameEnd: number): Unstamped<PersonCandidate>[] {
  const match = BRACKET.exec(text.slice(nameEnd, nameEnd + 64));
  if (!match) return [];
  const start = nameEnd + match[0].indexOf("(") + 1;
  const end = start + (match[1]?.length ?? 0);
  const chunks = nameChunks(text, { start, end });
  const chunk = chunks[0];
  // Note: the whole bracket is the name (and perhaps a form of address): `(former president of
  // X)`, `(ZCTU)` or `(Myanmar Garment Union Member)` are not.
  if (chunks.length !== 1 || !chunk || chunk.tokens[0]?.start !== start || chunk.tokens.at(-1)?.end !== end) return [];
  if (chunk.prefix.length > 0 || !plausibleName(text, chunk)) return [];
  // Note: a body's short form joined to its seat is no name (`(FSTTM-El Alto)`, `(SITRAP-Norte)`).
  if (ACRONYM_JOINED.test(match[1] ?? "")) return [];
  return [personCandidate(text, chunk)];
}

export const akaRule: Extractor<PersonCandidate> = {
  id: "people/aka",
  type: "person",
  extract(context) {
    const { text } = context;
    const known = [...text.matchAll(AKA)].flatMap((match) => {
      const start = match.index + match[0].length - (match[1]?.length ?? 0);
      const chunk = nameChunks(text, { start, end: match.index + match[0].length })[0];
      return chunk && chunk.name[0]?.start === start && plausibleName(text, chunk) ? [personCandidate(text, chunk)] : [];
    });
    const brackets = located(context)
      .filter(({ chunk }) => chunk.name.length >= 2 && plausibleName(text, chunk))
      .flatMap(({ chunk }) => bracketed(text, chunk.name.at(-1)?.end ?? 0));
    return [...known, ...brackets];
  },
};
