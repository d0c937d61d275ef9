/**
 * Name chunks: runs of capitalised words split into an optional prefix (`OMCT`), a title
 * (`Mr`, `Finance Minister`) and the name itself (`Mthuli Ncube`). Every people rule starts here.
 */
import type { PersonCandidate, Span } from "../../records.js";
import { isCommonWord, isCountry, isDemonym, isGivenName, isNameWord, isPlaceName, lexiconTags } from "../nlp.js";
import { DESCRIPTOR_WORD } from "../organisations/chunks.js";
import { DOCUMENT_HEADS, ORG_HEADS, TURKISH_BODY } from "../organisations/lexicon.js";
import type { Unstamped } from "../types.js";
import { memoised } from "../memo.js";
import { placeByWords } from "../../language/places.js";
import { JOB_MEDIA_NOUN, OUTLET_DETERMINER } from "../../language/media.js";
import { onAddressLine } from "./address.js";
import { placedByContext } from "./place-context.js";
import { LEGAL_FORMS, legalFormAt } from "../../language/legal-forms.js";
import { inPlaceColumn } from "./place-column.js";
import { postOfBody } from "./head-first-post.js";
import { vietnameseName } from "./vietnamese.js";
import { ARTICLES, HONORIFICS, OPENING_PREPOSITIONS, PLACE_WORDS, JOINED_PARTICLE, LEADING_STREET_WORDS, PARTICLES, PATRONYMIC_PARTICLES, POST_NOMINALS, STREET_WORDS, TITLE_WORDS, JUDICIAL_HEADS, JUDICIAL_RANKS, JUDICIAL_GRADES } from "./lexicon.js";
import { givenAfterAddress, innerTitle, isAddress, isTitle, lawyerAddress, lower, startHonorific } from "./address-forms.js";
import { foldedWord, nameish } from "./name-words.js";
import { isAllCaps, isCapitalised, runs, TokenStream, type Token } from "./tokens.js";

/** One capitalised run analysed as `prefix title name`. */
export interface NameChunk {
  tokens: Token[];
  prefix: Token[];
  title: Token[];
  name: Token[];
}


/** Splits a run into prefix, title and name at its last title word. */
export function analyseChunk(tokens: Token[], text = ""): NameChunk {
  // Note: a body's name right before a name (`International Socialist Organisation-Zimbabwe
  // Munyaradzi Gwisai`, `the Haft Tapeh Union Ali Nejati`) is a prefix: the name starts after
  // the last organisation head when two or more words follow it.
  const body = bodyEnd(tokens);
  const head = tokens.slice(0, body + 1);
  const rest = tokens.slice(body + 1);
  let last = -1;
  rest.forEach((token, index) => {
    if (givenAfterAddress(rest, index) || innerTitle(rest, index)) return;
    if ((isTitle(token) || startHonorific(rest, index, text) || lawyerAddress(rest, index, text)) && index < rest.length - 1) last = index;
  });
  let first = last;
  while (first > 0 && isTitle(rest[first - 1] as Token)) first--;
  const title = last < 0 ? [] : rest.slice(first, last + 1);
  const name = rest.slice(last + 1);
  return {
    tokens,
    prefix: [...head, ...(last < 0 ? [] : rest.slice(0, first))],
    title,
    name: postOfBody(title, name) ? [] : name,
  };
}

const headWord = (token: Token): string => lower(token).split(/[-–]/u)[0] ?? "";

/** The index of the last organisation head followed by two or more words that are neither heads nor titles, or -1. */
function bodyEnd(tokens: readonly Token[]): number {
  for (let i = tokens.length - 3; i >= 1; i--) {
    const token = tokens[i] as Token;
    if (!ORG_HEADS.has(headWord(token)) || isTitle(token)) continue;
    const after = tokens.slice(i + 1);
    return after.some((t) => ORG_HEADS.has(headWord(t))) ? -1 : i;
  }
  return -1;
}

/** A post and its `of`/`for` just before a run (`Minister of `, `the Secretary for `, `Director of the `). */
const POST_OF = /\b(?:Minister|Secretary|Director|Commissioner|Chair(?:man|person|woman)?|Governor|Ambassador|Rapporteur|Head|Chief|Prosecutor)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+)?)*$/u;

