/**
 * The outlet a news item credits in its byline or dateline: `LIMA, Nov. 6, 2025 (Andean Wire) – A
 * court …`, `By Chloe Ng, Harbour Courier` on a line of its own. Wire services and papers are
 * named there by words no head noun marks (`Wire`, `Courier`, `Reuters`).
 */
import type { OrganisationCandidate } from "../../records.js";
import { isCommonWord, isCountry, isGivenName, isPlaceName } from "../nlp.js";
import { isRoleWord } from "../people/roles.js";
import { MONITORING_POSTS } from "../people/lexicon.js";
import { placeByWords } from "../../language/places.js";
import type { Extractor, Unstamped } from "../types.js";

const WORDS = String.raw`\p{Lu}[\p{L}'’&.-]*(?:[ \u00a0]\p{Lu}[\p{L}'’&.-]*){0,3}`;
/** Two to four capitalised words, lower-case links allowed between two of them (`Guard the Guardians`, `Voice of Tai`). */
// Note: two words at least: one capitalised word before a bar and a date is a dateline's town as often (`Harare | 7 May 2021`).
const LINKED = String.raw`\p{Lu}[\p{L}'’&.-]*(?:[ \u00a0](?:(?:the|of|for|and|de|del|la|du|des)[ \u00a0]){0,2}\p{Lu}[\p{L}'’&.-]*){1,3}`;
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

/**
 * Credit patterns as data rows `[pattern, label, example]`: the last group is the outlet's name, a
 * byline's first its writer's (words the dictionary all knows are no writer: `By Registered Mail`). Each is
 * anchored at a line's start and bounded, so the scan stays linear in the letter's length.
 */
export const CREDITS: readonly (readonly [RegExp, string, string])[] = [
  // Note: a town in capitals or not and its comma, a date holding a digit, the outlet in brackets, then a dash.
  [new RegExp(String.raw`(?:^|\n)\p{Lu}[^\n(),]{1,30},[^\n()]{0,20}?\d[^\n()]{0,14}\((${WORDS})\)[ \u00a0]*[–—-]`, "gu"), "dateline credit", "LIMA, Nov. 6, 2025 (Andean Wire) – A court ruled"],
  // Note: an undated news dateline: a town in capitals (its country or region after a comma), the outlet in brackets, then a dash.
  [new RegExp(String.raw`(?:^|\n)\p{Lu}[\p{Lu}\p{M}'’.-]+(?:[ \u00a0]\p{Lu}[\p{Lu}\p{M}'’.-]+){0,2}(?:,[ \u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’.-]*){0,2})?[ \u00a0]\((${WORDS})\)[ \u00a0]*[–—-][ \u00a0]`, "gu"), "undated dateline credit", "HOLGUÍN, Cuba (Island Wire) – A court ruled"],
  // Note: the writer's name, a comma and the outlet, alone on the line.
  // Note: a masthead line, the outlet then a bar and when it posted (`Seoul Labour Ledger | Posted December 13, 2024`).
  [new RegExp(String.raw`(?:^|\n)[ \t]*(${WORDS})[ \t]*[|·•][ \t]*(?:Posted|Published|Updated|Filed)\b`, "gu"), "masthead credit", "Harbour Ledger | Posted May 2, 2025"],
  // Note: or the date alone after the bar, the line ending there; the outlet's name may hold a lower-case link (`Guard the Guardians | October 7, 2018`).
  [new RegExp(String.raw`(?:^|\n)[ \t]*(${LINKED})[ \t]*[|·•][ \t]*(?:${MONTH}[ \u00a0]\d{1,2},?[ \u00a0]\d{4}|\d{1,2}[ \u00a0]${MONTH}[ \u00a0]\d{4})[ \t]*(?=\n|$)`, "gu"), "dated masthead credit", "Guard the Guardians | October 7, 2018\n"],
  [new RegExp(String.raw`(?:^|\n)By[ \u00a0]+(\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]\p{Lu}[\p{L}'’.-]*){0,3}),[ \u00a0]+(${WORDS})[ \t]*(?=\n|$)`, "gu"), "byline credit", "By Chloe Ng, Harbour Courier\n"],
  // Note: a byline in three fields, writer, outlet and date, parted by bars (`By Ana Ruiz | Andes Bulletin | March 7, 2025`); two
  // words at least, since one word there is the dateline's town as often (`By Ana Ruiz | Manila | 14 October 2021`).
  [new RegExp(String.raw`(?:^|\n)By[ \u00a0]+(\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]\p{Lu}[\p{L}'’.-]*){0,3})[ \t]*[|·•][ \t]*(${LINKED})[ \t]*[|·•][^\n]*\d`, "gu"), "three-field byline credit", "By Ana Ruiz | Andes Bulletin | March 7, 2025"],
];

