/**
 * A group named right after a penalty's term, behind its hand word (`… on each of the three`, `… on each of them`,
 * `para cada uno de los dos`, `… on the other two defendants`): the group the penalty reaches.
 */
import { groupIn, type Group } from "./penalties-groups.js";
import type { PenaltySite } from "./penalties-site.js";

/** A group named right after a penalty (`… on each of the three`, `… to both`): group 1 is the group's words. */
// Note: and `on each of them`, `to all of them`, `para cada uno de los dos`, `à chacun d'eux` (session 22): a distributive
// group after the hand word is the penalty's people as much as one before the verb.
const GROUP_AFTER =
  /^\s*(?:on|upon|to|against|para|a|sobre|contra|à|contre)\s+((?:(?:each|all|every\s+one)\s+of\s+)?(?:the|these|those|both|all)\b.*|(?:(?:each|all|every\s+one)\s+of\s+(?:them|these|those)|cada\s+un[oa]\s+de|chacune?\s+(?:d[’'](?:eux|elles)|des))(?!\p{L}).*)$/isu;

/** A distributive word before a group (`cada uno de `, `chacun des `, `each of `). */
const DISTRIBUTIVE = /^(?:cada\s+un[oa]\s+de|chacune?\s+des|(?:each|all|every\s+one)\s+of)\s+$/iu;

/** A definite group right after the penalty's term behind a hand word (GROUP_AFTER), or null. */
export function groupAfter(text: string, site: PenaltySite): Group | null {
  const after = GROUP_AFTER.exec(text.slice(site.term.end, Math.min(site.window.end, site.term.end + 60)));
  const words = after?.[1] ?? "";
  const group = after ? groupIn(words, false) : null;
  // Note: the group may stand after its distributive word (`cada uno de los dos`: `los dos`).
  return group && (group.index === 0 || DISTRIBUTIVE.test(words.slice(0, group.index))) && group.definite ? group : null;
}

/** Before a counted group right after a penalty: the hand word, perhaps `the other`/`the remaining` (`… on the other two defendants`). */
const COUNTED_AFTER = /^\s*(?:on|upon|to|against)\s+(?:the\s+(?:other|remaining)\s+)?(?=\S)/iu;

/** A counted group of two or more right after the penalty's term (`… on two reporters`), or null. */
export function countedAfter(text: string, site: PenaltySite): Group | null {
  const from = Math.max(site.end, site.term.end);
  const tail = text.slice(from, Math.min(site.window.end, from + 80));
  const hand = COUNTED_AFTER.exec(tail);
  const group = hand ? groupIn(tail.slice(hand[0].length), false) : null;
  return group && group.index === 0 && !group.definite && group.part !== true && group.size !== null && group.size >= 2 ? group : null;
}
