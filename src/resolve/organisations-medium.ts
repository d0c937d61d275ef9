/**
 * A messaging or social platform named only as the medium of a message (`a WhatsApp voice message`,
 * `un groupe WhatsApp d'enseignants`, `mensajes de WhatsApp`, `the union's Telegram channel`): the
 * word names where words were posted, not a body the letter is about. Decision in
 * docs/people-and-organisations.md ("A platform named as a message's medium").
 */
import type { OrganisationCandidate } from "../records.js";

/** A noun of a message, a group of readers or an account right after the word (English word order). */
const MEDIUM_AFTER = /^[ \u00a0]+(?:voice[ \u00a0]+|audio[ \u00a0]+|text[ \u00a0]+)?(?:group|groups|chat|chats|message|messages|note|notes|post|posts|account|accounts|status|call|calls)\b/u;
/** A channel after the word, owned by someone before it (`the union's Telegram channel`): an outlet's channel has no owner there (`the Belsat TV channel`). */
const OWNED_CHANNEL = /^[ \u00a0]+channel\b/u;
const OWNER_BEFORE = /(?:\p{L}['’]s?|\b(?:its|his|her|their|our|my|your))[ \u00a0]+$/u;
/** The same nouns before the word, French and Spanish word order, or with a preposition (`groupe WhatsApp`, `mensajes de WhatsApp`, `messages on Signal`). */
const MEDIUM_BEFORE = /(?:^|[^\p{L}])(?:groupe|groupes|grupo|grupos|chat|discussion|message|messages|mensaje|mensajes|compte|cuenta|conversation|conversación)(?:[ \u00a0]+(?:de|on|via|sur|en|por|vía))?[ \u00a0]+$/iu;

/** True when the candidate's name, one word, stands as a message's medium where it is found. */
function asMedium(text: string, candidate: OrganisationCandidate): boolean {
  const { name, start } = candidate;
  // Note: a body's short form in capitals is a sender (`the ITUC message of support`), no platform.
  if (/\s/u.test(name) || /^[\p{Lu}\p{N}-]+$/u.test(name) || !text.startsWith(name, start)) return false;
  const after = text.slice(start + name.length, start + name.length + 24);
  const before = text.slice(Math.max(0, start - 30), start);
  return MEDIUM_AFTER.test(after) || MEDIUM_BEFORE.test(before) || (OWNED_CHANNEL.test(after) && OWNER_BEFORE.test(before));
}

/** True for a group of candidates all naming a platform as a message's medium: no record. */
export function isMediumOnly(text: string, group: readonly OrganisationCandidate[]): boolean {
  return group.length > 0 && group.every((c) => asMedium(text, c));
}
