/**
 * Bodies named head first with lower-case words, as French and Spanish write them
 * (`Fédération générale des cheminots indépendants`, `le ministère de la Santé`, `Grupo de
 * Trabajo sobre la Detención Arbitraria`): the phrase grammar lives in language/bodies.ts, the
 * words in each vocabulary. Nothing for English letters, which keep the capitalised-chunk rules.
 */
import type { OrganisationCandidate } from "../../records.js";
import { findLanguageBodies, findLanguageTitles } from "../../language/bodies.js";
import { vocabularyOf } from "../../language/vocabulary.js";
import type { Extractor, Unstamped } from "../types.js";

/** A bracketed acronym right after the name (`… du Travail (OIT)`), which the definition rule also reads. */
const ACRONYM = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}-]{1,11})\)/u;

export const languageBodyRule: Extractor<OrganisationCandidate> = {
  id: "organisations/language-body",
  type: "organisation",
  extract(context) {
    const vocabulary = vocabularyOf(context.language);
    if (!vocabulary) return [];
    const { text } = context;
    // Note: and outlets' titles after a media noun (`l'hebdomadaire La Voix de l'Est`).
    return [...findLanguageBodies(text, vocabulary), ...findLanguageTitles(text, vocabulary)].map((body): Unstamped<OrganisationCandidate> => {
      const acronym = ACRONYM.exec(text.slice(body.end, body.end + 16))?.[1] ?? null;
      return { type: "organisation", start: body.start, end: body.end, text: text.slice(body.start, body.end), name: body.name, acronym };
    });
  },
};
