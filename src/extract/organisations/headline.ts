/**
 * Headlines in title case (`Iran Sugarworkers Union Leaders Sentenced to Prison`) make every word
 * look like a name; rules that rely on capitals alone skip them. Letterhead lines (`Embassy of the
 * Republic of Belarus`) are title case too, but have no past-tense verb.
 */
import type { Span } from "../../records.js";
import { lexiconTags } from "../nlp.js";
import { tokenize } from "../people/tokens.js";

const SMALL = /^(?:a|an|the|of|to|in|on|at|for|and|or|by|with|within|from|over|after|as|into|vs)$/u;
// Note: only past forms count as a headline's verb: `Rights`, `Faces` are tagged both noun and verb.
const isVerb = (word: string): boolean => /\p{Ll}ed$/u.test(word) || lexiconTags(word).some((tag) => /PastTense|Participle/u.test(tag));

/** True for a title-case headline: five or more words, all capitalised but small words, one a past-tense verb. */
export function isHeadline(text: string, span: Span): boolean {
  const words = tokenize(text, span.start, span.end).filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 5 || !words.every((t) => /^\p{Lu}/u.test(t.text) || SMALL.test(t.text))) return false;
  return words.some((t) => /^\p{Lu}/u.test(t.text) && isVerb(t.text));
}
