/**
 * The only extractor file that imports compromise. It loads the model once and answers two kinds
 * of question: what compromise's lexicon knows about a single word (given name, place, common
 * word), and which spans of a short text compromise tags as people.
 */
import { NAME_COUNTRIES, RENAMED_COUNTRIES } from "../language/places.js";
import { isSpacedDemonym } from "../language/demonyms.js";
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import type nlpType from "compromise";
import type { Span } from "../records.js";
import { memoised } from "./memo.js";
import { runCached } from "../batch/code-cache.js";

/** compromise as loaded, and the step that writes its code cache (a no-op for compromise's own build). */
interface Compromise {
  nlp: typeof nlpType;
  save(): void;
}

/**
 * compromise as `npm run build` wrote it, with its model built (dist/compromise/three.cjs,
 * scripts/bundle-compromise.ts), when it is there and newer than the installed compromise; else
 * compromise's own bundled CommonJS build.
 * Note: compromise's ESM entry loads its 456 unbundled source modules (~0.7 s of CPU here); its
 * own CommonJS build loads in about half that, and the prebuilt model cuts ~0.3 s more, which
 * every worker thread pays at start (TRAPS.md, docs/performance.md, issue 19). The path is the
 * same from dist/src/extract/nlp.js and from the worker's bundle, dist/src/batch/; from the
 * sources (vitest, tsx) it names no file, and compromise's own build loads.
 * The prebuilt file runs through a V8 code cache (code-cache.ts), as the worker's bundle does, so
 * that a process takes the bytecode an earlier run compiled (docs/performance.md, session 20).
 */
function loadCompromise(): Compromise {
  const require = createRequire(import.meta.url);
  const prebuilt = new URL("../../compromise/three.cjs", import.meta.url);
  try {
    if (statSync(prebuilt).mtimeMs >= statSync(require.resolve("compromise")).mtimeMs) {
      const cached = runCached<typeof nlpType>(prebuilt);
      return { nlp: cached.exports, save: cached.save };
    }
  } catch {
    // Not built, or its model unreadable: compromise's own build, which gives the same results.
  }
  return { nlp: require("compromise") as typeof nlpType, save: () => undefined };
}

const compromise = loadCompromise();
const nlp = compromise.nlp;

/**
 * Writes the code cache of the prebuilt compromise (code-cache.ts) once, if it was not taken from
 * one: called after a first document, so that the functions its parses compiled are in it.
 */
export function saveCompromiseCache(): void {
  compromise.save();
}

type Lexicon = Record<string, string | string[] | undefined>;

// Note: compromise's typings do not expose the model; the lexicon is a plain word → tag(s) map.
const model = (nlp as unknown as { model(): { one: { lexicon: Lexicon }; two: { suffixPatterns?: Record<string, string>[] } } }).model();
const lexicon: Lexicon = model.one.lexicon;
/** compromise's suffix rules for words its lexicon lacks, by suffix length (`worker` → Actor: `dockworker`). */
const suffixPatterns: readonly Record<string, string>[] = model.two.suffixPatterns ?? [];

const GIVEN_NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName"]);
const NAME_TAGS = new Set([...GIVEN_NAME_TAGS, "LastName", "Person", "Honorific"]);
const PLACE_TAGS = new Set(["Country", "City", "Region", "Place", "Address"]);

/** The lexicon tags of one word (case-insensitive), or an empty list when compromise does not know it. */
export const lexiconTags = memoised((word: string): readonly string[] => {
  const lower = word.toLowerCase();
  const found = Object.hasOwn(lexicon, lower) ? lexicon[lower] : undefined;
  if (found === undefined) return [];
  return Array.isArray(found) ? found : [found];
});

/**
 * True when compromise reads the word as a noun of a person by what they do (its `Actor` tag): from
 * its lexicon (`teacher`, `editor`, `contributor`) or, for a word it does not list, from its suffix
 * rules (`dockworker`, `headmaster`, `photojournalist`, `shopkeeper`). Case-insensitive.
 * Note: the class also holds people by kin or state (`wife`, `boy`, `prisoner`); callers narrow it.
 */
