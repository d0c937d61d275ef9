/**
 * Headlines in title case (`Iran Sugarworkers Union Leaders Sentenced to Prison`) make every word
 * look like a name; rules that rely on capitals alone skip them. Letterhead lines (`Embassy of the
 * Republic of Belarus`) are title case too, but have no past-tense verb.
 */
import type { Span } from "../../records.js";
import { lexiconTags } from "../nlp.js";
import { TokenStream } from "../people/tokens.js";

const STARTS_WITH_LETTER = /^\p{L}/u;
const STARTS_WITH_CAPITAL = /^\p{Lu}/u;
const SMALL = /^(?:a|an|the|of|to|in|on|at|for|and|or|by|with|within|from|over|after|as|into|vs)$/u;
// Note: only past forms count as a headline's verb: `Rights`, `Faces` are tagged both noun and verb.
// Note: a participle before a colon labels a list (`Co-signed by: A; B`, `Endorsed:`), it heads no story.
const LABEL = /^(?:[ \u00a0]+by)?[ \u00a0]*:/u;
const isVerb = (word: string): boolean => /\p{Ll}ed$/u.test(word) || lexiconTags(word).some((tag) => /PastTense|Participle/u.test(tag));

/** True for a title-case headline: five or more words, all capitalised but small words, one a past-tense verb. */
export function isHeadline(text: string, span: Span): boolean {
  const tokens = new TokenStream(text, span.start, span.end);
  let words = 0;
  let verb = false;
  // Note: read word by word, so that prose stops at its first lower-case word.
  for (let i = 0, token = tokens.at(0); token; token = tokens.at(++i)) {
    if (!STARTS_WITH_LETTER.test(token.text)) continue;
    const capital = STARTS_WITH_CAPITAL.test(token.text);
    if (!capital && !SMALL.test(token.text)) return false;
    words++;
    // Note: a past form after `the` modifies a name (`the United Kingdom`, `the Allied Workers`).
    verb ||= capital && isVerb(token.text) && tokens.at(i - 1)?.text.toLowerCase() !== "the" && !LABEL.test(text.slice(token.end, token.end + 5));
  }
  return words >= 5 && verb;
}
