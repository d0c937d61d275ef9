/**
 * Organs of a state named by common words: a government or administration named by its place and
 * its level (`the Kurdistan Regional Government`, `the Addis Ababa City Administration`, `the Lagos
 * State Government`), a country's armed forces (`the Sudanese Armed Forces`), a legislature by its
 * kind (`the National Assembly`, `la Asamblea Legislativa`, `l'Assemblée nationale`), the public
 * prosecution's English calque (`the Public Ministry`), a statutory authority named by its field
 * (`the Hospital Authority`) and a state's service or inspectorate by its domain (`the State Labour
 * Inspectorate`, `the Federal Migration Service`). named.ts refuses these as phrases of generic words and heads; each
 * names one body of the state, which GUIDELINES count (ministries, named bodies), unlike `the
 * government` or `the Chinese Government` (the national government, a generic reference).
 */
import type { OrganisationCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { isAdjectiveWord, isCommonWord, isCountryWord, isDemonym, isFunctionWord, isPlaceName } from "../nlp.js";
import { DOCUMENT_HEADS, GENERIC_WORDS } from "./lexicon.js";

const S = "[ \\u00a0]+";
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]+";
/** Levels below a state's own, before `Government`/`Administration` (`Regional`, `City`, `State`). */
const LEVELS = "Regional|Provincial|State|City|Municipal|County|District|Autonomous|Metropolitan|Prefectural|Oblast|Governorate";

/** How the words before the organ's head are checked. */
type Check = "place" | "nation" | "field" | "domain" | "none";

/**
 * State organ patterns as data rows `[pattern, words before the head, label, example]`; group 1
 * holds the words the check reads (a place, a nation, a field), when the row has any.
 */
export const STATE_ORGANS: readonly (readonly [RegExp, Check, string, string])[] = [
  [new RegExp(`(?<![\\p{L}\\p{M}])((?:${WORD}${S}){0,2}${WORD})${S}(?:${LEVELS})${S}(?:Government|Administration)(?![\\p{L}\\p{M}])`, "gu"), "place", "a place, its level, government or administration", "Kurdistan Regional Government"],
  [new RegExp(`(?<![\\p{L}\\p{M}])((?:${WORD}${S})?${WORD})${S}(?:Armed${S}Forces|Defen[cs]e${S}Forces?)(?![\\p{L}\\p{M}])`, "gu"), "nation", "a nation's armed forces", "Sudanese Armed Forces"],
  [new RegExp(`(?<![\\p{L}\\p{M}])(?:National|Legislative|Constituent)${S}Assembly(?![\\p{L}\\p{M}])`, "gu"), "none", "a legislature by its kind", "National Assembly"],
  [new RegExp(`(?<![\\p{L}\\p{M}])Asamblea${S}(?:Nacional|Legislativa|Constituyente)(?![\\p{L}\\p{M}])`, "gu"), "none", "a Spanish legislature by its kind", "Asamblea Nacional"],
  [new RegExp(`(?<![\\p{L}\\p{M}])Assemblée${S}(?:nationale|Nationale|législative|constituante)(?![\\p{L}\\p{M}])`, "gu"), "none", "a French legislature by its kind", "Assemblée nationale"],
  [new RegExp(`(?<![\\p{L}\\p{M}])Public${S}Ministry(?![\\p{L}\\p{M}])`, "gu"), "none", "the public prosecution's English calque", "Public Ministry"],
  [new RegExp(`(?<=\\bthe${S})(${WORD})${S}Authority(?![\\p{L}\\p{M}])`, "gu"), "field", "a statutory authority by its field", "Hospital Authority"],
  [new RegExp(`(?<![\\p{L}\\p{M}])(?:State|National|Federal)${S}(${WORD})${S}(?:Inspectorate|Service|Inspection)(?![\\p{L}\\p{M}])`, "gu"), "domain", "a state's service or inspectorate by its domain", "State Labour Inspectorate"],
];

