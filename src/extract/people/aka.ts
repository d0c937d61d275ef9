/** `Amirov (also known as Faiq Amirli)`: another name of the person just named; resolution merges it. */
import type { PersonCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { nameChunks, personCandidate, plausibleName } from "./names.js";

// Note: bounded repetition keeps the pattern linear.
const AKA = /[(,]\s*(?:also known as|a\.k\.a\.|aka|née|born)\s+([^(),;\n]{2,60})/gu;

export const akaRule: Extractor<PersonCandidate> = {
  id: "people/aka",
  type: "person",
  extract(context) {
    const { text } = context;
    return [...text.matchAll(AKA)].flatMap((match) => {
      const start = match.index + match[0].length - (match[1]?.length ?? 0);
      const chunk = nameChunks(text, { start, end: match.index + match[0].length })[0];
      return chunk && chunk.name[0]?.start === start && plausibleName(text, chunk) ? [personCandidate(text, chunk)] : [];
    });
  },
};
