/**
 * A credit line naming who did the writer's work by their post (session 20): a label of one to three
 * words whose last is a singular post, a colon, then the name, opening a line:
 *   `Lead monitor: Zarina Ismoilova`, `*Observer: Kamila Yusupova.*`, `**Observer:** Adv. B`,
 *   `Report coordinator: Nino Beridze`, `Coordinadora: Adriana Sepúlveda`, `Observatrice : Awa Diop`.
 * The label is the person's role. A plural label (`Observers: A, B`, `Trial monitors: …`) gives no
 * one a role; a label that is no post (`Contact:`, `Legal review:`, `To:`, `Cc:`) is no credit.
 * Which body the credited person works for is read in resolve/people-ties-credit.ts.
 */
import type { PersonCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { nameChunks, personCandidate, plausibleName } from "./names.js";
import { isAddress } from "./address-forms.js";
import { isPostWord, singular } from "./roles.js";

/** The label (group 1) opening its line, its colon, then what follows on the line (group 2). */
const CREDIT = /(?:^|\n)[ \t]*(?:[*_>•-]+[ \t]*)?((?:\p{L}[\p{L}'’-]*[ \t]+){0,2}\p{L}[\p{L}'’-]*)[*_]*[ \t]*:[*_]*[ \t]*([^\n]{2,120})/gu;

/** True when the label's last word is a singular post (`monitor`, `Coordinadora`), its others words of a post (`Lead`, `Report`). */
export function creditLabel(label: string): boolean {
  const words = label.split(/\s+/u);
  const head = words.at(-1) ?? "";
  // Note: a plural label credits a group (`Observers: A, B`): no one's role; `singular` keeps a word it cannot reduce.
  return isPostWord(head) && singular(head) === head.toLowerCase() && words.every((word) => /^\p{L}[\p{Ll}'’-]*$/u.test(word));
}

export const creditRule: Extractor<PersonCandidate> = {
  id: "people/credit",
  type: "person",
  extract(context) {
    const { text } = context;
    // Note: a cheap test first: no colon after a word at a line's start, no reading.
    if (!/(?:^|\n)[^\n:]{1,40}:/u.test(text)) return [];
    return [...text.matchAll(CREDIT)].flatMap((match) => {
      const label = match[1] ?? "";
      if (!creditLabel(label)) return [];
      const from = match.index + match[0].length - (match[2] ?? "").length;
      // Note: the name ends at the first bracket, comma, semicolon or sentence end (`Leyla Asgarova (lead monitor, Baku);`).
      // Note: not the point of a form of address or an initial (`Adv. B`, `A. Diallo`).
      const stop = /[(,;]|(?<!(?:^|\s)\p{Lu}\p{Ll}{0,3})\.(?:[\s*_]|$)/u.exec(match[2] ?? "");
      const chunk = nameChunks(text, { start: from, end: from + (stop?.index ?? (match[2] ?? "").length) })[0];
      // Note: a form of address may stand before the name (`Adv. B`, `Me C`), nothing else.
      if (!chunk || !/^(?:\p{Lu}\p{Ll}{0,4}\.?[ \t]+)?$/u.test(text.slice(from, chunk.tokens[0]?.start ?? from)) || chunk.prefix.length > 0 || chunk.title.some((token) => !isAddress(token) && isPostWord(token.text)) || !plausibleName(text, chunk)) return [];
      return [personCandidate(text, chunk, [label])];
    });
  },
};
