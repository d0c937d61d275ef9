/**
 * News outlets named by a media noun: `the independent newspaper Azadliq`, `news agency AFP`,
 * `television station TV5Monde`, `the ‘Belsat’ TV channel`, `the Birgün daily`, `the Casbah
 * Tribune news site`, `the weekly Le Devoir`, and in apposition (`News Digest, an online news
 * medium`). The name is the capitalised words; the whole phrase is an alias.
 */
import type { OrganisationCandidate } from "../../records.js";
import { isCommonWord, isCountryWord, isDemonym, isGivenName, isPlaceName } from "../nlp.js";
import { isRoleWord } from "../people/roles.js";
import { ARTICLES } from "../people/lexicon.js";
import type { Token } from "../people/tokens.js";
import type { Extractor, Unstamped } from "../types.js";
import { isForeignLink, spanText, trimLeading } from "./chunks.js";
import { beforeCoordinatedPerson } from "./coordinated.js";
import { orgClauses } from "./named.js";
import { creditedOutlet } from "../people/names.js";
import { allVocabularies } from "../../language/vocabulary.js";
import { JOB_NOUN, OUTLET_DETERMINER } from "../../language/media.js";
import { regionAt } from "../../language/places.js";

export const MEDIA_NOUN =
  "newspaper|daily|weekly|bimonthly|biweekly|fortnightly|monthly|magazine|website|web-site|news site|news website|news portal|news agency|" +
  "news outlet|online outlet|outlet|news medium|tv channel|tv-channel|television station|television channel|radio station|radio|broadcaster|" +
  // Note: a body's or a movement's own periodical (`the independent bulletin X`, `the union's newsletter X`).
  "bulletin|newsletter|" +
  // Note: a channel of a video or messaging platform (`the YouTube channel X`), a wire service, a podcast.
  "channel|news wire|newswire|wire service|podcast|" +
  // Note: French and Spanish ones (`quotidien`, `revista`) come from the language vocabularies.
  allVocabularies().flatMap((v) => v.mediaNouns).join("|");
// Note: a page on a platform or a news page (`the Facebook news page X`, `a community page X`) is an
// outlet before its name only: `Facebook page` after a name is where it posted (`on his Facebook page`),
// and a page of a book or paper (`the front page`, `the home page`) is no outlet.
const PAGE_NOUN = String.raw`(?<![\p{L}-])(?!(?:the|a|an|this|that|its|his|her|their|our|my|your|front|first|last|next|home|same|title|web)[ \u00a0])[\p{L}-]+[ \u00a0]page`;
// Note: Markdown's emphasis around the name (`the page **X**`) is read past like a quote.
// Note: a French or Spanish adjective follows its noun (`el boletín independiente X`, `le site satirique X`, `la revista
// digital X`): one lower-case word of an adjective's ending between the noun and the name.
const ROMANCE_ADJECTIVE = String.raw`\p{Ll}+(?:ente|ante|ant|al|el|ario|aria|aire|ico|ica|ique|ivo|iva|if|ive|ado|ada|é|ée|ien|ienne|o|a)`;
const BEFORE = new RegExp(`\\b(?:${MEDIA_NOUN}|${PAGE_NOUN})(?:\\s+${ROMANCE_ADJECTIVE})?\\s+(?:\\*{1,2}|_)?[‘'"“]?$`, "iu");
// Note: on one line and in one table cell (`Gloria⇥Newsletter editor` is a person's name and post).
const AFTER = new RegExp(`^[’'"”]?[ \\u00a0]+(?:${MEDIA_NOUN})\\b`, "iu");
// Note: an apposition says what the name is (`News Digest, an online news medium`); up to three words describe the noun.
// Note: not a possessive: `Ana Ruiz, the outlet's founder` is the outlet's person.
// Note: nor a person's relation to an outlet (`Ana Ruiz, a correspondent for the online outlet X`): no preposition between.
// Note: a gloss of the name in brackets may stand between (`Haqiqat Ovozi ("Voice of Truth"), a Telegram channel`).
const APPOSITION = new RegExp(`^[’'"”]?(?:[ \\u00a0]\\([^()\\n]{1,60}\\))?,\\s+(?:a|an|the)\\s+(?:(?!(?:for|of|at|with|from|to|in|on|by)\\s)[\\p{L}-]+\\s+){0,3}?(?:${MEDIA_NOUN}|page)\\b(?![’']s\\b)`, "iu");

