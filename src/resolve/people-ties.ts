/**
 * The body a mention of a person is tied to in its clause (issue 17.1): read from the words
 * between the name and an organisation's mention, which must say a tie and nothing else.
 *   after the name:  `Vakho Sanaia, a journalist and anchor with the Formula TV`,
 *                    `Welcome Zimuto (of the Students Union)`, `Elizaveta Merlyak, BITU international secretary`,
 *                    `Rasel Hawlader, 26, who worked at the Design Express garment factory`
 *   before the name: `ZCTU president Peter Mutasa`, `al-Qaeda leader Khalid Mukshi`,
 *                    `CTUM - Head of Department, Daw Khaing Thawza Aye`,
 *                    `members of the Metal Union, Ivan Petrov and Oleg Sidorov`
 * A verb other than a few of employment (`was sentenced by the X Court`), another person, a
 * capitalised word that is no title (`from Brighton`), or the end of a sentence breaks a tie.
 */
import { isDemonym, lexiconTags } from "../extract/nlp.js";
import { isRoleWord, singular, TITLE_PARTICIPLES } from "../extract/people/roles.js";
import { headFirstVocabulary, TEMPORAL_QUALIFIERS } from "../language/roles.js";
import { START_HONORIFICS, HONORIFICS, TITLE_WORDS } from "../extract/people/lexicon.js";
import { isAcronymShaped } from "../extract/people/tokens.js";
import type { Mention, Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { isCourt } from "./people-ties-court.js";
import { parentOf, withoutUnitName } from "./people-ties-unit.js";

export interface Placed {
  start: number;
  end: number;
  organisation: Organisation;
}

/** Words that may stand between a name and its body besides roles and their modifiers. */
const TIE_WORDS = new Set([
  "a", "an", "the", "of", "at", "with", "from", "for", "in", "to", "and", "who", "is", "was", "also", "as", "its",
  "former", "then", "currently", "now", "still", "both", "works", "worked", "working", "employed", "serves", "served",
  "serving", "affiliated", "based", "elected", "appointed", "long-time", "longtime", "senior", "one", "two", "three",
]);

// Note: not `Infinitive`: nouns in role phrases are often verbs too (`youth network coordinator`).
const VERB_TAGS = /PastTense|Participle|Gerund|Copula|Auxiliary|Modal|Pronoun|QuestionWord|Conjunction|Preposition/u;
export const WORD = /[\p{L}\p{N}+][\p{L}\p{M}\p{N}+'’-]*/gu;

/**
 * Places and events: `held at the offices of the X`, `arrested at a rally of the X` say where
 * the person was, not whose they are.
 */
const PLACES = new Set([
  "office", "offices", "headquarters", "premises", "gate", "gates", "building", "home", "house", "rally", "protest",
  "protests", "meeting", "trial", "hearing", "court", "raid", "strike", "demonstration", "march", "event", "congress",
  "conference", "visit", "case", "request", "order", "orders", "behalf", "custody", "prison", "cell", "police",
]);

/** Common nouns of bodies, which refer back to a body named before (`the union’s`, `the movement’s`). */
const BODY_NOUNS = /^(?:union|federation|confederation|congress|association|movement|organi[sz]ation|alliance|committee|council|company|party|centre|center|network|group)$/iu;

/** A capitalised word made a descriptor by its hyphened ending (`Urdu-language`, `London-based`). */
const DESCRIPTOR = /^\p{Lu}[\p{L}.]*-(?:language|based|run|owned|born|speaking|wide|affiliated|backed|funded|led)$/u;

/** True when a word may stand in a tie: a role, a title, a tie word, a modifier, a number or an acronym. */
export function tieWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (PLACES.has(lower)) return false;
  if (TIE_WORDS.has(lower) || TEMPORAL_QUALIFIERS.has(lower) || isRoleWord(word) || TITLE_WORDS.has(lower) || TITLE_PARTICIPLES.has(lower) || /^\d+$/u.test(word)) return true;
  // Note: `working with Urdu-language daily X`, `a correspondent for French television station X`:
  // a nationality or a hyphened descriptor says what kind of body follows, not another party.
  if (/^\p{Lu}/u.test(word)) return isAcronymShaped(word.replace(/\+$/u, "")) || DESCRIPTOR.test(word) || isDemonym(word);
  return !lexiconTags(word).some((tag) => VERB_TAGS.test(tag)) && !/\p{Ll}ed$/u.test(word);
}

/**
 * A place or region in capitals that qualifies the lower-case role after it (`Asia director at`,
 * `Eurasia programme director`, `Akbou section secretary`): part of the role, not another party.
 */
function qualifier(word: string, next: string | undefined): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !TITLE_WORDS.has(word.toLowerCase()) && next !== undefined && /^\p{Ll}/u.test(next) && (isRoleWord(next) || UNIT_WORDS.has(next));
}

