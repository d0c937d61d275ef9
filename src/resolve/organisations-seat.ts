/**
 * A state's mission abroad and the town it sits in, right after its name (`the Nigerian High
 * Commission in Accra`, `l'ambassade du Mali à Berne`, `la Embajada de Chile en Madrid`): letters
 * name a mission with and without its seat, so its record carries both forms, the name without the
 * seat and the mention with it. Bodies other than missions keep the extents the rules gave them.
 */
import type { OrganisationCandidate } from "../records.js";
import { ORG_HEADS } from "../extract/organisations/lexicon.js";

/** A mission's head anywhere in its name (`Nigerian High Commission`, `ambassade du Mali`, `Embassy of Peru`). */
const MISSION = /(?:^|\s)(?:[Ee]mbassy|High Commission|Consulate(?:[- ]General)?|Permanent Mission|[Aa]mbassade|[Cc]onsulat(?:[- ]général)?|[Ee]mbajada|[Cc]onsulado(?: General)?)(?:\s|$)/u;
const TOWN = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]+){0,2}`;
/** The seat after the name: a link of the name's language and one to three capitalised words, then the name's end. */
const SEAT = new RegExp(String.raw`^[ \u00a0](?:in|at|à|en)[ \u00a0](${TOWN})(?=[ \u00a0]*(?:[\n,.;:)!?]|$|[ \u00a0]\p{Ll}))`, "u");

/** The candidate with the seat after a mission's name in its mention, when the text gives one; any other as it is. */
export function withSeat(text: string, candidate: OrganisationCandidate): OrganisationCandidate {
  if (!MISSION.test(candidate.name) || !text.endsWith(candidate.text, candidate.end)) return candidate;
  const seat = SEAT.exec(text.slice(candidate.end, candidate.end + 64));
  const town = seat?.[1];
  // Note: a body after the link is a host or a parent (`… in the European Union`, `at the United Nations Office`), no town.
  if (!seat || !town || town.split(/[ \u00a0]+/u).some((w) => ORG_HEADS.has(w.toLowerCase()))) return candidate;
  const end = candidate.end + seat[0].length;
  return { ...candidate, end, text: text.slice(candidate.start, end) };
}

/** A link before a town closing a body's name (`Radio Tsiokantimo de Toliara`, `Bar Association of Kisumu`). */
const TOWN_TAIL = /^(.+\s\p{Lu}[\p{L}\p{M}'’-]*)\s(?:of|de|du|d['’]|in|à|en)\s?(\p{Lu}[\p{L}\p{M}'’-]+)$/u;

/**
 * A body without the town closing its name (`Radio Tsiokantimo de Toliara` → `Radio Tsiokantimo`): a
 * letter names it in full once, then without its town. The town is one proper word (no English word,
 * no body's head), the rest two words at least with a head among them; organisations.ts joins the two
 * only when one full name in the letter owns the short form, and leaves generic names (`Court of Appeal`) alone.
 */
export function withoutTown(name: string, isWord: (word: string) => boolean): string | null {
  const m = TOWN_TAIL.exec(name);
  const short = m?.[1];
  const town = m?.[2];
  if (!short || !town || isWord(town.toLowerCase()) || ORG_HEADS.has(town.toLowerCase()) || /^\p{Lu}+$/u.test(town)) return null;
  return short.split(/\s+/u).some((w) => ORG_HEADS.has(w.toLowerCase())) ? short : null;
}

/** A station's word in an outlet's name (`Radio X`, `X FM`, `Télé X`). */
const STATION = /(?:^|\s)(?:Radio|Rádio|Radyo|FM|TV|Télé|Tele)(?:\s|$)/u;

/**
 * A station named with the town it broadcasts from after `de`/`du` (`Radio Tsiokantimo de Toliara`, `X FM de Tillabéri`):
 * letters and their readers name it without the town, so the record is named so, its mention keeping the town (both
 * forms). The town as withoutTown reads it (one proper word, no English word or head), no country; the rest keeps the station's word.
 */
export function withoutStationTown(candidate: OrganisationCandidate, isWord: (word: string) => boolean, isCountry: (word: string) => boolean): OrganisationCandidate {
  const town = /\s(?:de|du|d['’])\s?(\p{Lu}[\p{L}\p{M}'’-]+)$/u.exec(candidate.name)?.[1];
  // Note: a country there names a national station (`Radio Nationale de Madagascar`), no seat.
  if (!STATION.test(candidate.name) || !town || isCountry(town)) return candidate;
  const short = withoutTown(candidate.name, isWord);
  return short && STATION.test(short) ? { ...candidate, name: short } : candidate;
}