export const isActorNoun = memoised((word: string): boolean => {
  const lower = word.toLowerCase();
  if (lexiconTags(lower).includes("Actor")) return true;
  if (Object.hasOwn(lexicon, lower)) return false;
  for (let n = Math.min(lower.length - 2, suffixPatterns.length - 1); n >= 3; n--) {
    const tag = suffixPatterns[n]?.[lower.slice(-n)];
    if (tag !== undefined) return tag === "Actor";
  }
  return false;
});

/**
 * True when compromise reads the word as an adjective: from its lexicon (`relevant`) or, for a word
 * it does not list, from its suffix rules (`competent`, `statutory`). Case-insensitive.
 */
export const isAdjectiveWord = memoised((word: string): boolean => {
  const lower = word.toLowerCase();
  const tags = lexiconTags(lower);
  if (tags.length > 0) return tags.some((tag) => tag === "Adjective" || tag === "Comparable" || tag === "Superlative");
  for (let n = Math.min(lower.length - 2, suffixPatterns.length - 1); n >= 3; n--) {
    const tag = suffixPatterns[n]?.[lower.slice(-n)];
    if (tag !== undefined) return tag === "Adjective" || tag === "Comparable";
  }
  return false;
});

/** True when compromise knows the word as a given name (`Sergei`, `Khaled`). */
/**
 * Given names that are also English words, common in southern and eastern Africa and the
 * Caribbean (`Lucky Masilela`, `Faith Ncube`, `Blessing Mudzingwa`): compromise tags them as
 * adjectives or nouns only. Capitalised before another capitalised word, they open a name.
 */
const WORD_GIVEN_NAMES = new Set([
  "Lucky", "Faith", "Blessing", "Precious", "Gift", "Memory", "Patience", "Innocent", "Charity",
  "Prosper", "Godknows", "Givemore", "Trust", "Loveness", "Privilege", "Talent", "Fortunate", "Learnmore",
]);

export const isGivenName = memoised((word: string): boolean => {
  if (WORD_GIVEN_NAMES.has(word)) return true;
  if (lexiconTags(word).some((tag) => GIVEN_NAME_TAGS.has(tag))) return true;
  // Note: compromise's lexicon spells given names without accents (`Maria`, `Jose`): `María`
  // and `José` are the same names.
  const plain = word.normalize("NFD").replace(/\p{M}/gu, "");
  return plain !== word && lexiconTags(plain).some((tag) => GIVEN_NAME_TAGS.has(tag));
});

/** True when compromise knows the word as part of people's names: given, family (`Li`, `Barnes`) or a known person. */
export function isNameWord(word: string): boolean {
  return lexiconTags(word).some((tag) => NAME_TAGS.has(tag) && tag !== "Honorific");
}

/** True when compromise knows the word as a country, city or region (`Belarus`). */
export const isPlaceName = memoised((word: string): boolean => lexiconTags(word).some((tag) => PLACE_TAGS.has(tag)));

/** True when compromise knows the word as a country and not as a person's name (`Kazakhstan`, not `Jordan`). */
export function isCountry(word: string): boolean {
  return RENAMED_COUNTRIES.has(word) || (lexiconTags(word).includes("Country") && !isNameWord(word));
}

/**
 * True when compromise knows the word as a country, also one that is a person's name too
 * (`Georgia`, `Jordan`, `Chad`): for a place a preposition already marks (`… Legal Aid in Georgia`).
 */
export function isCountryWord(word: string): boolean {
  return RENAMED_COUNTRIES.has(word) || NAME_COUNTRIES.has(word) || lexiconTags(word).includes("Country");
}

/** True when compromise knows the word as an ordinary (non-name, non-place) English word. */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.has(tag) || PLACE_TAGS.has(tag));
}

interface Found {
  offset?: { start: number; length: number };
}

/**
 * Spans of the people compromise finds in `text` (offsets relative to it).
 * Note: each `nlp()` call costs ~3 ms whatever its length; batch short texts with `personSpansIn`.
 */
export function personSpans(text: string): Span[] {
  const found = nlp(text).people().json({ offset: true }) as Found[];
  return found.flatMap((match) => (match.offset ? [{ start: match.offset.start, end: match.offset.start + match.offset.length }] : []));
}

const SEPARATOR = "\n\n";
const BATCH = 20_000;

/**
 * The people compromise finds in some windows of `text`, in the text's offsets. The windows are
 * joined into batches of ~20k characters so compromise runs a few times per document, not once per window.
 */