// Note: a web address named as an outlet (`sidhakura.com, a Kathmandu-based news website`, `the news
// portal kabar.kg`). Found from its domain ending, then widened back over the word before it: a
// pattern starting at every word of the letter would cost the whole text's scan per letter.
const ENDING = /\.(?:com|net|org|info|news|tv|media|online|[a-z]{2})(?![\p{L}\p{N}/@-]|\.[\p{L}\p{N}])/gu;
const LABEL = /[\p{L}\p{N}][\p{L}\p{N}-]*$/u;

/** Web addresses the letter calls an outlet. */
function domains(text: string): Unstamped<OrganisationCandidate>[] {
  return [...text.matchAll(ENDING)].flatMap((match): Unstamped<OrganisationCandidate>[] => {
    const end = match.index + match[0].length;
    const label = LABEL.exec(text.slice(Math.max(0, match.index - 40), match.index));
    if (!label) return [];
    const start = match.index - label[0].length;
    if (/[\p{L}\p{N}@./-]/u.test(text.slice(start - 1, start))) return [];
    const rest = text.slice(end, end + 60);
    if (!APPOSITION.test(rest) && !AFTER.test(rest) && !BEFORE.test(text.slice(Math.max(0, start - 30), start))) return [];
    return [{ type: "organisation", start, end, text: text.slice(start, end), name: text.slice(start, end), acronym: null }];
  });
}

/**
 * A newsroom job and the preposition of its outlet before the name (`a reporter for Diário do Minho`, `editor of the
 * Accra Sentinel`, `a correspondent with Kabul Now`): the jobs only a medium employs, so the name is an outlet's.
 */
