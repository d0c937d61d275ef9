/**
 * A name after a position: `Finance Minister Mthuli Ncube`, `OMCT Secretary General Gerald
 * Staberock`, `judge Viktoryia Shabunia`, `secretary-general, Japhet Moyo`.
 */
import type { PersonCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { personCandidate, plausibleName, titleRole } from "./names.js";
import { isAddress } from "./address-forms.js";
import { isRoleWord, keptRole, roleBefore, singular } from "./roles.js";
import { located } from "./scan.js";

/** A lower-case post, `and`, perhaps `current`/`now`, before a title chunk: `former presidential adviser and current `. */
const JOINED_ROLE = /(?:^|[\s,(])((?:former\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2})(\p{Ll}[\p{Ll}-]*)\s+and\s+(?:(?:current|now|also|later)\s+)?$/u;

/** A lawyer's form of address written as a post (`Advocate A`, `Adv. B`): the post only when no other is stated beside it. */
const COUNSEL_ADDRESS = /^(?:advocate|adv)$/iu;

/** `general coordinator of the ` before a body's name. */
const ROLE_OF_PREFIX = /\b((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)\s+of\s+(?:the\s+)?$/u;

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
        // Note: `Their lawyer, Advocate A`, `the union's counsel, Advocate B`: the post set off before the
        // form of address is the person's (every gold: `lawyer`, `counsel`), not `Advocate`.
        const opening = chunk.prefix[0] ?? chunk.title[0];
        if (opening && chunk.title.some((token) => COUNSEL_ADDRESS.test(token.text)) && chunk.title.every((token) => COUNSEL_ADDRESS.test(token.text) || isAddress(token)) && /,\s+$/u.test(text.slice(Math.max(sentence.start, opening.start - 3), opening.start))) {
          const stated = roleBefore(text, sentence.start, opening.start);
          if (stated.role) return [personCandidate(text, chunk, [...stated.also, stated.role], stated.organisation ?? prefix)];
        }
        // Note: `former presidential adviser and current Justice Minister Laurent Esso`: an earlier post joined by `and`.
        const first = chunk.prefix[0] ?? chunk.title[0];
        const joined = first ? JOINED_ROLE.exec(text.slice(Math.max(sentence.start, first.start - 80), first.start)) : null;
        // Note: a singular post only (`arrested teachers and Finance Minister X` joins a group, not a post), no verb in it.
        const post = joined?.[2] ?? "";
        const earlier = joined && isRoleWord(post) && singular(post) === post && !/\p{Ll}ed\s/u.test(joined[1] ?? "") ? keptRole(`${joined[1] ?? ""}${post}`.trim()) : null;
        return [personCandidate(text, chunk, [...(earlier ? [earlier] : []), ...(kept ? [kept] : [])], prefix)];
      }
      // Note: `general coordinator of the International Socialist Organisation-Zimbabwe Munyaradzi
      // Gwisai`: a role of the body that is the chunk's prefix.
      const prefix = chunk.prefix[0];
      if (prefix && chunk.title.length === 0) {
        const of = ROLE_OF_PREFIX.exec(text.slice(Math.max(sentence.start, prefix.start - 60), prefix.start));
        const role = of?.[1] ?? "";
        if (of && isRoleWord(role.split(" ").at(-1) ?? "")) {
          const kept = keptRole(role);
          return [personCandidate(text, chunk, kept ? [kept] : [], text.slice(prefix.start, chunk.prefix.at(-1)?.end))];
        }
      }
      const start = (chunk.tokens[0]?.start ?? 0);
      const before = roleBefore(text, sentence.start, start);
      // Note: a form of address between the role and the name (`a fellow driver, Ko Nyan Sein`) keeps the role's evidence.
      if (!before.evidence || !chunk.title.every(isAddress)) return [];
      return [personCandidate(text, chunk, [...before.also, ...(before.role ? [before.role] : [])], before.organisation)];
    });
  },
};