export function personSpansIn(text: string, windows: readonly Span[]): Span[] {
  const out: Span[] = [];
  let batch = "";
  let map: { at: number; start: number; end: number }[] = [];
  const flush = (): void => {
    for (const span of personSpans(batch)) {
      const piece = map.find((m) => span.start >= m.at && span.start < m.at + (m.end - m.start));
      if (piece) out.push({ start: piece.start + span.start - piece.at, end: Math.min(piece.end, piece.start + span.end - piece.at) });
    }
    batch = "";
    map = [];
  };
  for (const window of windows) {
    if (batch.length > BATCH) flush();
    if (batch) batch += SEPARATOR;
    map.push({ at: batch.length, start: window.start, end: window.end });
    batch += text.slice(window.start, window.end).replace(/\n/gu, " ");
  }
  if (batch) flush();
  return out;
}

const ISH_DEMONYMS = new Set(["British", "Irish", "Danish", "Finnish", "Spanish", "Swedish", "Kurdish", "Flemish", "Scottish", "English", "Jewish", "Turkish", "Polish", "Cornish", "Moorish", "Yiddish", "Luxembourgish"]);

/** True for a nationality adjective (`Belarusian`, `Turkish`): known to compromise, or `-ish`/`-ese` and not a name. */
export function isDemonym(word: string): boolean {
  // Note: a demonym of two words or more (`Sri Lankan`) from world-countries; compromise tags one word only.
  if (/\s/u.test(word)) return isSpacedDemonym(word);
  if (lexiconTags(word).includes("Demonym")) return true;
  // Note: a consonant comes before a demonym's `-ese` (`Senegalese`, `Burmese`); `Anneliese`, `Therese` are given names.
  // Note: the `-ish` ones are a closed class; `Harish`, `Satish`, `Ashish` are given names.
  return (/^\p{Lu}\p{Ll}+[^aeiouy]ese$/u.test(word) || ISH_DEMONYMS.has(word)) && !isGivenName(word);
}

const FUNCTION_TAGS = new Set(["Preposition", "Conjunction", "Determiner", "Pronoun"]);

/** True for a preposition, conjunction, determiner or pronoun (`Without`, `Whose`). */
export const isFunctionWord = memoised((word: string): boolean => lexiconTags(word).some((tag) => FUNCTION_TAGS.has(tag)));

const CLAUSE_TAGS = /Verb|Tense|Infinitive|Gerund|Copula|Auxiliary|Modal|Adverb|Preposition|Conjunction|Determiner|Pronoun|QuestionWord/u;

/**
 * English prepositions of place that compromise's lexicon tags otherwise (as adjectives or nouns: `outside`, `near`,
 * `behind`): a closed class, so listed whole. After a name they open its clause's next phrase (`arrested X outside the depot`).
 */
const UNTAGGED_PREPOSITIONS = new Set(["outside", "inside", "near", "behind", "beside", "besides", "over", "under", "opposite", "underneath", "beneath", "above", "below", "beyond", "against"]);

/**
 * True when a lower-case word can follow a subject or end a noun phrase (`was`, `said`, `and`,
 * `tweeted`) rather than continue it as a noun (`leaders`, `union`).
 */
export function canFollowName(word: string): boolean {
  const tags = lexiconTags(word);
  // Note: compromise tags some past forms as adjectives only (`received`, `detained`); after a
  // name, a word in -ed is its verb unless the lexicon knows it as a noun.
  if (/\p{Ll}ed$/u.test(word) && !tags.some((tag) => /Noun|Singular|Plural/u.test(tag))) return true;
  return UNTAGGED_PREPOSITIONS.has(word) || tags.some((tag) => CLAUSE_TAGS.test(tag));
}

/** True when compromise knows the word (or its singular) as a noun and not as a verb (`members`, `leaders`). */
export function isNoun(word: string): boolean {
  const tags = lexiconTags(word).length > 0 ? lexiconTags(word) : lexiconTags(word.replace(/e?s$/u, ""));
  return tags.some((tag) => /Noun|Singular|Plural|Uncountable|Actor/u.test(tag)) && !tags.some((tag) => /Verb|Tense|Infinitive/u.test(tag));
}
