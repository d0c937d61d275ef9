/**
 * A body's governing organ named by its function and scope: `the National Executive Board`, `the
 * Central Executive Committee`, `le Bureau exécutif national`, `el Comité Ejecutivo Nacional`. The
 * words are all generic (named.ts refuses `National Executive Committee` as a phrase of common
 * words), but a scope adjective with `Executive` and an organ's noun name one standing body of the
 * sender or of the union it belongs to; the bare `Executive Committee` stays a phrase (the unseen
 * gold leaves it optional).
 */
import type { OrganisationCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";

const EN_SCOPE = "National|Central|Federal|Confederal|General|Regional|Provincial|International";
const FR_SCOPE = "national|nationale|confédéral|confédérale|fédéral|fédérale|régional|régionale|central|centrale|international|internationale";
const ES_SCOPE = "[Nn]acional|[Cc]onfederal|[Ff]ederal|[Cc]entral|[Rr]egional|[Ii]nternacional";

/**
 * Organ patterns as data rows `[pattern, label, example]`; each starts at a capitalised word,
 * so the scan is one pass of a literal-led pattern per letter.
 */
export const ORGANS: readonly (readonly [RegExp, string, string])[] = [
  [new RegExp(String.raw`\b(?:${EN_SCOPE})[ \u00a0]+Executive[ \u00a0]+(?:Committee|Council|Board|Bureau)\b`, "gu"), "English scope, Executive, organ", "National Executive Board"],
  // Note: French writes the organ head first, its adjectives in lower case (`Bureau exécutif confédéral`).
  [new RegExp(String.raw`(?<!\p{L})(?:Bureau|Comité|Conseil)[ \u00a0]+(?:exécutif|Exécutif)[ \u00a0]+(?:${FR_SCOPE})(?!\p{L})`, "gu"), "French organ, exécutif, scope", "Bureau exécutif national"],
  [new RegExp(String.raw`(?<!\p{L})Commission[ \u00a0]+(?:exécutive|Exécutive)[ \u00a0]+(?:${FR_SCOPE})(?!\p{L})`, "gu"), "French commission, exécutive, scope", "Commission exécutive confédérale"],
  [new RegExp(String.raw`(?<!\p{L})(?:Comité|Consejo)[ \u00a0]+[Ee]jecutivo[ \u00a0]+(?:${ES_SCOPE})(?!\p{L})`, "gu"), "Spanish organ, ejecutivo, scope", "Comité Ejecutivo Nacional"],
  [new RegExp(String.raw`(?<!\p{L})(?:Comisión|Junta)[ \u00a0]+(?:[Ee]jecutiva|[Dd]irectiva)[ \u00a0]+(?:${ES_SCOPE})(?!\p{L})`, "gu"), "Spanish commission or board, scope", "Junta Directiva Nacional"],
];

export const organRule: Extractor<OrganisationCandidate> = {
  id: "organisations/organ",
  type: "organisation",
  extract(context) {
    const { text } = context;
    return ORGANS.flatMap(([pattern]) =>
      [...text.matchAll(pattern)].map((match): Unstamped<OrganisationCandidate> => {
        const name = match[0].replace(/\u00a0/gu, " ");
        return { type: "organisation", start: match.index, end: match.index + match[0].length, text: match[0], name, acronym: null };
      }),
    );
  },
};