/** Capitalised words and their connectors going on after a match (`of Criminal Justice Law`). */
const LAW_RUN = /^(?:[ \u00a0]+(?:of|and|for|on|the|\p{Lu}[\p{L}\p{M}'’-]*))+/u;

/** Literals one of which every match of a row holds, by row. */
export const ROW_LITERALS: readonly (readonly string[])[] = [["Government", "Administration"], ["Force"], ["Assembly"], ["Asamblea"], ["Assemblée"], ["Public"], ["Authority"], ["Inspect", "Service"]];

/** True when the words name a place: a known place or country, or capitalised words no dictionary holds as common. */
function place(words: string): boolean {
  const list = words.split(/[ \u00a0]+/u);
  if (isPlaceName(words) || isCountryWord(words)) return true;
  return list.every((w) => !isCommonWord(w) && !isFunctionWord(w) && !GENERIC_WORDS.has(w.toLowerCase()) && !isDemonym(w)) && list[0] !== "The";
}

/** True when the words name a nation: a demonym or a country (`Sudanese`, `Sri Lankan`, `Nigeria`). */
const nation = (words: string): boolean => isDemonym(words) || isCountryWord(words) || isDemonym(words.split(/[ \u00a0]+/u)[0] ?? "");

/** True for a field noun before `Authority` (`Hospital`, `Ports`), not a generic or describing word (`Local`, `Competent`). */
const field = (word: string): boolean => !GENERIC_WORDS.has(word.toLowerCase()) && !isDemonym(word) && !isAdjectiveWord(word) && !isFunctionWord(word);

/**
 * True for the domain a state's service or inspectorate works in (`Labour`, `Security`, `Migration`): a noun,
 * generic words included (`State Labour Inspectorate`), not a nation, an adjective or a function word.
 */
const domain = (word: string): boolean => !isDemonym(word) && !isAdjectiveWord(word) && !isFunctionWord(word) && !/^(?:The|Public|Civil|General|Regional|Local)$/u.test(word);

/** The words kept of group 1: a place's words without a leading `The` or function word (`The Lagos` → `Lagos`). */
function trimmed(words: string): string {
  const list = words.split(/([ \u00a0]+)/u);
  while (list.length > 2 && (isFunctionWord(list[0] as string) || /^(?:The|In|On|At|By|For)$/u.test(list[0] as string))) list.splice(0, 2);
  return list.join("");
}

export const stateRule: Extractor<OrganisationCandidate> = {
  id: "organisations/state",
  type: "organisation",
  extract(context) {
    const { text } = context;
    // Note: a row runs only where its head's literal is in the letter (a cheap test before the pattern's scan).
    return STATE_ORGANS.flatMap(([pattern, check], row) =>
      !(ROW_LITERALS[row] ?? [""]).some((literal) => text.includes(literal)) ? [] : [...text.matchAll(pattern)].flatMap((match): Unstamped<OrganisationCandidate>[] => {
        let start = match.index;
        let whole = match[0];
        const words = match[1];
        if (words !== undefined && check !== "field" && check !== "domain") {
          const kept = trimmed(words);
          start += words.length - kept.length;
          whole = whole.slice(words.length - kept.length);
          if (check === "place" ? !place(kept) : !nation(kept)) return [];
        }
        if ((check === "field" && !field(words ?? "")) || (check === "domain" && !domain(words ?? ""))) return [];
        const end = start + whole.length;
        // Note: a law's head closing the capitalised words that go on makes them the law's name (`National
        // Assembly Act`, `Kwara State Administration of Criminal Justice Law`).
        const run = LAW_RUN.exec(text.slice(end, end + 80))?.[0] ?? "";
        if (run.split(/[ \u00a0]+/u).some((word) => DOCUMENT_HEADS.has(word.toLowerCase()))) return [];
        const name = whole.replace(/\u00a0/gu, " ");
        return [{ type: "organisation", start, end, text: whole, name, acronym: null }];
      }),
    );
  },
};
