/**
 * A name after a position: `Finance Minister Mthuli Ncube`, `OMCT Secretary General Gerald
 * Staberock`, `judge Viktoryia Shabunia`, `secretary-general, Japhet Moyo`.
 */
import type { PersonCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { isAddress, personCandidate, plausibleName, titleRole } from "./names.js";
import { isRoleWord, keptRole, roleBefore } from "./roles.js";
import { located } from "./scan.js";

export const titleRule: Extractor<PersonCandidate> = {
  id: "people/title",
  type: "person",
  extract(context) {
    const { text } = context;
    return located(context).flatMap(({ chunk, sentence }) => {
      if (!plausibleName(text, chunk)) return [];
      if (chunk.title.some((token) => isRoleWord(token.text))) {
        const role = titleRole(text, chunk);
        const kept = role ? keptRole(role) : null;
        const prefix = chunk.prefix.length > 0 ? text.slice(chunk.prefix[0]?.start, chunk.prefix.at(-1)?.end) : null;
        return [personCandidate(text, chunk, kept ? [kept] : [], prefix)];
      }
      const start = (chunk.tokens[0]?.start ?? 0);
      const before = roleBefore(text, sentence.start, start);
      // Note: a form of address between the role and the name (`a fellow driver, Ko Nyan Sein`) keeps the role's evidence.
      if (!before.evidence || !chunk.title.every(isAddress)) return [];
      return [personCandidate(text, chunk, before.role ? [before.role] : [], before.organisation)];
    });
  },
};
