/**
 * Capitalised pairs that name places by where they stand, not by a gazetteer: `…, Puerto Barrios,
 * Guatemala` (a country after a comma closes a place's address), `in Gusau, Kaura Namoda and
 * Talata Mafara` (a list after a locative preposition) and a dateline (`San José, 16 December
 * 2021`). Such a name is no person unless its first word is a known given name.
 */
import { isCountry, isGivenName } from "../nlp.js";
import { DIVISION_WORDS } from "../../language/places.js";
import { isAcronymShaped, type Token } from "./tokens.js";
import { DESCRIPTIONS, ROLE_HEADS, TITLE_WORDS } from "./lexicon.js";
import { ORG_HEADS } from "../organisations/lexicon.js";
import { isRoleWord } from "./roles.js";

const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/**
 * A locative preposition, or a division's noun and its `of` (`the provinces of`, `l'île de la`,
 * `la provincia de`): the last one before the name is read.
 */
const LOCATIVE_WORD =
  /(?<!\p{L})(?:in|near|outside|around|across|between|(?:provinces?|regions?|districts?|departments?|governorates?|prefectures?|count(?:y|ies)|municipalit(?:y|ies)|islands?|towns?|villages?)\s+of|(?:province|région|département|île|provincia|región|departamento|isla|municipio)\s+(?:de\s+la|de\s+l['’]|des|du|del|de))\s+/gu;
/** A compass or landscape adjective in lower case between the locative and the place (`in southern X`, `in rural X`). */
const COMPASS = "(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|upper|lower|rural|coastal)\\s+)?";
/** Capitalised places listed before this one, to the name (`Gusau, `). */
const LISTED_PLACES = new RegExp(String.raw`^${COMPASS}(?:${CAP}(?:\s+${CAP}){0,3}(?:,\s+|,?\s+(?:and|et|y)\s+))*$`, "u");

/**
 * True when a locative preposition stands before the name, perhaps with places listed between,
 * and the list is not a group's names set off after its place (`groupAfterPlace`).
 */
function afterLocative(text: string, at: number): boolean {
  // Note: within the paragraph: a headline's `in Oruro` above a byline places no writer.
  const from = Math.max(0, at - 80, text.lastIndexOf("\n\n", at - 1) + 2);
  const before = text.slice(from, at);
  let end = -1;
  for (const match of before.matchAll(LOCATIVE_WORD)) end = match.index + match[0].length;
  return end >= 0 && LISTED_PLACES.test(before.slice(end)) && !groupAfterPlace(text, from + end, before.slice(end)) && !postAtPlace(before, end);
}

/** One place, then its comma: `Nouadhibou, `. */
const ONE_PLACE = new RegExp(String.raw`^${CAP}(?:\s+${CAP}){0,2},\s+$`, "u");
/** The post right before the locative (`the ADDF's coordinator in `, `its correspondent in `). */
const POST_BEFORE = /(?:^|[\s,])(\p{Ll}[\p{L}-]*)\s+$/u;

/**
 * A post held at one place, then its holder set off by a comma (`the ADDF's coordinator in
 * Nouadhibou, Mariem Mint Bilal`, `our correspondent in Goma, Jean Kabila`): the name is the
 * post's holder, not a second place. Note: a list of places (`in Gusau, Kaura Namoda and …`) still lists places.
 */
function postAtPlace(before: string, locativeEnd: number): boolean {
  if (!ONE_PLACE.test(before.slice(locativeEnd))) return false;
  const post = POST_BEFORE.exec(before.slice(0, locativeEnd).replace(/\s*\b(?:in|near|outside|around|across|between)\s+$/u, " "))?.[1]?.toLowerCase() ?? "";
  return ROLE_HEADS.has(post) && !DESCRIPTIONS.has(post);
}

/**
 * People counted or named as a group just before the locative (`Three members of the depot
 * committee in Minsk, A, B and C, were fined`): the names listed after the place are the group's,
 * set off by commas, not more places. Note: the list must close with a comma and a lower-case word
 * (`workers in Gusau, Kaura Namoda and Talata Mafara lost` lists places after a plural too).
 */
// Note: the group's body may carry its short form in brackets (`two organisers of the X (XK) in North Maluku, A and B, …`).
const GROUP_BEFORE = /\b(?:members|leaders|activists|organi[sz]ers|officers|officials|stewards|journalists|reporters|unionists|defendants|colleagues|teachers|workers|drivers|employees|representatives|delegates|lawyers|students)\b(?:[^.;:!?()]|\([^().;:!?]{1,15}\)){0,60}$/iu;
const CLOSED_LIST = new RegExp(String.raw`^(?:${CAP}(?:\s+${CAP}){0,3}(?:,\s+|,?\s+and\s+))+${CAP}(?:\s+${CAP}){0,3},\s+(?!where\b|which\b|when\b|whose\b)\p{Ll}`, "u");

function groupAfterPlace(text: string, listStart: number, placesBefore: string): boolean {
  if (!placesBefore.includes(",")) return false;
  const lead = text.slice(Math.max(0, listStart - 100), listStart);
  return GROUP_BEFORE.test(lead.replace(/\s*\b(?:in|near|outside|around|across|between)\s+$/u, "")) && CLOSED_LIST.test(text.slice(listStart, listStart + 240));
}

/** After the name: a comma, one or two capitalised words, then the end of the phrase. */
const COMMA_PLACE_AFTER = /^,[ \u00a0]+(\p{Lu}\p{L}+(?:[ \u00a0]\p{Lu}\p{L}+)?)(?=[ \u00a0]*(?:[\n.,;:)]|$))/u;
/** After a name opening a line: a comma and a date closing it (`, 16 December 2021`, `, May 3, 2024`). */
const DATELINE_AFTER = /^,[ \u00a0]+(?:\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+\p{Lu}\p{Ll}+,?[ \u00a0]+\d{4}|\p{Lu}\p{Ll}+[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?,?[ \u00a0]+\d{4})[ \t]*(?:\n|$)/u;

/** A lower-case administrative division right after a name (language/places.ts's, and a few lower-case only). */
// Note: and a settlement's or a place of detention's noun (`Ban Khoksa village`, `Adi Gebru detention centre`): a place named
// after someone is a place too.
const DIVISION_AFTER = new RegExp(`^[ \u00a0]+(?:${[...DIVISION_WORDS.map((w) => w.toLowerCase()), "raion", "sub-county", "commune", "department", "division", "valley", "village", "town", "city", "prison", "detention", "camp"].join("|")})s?\\b`, "u");

/** `in` right before the name, and no possessive after it (`held in Marina Cove`, not `in Maria Lopez's case`). */
const IN_BEFORE = /(?<!\p{L})[Ii]n[ \u00a0]+$/u;
const POSSESSIVE_AFTER = /^['’]s?(?!\p{L})/u;

/** A town opening a line, then its comma: what follows up to a dash is its region. */
const DATELINE_TOWN = /^[ \t]*\p{Lu}[\p{L}\p{M} .'’-]{1,30},[ \u00a0]+$/u;

/**
 * True when the name sits in an address chain: a comma before it and a country after the next
 * comma (`SITRABAN-Izabal, Puerto Barrios, Guatemala`). Note: a signatory line (`Ana Ruiz,
 * Guatemala`) has no comma before the name.
 */
function inAddressChain(text: string, start: number, end: number): boolean {
  if (!/,[ \u00a0]+$/u.test(text.slice(Math.max(0, start - 3), start))) return false;
  const place = COMMA_PLACE_AFTER.exec(text.slice(end, end + 40))?.[1];
  return place !== undefined && isCountry(place);
}

/** After a name on an address line: a house number perhaps, a comma or dash, then capitalised words to the line's end. */
const ADDRESS_REST = /^(?:[ \u00a0]+\d+\p{L}?)?(?:,|[ \u00a0]+[–—-])[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’.]*(?:-[\p{L}\p{M}'’.]*)*(?:(?:,?[ \u00a0]+|[ \u00a0]+[–—-][ \u00a0]+)\p{Lu}[\p{L}\p{M}'’.]*(?:-[\p{L}\p{M}'’.]*)*){0,5})[ \t]*(?:\n|$)/u;
/** Before a name inside an address line: a number on the line, then a comma or dash (`Îlot K, lot 112 – `). */
const NUMBERED_BEFORE = /\d[^\n]*(?:,|[ \u00a0][–—-])[ \u00a0]+$/u;
/**
 * How much of the line before a name an address's number and separator can take (`Îlot K, lot 112 – ` is 18).
 * Note: also the bound that keeps NUMBERED_BEFORE linear: on a line thousands of characters long it backtracked from
 * every digit to the line's end, for every name on the line (a fuzzed letter with one run repeated took 4.5 s).
 */
const ADDRESS_LEAD = 80;

/**
 * True when the name stands on an address line of a block (`Ministry of Justice` / `Marina Parade, Banjul`;
 * `Ministro de Justicia` / `Scipión Llona 350, Miraflores`; `lot 112 – Tevragh Zeina – Nouakchott`): the line
 * goes on after it with a house number or a separator and capitalised places to its end, and the line above is
 * part of the block (an addressee's or letterhead's title or body, not a closing or a label ending in `,` or `:`).
 * Note: a person's line says a post or body after the comma (`A, General Secretary`, `B, GFFW Secretary`), and
 * a list of names opens each with a given name (`C, Pedro Gil`): those stay people.
 */
function onAddressLine(text: string, first: Token, last: Token): boolean {
  const lineStart = text.lastIndexOf("\n", first.start - 1) + 1;
  const lead = text.slice(lineStart, first.start);
  if (!/^[ \t]*$/u.test(lead) && (lead.length > ADDRESS_LEAD || !NUMBERED_BEFORE.test(lead))) return false;
  const above = text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, Math.max(0, lineStart - 1));
  // Note: nor under a labelled list (`cc: A, President, X` / `    B, Paxta Nazorati`): its lines name people.
  if (lineStart === 0 || /^[ \t]*$/u.test(above) || /[,:][ \t]*$/u.test(above) || /^[ \t]*[\p{L}.]{1,12}[ \t]*:/u.test(above)) return false;
  const rest = ADDRESS_REST.exec(text.slice(last.end, last.end + 120))?.[1];
  if (rest === undefined) return false;
  const words = rest.split(/[ \u00a0,–—-]+/u).filter(Boolean);
  return !isGivenName(words[0] ?? "") && words.every((word) => !isRoleWord(word) && !TITLE_WORDS.has(word.toLowerCase()) && !ORG_HEADS.has(word.toLowerCase()) && !isAcronymShaped(word));
}

/** True when the run of name words `name` stands where a place does. */
export function placedByContext(text: string, name: readonly Token[]): boolean {
  const first = name[0];
  const last = name.at(-1);
  if (!first || !last) return false;
  if (onAddressLine(text, first, last)) return true;
  // Note: a lower-case division after the name makes it a place's (`in the Nuwara Eliya district`), whatever its first word.
  if (DIVISION_AFTER.test(text.slice(last.end, last.end + 20))) return true;
  // Note: a name opening with a known given name (`Adi`, `Marina`, `Ban`) is a place only right after `in`: after other
  // locatives it is as often a person (`between Maria Lopez and the company`).
  if (isGivenName(first.text)) return IN_BEFORE.test(text.slice(Math.max(0, first.start - 4), first.start)) && !POSSESSIVE_AFTER.test(text.slice(last.end, last.end + 3));
  if (afterLocative(text, first.start)) return true;
  if (inAddressChain(text, first.start, last.end)) return true;
  const lineStart = text.lastIndexOf("\n", first.start - 1) + 1;
  // Note: a dateline's region between its town and the dash (`TAGUM CITY, Davao del Norte – A court …`).
  if (first.start - lineStart <= 40 && DATELINE_TOWN.test(text.slice(lineStart, first.start)) && /^[ \u00a0]*[–—-][ \u00a0]/u.test(text.slice(last.end, last.end + 4))) return true;
  return /^[ \t]*$/u.test(text.slice(lineStart, first.start)) && DATELINE_AFTER.test(text.slice(last.end, last.end + 30));
}