const NEWS_JOB = /\b(?:reporter|correspondent|journalist|editor|editor-in-chief|sub-editor|columnist|photojournalist|news photographer|presenter|newsreader|news anchor|publisher|cameraman|camerawoman|camera operator|stringer)s?\s+(?:for|at|with|of)\s+(?:the\s+)?(?:\*{1,2}|_)?[‘'"“]?$/iu;

/** A short link of another language (chunks.ts isForeignLink) and the capitalised words after it, right after a name a media noun introduces (`the weekly Sauti ya Ziwa`). */
// Note: the link may be elided before the word (`Ijwi ry'Umuturage`).
const FOREIGN_LINK = /^[ \u00a0](\p{Ll}{1,3})[ \u00a0'’]\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,2}/u;
const foreignLink = (rest: string): number => {
  const link = FOREIGN_LINK.exec(rest);
  return link && isForeignLink(link[1] as string) ? link[0].length : 0;
};

/**
 * A number in a title a media noun introduces, and the capitalised words after it (`Kanal 7 Online`, `Metro 24`):
 * the chunks stop at a bare number. Not a count before a lower-case noun (`Sauti 3 days later`).
 */
const NUMBER_TAIL = /^[ \u00a0]\d{1,3}(?![\d.,:]\d)(?:(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){1,2}|(?=[,.;:)”"’»*]|$))/u;

/** A Romance link and the capitalised words after it, right after a name (` do Geba`, ` de la Sierra`). */
const ROMANCE_LINK = /^[ \u00a0](?:do|da|dos|das|de|del|de la|du|des|di|della)[ \u00a0]\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,2}/u;

/** After a name, the determiner of a body before a media noun that is also a job: the name is an outlet's (`the Leyte Broadcaster`). */
const OUTLET_BEFORE = new RegExp(`\\b(?:${OUTLET_DETERMINER})\\s+$`, "iu");

// Note: a radio station named with its frequency and band (`Sunrise 101.7 FM`, `Radio Kiskeya 88.5 FM`):
// the band after a frequency marks a station as a media noun does. Found from the band, then widened back
// over the capitalised words before the number (at most four, on the line), so the scan stays linear.
// Note: FM frequencies are 87.5–108 (MHz), AM ones three or four digits (kHz): a clock time (`10 AM`) is neither.
const BAND = /(?<=[ \u00a0])(?:\d{2,3}(?:[.,]\d{1,2})?[ \u00a0]?FM|\d{3,4}[ \u00a0]?AM)\b/gu;
// Note: Romance and English links may join the words (`Voz de la Montaña 95.3 FM`); a capitalised word opens and closes them.
const STATION_WORDS = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’&-]*[ \u00a0](?:(?:(?:de|del|la|las|los|el|du|des|of|the)[ \u00a0]){0,2}\p{Lu}[\p{L}'’&-]*[ \u00a0]){0,3})$/u;

/** Stations named by their frequency and band. */
function stations(text: string): Unstamped<OrganisationCandidate>[] {
  return [...text.matchAll(BAND)].flatMap((match): Unstamped<OrganisationCandidate>[] => {
    const words = STATION_WORDS.exec(text.slice(Math.max(0, match.index - 60), match.index));
    if (!words) return [];
    // Note: a sentence's opening article is no word of the name (`The Sunrise 101.7 FM` → `Sunrise 101.7 FM`).
    const lead = /^(?:The|La|Le|El|Les|Los|Las)[ \u00a0]/u.exec(words[1] as string)?.[0].length ?? 0;
    const start = match.index - (words[1] as string).length + lead;
    const end = match.index + match[0].length;
    if (start >= match.index || isPlaceName(text.slice(start, match.index).trim())) return [];
    const name = text.slice(start, end);
    return [{ type: "organisation", start, end, text: name, name, acronym: null }];
  });
}

/** After a name, an apposition opening on a post (`, anchor of`, `, a presenter at`): group 1 the post's first word. */
const PERSON_AFTER = /^[’'"”]?,\s+(?:(?:an?|the|its|their)\s+)?(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s+(?:of|at|for|with|on)\b/u;
const JOB_AT = /^[ \u00a0](?:with|at|for)[ \u00a0](?:\p{Ll}+[ \u00a0]){0,3}[\p{Lu}‘'"“]/u;
const ADDRESSED = /\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?[ \u00a0]+$/u;
const INDEFINITE = /\b(?:a|an|A|An)[ \u00a0]$/u;
const NAME_NEXT = /^[ \u00a0]+[‘'"“]?\p{Lu}/u;

function usable(chunk: Token[]): boolean {
  const words = chunk.map((t) => t.text).join(" ");
  const first = chunk[0] as Token;
  // Note: a lone article opening a sentence before a media noun (`La radioemisora X`, `La télévision privée Y`) is no name.
  return chunk.length <= 4 && !isDemonym(first.text) && !isDemonym(words) && !isPlaceName(words) && !(chunk.length === 1 && (isCommonWord(first.text) || ARTICLES.has(first.text.toLowerCase()) || ROMANCE_POSSESSIVE.test(first.text)));
}

/** French and Spanish possessive determiners, capitalised at a sentence's start (`Su sitio web fue bloqueado`, `Son site`): no name. */
const ROMANCE_POSSESSIVE = /^(?:Su|Sus|Son|Ses|Leur|Leurs|Notre|Nos|Votre|Vos|Nuestro|Nuestra|Nuestros|Nuestras|Vuestro|Vuestra)$/u;

/** The chunk after the positions that open it (`Editor and Correspondent of News Digest` → `News Digest`). */
function afterPositions(chunk: Token[]): Token[] {
  const of = chunk.findIndex((t) => t.text === "of");
  if (of <= 0 || !chunk.slice(0, of).every((t) => t.text === "and" || isRoleWord(t.text))) return chunk;
  return chunk.slice(of + 1);
}

/**
 * Newspaper title words: a name ending in one after a capitalised `The` inside a sentence is a
 * paper's title (`a reporter from The Masvingo Mirror`, `The Eastern Star said`).
 */
const TITLE_ENDS = /^(?:Ledger|Wire|Mirror|Star|Observer|Standard|Guardian|Courier|Voice|Echo|Sun|Mail|Express|Independent|Nation|Monitor|Reporter|Record|Mercury|Examiner|Inquirer|Dispatch|Sentinel|Messenger|Globe|Leader|Bulletin|Pioneer|Clarion|Citizen|Beacon|Herald|Chronicle|Telegraph|Times|Post|Gazette|Tribune|Journal)$/u;

/** `The X … <title word>` inside a sentence, `The` capitalised: a newspaper's title. */
function titled(text: string, sentence: { start: number }, chunk: readonly Token[]): Unstamped<OrganisationCandidate>[] {
  const the = chunk[0];
  const last = chunk.at(-1);
  if (!the || !last || the.text !== "The" || chunk.length < 3 || chunk.length > 5 || !TITLE_ENDS.test(last.text)) return [];
  if (text.slice(sentence.start, the.start).trim() === "" || !chunk.slice(1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return [];
  return [{ type: "organisation", start: the.start, end: last.end, text: text.slice(the.start, last.end), name: spanText(text, chunk), acronym: null }];
}

export const mediaRule: Extractor<OrganisationCandidate> = {
  id: "organisations/media",
  type: "organisation",
  extract(context) {
    const { text } = context;
    const named = orgClauses(context).flatMap(({ span: sentence, chunks }) =>
      chunks.map((chunk) => beforeCoordinatedPerson(text, trimLeading(afterPositions(trimLeading(chunk))))).flatMap((chunk): Unstamped<OrganisationCandidate>[] => {
        if (chunk.length === 0 || !usable(chunk)) return [];
        const first = chunk[0] as Token;
        const last = chunk.at(-1) as Token;
        // Note: a title's own capitalised article after the noun is the title's (`the weekly newspaper The Harare Chronicle Weekly`).
        const article = /(?<![\p{L}\p{M}])The[ \u00a0]$/u.test(text.slice(first.start - 4, first.start)) ? 4 : 0;
        const before = BEFORE.exec(text.slice(Math.max(sentence.start, first.start - article - 30), first.start - article));
        const rest = text.slice(last.end, Math.min(sentence.end, last.end + 60));
        const after = AFTER.exec(rest);
        // Note: the outlet a news credit cites (`(Source: Uralsky Vestnik)`), people/names.ts's test.
        if (creditedOutlet(text, chunk)) return [{ type: "organisation", start: first.start, end: last.end, text: text.slice(first.start, last.end), name: spanText(text, chunk), acronym: null }];
        // Note: a newsroom job's outlet (NEWS_JOB): not a place (`correspondent for West Africa`, usable()) nor a person.
        const employer = !before && !after && NEWS_JOB.test(text.slice(Math.max(sentence.start, first.start - 40), first.start)) && !isGivenName(first.text) && !isCountryWord(spanText(text, chunk)) && !(chunk.length <= 2 && regionAt(chunk, 0));
        if (!before && !after && !employer && !APPOSITION.test(rest)) return [];
        // Note: `broadcaster` is a person's job as often as an outlet: `community broadcaster Marites
        // Robles, anchor of …` names a person (an age or a post set off after the name says so), and
        // `Leyte broadcaster convicted` a person from a place (an outlet takes `the`).
        if (before && JOB_NOUN.test(before[0]) && PERSON_AFTER.test(rest) && isRoleWord(PERSON_AFTER.exec(rest)?.[1] ?? "")) return [];
        if (before && JOB_NOUN.test(before[0]) && /^,\s*\d{1,3}\s*,/u.test(rest)) return [];
        // Note: and a known given name after such a noun is a person's (`community broadcaster Liza Catapang`).
        if (before && JOB_NOUN.test(before[0]) && isGivenName(first.text)) return [];
        if (!before && after && JOB_NOUN.test(after[0]) && !OUTLET_BEFORE.test(text.slice(Math.max(sentence.start, first.start - 8), first.start))) return [];
        // Note: a person's job can be a media noun (`Mr. Rodel Macaraeg, a broadcaster with …`): a
        // form of address or a known given name before an apposition makes the name a person's.
        // Note: so does the outlet the job is at (`Jomar Reyes, a broadcaster at DZRH`).
        const job = APPOSITION.exec(rest);
        if (!before && !after && (ADDRESSED.test(text.slice(Math.max(0, first.start - 6), first.start)) || isGivenName(first.text) || (job !== null && JOB_AT.test(rest.slice(job[0].length))))) return [];
        // Note: with `a`/`an`, or with a name after the noun, the words before a media noun say where
        // it is (`a Mombasa broadcaster`, `the Nairobi daily Sauti Leo`), not what it is called.
        if (!before && after && (INDEFINITE.test(text.slice(Math.max(sentence.start, first.start - 4), first.start)) || NAME_NEXT.test(rest.slice(after[0].length)))) return [];
        const quote = /[‘'"“]$/u.test(text.slice(first.start - 1, first.start)) ? 1 : 0;
        const start = before ? first.start - article : first.start - quote;
        // Note: a job's outlet goes on over a Romance link and capitalised words the chunks stop at (`Diário do Minho`, `Voz de la Sierra`),
        // and so does a title after a media noun (`the news portal Voz do Enclave`: Portuguese `do` is an English verb to the chunks).
        const romance = ROMANCE_LINK.exec(rest)?.[0].length ?? 0;
        const link = employer ? romance : before ? foreignLink(rest) || romance || (NUMBER_TAIL.exec(rest)?.[0].length ?? 0) : 0;
        const end = after ? last.end + after[0].length : last.end + link;
        const name = link > 0 || article > 0 ? text.slice(start, end).replace(/\s+/gu, " ") : spanText(text, chunk);
        return [{ type: "organisation", start, end, text: text.slice(start, end), name, acronym: null }];
      }),
    );
    const papers = orgClauses(context).flatMap(({ span: sentence, chunks }) => chunks.flatMap((chunk) => titled(text, sentence, chunk)));
    return [...named, ...papers, ...domains(text), ...stations(text)];
  },
};