/** Words for a body's unit that a role may follow (`section secretary`, `programme director`). */
const UNIT_WORDS = new Set(["programme", "program", "section", "branch", "regional", "district", "national", "bureau", "desk", "office"]);

/** The words of a gap, or null when it holds a sentence end, a line break or a word that breaks a tie. */
function gapWords(gap: string): string[] | null {
  if (/[.;!?:](?:\s|$)|[\n“”"]/u.test(gap)) return null;
  const words = gap.match(WORD) ?? [];
  return words.length <= 14 && words.every((word, i) => tieWord(word) || qualifier(word, words[i + 1])) ? words : null;
}

const cache = new WeakMap<readonly Organisation[], Placed[]>();

/** Every mention of every body, in text order. */
export function placed(organisations: readonly Organisation[]): Placed[] {
  let out = cache.get(organisations);
  if (!out) {
    out = organisations.flatMap((organisation) => organisation.mentions.map((m) => ({ start: m.start, end: m.end, organisation }))).sort((a, b) => a.start - b.start);
    cache.set(organisations, out);
  }
  return out;
}

/** The index of the first item starting at or after `at`, in items sorted by start (binary search). */
function lowerBound(items: readonly { start: number }[], at: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((items[mid] as { start: number }).start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The body mentions inside `[from, to)`, in text order. Note: a per-letter index searched by
 * position, where every person's every mention scanned all the letter's bodies (docs/performance.md).
 */
export function bodiesWithin(context: TieContext, from: number, to: number): Placed[] {
  const all = placed(context.organisations);
  const out: Placed[] = [];
  for (let i = lowerBound(all, from); i < all.length && (all[i] as Placed).start < to; i++) if ((all[i] as Placed).end <= to) out.push(all[i] as Placed);
  return out;
}

/** The first body mention starting at or after `at`. */
export const bodyFrom = (context: TieContext, at: number): Placed | undefined => {
  const all = placed(context.organisations);
  return all[lowerBound(all, at)];
};

/** The last body mention ending at or before `at`. */
export function bodyBefore(context: TieContext, at: number): { placed: Placed; index: number } | undefined {
  const all = placed(context.organisations);
  for (let i = lowerBound(all, at) - 1; i >= 0; i--) if ((all[i] as Placed).end <= at) return { placed: all[i] as Placed, index: i };
  return undefined;
}

const people = new WeakMap<readonly Mention[], Mention[]>();

/** The people's mentions inside `[from, to)`, in text order (the letter's mentions sorted once). */
export function peopleWithin(context: TieContext, from: number, to: number): Mention[] {
  let sorted = people.get(context.people);
  if (!sorted) {
    sorted = [...context.people].sort((a, b) => a.start - b.start);
    people.set(context.people, sorted);
  }
  const out: Mention[] = [];
  for (let i = lowerBound(sorted, from); i < sorted.length && (sorted[i] as Mention).start < to; i++) if ((sorted[i] as Mention).end <= to) out.push(sorted[i] as Mention);
  return out;
}

/** True when another person is named inside `[start, end)`. */
const crossesPerson = (context: TieContext, start: number, end: number): boolean => peopleWithin(context, start, end).length > 0;

/** A link that ends the words before a body: `of the`, `with the government-critical`, `(of the`, `(`. */
const LINK_AFTER = /(?:\b(?:of|at|with|from|for|in|to|by)\s+(?:the\s+|an?\s+)?(?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){0,3}|\(\s*(?:of\s+(?:the\s+)?)?)[‘'“]?$/u;
/**
 * A link to a body's common noun, the body's name apposed after a comma: `, staff member of a
 * workers’ centre, Dagongzhe`.
 */
const LINK_APPOSED = /\b(?:of|at|with|from|for)\s+(?:the|an?)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,3}(?:union|centre|center|federation|association|group|organi[sz]ation|company|factory|newspaper|website|station|channel|network|committee|council)s?,\s+$/u;
/** Verbs of leading or founding a body (`leads`, `has chaired`, `co-founded`). */
export const LEAD_VERBS = "(?:leads|led|heads|headed|chairs|chaired|founded|co-founded|runs|ran|coordinates|coordinated|directs|directed|presides\\s+over|presided\\s+over)";
/** A relative clause of leading or founding a body, right before it: `, who has led `, `, who chairs the `. */
const LEADS = new RegExp(`^,\\s+who\\s+(?:(?:has|had)\\s+)?(?:(?:long|also|now|currently|since)\\s+)?${LEAD_VERBS}\\s+(?:the\\s+)?$`, "u");
/** After a body in an apposition: a role (`, BITU international secretary`, `, CPJ’s senior program coordinator`). */
const ROLE_AFTER = /^(?:['’]s)?\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

/**
 * `said Ana Ruiz,` / (blank line) / `UX President.`: a hard-wrapped line ending in a comma after the
 * name goes on with its apposition on the next line; the gap is read as `, `.
 */
export const wrappedApposition = (gap: string): string => (/^,[ \t]*\n(?:[ \t]*\n)?[ \t]*$/u.test(gap) ? ", " : gap);

/** A copula after the name, and words that time it (`is`, `has been`, `was also`, `has since 2019 been`), perhaps in a relative clause (`, who has been`). */
const COPULA = /^(?:,\s+who)?\s+(?:is|was|(?:has|had)\s+(?:since\s+\d{4}\s+|long\s+|also\s+)?been|remains|became)\s+(?:(?:also|now|currently|still)\s+)?/u;
/** After the copula: a post, then `of`/`at`/`for` and the body (`the president of `, `a shop steward at `). */
const POST_OF = /^(?:(?:the|an?)\s+)?(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:of|at|for)\s+(?:the\s+)?$/u;

/**
 * The body a copula ties the person to: the body's possessive and a post right after it (`is DWUG's
 * president`), or a post of the body (`has been the treasurer of the X`); not a verb's body (`was
 * sentenced by the X`, `was arrested at the X`).
 */
function copulaTie(rest: string, next: Placed, context: TieContext): Organisation | undefined {
  if (rest === "") {
    const role = /^['’]s\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(context.text.slice(next.end, next.end + 60));
    return role?.[1]?.split(/\s+/u).some((word) => isRoleWord(word)) ? next.organisation : undefined;
  }
  const post = POST_OF.exec(rest);
  return post && isRoleWord(post[1] ?? "") ? parentOf(next, context) : undefined;
}

/** The body tied to a mention by the words after it, or undefined. */
export function tieAfter(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const next = bodyFrom(context, mention.end);
  if (!next || next.start - mention.end > 160 || crossesPerson(context, mention.end, next.start)) return undefined;
  const gap = withoutUnitName(wrappedApposition(text.slice(mention.end, next.start)));
  // Note: a copula says what an apposition says (`Mr A is DWUG's president`, `B has been the treasurer of the X`).
  const copula = COPULA.exec(gap);
  const byCopula = copula ? copulaTie(gap.slice(copula[0].length), next, context) : undefined;
  if (byCopula) return byCopula;
  // Note: `A, who has chaired the X since 2019`, `B, who heads the X`: a verb of leading the body is a tie.
  if (LEADS.test(gap)) return parentOf(next, context);
  // Note: `Saghafi’s workplace and …`: what follows a possessive is the person's thing, not their tie.
  if (/^['’]s\b/u.test(gap) || !gapWords(gap)) return undefined;
  // Note: `ordered A to pay 12.5 million tenge to X`: an infinitive right after the name makes the
  // person its subject; the body after it is the verb's (an addressee, a payee), not the person's.
  if (/^\s+to\s+(?!the\b|an?\b)\p{Ll}/u.test(gap)) return undefined;
  // Note: `wrote to the Minister, Mr A, and to the City Court`: `and` then a preposition adds another addressee, not A's body.
  if (/^,?\s+and\s+(?:also\s+)?(?:to|with|at|for|from)\b/u.test(gap)) return undefined;
  if (LINK_AFTER.test(gap) || LINK_APPOSED.test(gap)) return parentOf(next, context);
  // Note: `Ms A, Secretary, Ministry of Labour` (a copy line, a signature): a role set off by commas, then the body.
  const titled = /^,\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+),\s+$/u.exec(gap);
  if (titled && isRoleWord(titled[1]?.split(/\s+/u).at(-1) ?? "") && (gapWords(titled[1] ?? "") ?? []).length > 0) return next.organisation;
  // Note: a bare apposition names the person's body only when a role follows the body.
  if (/^,\s+$/u.test(gap)) {
    const role = ROLE_AFTER.exec(text.slice(next.end, next.end + 60));
    const words = role?.[1]?.split(/\s+/u) ?? [];
    const end = next.end + (role?.[0].length ?? 0);
    // Note: `…, EI General Secretary Fred van Leeuwen`: a title before another name is that person's.
    if (words.some((word) => isRoleWord(word)) && !crossesPerson(context, next.end, end + 40)) return next.organisation;
  }
  return undefined;
}

/** A role before a body (`the leader of the trade union of the oil-service`, `Members of the`). */
// Note: any opening quotation mark may stand before the body's name (`of the weekly "X"`, `du journal « X »`).
const ROLE_OF = /\b([\p{L}-]+)\s+(?:of|at|in)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:[‘'“"«]\s?)?$/u;
/** Those a body has, plural, before `of`/`at` it: `colleagues at X, A`, `members of X: A`. */
const GROUP_NOUNS = /^(?:colleagues|members|staff|employees|workers|journalists|reporters|leaders|officials|officers|activists)$/iu;
/** Body nouns that hold the role of their members (`the leader of the trade union of X`). */
const UNIT_NOUNS = new Set(["union", "committee", "branch", "cell", "board", "council"]);
/**
 * Between a body and the name: a role phrase (`president`, `’s secretary-general,`, ` - Head of
 * Department,`), `, led by Judge`, or ` whose leader,`.
 */
const ROLE_BETWEEN = /^(?:['’]s)?(?:\s?[’'”")»])?\s*(?:[-–—:]\s*|,\s+(?:led|headed|chaired)\s+by\s+|(?:,\s*)?whose\s+)?((?:[\p{L}-]+\s+){0,5}[\p{L}-]+)(?:\s*,\s+|\s+)$/u;

/**
 * A role phrase: tie words with a role word last (`senior program coordinator`), or a role word
 * then `of` and anything (`Head of Department`).
 */
function rolePhrase(phrase: string): boolean {
  // Note: `shop stewards at the mill`, `coordinator for the Kurdistan Region`, `correspondent in Erbil`: where a role
  // is held, after it, is part of the phrase (a body named there would be the body before the name, not this one).
  const words = phrase.replace(/\s+(?:(?:at|in|on)\s+the\s+\p{Ll}[\p{L}-]*|(?:for|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$/u, "").split(/\s+/u);
  const of = words.indexOf("of");
  const head = of < 0 ? words : words.slice(0, of);
  return head.length > 0 && gapWords(head.join(" ")) !== null && isRoleWord(head.at(-1) ?? "");
}

/**
 * The words between two names of a list, each name perhaps with its own role: `, `, ` and `,
 * `, organising secretary `, ` and its Ashulia unit president `, ` and women's coordinator `. A
 * capitalised word that is no title (a branch's place) may stand only before a lower-case role word.
 */
const SEPARATOR = /^(?:,\s+|,?\s+and\s+)(?:(its|their)\s+)?(?:((?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+),?\s+)?$/u;

/** The previous name's own post set off before `, and` (`A, coordinator, and B`), or null. */
const OWN_POST_BEFORE_AND = /^,\s+((?:\p{Ll}[\p{L}’'-]*\s+){0,3}\p{Ll}[\p{L}’'-]*),(?=\s+and\s)/u;

export function listSeparator(gap: string): boolean {
  // Note: the previous name's age stands before the separator (`A, 39, and organiser B`), or its own
  // post (`A, coordinator, and B`).
  const ownPost = OWN_POST_BEFORE_AND.exec(gap);
  const postWords = ownPost?.[1]?.split(/\s+/u) ?? [];
  const own = ownPost !== null && isRoleWord(postWords.at(-1) ?? "") && postWords.every((word) => tieWord(word));
  const match = SEPARATOR.exec((own ? gap.slice(ownPost[0].length) : gap).replace(/^,\s*\d{1,3}(?=,|\s+and\s)/u, ""));
  if (!match) return false;
  const phrase = match[2];
  if (!phrase) return match[1] === undefined;
  const words = phrase.split(/\s+/u);
  const head = words.at(-1) ?? "";
  // Note: a possessive names whose post it is: only a body's common noun refers back to the list's
  // body (`ZCTU president A and the labour movement’s secretary-general, B`; not `the government’s spokesman`).
  if (words.some((word, i) => /['’]s$/u.test(word) && /^(?:the|a|an)$/iu.test(words[i - 1] ?? "") && !BODY_NOUNS.test(word.replace(/['’]s$/u, "")))) return false;
  // Note: a plural role opens another group (`ZCTU administrator A and local officials B and C`).
  if (!isRoleWord(head) || singular(head) !== head.toLowerCase()) return false;
  const lowerHead = /^\p{Ll}/u.test(head);
  return words.every((word) => tieWord(word) || (lowerHead && /^\p{Lu}\p{Ll}/u.test(word) && !TITLE_WORDS.has(word.toLowerCase())));
}

/**
 * Where the list a mention closes begins: walks back over names joined by list separators
 * (`its publisher A and executive editor B`) down to `floor`; the mention's own start when it
 * follows no such name.
 */
export function listStart(mention: Mention, context: TieContext, floor: number): number | undefined {
  let end = mention.start;
  for (const p of peopleWithin(context, floor, mention.start).reverse()) {
    if (p.start >= end) continue;
    if (p.end > end || !listSeparator(context.text.slice(p.end, end))) break;
    end = p.start;
  }
  return end;
}

const capitalised = (word: string): string => (word[0] ?? "").toUpperCase() + word.slice(1);
/**
 * An optional form of address before a name, any the lexicon knows in any of the languages read
 * (`Sister `, `Brother `, `Shri `, `Sra. `, `Mme `, `Comrade `, `Daw `), as a regular expression's source.
 */
export const ADDRESS = `(?:(?:${[...new Set([...HONORIFICS, ...START_HONORIFICS])]
  .filter((word) => /^\p{L}+$/u.test(word))
  .sort((a, b) => b.length - a.length)
  .flatMap((word) => [word, capitalised(word)])
  .join("|")})\\.?\\s+)?`;

/**
 * A body's possessive determiners: English `its`/`their`, French `son`/`sa`/`ses`/`leur(s)`, Spanish
 * `su`/`sus` (`Son secrétaire général, X`, `Y, su secretaria de finanzas`).
 */
export const BODY_POSSESSIVES = "its|their|son|sa|ses|leurs?|su|sus";

/** A possessive determiner and a role right before a name: `its publisher `, `Its convener, `, `its spokesperson, Brother `, `Son secrétaire général, `. */
export const POSSESSIVE_ROLE = new RegExp(`(?<!\\p{L})(?:${BODY_POSSESSIVES})\\s+((?:[\\p{L}’'-]+\\s+){0,4}[\\p{L}’'-]+),?\\s+${ADDRESS}$`, "iu");

/** Where `its`/`their` opens a post right before the mention (or the list it opens): `Its convener, C`; undefined when there is none. */
export function possessiveRoleAt(mention: Mention, context: TieContext): number | undefined {
  const { text } = context;
  const start = listStart(mention, context, Math.max(0, mention.start - 300)) ?? mention.start;
  const before = text.slice(Math.max(0, start - 80), start);
  const match = POSSESSIVE_ROLE.exec(before);
  if (!match || /\n/u.test(match[0])) return undefined;
  const words = (match[1] ?? "").split(/\s+/u);
  // Note: a French or Spanish post has its head first (`secrétaire général`, `secretaria de finanzas`).
  const head = headFirstVocabulary(words[0] ?? "") ? (words[0] ?? "") : (words.at(-1) ?? "");
  if (!isRoleWord(head) || !words.every((w) => tieWord(w) || (/^\p{Ll}/u.test(head) && /^\p{Lu}\p{Ll}/u.test(w)))) return undefined;
  // Note: `Its lawyer, Adv. A`: a lawyer the body retains is not its own.
  if (RETAINED.test(head)) return undefined;
  return start - before.length + match.index;
}

/**
 * The body a possessive determiner before the person's role refers back to (`sidhakura.com, a news
 * website … imposed jail terms on its publisher A and executive editor B`, `the X Alliance called
 * the verdict … Its convener, C, demanded`): the nearest body named before it, in its sentence or
 * the one before; another person's name may stand between only inside one sentence.
 */
export function tieByPossessive(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const at = possessiveRoleAt(mention, context);
  if (at === undefined) return undefined;
  const window = text.slice(Math.max(0, at - 300), at);
  // Note: the antecedent is in this sentence or the one before, never further back.
  // Note: not after a form of address (`dont M. Bah est membre`), which ends no sentence.
  const ends = [...window.matchAll(/(?<!\b(?:Mr|Ms|Mrs|Dr|Sr|Sra|Srta|Prof|Mme|M|Me|Messrs))[.!?]["”’]?\s+(?=[\p{Lu}"“‘])|\n/gu)];
  const cut = ends.length >= 2 ? (ends.at(-2)?.index ?? 0) : 0;
  const from = at - window.length + cut;
  // Note: `Its` opening its sentence (the window ends with the sentence before): the subject of that sentence first.
  const previous = at - window.length + (ends.at(-1)?.index ?? 0);
  const subject = /(?:[.!?]["”’]?|\n)\s*$/u.test(window) && ends.length > 0 ? subjectBody(context, previous, at) : undefined;
  if (subject) return subject;
  const antecedent = bodiesWithin(context, from, at).at(-1);
  // Note: another person between is allowed only within one sentence (`X general secretary A, its unit president B`).
  if (!antecedent || (crossesPerson(context, antecedent.end, at) && /[.!?]\s/u.test(text.slice(antecedent.end, at)))) return undefined;
  return antecedent.organisation;
}

/** An article, or nothing, before a sentence's subject. */
const SUBJECT_ARTICLE = /^\s*["“‘]?(?:(?:the|le|la|les|el|los|las)\s+|l['’]\s*)?$/iu;

/**
 * The body that opens the sentence starting at `from`, its subject (`The X, to which Y is affiliated, has
 * called a protest.`), or undefined: `Its` opening the next sentence refers back to it, though other bodies
 * and people are named after it in its clauses and objects (the subject is what the sentence is about).
 */
function subjectBody(context: TieContext, from: number, at: number): Organisation | undefined {
  const first = bodiesWithin(context, from, at)[0];
  // Note: a court opening the sentence before is what acted on the people (`The X Court fined the union's leaders.`), no body of theirs.
  return first && !isCourt(first.organisation) && SUBJECT_ARTICLE.test(context.text.slice(from, first.start).replace(/^[.!?]["”’]?/u, "")) ? first.organisation : undefined;
}

/** `, its joint secretary` right after a name. */
const ITS_AFTER = new RegExp(`^,\\s+(?:${BODY_POSSESSIVES})\\s+((?:[\\p{L}’'-]+\\s+){0,3}[\\p{L}’'-]+)(?=[,;.)]|\\s+(?:and|was|were|is|are|has|have|et|y|a|ont|ha|han|fue|fueron)\\b)`, "u");

/**
 * The body of a list's previous member for `B, its joint secretary` (`A, general secretary of
 * the X, and B, its joint secretary`): the body named between the previous name and this one,
 * in one sentence. `its` with no such body (`A, president of the sub-branch; B, its treasurer`)
 * ties nothing.
 */
export function tieByItsAfter(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const its = ITS_AFTER.exec(text.slice(mention.end, mention.end + 80));
  const posted = its?.[1]?.split(/\s+/u) ?? [];
  if (!its || !(isRoleWord(posted.at(-1) ?? "") || headFirstVocabulary(posted[0] ?? ""))) return undefined;
  // Note: `B, son avocat,`: counsel the body retains is not its own.
  if (RETAINED.test(posted[0] ?? "") || RETAINED.test(posted.at(-1) ?? "")) return undefined;
  const previous = peopleWithin(context, Math.max(0, mention.start - 400), mention.start).filter((p) => mention.start - p.end < 200).sort((a, b) => b.end - a.end)[0];
  if (!previous || /[.!?]\s|\n/u.test(text.slice(previous.end, mention.start))) return undefined;
  return bodiesWithin(context, previous.end, mention.start).at(-1)?.organisation;
}

/** The body tied to a mention by the words before it, or undefined. */
export function tieBefore(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const all = placed(context.organisations);
  const before = bodyBefore(context, mention.start);
  const index = before?.index ?? -1;
  const last = before?.placed;
  // Note: a list may run long after its body (`X general secretary A, its unit president B, …`); the
  // body must stand close to the list's first name.
  if (!last || mention.start - last.end > 400) return undefined;
  let end = mention.start;
  // Note: a list of names after the body (`Members of the X, Ivan Petrov and Oleg Sidorov`).
  for (const p of peopleWithin(context, last.end, mention.start).reverse()) {
    if (p.start >= end) continue;
    if (p.end > end || !listSeparator(text.slice(p.end, end))) return undefined;
    end = p.start;
  }
  const gap = text.slice(last.end, end);
  if (gap.length > 120 || /[.;!?](?:\s|$)|\n/u.test(gap)) return undefined;
  // Note: the first of adjacent forms (`Belarusian Independent Trade Union BITU`) carries the role before them.
  let first = last;
  for (let i = index - 1; i >= 0; i--) {
    const o = all[i] as Placed;
    if (!/^[\s(]*$/u.test(text.slice(o.end, first.start))) break;
    first = o;
  }
  const between = ROLE_BETWEEN.exec(gap);
  if (between && rolePhrase(between[1] ?? "")) return last.organisation;
  const roleOf = ROLE_OF.exec(text.slice(Math.max(0, first.start - 60), first.start));
  const holder = roleOf?.[1] ?? "";
  if (!isRoleWord(holder) && !UNIT_NOUNS.has(holder.toLowerCase()) && !GROUP_NOUNS.test(holder)) return undefined;
  if (/^(?:\s?[’'”")»])?(?:\s+\p{Lu}{2,})?[,:]?\s+$/u.test(gap)) return last.organisation;
  // Note: `two of his colleagues at Radio X, photographer A and camera operator B`: each name's own role may follow.
  const own = /^(?:\s?[’'”")»])?,\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s+$/u.exec(gap);
  // Note: not `A, spokesperson of the X, and the journalist B`: after `and` the gap opens another member.
  if (own && /^\p{Ll}/u.test(own[1] ?? "") && !/^(?:and|or|but)\s/u.test(own[1] ?? "") && rolePhrase(own[1] ?? "")) return last.organisation;
  return undefined;
}

/** Officer roles a body's common noun refers back to (`the federation’s leaders`, `President of the federation`). */
const OFFICERS = /^(?:president|vice-president|chair(?:man|woman|person)?|co-chair|secretary|secretary-general|general|treasurer|leaders?|officials?|officers?|organi[sz]ers?|coordinators?|founders?|spokes(?:man|woman|person))$/iu;
/** A body's common noun after `the` in a role phrase: `President of the federation`, `the union’s leaders`. */
const BODY_NOUN = "(federation|confederation|union|congress|association|company|party|organi[sz]ation|movement|centre|center)";
const REFERENCES = [
  { pattern: new RegExp(`\\b([\\p{L}-]+)\\s+of\\s+the\\s+${BODY_NOUN}\\b`, "giu"), role: 1, noun: 2 },
  { pattern: new RegExp(`\\bthe\\s+${BODY_NOUN}['’]s\\s+([\\p{L}-]+)`, "giu"), role: 2, noun: 1 },
];
/** A title right before a name (`Secretary General, `, `First Deputy Secretary General `). */
const TITLE_BEFORE = /([\p{L}-]+),?\s+$/u;

/**
 * The body a titled mention refers back to through a common noun in its sentence (`The President
 * of the federation Barnes Dlamini`, `five of the federation’s leaders … including Secretary
 * General, Vincent Ncongwane`): the nearest body before whose name holds the noun.
 */
export function tieByReference(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const from = Math.max(0, mention.start - 400);
  const before = text.slice(from, mention.start);
  const stop = Math.max(before.search(/[.!?]\s(?![\s\S]*[.!?]\s)/u), before.lastIndexOf("\n"));
  const sentence = stop < 0 ? before : before.slice(stop + 1);
  const start = mention.start - sentence.length;
  let found: { noun: string; at: number; end: number } | undefined;
  for (const { pattern, role, noun } of REFERENCES) {
    for (const match of sentence.matchAll(pattern)) {
      const at = start + match.index;
      if (OFFICERS.test(match[role] ?? "") && (!found || at > found.at)) found = { noun: (match[noun] ?? "").toLowerCase(), at, end: at + match[0].length };
    }
  }
  if (!found) return undefined;
  if (bodiesWithin(context, found.end, mention.start).length > 0) return undefined;
  const titled = /^[,\s]*$/u.test(text.slice(found.end, mention.start)) || isRoleWord(TITLE_BEFORE.exec(text.slice(found.end, mention.start))?.[1] ?? "");
  if (!titled) return undefined;
  const noun = found.noun;
  const antecedent = bodiesWithin(context, Math.max(0, found.at - 1700), found.at).filter((o) => found.at - o.end < 1500 && o.organisation.name.toLowerCase().includes(noun)).at(-1);
  return antecedent?.organisation;
}

/** Those a body retains rather than elects: `our lawyer`. */
// Note: French and Spanish too (`Son avocat, Me B`, `su abogada, Lic. C`).
export const RETAINED = /^(?:lawyers?|advocates?|counsel|attorneys?|solicitors?|barristers?|consultants?|avocat(?:e|s|es)?|abogad[oa]s?|conseils?|defensor(?:a|es|as)?)$/iu;