/**
 * English abstract and collective noun endings (`Criminal Defamation`, `Jasic Technology`, `Civil
 * Protection Units`, `La Nation`): the dictionary misses many such words, but no name is built so.
 */
// Note: not `-ance`/`-ence`, which end given names (`Constance`, `Florence`), and `-ment`/`-ity`
// only after four letters (`Clement`); a known given name (`Felicity`) is never one.
const NOUN_ENDING = /^\p{Lu}\p{Ll}+(?:tion|sion|ology|ness|ship|hood)s?$|^\p{Lu}\p{Ll}{3,}(?:ment|ity|ism)s?$/u;
export const isNounShaped = (word: string): boolean => NOUN_ENDING.test(word) && !isGivenName(word);

/** An adverb or conjunction by the dictionary or by its `-ly` (`Nevertheless`, `Unfortunately`), never a given name (`Kelly`, `Emily`). */
const sentenceAdverb = memoised((word: string): boolean => {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word) || isGivenName(word) || isNameWord(word)) return false;
  const tags = lexiconTags(word.toLowerCase());
  return tags.some((tag) => tag === "Adverb" || tag === "Conjunction" || tag === "Expression") || /^\p{Lu}\p{Ll}{4,}ly$/u.test(word);
});

/** The index where the unknown words closing a run start, when every word before them is an ordinary word (a portfolio), else -1. */
function portfolioEnd(run: readonly Token[]): number {
  const ordinary = (token: Token): boolean => isCommonWord(token.text) || isCommonWord(token.text.replace(/s$/u, "")) || isNounShaped(token.text) || TITLE_WORDS.has(lower(token));
  const start = run.findIndex((token) => !ordinary(token));
  return start > 0 && run.slice(start).every((token) => !ordinary(token)) ? start : -1;
}

const wordsIn = (run: readonly Token[]): number => run.filter((token) => !PARTICLES.has(token.text)).length;

/**
 * The name chunks of `text` within `span` (a sentence or a line); with `limit`, only the
 * first `limit` (the words after them are not read).
 */
export function nameChunks(text: string, span: Span, limit = Infinity): NameChunk[] {
  const out: NameChunk[] = [];
  const emit = (found: Token[]): void => {
    let run = found;
    // Note: Spanish `y` is a particle inside one name (`José Ortega y Gasset`) but joins two names
    // when each side holds a given name and a surname (`Raúl Rivero y Ricardo González Alfonso`).
    const y = run.findIndex((token) => token.text === "y");
    // Note: `y` before an article joins two bodies or things, never one name's surnames (`La CGSG y el SITRAFSI`).
    if (y > 0 && ARTICLES.has(run[y + 1]?.text ?? "") && !HONORIFICS.has(run[y + 2]?.text.toLowerCase() ?? "")) {
      emit(run.slice(0, y));
      emit(run.slice(y + 2));
      return;
    }
    // Note: a form of address after `y` opens the next name (`Sr. Edgar Xol y Sra. Ana Ortiz`).
    // Note: and after `y` and an article (`Lcda. Rosa Pop y el Lic. Mario Pérez`).
    const article = ARTICLES.has(run[y + 1]?.text.toLowerCase() ?? "") && HONORIFICS.has(run[y + 2]?.text.toLowerCase() ?? "") ? 1 : 0;
    if (y > 0 && wordsIn(run.slice(0, y)) >= 2 && HONORIFICS.has(run[y + 1 + article]?.text.toLowerCase() ?? "")) {
      emit(run.slice(0, y));
      if (run.length > y + 2 + article) emit(run.slice(y + 2 + article));
      return;
    }
    if (y > 0 && wordsIn(run.slice(0, y)) >= 2 && wordsIn(run.slice(y + 1)) >= 2) {
      emit(run.slice(0, y));
      emit(run.slice(y + 1));
      return;
    }
    // Note: `Minister of Labour and Social Affairs Jana Novak`: after a post's `of`, the portfolio's
    // words come first and the name starts at a known given name.
    if (run.length >= 3 && POST_OF.test(text.slice(Math.max(0, (run[0] as Token).start - 40), (run[0] as Token).start))) {
      const known = run.findIndex((token, i) => i > 0 && isGivenName(token.text));
      // Note: else at the first word of a run of words the dictionary does not know, after the
      // portfolio's known ones (`Minister for Labour Relations Sitiveni Tuilagi`).
      const given = known > 0 ? known : portfolioEnd(run);
      if (given > 0 && run.length - given >= 2) run = run.slice(given);
    }
    // Note: a sentence adverb opening the run is no part of the name (`Nevertheless Karim Jaziri`, `Unfortunately Hedi Trabelsi`).
    // Note: not a Vietnamese family name opening a Vietnamese name (`Dang Thi Mai`: `dang` is an English interjection).
    if (run.length >= 3 && sentenceAdverb(run[0]?.text ?? "") && !vietnameseName(run)) run = run.slice(1);
    // Note: a nationality before a name describes the person (`the Kenyan Peter Mwangi`, `Costa Rican Juan Soto`).
    const nationality = run.length >= 3 && isDemonym(run[0]?.text ?? "") ? 1 : run.length >= 4 && placeDemonym(run.slice(0, 2)) ? 2 : 0;
    if (nationality > 0 && isCapitalised(run[nationality]?.text ?? "")) run = run.slice(nationality);
    while (run.length > 0 && (PARTICLES.has(run[0]?.text ?? "") || JOINED_PARTICLE.test(run[0]?.text ?? ""))) run.shift();
    // Note: a Kyrgyz `uulu`/`kyzy` (son/daughter of) may close a name after the father's name (`Aibek Tursunbek uulu`).
    while (run.length > 0 && PARTICLES.has(run.at(-1)?.text ?? "") && !(run.length >= 3 && PATRONYMIC_PARTICLES.has(run.at(-1)?.text ?? ""))) run.pop();
    // Note: post-nominals (`Kirsty Brimelow QC`) are not part of the name.
    if (run.length > 2 && POST_NOMINALS.has(run.at(-1)?.text ?? "")) run.pop();
    if (run.length > 0) out.push(analyseChunk(run, text));
  };
  for (const run of runs(text, new TokenStream(text, span.start, span.end), (token) => nameish(text, token))) {
    emit(run);
    if (out.length >= limit) break;
  }
  return out;
}

