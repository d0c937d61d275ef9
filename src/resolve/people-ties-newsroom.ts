/**
 * A newsroom's staff (issue 17.1): a letter about a newspaper, a site or a station names it once,
 * then its staff by their posts without naming it again:
 *   `three journalists of the Dakar daily Kocc Barma … Le directeur de publication, M. A, …`,
 *   `the news site Zhoda Online … Investigative reporters B and C received …`,
 *   `Malika, a Tajik-language weekly, … Reporter D was given five years`.
 * A person whose post is a newsroom's (editor, reporter, camera operator, cartoonist, rédacteur,
 * periodista…) and whom no clause ties is the nearest outlet's named before, in their paragraph or
 * the one before; a body is an outlet when the letter introduces it with a media noun or its name
 * says so. Read only when no clause ties the person.
 */
import type { Mention, Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { bodyBefore, bodyFrom, placed } from "./people-ties.js";

/** Newsroom posts (en/fr/es), as roles or the words right before the name. */
const NEWSROOM_WORDS = String.raw`(?:editors?(?:-in-chief)?|reporters?|correspondents?|photographers?|photojournalists?|camera\s?(?:m[ae]n|wom[ae]n|operators?)|columnists?|cartoonists?|caricaturists?|presenters?|anchors?|publishers?|contributors?|rédact(?:eur|rice)s?(?:\s+en\s+chef)?|caricaturistes?|directeur\s+de\s+(?:la\s+)?publication|directrice\s+de\s+(?:la\s+)?publication|secrétaire\s+de\s+rédaction|correspondante?s?|reporter[oa]s?|camarógraf[oa]s?|fotógraf[oa]s?|corresponsal(?:es)?|directora?\s+del\s+(?:medio|diario|periódico|semanario))`;
const NEWSROOM = new RegExp(String.raw`\b${NEWSROOM_WORDS}\b`, "iu");
/** Media nouns that introduce an outlet (`the news site X`, `X, a Tajik-language weekly`, `du quotidien dakarois X`). */
const MEDIA_WORDS = String.raw`(?:newspapers?|papers?|outlets?|weekl(?:y|ies)|dail(?:y|ies)|magazines?|stations?|channels?|websites?|sites?|broadcasters?|portals?|publications?|tabloids?|radio|television|tv|quotidiens?|hebdomadaires?|journal|journaux|médias?|chaîne|diarios?|semanarios?|periódicos?|revistas?|emisoras?|medios?|canal)`;
/** An outlet's name that says what it is (`Sahil Press`, `Radyo Kalinaw`, `Yasmina Hebdo`). */
const MEDIA_NAME = /\b(?:press|news|times|radio|radyo|tv|online|media|weekly|daily|herald|gazette|tribune|post|courier|express|hebdo|journal|diario|voz|voice|mirror|observer|monitor|investigations)\b/iu;
/** A body's name that says it is no outlet (`Media Freedom Initiative`, `Federation of Media Workers`). */
const NOT_OUTLET = /\b(?:unions?|federation|confederation|association|initiative|council|committee|network|foundation|institute|watch|centre|center|coalition|alliance|authority|ministry|observatory|syndicat|fédération|sindicato|federación|asociación|court|tribunal)\b/iu;

// Note: the post must end right before the name (`Reporter A`, `Le caricaturiste B`, `La reportera Sra. C`), a form of address between.
const NEWSROOM_BEFORE = new RegExp(String.raw`\b${NEWSROOM_WORDS},?\s+(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$`, "iu");

/** True when the person holds a newsroom post, by a role or the words right before this mention. */
function newsroom(mention: Mention, roles: readonly string[], text: string): boolean {
  if (roles.some((role) => NEWSROOM.test(role))) return true;
  const before = text.slice(Math.max(0, mention.start - 50), mention.start);
  return NEWSROOM_BEFORE.test(before);
}

const MEDIA_BEFORE = new RegExp(String.raw`\b${MEDIA_WORDS}(?:\s+[\p{Ll}-]+)?\s+$`, "iu");
const MEDIA_AFTER = new RegExp(String.raw`^,\s+(?:a|an|the|un|une|el|la)\s+(?:[\p{L}-]+\s+){0,3}?${MEDIA_WORDS}\b`, "iu");
const outlets = new WeakMap<Organisation, boolean>();

/** True when the letter introduces one of a body's mentions as an outlet (`the opposition daily X`, `X, a weekly`), or its name says so. */
function outlet(body: { organisation: Organisation }, text: string): boolean {
  const o = body.organisation;
  let known = outlets.get(o);
  if (known === undefined) {
    known =
      (MEDIA_NAME.test(o.name) && !NOT_OUTLET.test(o.name)) ||
      o.mentions.some((m) => MEDIA_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || MEDIA_AFTER.test(text.slice(m.end, m.end + 60)));
    outlets.set(o, known);
  }
  return known;
}

/** The outlet a newsroom post's holder works for: the nearest outlet named before, within reach; else undefined. */
export function tieByNewsroom(mention: Mention, roles: readonly string[], context: TieContext): Organisation | undefined {
  const { text } = context;
  if (!newsroom(mention, roles, text)) return undefined;
  // Note: an outlet named after the name in its sentence first (`The columnist, A, has written for the daily X`).
  const sentenceEnd = text.slice(mention.end, mention.end + 200).search(/[.!?](?:\s|$)|\n/u);
  const next = bodyFrom(context, mention.end);
  if (next && sentenceEnd >= 0 && next.end <= mention.end + sentenceEnd && outlet(next, text)) return next.organisation;
  // Note: else the nearest named before, in the person's paragraph or the one before (no further: another case may be told there).
  const paragraph = text.lastIndexOf("\n\n", mention.start);
  const floor = paragraph < 0 ? 0 : text.lastIndexOf("\n\n", paragraph - 1) + 1;
  const all = placed(context.organisations);
  for (let i = bodyBefore(context, mention.start)?.index ?? -1; i >= 0; i--) {
    const body = all[i];
    if (!body) continue;
    if (body.start < floor) return undefined;
    if (outlet(body, text)) return body.organisation;
  }
  return undefined;
}
