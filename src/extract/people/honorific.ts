/** `Mr Marc Leemans`, `Mr. Bialiatski`, `Ambassador Aleksandr MIKHNEVICH`: a name after a form of address. */
import type { PersonCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { BURMESE_HONORIFICS, HONORIFICS, TITLE_HONORIFICS } from "./lexicon.js";
import { personCandidate, plausibleName, titleRole } from "./names.js";
import { located } from "./scan.js";
import { isInitialHonorific } from "../../language/honorifics.js";
import { vocabularyOf } from "../../language/vocabulary.js";

export const honorificRule: Extractor<PersonCandidate> = {
  id: "people/honorific",
  type: "person",
  extract(context) {
    return located(context).flatMap(({ chunk }) => {
      const address = chunk.title.at(-1)?.text.toLowerCase() ?? "";
      const initial = isInitialHonorific(chunk.title.at(-1)?.text ?? "", vocabularyOf(context.language));
      if (!HONORIFICS.has(address) && !TITLE_HONORIFICS.has(address) && !BURMESE_HONORIFICS.has(address) && !initial) return [];
      if (!plausibleName(context.text, chunk, 1)) return [];
      const role = titleRole(context.text, initial ? { ...chunk, title: chunk.title.slice(0, -1) } : chunk);
      return [personCandidate(context.text, chunk, role ? [role] : [])];
    });
  },
};