/** `MIKHNEVICH` → `Mikhnevich`, `CHEUNG-FUNG` → `Cheung-fung`; other words unchanged. */
export function recase(word: string): string {
  if (!isAllCaps(word)) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** The natural-cased name of a chunk's name tokens. */
export function displayName(tokens: readonly Token[]): string {
  return tokens.map((token) => (/^\p{Lu}$/u.test(token.text) ? `${token.text}.` : recase(token.text))).join(" ");
}

// Note: every people rule asks this of the same shared chunks (scan.ts); answers are kept per chunk.
const plausibleCache = new WeakMap<NameChunk, Map<number, boolean>>();

/**
 * True when the name tokens look like a person's name: at least one mixed-case word, no
 * organisation head, not a place, not part of an address.
 */
/** Plural nouns that close a portfolio's or field's name (`Parliamentary Affairs`), never a person's. */
const PORTFOLIO_NOUNS = new Set(["Affairs", "Relations", "Resources", "Fisheries", "Utilities"]);

export function plausibleName(text: string, chunk: NameChunk, minimum = 2): boolean {
  let known = plausibleCache.get(chunk);
  const answer = known?.get(minimum);
  if (answer !== undefined) return answer;
  const found = plausibleNameOf(text, chunk, minimum);
  if (!known) plausibleCache.set(chunk, (known = new Map()));
  known.set(minimum, found);
  return found;
}

/** Forms of address no name ends with (not `Sr`, an English `Senior`). */
const ADDRESS_LAST = /^(?:sra|sras|srta|mme|mmes|mlle|dra|lic|licda|lcda|lcdo|señora|señorita|madame|mademoiselle)$/u;

/** A saint's title in the Romance languages. */
const SAINT = /^(?:San|Santa|Santo|São|Saint|Sainte|Sankt)$/u;

const ROMAN = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,2})$/u;

/** A reference's number right after words: `No. E417`, `/2025/14`. */
const REFERENCE_AFTER = /^(?:\/[\p{L}\p{N}]|[ \u00a0]+No\.?[ \u00a0]*[\p{Lu}\p{N}])/u;