/** True for words that name an outlet: not a place (`By Ana Ruiz, Nairobi`), not a post (`Staff Reporter`). */
function outlet(name: string): boolean {
  const words = name.split(/[ \u00a0]+/u);
  // Note: a writer's name on a masthead line (`Ana Ruiz | Posted …`) is a person, not the outlet.
  if (words[0] === "By" || isGivenName(words[0] ?? "")) return false;
  // Note: a `the` right between two capitalised words makes the name a phrase (`Guard the Guardians`, `Save
  // the Rivers`), which no post is (`Secretary of the Union` has its `of`): a role word there is the phrase's noun.
  const phrase = /\p{Lu}\p{Ll}*[ \u00a0]the[ \u00a0]\p{Lu}/u.test(name);
  // Note: a monitoring post may close a masthead (`By A, Danube Observer`): not read as a post there.
  if (isPlaceName(name) || words.some((word) => isCountry(word) || (!phrase && isRoleWord(word) && !MONITORING_POSTS.has(word.toLowerCase())))) return false;
  return !words.every((word) => isPlaceName(word));
}

/** The undated dateline's row: with no date to mark it, its words before the bracket must hold a country or a known place. */
const UNDATED = (CREDITS[1] as readonly [RegExp, string, string])[0];

/** The three-field byline's row: its middle field must not be a town by its own words (`Santa Cruz`, `Port Louis`). */
const THREE_FIELD = (CREDITS[5] as readonly [RegExp, string, string])[0];
const titled = (name: string): boolean => !placeByWords(name.split(/[ \u00a0]+/u));

/** True when the words before a credit's bracket hold a country or a known place (`CAMAGÜEY, Cuba`, `SANTA CRUZ`). */
function placed(before: string): boolean {
  const cased = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
  return before.split(",").some((part) => {
    const words = part.trim().split(/[ \u00a0]+/u).map(cased);
    return isPlaceName(words.join(" ")) || words.some((w) => isCountry(w) || isPlaceName(w));
  });
}

export const bylineRule: Extractor<OrganisationCandidate> = {
  id: "organisations/byline",
  type: "organisation",
  extract(context) {
    const { text } = context;
    return CREDITS.flatMap(([pattern]) =>
      [...text.matchAll(pattern)].flatMap((match): Unstamped<OrganisationCandidate>[] => {
        const name = match.at(-1) ?? "";
        const writer = match.length > 2 ? (match[1] ?? "") : null;
        if (pattern === UNDATED && !placed(match[0].slice(0, match[0].lastIndexOf("(")))) return [];
        if (pattern === THREE_FIELD && !titled(name)) return [];
        if (!outlet(name) || (writer !== null && writer.split(/[ \u00a0]+/u).every((word) => isCommonWord(word.toLowerCase())))) return [];
        const start = match.index + match[0].lastIndexOf(name);
        return [{ type: "organisation", start, end: start + name.length, text: name, name, acronym: null }];
      }),
    );
  },
};
