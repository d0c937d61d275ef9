/** Names compromise tags as people (`Alexander Lukashenko`), re-cut to our name chunks. */
import type { PersonCandidate } from "../../records.js";
import { isCommonWord, personSpans } from "../nlp.js";
import type { Extractor } from "../types.js";
import { sentences } from "./scan.js";
import { nameChunks, personCandidate, plausibleName } from "./names.js";

export const compromiseRule: Extractor<PersonCandidate> = {
  id: "people/compromise",
  type: "person",
  extract(context) {
    const { text } = context;
    return sentences(context).flatMap((sentence) => {
      // Note: with no other evidence, a name ending in an ordinary word (`Design Express`) is a thing.
      const chunks = nameChunks(text, sentence).filter(
        (chunk) => plausibleName(text, chunk) && !isCommonWord(chunk.name.at(-1)?.text ?? ""),
      );
      // Note: compromise costs ~0.1 ms a word; a sentence with no two-word name chunk cannot pay.
      if (chunks.length === 0) return [];
      const spans = personSpans(text.slice(sentence.start, sentence.end), sentence.start);
      return chunks
        .filter((chunk) => chunk.name.some((token) => spans.some((span) => token.start >= span.start && token.end <= span.end)))
        .map((chunk) => personCandidate(text, chunk));
    });
  },
};