/** A lower-case word, then a Romance article joined to `of` or `to` (`del`, `du`, `au`, `de la`), right before a name. */
const ARTICLE_OF_BEFORE = /(?:^|[\s,])\p{Ll}+\s+(?:del|du|au|aux|al|des|de\s+la|de\s+las|de\s+los|de\s+l['’])\s*$/u;

/** The word right before `at`, past spaces, lower-cased ("" when none): a cheap test before the patterns read the words before a name. */
function precedingWord(text: string, at: number): string {
  let end = at;
  while (end > 0 && (text.charAt(end - 1) === " " || text.charAt(end - 1) === "\u00a0")) end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

const ROMANCE_ARTICLES = new Set(["el", "la", "los", "las", "le", "les"]);
const AND_WORDS = new Set(["and", "y", "e", "et"]);
/** A medium's common nouns that name it before its title (`the daily Roshan Subah`), and the words after `news` that do (`news agency`). */
const MEDIUM_NOUNS = ["channel", "newspaper", "daily", "weekly", "fortnightly", "monthly", "magazine", "outlet", "website", "portal", "blog", "vlog", "podcast", "programme", "program", "tabloid", "periodical"];
const NEWS_NOUNS = ["site", "agency", "service"];
/** The last words of MEDIUM_BEFORE's nouns. */
const MEDIUM_WORDS = new Set([...MEDIUM_NOUNS, ...JOB_MEDIA_NOUN.split("|"), ...NEWS_NOUNS]);

/** A lower-case word that is no particle, then a Romance definite article, right before a name. */
const ARTICLE_BEFORE = /(?:^|[\s,(])(?!(?:de|da|di|do|van|von|del|della)\s)\p{Ll}+\s+(?:el|la|los|las|le|les)\s+$/u;

/** A post's or body's `of`/`de` tail, one or two capitalised fields, then `and`/`y`/`et` right before the words. */
const FIELD_AND_BEFORE = /(?:^|[\s,])(\p{Lu}?\p{Ll}+)\s+(?:of|for|de|del|des|du|de\s+la)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?,?\s+(?:and|y|e|et)\s+$/u;

/** True when the words are the last field of a post's or body's name (`Minister of Justice and Public Security`). */
function fieldAfterAnd(text: string, start: number): boolean {
  const head = FIELD_AND_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1]?.toLowerCase();
  return head !== undefined && (TITLE_WORDS.has(head) || ORG_HEADS.has(head));
}

/** A descriptor only bodies take (`PSI-affiliated`, `state-owned`, `army-run`). */
const BODY_DESCRIPTOR = /-(?:affiliated|owned|run|backed|funded|registered|listed|controlled|operated)$/u;

function plausibleNameOf(text: string, chunk: NameChunk, minimum: number): boolean {
  const { name } = chunk;
  const words = name.filter((token) => !PARTICLES.has(token.text));
  if (words.length < Math.min(minimum, 2) || name.length < minimum || words.length > 5) return false;
  if (!name.some((token) => isCapitalised(token.text))) return false;
  if (name.every(isTitle)) return false;
  // Note: plural heads and documents too (`Cabinet Offices`, `Indeterminate Sentence Law`,
  // `Conventions Nos`); a name never ends with a position (`Communications Officer`).
  if (name.some((token) => ORG_HEADS.has(lower(token)) || ORG_HEADS.has(lower(token).replace(/s$/u, "")) || TURKISH_BODY.test(token.text))) return false;
  // Note: a given name that is also a document head (`Bill`) stays a name word.
  if (name.some((token) => !isGivenName(token.text) && (DOCUMENT_HEADS.has(lower(token)) || DOCUMENT_HEADS.has(lower(token).replace(/s$/u, ""))))) return false;
  // Note: plural posts too (`All Branch Secretaries`).
  const last = lower(name.at(-1) as Token);
  if (name.length > 1 && (TITLE_WORDS.has(last) || TITLE_WORDS.has(last.replace(/ies$/u, "y")) || TITLE_WORDS.has(last.replace(/s$/u, "")))) return false;
  // Note: what a body's descriptor precedes is a body (`the PSI-affiliated Liman-Sen`), but
  // `the London-born Maria Lopez` is a person.
  const wordBefore = /(\S+)\s+$/u.exec(text.slice(Math.max(0, (name[0] as Token).start - 40), (name[0] as Token).start))?.[1] ?? "";
  if (chunk.title.length === 0 && BODY_DESCRIPTOR.test(wordBefore) && DESCRIPTOR_WORD.test(wordBefore)) return false;
  // Note: `Park Ji-yeon` is a person; `Hyde Park` and `Rue Royale` are streets.
  if (name.some((token, i) => STREET_WORDS.has(lower(token)) && (i > 0 || LEADING_STREET_WORDS.has(lower(token))))) return false;
  if (name.every((token) => isPlaceName(token.text) && !isGivenName(token.text))) return false;
  // Note: a last initial that opens a company's dotted legal form is its form (`Textiles Andinos S.A.`, `Minera X S.A.C.`).
  if (/^\p{Lu}\.?$/u.test(name.at(-1)?.text ?? "") && legalFormAt(text, (name.at(-1) as Token).start, LEGAL_FORMS) !== null) return false;
  // Note: French and Spanish places (`République de Guinée`, `Nueva York`), and an article before
  // an acronym (`La CSI`, `El FMI`); `Le Sokha`, a Khmer name, stays.
  if (name.some((token) => PLACE_WORDS.has(lower(token))) || OPENING_PREPOSITIONS.has(name[0]?.text ?? "")) return false;
  if (name.length === 2 && ARTICLES.has(lower(name[0] as Token)) && isAllCaps(name[1]?.text ?? "")) return false;
  // Note: a lower-case particle opens no name with two words after it: after a post it is the post's
  // `of` (`Presidente del Organismo Judicial`, `Secretaria de Relaciones Internacionales`); a surname
  // with its particles has one (`dela Cruz`, `van der Leeuw`).
  if (PARTICLES.has(name[0]?.text ?? "") && words.length >= 2) return false;
  // Note: nor comes a name right after a Romance article joined to `of` or `to` (`al presidente del Organismo
  // Judicial`, `le secrétaire général du Syndicat …`): persons take no article there; `Juan del Valle` holds its `del`.
  if (ARTICLE_OF_BEFORE.test(text.slice(Math.max(0, (name[0] as Token).start - 30), (name[0] as Token).start))) return false;
  // Note: nor right after a Romance definite article behind a lower-case word that is no particle (`en el Despacho de
  // Trabajo`, `contre la Direction`); `Juan de la Cruz` has `de` before its article.
  const previous = precedingWord(text, (name[0] as Token).start);
  if (chunk.title.length === 0 && ROMANCE_ARTICLES.has(previous) && ARTICLE_BEFORE.test(text.slice(Math.max(0, (name[0] as Token).start - 20), (name[0] as Token).start))) return false;
  // Note: nor does one close a post's or body's fields after `and` (`Ministro de Justicia y Transparencia Institucional`).
  // Note: an apposition after them makes them a person met beside the post (`the Minister of Labour and Tendai Mhlanga, a shop steward,`).
  if (chunk.title.length === 0 && AND_WORDS.has(previous) && !isGivenName(name[0]?.text ?? "") && fieldAfterAnd(text, (name[0] as Token).start) &&
    !/^,[ \u00a0]+(?:a|an|the|who|its|his|her|their|\d)\b/u.test(text.slice((name.at(-1) as Token).end, (name.at(-1) as Token).end + 8))) return false;
  // Note: a woman's form of address closes no name (`La Sra. X`, `Estimada Sra. Fiscal`): the words before it are no person.
  if (name.length > 1 && ADDRESS_LAST.test(lower(name.at(-1) as Token))) return false;
  // Note: a place may be spelt in two words (`Viet Nam` for `Vietnam`).
  if (isPlaceName(name.map((token) => token.text).join(" ")) || isPlaceName(name.map((token) => token.text).join(""))) return false;
  // Note: and in its own script's diacritics (`Hà Nội`, `Việt Nam`); `St Petersburg` is a place.
  const folded = name.map((token) => foldedWord(token.text)).join("");
  if (isPlaceName(folded.charAt(0).toUpperCase() + folded.slice(1))) return false;
  if (/^(?:St|Ste|Sta)$/u.test(name[0]?.text ?? "") && name.length > 1) return false;
  // Note: a saint's title before a given name names a town, district or church (`San Pedro Sula`,
  // `San Martín de Porres`, `São João del Rei`); `San San Nwe`, a Burmese name, has no given name after it.
  if (SAINT.test(name[0]?.text ?? "") && name.length > 1 && isGivenName(name[1]?.text ?? "")) return false;
  if (isDemonym(name[0]?.text ?? "") || placeDemonym(name)) return false;
  // Note: a newspaper's title after `the` (`The Suva Sentinel and The Nadi Tribune reported`).
  if (MASTHEAD_WORDS.has(lower(name.at(-1) as Token)) && /\b[Tt]he[ \u00a0]+$/u.test(text.slice(Math.max(0, (name[0] as Token).start - 5), (name[0] as Token).start))) return false;
  // Note: a place by its own words (`Port Harcourt`, `General Santos City`, `Central Asia`), and a
  // body's acronym before a place (`MHRM Paris`, `ITWF Geneva`: a body's office there).
  if (placeByWords(name.map((token) => token.text))) return false;
  if (name.length > 1 && isAllCaps(name[0]?.text ?? "") && name.slice(1).every((token) => isPlaceName(token.text))) return false;
  // Note: an adjective before a plural noun is a portfolio or field (`Social Affairs`, `Public Works`), no name.
  if (name.length === 2 && !isGivenName(name[0]?.text ?? "") && lexiconTags(lower(name[0] as Token)).includes("Adjective") && /\p{Ll}s$/u.test(name[1]?.text ?? "")) return false;
  // Note: and a portfolio's plural noun closes no name whatever the word before it (`Legal and Parliamentary Affairs`, `Labour Relations`).
  if (name.length >= 2 && PORTFOLIO_NOUNS.has(name.at(-1)?.text ?? "")) return false;
  // Note: a grade or part numbered in Roman numerals is no name (`Division II`, `Grade III`); `Pius XII` is.
  if (name.length === 2 && ROMAN.test(name[1]?.text ?? "") && !isGivenName(name[0]?.text ?? "")) return false;
  // Note: `Sensata Kazakhstan`, `Nestlé Philippines`: a country as the last word names a company's branch.
  if (name.length > 1 && isCountry(name.at(-1)?.text ?? "")) return false;
  // Note: a reference's number after the words makes them a file or document (`Criminal Case No. E417`, `Circular ISC/2025/14`).
  const lastToken = name.at(-1) as Token;
  if (chunk.title.length === 0 && REFERENCE_AFTER.test(text.slice(lastToken.end, lastToken.end + 8))) return false;
  const first = name[0] as Token;
  const before = text.slice(Math.max(0, first.start - 6), first.start);
  if (/\b(?:Av|Bd|Rue|du|St)\.?\s+$/u.test(before) && chunk.title.at(-1)?.text !== "Av") return false;
  if (chunk.title.length === 0 && placedByContext(text, name)) return false;
  if (chunk.title.length === 0 && (creditedOutlet(text, name) || (MEDIUM_WORDS.has(previous) && namedOutlet(text, name)))) return false;
  if (inPlaceColumn(text, name)) return false;
  return !onAddressLine(text, first.start);
}

/** Title words of newspapers: after `the`, the words they end are an outlet, not a person. */
const MASTHEAD_WORDS = new Set([
  "sentinel", "tribune", "herald", "courier", "observer", "chronicle", "gazette", "times", "post", "standard", "mirror", "express",
  "guardian", "monitor", "journal", "telegraph", "echo", "dispatch", "inquirer", "examiner", "bulletin", "clarion", "beacon",
]);

/** Endings that make a demonym of a place's name (`Sri Lankan`, `Sierra Leonean`, `New Zealander`). */
const DEMONYM_ENDINGS = ["n", "an", "ean", "ian", "er", "i", "ese"];

/** True when the words are a demonym of a place of two words or more (`Sri Lankan`, `Costa Rican`): a nationality, no name. */
function placeDemonym(name: readonly Token[]): boolean {
  if (name.length < 2) return false;
  const joined = name.map((token) => token.text).join(" ");
  return DEMONYM_ENDINGS.some((ending) => joined.endsWith(ending) && isPlaceName(joined.slice(0, -ending.length)));
}

/** The candidate for a chunk: its span starts at an adjacent honorific (`Ms Sharan Burrow`). */
export function personCandidate(
  text: string,
  chunk: NameChunk,
  roles: string[] = [],
  organisation: string | null = null,
): Unstamped<PersonCandidate> {
  const name = chunk.name;
  const honorific = chunk.title.at(-1);
  const withHonorific = honorific !== undefined && isAddress(honorific);
  const start = withHonorific ? honorific.start : (name[0] as Token).start;
  const end = (name.at(-1) as Token).end;
  return { type: "person", start, end, text: text.slice(start, end), name: displayName(name), roles, organisation };
}

/** The role a title gives (`First Deputy Secretary General`), without forms of address. */
export function titleRole(text: string, chunk: NameChunk): string | null {
  const words = chunk.title.filter((token) => !isAddress(token));
  let first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  // Note: a judge's or magistrate's rank and court level are part of the title (`District Judge`, `Additional
  // Sessions Judge`, `Principal Magistrate`, `High Court Judge`), though the chunk read them as its prefix.
  if (JUDICIAL_HEADS.has(lower(last))) {
    const prefix = chunk.prefix;
    for (let i = prefix.length - 1; i >= 0; i--) {
      const token = prefix[i] as Token;
      if (token.end > first.start || !JUDICIAL_RANKS.has(lower(token)) || !/^\s+$/u.test(text.slice(token.end, first.start))) break;
      const graded = lower(first) === "class" || (i > 0 && lower(prefix[i - 1] as Token) === "grade");
      if (JUDICIAL_GRADES.has(lower(token)) && !graded) break;
      first = token;
    }
  }
  // Note: `former President Abdelaziz Bouteflika`: a lower-case `former` before the title is part of the role.
  const former = /\bformer\s+$/u.exec(text.slice(Math.max(0, first.start - 8), first.start));
  return text.slice(former ? first.start - former[0].length : first.start, last.end);
}

/**
 * A medium's common noun right before the words: they are its title (`the YouTube channel Balochistan Pulse`, `the daily Roshan Subah`).
 * Note: a noun that is also a person's job (`broadcaster`) only after a body's determiner (language/media.ts).
 */
const MEDIUM_BEFORE = new RegExp(
  `\\b(?:${MEDIUM_NOUNS.join("|")}|(?<=\\b(?:${OUTLET_DETERMINER})[ \\u00a0]+)(?:${JOB_MEDIA_NOUN})|news[ \\u00a0]+(?:${NEWS_NOUNS.join("|")}))[ \\u00a0]+$`,
  "iu",
);
/** A verb of telling before the medium: the words after it are what was told (`told the newspaper Ahmed Ali had fled`). */
const TOLD_MEDIUM = /\b(?:told|informed|asked|contacted|assured|wrote[ \u00a0]+to|said[ \u00a0]+to|explained[ \u00a0]+to)[ \u00a0]+(?:the|a|an|its|their|our)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}\S+[ \u00a0]+$/iu;

/** True when a medium's common noun stands right before the words, which name it (see MEDIUM_BEFORE). */
export function namedOutlet(text: string, name: readonly Token[]): boolean {
  const start = (name[0] as Token).start;
  const before = text.slice(Math.max(0, start - 60), start);
  return MEDIUM_BEFORE.test(before) && !TOLD_MEDIUM.test(before);
}

/** A news credit's label just before a name (`(Source: X)`, `Sources: X`, `Via: X`). */
export const CREDIT_LABEL = /\b(?:[Ss]ources?|[Vv]ia|SOURCES?)[ \u00a0]*:[ \u00a0]*$/u;

/**
 * True when the words are the outlet a news credit cites (`(Source: Uralsky Vestnik)`): after the
 * label, closing its bracket or line. A known given name opening them is a person quoted as the
 * source (`Source: Maria Lopez, union lawyer`), which stays a name.
 */
export function creditedOutlet(text: string, name: readonly Token[]): boolean {
  const first = name[0] as Token;
  const last = name.at(-1) as Token;
  if (!CREDIT_LABEL.test(text.slice(Math.max(0, first.start - 12), first.start))) return false;
  return /^[ \t]*(?:[).;\n]|$)/u.test(text.slice(last.end, last.end + 3)) && !isGivenName(first.text);
}
