/**
 * Words placed by one mention are no person at another: a letter that writes `the Nuwara Eliya
 * district`, `the Mae Sot Provincial Court`, `the YouTube channel Balochistan Pulse` or `Pelita
 * Rimba Plantations Sdn. Bhd.` has told what those words name, and a subject line (`union officers,
 * Nuwara Eliya`) or a bare subject (`Pelita Rimba did not respond`) elsewhere does not make them a
 * person. Only people found by their shape or place in a run are dropped so; a form of address, an
 * apposition, a byline or a signature is a person's own evidence and outweighs it.
 */
import type { Organisation, PersonCandidate } from "../records.js";
import { isGivenName } from "../extract/nlp.js";
import { namedOutlet } from "../extract/people/names.js";
import { roleAfter } from "../extract/people/roles.js";
import { TITLE_WORDS } from "../extract/people/lexicon.js";
import { placedByContext } from "../extract/people/place-context.js";
import { tokenize } from "../extract/people/tokens.js";
import { vocabularyOf } from "../language/vocabulary.js";
import { isPlaceName } from "../language/place-names.js";

/** Rules that find a name by its shape or its place in a run, without a person's own evidence. */
const WEAK_RULES = new Set(["people/name-shape", "people/given-name", "people/penalty-slot", "people/title", "people/list", "people/shared-surname"]);

/** A place's division or its adjective right after the words (`Mae Sot Provincial Court`, `Kaski District`, `Lagos State`). */
const DIVISION_AFTER = /^[ \u00a0]+(?:Province|Provincial|District|Region|Regional|County|Municipal|Municipality|Prefecture|Prefectural|Governorate|Oblast|Township|Division|State|City)\b/u;
/** A division and its `of` right before the words (`the district of Tbong Khmum`, `province of Aceh`). */
const DIVISION_OF_BEFORE = /\b(?:province|district|region|county|municipality|prefecture|governorate|oblast|township|state|city|town|village|island)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$/iu;

/** True when every finding of the person came from a rule without a person's own evidence. */
export function weaklyFound(found: readonly PersonCandidate[]): boolean {
  // Note: a mention opening with another word than the name's is led by a form of address (`Ms Nuwara`).
  const first = (words: string): string => words.split(/[ \u00a0]/u)[0]?.toLowerCase() ?? "";
  return found.every((candidate) => WEAK_RULES.has(candidate.rule) && first(candidate.text) === first(candidate.name));
}

/** Where `words` stand in `text` as whole words. */
function occurrences(text: string, words: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + words.length))) out.push(at);
  }
  return out;
}

/** True when some mention of `words` in the text stands where a place or a medium's title does. */
function placedSomewhere(text: string, words: string, language: string): boolean {
  const placeBefore = vocabularyOf(language)?.placeBefore[0];
  return occurrences(text, words).some((start) => {
    const end = start + words.length;
    const tokens = tokenize(text, start, end);
    const before = text.slice(Math.max(0, start - 40), start);
    return DIVISION_AFTER.test(text.slice(end, end + 16)) || DIVISION_OF_BEFORE.test(before) || (placeBefore?.test(before) ?? false) ||
      placedByContext(text, tokens) || namedOutlet(text, tokens);
  });
}

/**
 * True when the words are part of a body's longer name or mention (`Pelita Rimba Plantations Sdn.
 * Bhd.`, `Sindicato … de Cerro Khari`): the words of a company, a place or a thing named in it. Note:
 * not when a known given name opens them (`the Maria Lopez Foundation`, `Committee to Free Ahmed
 * Mansoor`): a body may be named after a person the letter also names.
 */
function inBodyName(words: string, organisations: readonly Organisation[]): boolean {
  if (isGivenName(words.split(" ")[0] ?? "")) return false;
  return organisations.some((o) => [o.name, ...o.mentions.map((m) => m.text)].some((name) => name.length > words.length && occurrences(name, words).length > 0));
}

/** True when a post or an age follows some mention in apposition (`Kanjana Ruamchai, a union treasurer,`): a person's own evidence. */
function describedAsPerson(text: string, found: readonly PersonCandidate[]): boolean {
  return found.some((c) => {
    const stop = text.slice(c.end, c.end + 200).search(/[.;!?\n]/u);
    if (roleAfter(text, c.end, c.end + (stop < 0 ? 200 : stop)).evidence) return true;
    // Note: and a post closing a short noun phrase set off by commas (`, a union treasurer,`, `, the union's treasurer,`).
    const post = POST_APPOSED.exec(text.slice(c.end, c.end + 80))?.[1]?.toLowerCase();
    return post !== undefined && TITLE_WORDS.has(post);
  });
}

/** A determiner, up to three words and a last one closed by a comma or bracket: the last is the apposition's head. */
const POST_APPOSED = /^,[ \u00a0]+(?:a|an|the|its|his|her|their)[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,3}?(\p{L}+)[ \u00a0]*[,)]/u;

/** True when the person, found only weakly, is named by words another mention shows to be a place, an outlet or part of a body's name. */
export function placedElsewhere(text: string, language: string, found: readonly PersonCandidate[], organisations: readonly Organisation[]): boolean {
  if (!weaklyFound(found)) return false;
  const forms = [...new Set(found.map((c) => c.text).filter((t) => t.includes(" ")))];
  // Note: or a town's name of several words (`Mae Sot`, `Novi Sad`), which no context need show (language/place-names.ts).
  return forms.some((words) => inBodyName(words, organisations) || placedSomewhere(text, words, language) || isPlaceName(words)) && !describedAsPerson(text, found);
}
