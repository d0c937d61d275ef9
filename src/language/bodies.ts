/**
 * Bodies named in the French way, head noun capitalised and the rest in lower case save proper
 * words (`Fédération générale des cheminots indépendants`, `Port autonome de Dakar`,
 * `ministère belge des Affaires étrangères`): the capitalised-chunk rules see only the head. A
 * name is read by the shape of the language's noun phrase: the head, adjectives (known by their
 * endings), then `de`/`pour` links each with one noun and its adjectives, or `et` and a noun. It
 * is a name only when bounded by a proper word after the head or an adjective of nationality or
 * scope (`belge`, `européen`, `nationale`); a phrase of common words alone (`Comité de soutien`,
 * `le ministère public`) is not one. Rows live in each vocabulary's `bodies` (vocabulary.ts).
 */
import type { Vocabulary } from "./vocabulary.js";
import { formAfter } from "./legal-forms.js";

/** The words of a French or Spanish body name, as each vocabulary writes them. */
export interface BodyWords {
  /** Heads that open a name when capitalised (`fédération`, `port`), lower case. */
  readonly heads: readonly string[];
  /**
   * Heads that open a name in lower case after a definite article (`le ministère de la Santé`,
   * `l'ambassade du Cameroun`, `la société béninoise d'électricité`), lower case: bounded only by
   * a capitalised noun after their first link or a nationality right after them.
   */
  readonly lowerHeads: readonly string[];
  /**
   * Heads an association's own proper name may follow before its links (`Association Tamount pour
   * les droits des femmes rurales`, `Fundación Pachamama para la Defensa …`), lower case: not a
   * port or an office, whose capitalised word after them is a place (`Port Louis`).
   */
  readonly namedHeads: readonly string[];
  /** Links inside a name with the article after them (`de la`, `d'`, `pour les`), lower case, `'` for the apostrophe. */
  readonly links: readonly string[];
  /** A lower-case adjective by its ending (`générale`, `indépendants`, `autonome`). */
  readonly adjective: RegExp;
  /**
   * A plural past participle that is an adjective only right after the plural proper noun it agrees
   * with (`des Nations unies`): its ending alone (`-is`, `-ies`) names nouns too (`parties`, `avis`).
   */
  readonly properParticiple?: RegExp;
  /** An adjective of nationality or region (`belge`, `maghrébin`, `européen`): makes a two-word name. */
  readonly nationality: RegExp;
  /** An adjective of scope (`national`, `régional`, `général`): bounds a name with a link. */
  readonly scope: RegExp;
  /** Adjectives written before their noun (`nouvelle`, `nueva`, `gran`), lower case: one may open a body's name before a head. */
  readonly prenominal?: RegExp;
  /** Words with an adjective's ending that are verbs after a name (`appelle`, `explique`), lower case. */
  readonly verbs: readonly string[];
  /** After an adjective-shaped word: what makes it a verb (`le`, `que`, `à`), lower case. */
  readonly verbNext: readonly string[];
  /** An infinitive by its ending (`ouvrir`, `examinar`). */
  readonly infinitive: RegExp;
  /** Infinitives that open a request's object whatever follows them (`de mettre fin`, `de garantizar la`), lower case. */
  readonly requestVerbs: readonly string[];
  /** The word `and` that joins two nouns of a name (`autoroutes et voies navigables`). */
  readonly and: string;
  /** Links that join a name only before a proper noun, being a cause's or an agent's otherwise (`por los Derechos Laborales`, not `por el despido`). */
  readonly properLinks: readonly string[];
  /**
   * Links of a topic (`sur la`, `sobre el`), lower case: after a common noun they join one
   * (`Groupe de travail sur la détention arbitraire`); after a proper noun only a proper one
   * (`Grupo de Trabajo sobre las Desapariciones Forzadas`), a lower-case noun there being the
   * sentence's topic (`… l'Union des Syndicats du Tchad sur la question des arriérés`).
   */
  readonly topicLinks: readonly string[];
  /** The word `in` before a country or region that closes a body's name (`… des travailleuses en Tunisie`, `… en Cuba y América Latina`). */
  readonly in: string;
  /** Definite articles and contractions before a lower-case head (`le`, `du`, `l'`), lower case. */
  readonly definite: readonly string[];
  /** Words between a media noun and an outlet's title (`en ligne`, `de noticias`), lower case, `'` for the apostrophe. */
  readonly mediaQualifiers: readonly string[];
}

/** A body found: its offsets and name. */
export interface BodySpan {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** A line break between this word and the one before. */
  readonly newLine: boolean;
}

// Note: an elided article or preposition (`d'`, `l'`) is a word of its own, as the links read it.
// Note: a French inclusive ending is the word's (`préposé(e)s`, `travailleur·euse·s`).
const WORD = /\p{L}[\p{L}\p{M}]*(?:[-‐‑]\p{L}[\p{L}\p{M}]*)*(?:\(\p{Ll}{1,4}\)s?|·\p{Ll}{1,4}(?:·s)?)?[’']?|\d+|[^\s\p{L}\d]/gu;

const capitalised = (w: Word | undefined): boolean => w !== undefined && /^\p{Lu}\p{Ll}/u.test(w.text);
/** A proper word after a link: capitalised, or an acronym (`de la CIDH`). */
const proper = (w: Word | undefined): boolean => capitalised(w) || (w !== undefined && /^\p{Lu}{2,}$/u.test(w.text));
const lowerWord = (w: Word | undefined): boolean => w !== undefined && /^\p{Ll}{2,}/u.test(w.text) && !/[’']$/u.test(w.text);

/** The words of a stretch of text, from `start`, at most `limit` of them, none across a line break pair. */
function wordsFrom(text: string, start: number, limit: number): Word[] {
  const out: Word[] = [];
  const pattern = new RegExp(WORD.source, "gu");
  pattern.lastIndex = start;
  for (let m = pattern.exec(text); m && out.length < limit; m = pattern.exec(text)) {
    const gap = text.slice(out.at(-1)?.end ?? start, m.index);
    if (/\n\s*\n/u.test(gap)) break;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, newLine: gap.includes("\n") });
  }
  return out;
}

const headPatterns = new WeakMap<BodyWords, RegExp>();

/** One pattern for every head of a vocabulary, built once: the text is scanned once per letter. */
function headPattern(words: BodyWords): RegExp {
  let pattern = headPatterns.get(words);
  if (!pattern) {
    const capital = (w: string): string => `${(w[0] as string).toUpperCase()}${w.slice(1)}`;
    const alternatives = [...words.heads.map(capital), ...words.lowerHeads].sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?<![\\p{L}\\p{M}-])(?:${alternatives.join("|")})(?![\\p{L}\\p{M}-])`, "gu");
    headPatterns.set(words, pattern);
  }
  return pattern;
}

const headSets = new WeakMap<BodyWords, Set<string>>();

/** The heads, as a set (one per vocabulary). */
function headSet(body: BodyWords): Set<string> {
  let set = headSets.get(body);
  if (!set) {
    set = new Set([...body.heads, ...body.lowerHeads]);
    headSets.set(body, set);
  }
  return set;
}

const definites = new WeakMap<BodyWords, RegExp>();

/** A definite article right before a head, one pattern per vocabulary. */
function definiteBefore(body: BodyWords): RegExp {
  let pattern = definites.get(body);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[\\s(])(?:${body.definite.join("|")})\\s*$`, "iu");
    definites.set(body, pattern);
  }
  return pattern;
}

const linkWords = new WeakMap<BodyWords, string[][]>();

/** How many words a link takes at `i` (`de la` = 2, `d'` = 1), or 0: the longest link first. */
function linkAt(words: readonly Word[], i: number, body: BodyWords): number {
  let links = linkWords.get(body);
  if (!links) {
    links = body.links.map((l) => l.split(" ")).sort((a, b) => b.length - a.length);
    linkWords.set(body, links);
  }
  const at = (k: number): string => words[i + k]?.lower.replace(/’/gu, "'") ?? "";
  return links.find((link) => link.every((w, k) => at(k) === w))?.length ?? 0;
}

/** True for an adjective of the name at `i`, not a verb (`appelle`, or a word before an article). */
function adjectiveAt(words: readonly Word[], i: number, body: BodyWords): boolean {
  const word = words[i];
  if (!lowerWord(word) || body.verbs.includes((word as Word).lower) || body.requestVerbs.includes((word as Word).lower)) return false;
  // Note: plural, as the plural proper noun it agrees with (`Nations unies`), not a place's (`… de Matadi unis contre`).
  const participle = body.properParticiple?.test((word as Word).lower) === true && capitalised(words[i - 1]) && /[sx]$/u.test((words[i - 1] as Word).text);
  if (!body.adjective.test((word as Word).lower) && !body.nationality.test((word as Word).lower) && !participle) return false;
  // Note: a plural (`-s`, `-x`) is no verb of a singular subject: `… des droits sociaux l'a rappelé`.
  if (/[sx]$/u.test((word as Word).lower)) return true;
  const next = words[i + 1]?.lower.replace(/’/gu, "'");
  // Note: `en`/`in` before a place or a date is where or when, after an adjective as after a verb
  // (`Ligue pour la presse libre en Guinée`, `… de la Sécurité sociale en mars 2023`).
  if (next === body.in && (capitalised(words[i + 2]) || /^\d/u.test(words[i + 2]?.text ?? "") || /^\d{4}$/u.test(words[i + 3]?.text ?? ""))) return true;
  return next === undefined || !body.verbNext.includes(next);
}

/**
 * True for an infinitive at `i` after a bare `de`/`pour`: before an article, a punctuation mark or
 * the end (`d'intervenir.`), a known request verb (`de mettre fin`), or one before a bare link
 * (`d'ouvrir de véritables négociations`); not a noun in `-ier` before a link (`Comité de quartier de …`).
 */
function infinitive(words: readonly Word[], i: number, body: BodyWords): boolean {
  const word = words[i] as Word;
  // Note: a proper noun is no infinitive whatever its ending (`du Niger,`, `de Tanger`).
  if (word.text.length < 5 || !body.infinitive.test(word.lower) || proper(word)) return false;
  if (body.requestVerbs.includes(word.lower)) return true;
  const next = words[i + 1];
  if (next === undefined || !/^\p{L}/u.test(next.text) || body.verbNext.includes(next.lower.replace(/’/gu, "'"))) return true;
  return !/ier$/u.test(word.lower) && linkAt(words, i + 1, body) > 0 && lowerWord(words[i + 1 + linkAt(words, i + 1, body)]);
}

/**
 * At a comma (`ministère de la Jeunesse, de la Culture et de la Communication`): how many words a
 * list of linked proper nouns takes when it closes with `et`/`y` and one more (`, de la Culture et
 * de la Communication` = 9), or 0. An open list (`… de la Santé, de la police`) is the sentence's.
 */
function commaListAt(words: readonly Word[], i: number, body: BodyWords, bare: boolean): number {
  let j = i;
  for (let items = 0; items < 6; items++) {
    if (words[j]?.text !== ",") return 0;
    const link = linkAt(words, j + 1, body);
    // Note: after a bare `de` the items may come bare too (`Ministerio de Trabajo, Empleo y Seguridad Social`).
    if ((link === 0 && !bare) || !capitalised(words[j + 1 + link]) || (link === 0 && !/^\p{Lu}\p{Ll}/u.test((words[j + 1] as Word).text))) return 0;
    j += 1 + link + nounAt(words, j + 1 + link, body);
    // Note: a capitalised adjective before its noun opens the item (`de la Petite entreprise,`): the noun closes it before the next comma or `et`.
    if (lowerWord(words[j]) && !isLinkOrVerb(words, j, body) && (words[j + 1]?.text === "," || words[j + 1]?.lower === body.and)) j += 1;
    while (adjectiveAt(words, j, body)) j += 1;
    if (words[j]?.lower === body.and) {
      const last = linkAt(words, j + 1, body);
      if ((last === 0 && !bare) || !capitalised(words[j + 1 + last])) return 0;
      return j - i;
    }
  }
  return 0;
}

/**
 * At a comma after a bare lower-case noun (`… des mines, métaux et industries connexes (SYNATRAMMIC)`):
 * how many words a list of bare lower-case nouns takes when `et`/`y` and one more close it right
 * before a bracket or a stop, or 0. A list with articles (`… des mines, les routes et …`) is the sentence's.
 */
function lowerListAt(words: readonly Word[], i: number, body: BodyWords): number {
  let j = i;
  for (let items = 0; items < 6; items++) {
    if (words[j]?.text !== "," || !lowerWord(words[j + 1]) || isLinkOrVerb(words, j + 1, body)) return 0;
    j += 2;
    while (adjectiveAt(words, j, body)) j += 1;
    if (words[j]?.lower === body.and) {
      if (!lowerWord(words[j + 1]) || isLinkOrVerb(words, j + 1, body)) return 0;
      let end = j + 2;
      // Note: the bracket or stop bounds the list, so an adjective the endings miss closes it too (`industries connexes`).
      while (end < j + 4 && (adjectiveAt(words, end, body) || (lowerWord(words[end]) && !isLinkOrVerb(words, end, body)))) end += 1;
      const after = words[end];
      // Note: participles between commas are an aside on the body (`… des boulangers, informée et mobilisée, a appelé`), no list of its fields.
      if (after?.text === "," && words.slice(i, end).every((w) => !lowerWord(w) || w.lower === body.and || PARTICIPLE.test(w.lower))) return 0;
      return after === undefined || /^[(,.;:)]$/u.test(after.text) ? end - i : 0;
    }
  }
  return 0;
}

/** A French or Spanish past participle's ending (`informée`, `detenidos`). */
const PARTICIPLE = /(?:é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas)$/u;

/**
 * After an adjective at `i - 1`: how many words adjectives coordinated with it take (`maternel et primaire`,
 * `secondaire, technique et professionnel` = 4), or 0. Items after commas count only when `et`/`y` closes the
 * list, with an adjective or a linked proper noun (`primaire, secondaire et de l'Alphabétisation`: the comma
 * item only, the link being the loop's); a closing adjective set off by a comma is an aside (`…, alerté et inquiet, a`).
 */
function adjectiveListAt(words: readonly Word[], i: number, body: BodyWords): number {
  let j = i;
  while (words[j]?.text === "," && adjectiveAt(words, j + 1, body) && !body.nationality.test((words[j + 1] as Word).lower)) j += 2;
  if (words[j]?.lower !== body.and) return 0;
  if (adjectiveAt(words, j + 1, body) && !body.nationality.test((words[j + 1] as Word).lower)) return words[j + 2]?.text === "," ? 0 : j + 2 - i;
  const link = linkAt(words, j + 1, body);
  return j > i && link > 0 && proper(words[j + 1 + link]) ? j - i : 0;
}

/** True for a word at `i` that opens a link, or is a verb or an article (no bare noun of a list). */
function isLinkOrVerb(words: readonly Word[], i: number, body: BodyWords): boolean {
  const word = words[i] as Word;
  return linkAt(words, i, body) > 0 || body.verbs.includes(word.lower) || body.verbNext.includes(word.lower.replace(/’/gu, "'"));
}

/** The noun after a link at `i`: its words (proper words run on: `Côte d'Ivoire`, `Cono Andino`), or 0. */
function nounAt(words: readonly Word[], i: number, body: BodyWords): number {
  const word = words[i];
  if (proper(word)) {
    let n = 1;
    for (;;) {
      // Note: not over a line break: a letterhead's name, then its heading (`… de Madagascar⏎Communiqué de presse`).
      if (capitalised(words[i + n]) && !(words[i + n] as Word).newLine) n += 1;
      else if (/^(?:d|de)[’']?$/u.test(words[i + n]?.lower ?? "") && /[’']$/u.test(words[i + n]?.text ?? "") && capitalised(words[i + n + 1])) n += 2;
      else return n;
    }
  }
  if (!lowerWord(word) || body.verbs.includes((word as Word).lower) || body.verbNext.includes((word as Word).lower)) return 0;
  return 1;
}

/** True when the `n` words of the link at `i` are one of `links`. */
const linkIn = (words: readonly Word[], i: number, n: number, links: readonly string[]): boolean =>
  links.length > 0 && links.includes(words.slice(i, i + n).map((w) => w.lower.replace(/’/gu, "'")).join(" "));

const wholeWords = new WeakMap<object, Map<string, RegExp>>();

/** One of `words` as a whole word: a pattern built once per owner (a vocabulary) and purpose. */
function wholeWord(owner: object, purpose: string, words: readonly string[]): RegExp {
  let patterns = wholeWords.get(owner);
  if (!patterns) wholeWords.set(owner, (patterns = new Map()));
  let pattern = patterns.get(purpose);
  if (!pattern) patterns.set(purpose, (pattern = new RegExp(`^(?:${words.join("|")})$`, "u")));
  return pattern;
}

/** A definite article as a whole word. */
const definiteWord = (body: BodyWords): RegExp => wholeWord(body, "definite", body.definite);

/**
 * After `et`/`y` at `i - 1`: 1 when a definite article and a noun (and its adjectives)
 * close the name right before a bracket or a stop, the link before having an article too
 * (`… pour l'égalité et le développement,`), else 0.
 */
function articleClosing(words: readonly Word[], i: number, body: BodyWords, articled: boolean): number {
  const article = words[i]?.lower ?? "";
  if (!articled || linkAt(words, i, body) > 0 || !definiteWord(body).test(article) || !(lowerWord(words[i + 1]) || capitalised(words[i + 1])) || isLinkOrVerb(words, i + 1, body)) return 0;
  let end = i + 2;
  while (adjectiveAt(words, end, body)) end += 1;
  const after = words[end];
  return after === undefined || /^[(,.;:)]$/u.test(after.text) ? 1 : 0;
}

/** True when the word before `j`, or the noun before the adjectives ending there (from after the head at `head`), is proper. */
function properBefore(words: readonly Word[], j: number, head: number, body: BodyWords): boolean {
  if (capitalised(words[j - 1])) return true;
  if (words[j]?.text !== ",") return false;
  let k = j - 1;
  while (k > head + 1 && adjectiveAt(words, k, body)) k -= 1;
  return k < j - 1 && capitalised(words[k]);
}

/** A capitalised word and one space right before a head (`Pacto ` before `Internacional`). */
const NOUN_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}]+) $/u;

/** The body a head at `i` opens, or null. */
function bodyAt(words: readonly Word[], i: number, body: BodyWords, before: string, heads: ReadonlySet<string>, months: RegExp): BodySpan | null {
  const head = words[i] as Word;
  const lowerHead = /^\p{Ll}/u.test(head.text);
  // Note: a lower-case head names one body only after a definite article (`une société française` describes).
  const article = definiteBefore(body).test(before);
  if (lowerHead && !article) return null;
  // Note: a head that is also a scope adjective (`Internacional`, `Centrale`) right after a capitalised noun that heads no
  // body qualifies that noun (`Pacto Internacional de Derechos Civiles`, `Día Internacional de los Trabajadores`): no body.
  // A prenominal adjective is no such noun (`la Nueva Central Sindical …`).
  const noun = article || lowerHead || !body.scope.test(head.lower) ? null : NOUN_BEFORE.exec(before);
  if (noun && !heads.has((noun[1] as string).toLowerCase()) && !body.prenominal?.test((noun[1] as string).toLowerCase())) return null;
  // Note: capitalised adjectives after the head are the name's (`Unidad Nacional de Protección`).
  let j = i + 1;
  while (capitalised(words[j]) && body.adjective.test((words[j] as Word).lower) && !lowerHead) j += 1;
  let end = j - 1;
  let bounded = j > i + 1;
  let linked = false;
  // Note: an association's own name after its head, one to three proper words, bounds it (`Association Tamount`).
  if (!lowerHead && body.namedHeads.includes(head.lower)) {
    let n = 0;
    while (n < 3 && proper(words[j + n]) && !(words[j + n] as Word).newLine && !heads.has((words[j + n] as Word).lower)) n += 1;
    // Note: a proper name the adjective endings read as one counts too (`Fondation Hirondelle`), not a scope or nationality (`Association Nationale`).
    const named = words.slice(i + 1, j).some((w) => !body.scope.test(w.lower) && !body.nationality.test(w.lower));
    if (n > 0 || named) {
      j += n;
      end = j - 1;
      bounded = true;
      linked = true;
    }
  }
  let nationality = false;
  let firstNounCapital: boolean | null = null;
  let bareProper = false;
  let articled = false;
  for (;;) {
    if (adjectiveAt(words, j, body)) {
      const lower = (words[j] as Word).lower;
      if (body.nationality.test(lower)) {
        nationality ||= j === i + 1;
        bounded = true;
      }
      if (body.scope.test(lower)) bounded = true;
      end = j;
      j += 1;
      continue;
    }
    // Note: adjectives coordinated with the one before qualify the same noun (`des Enseignements maternel et primaire`).
    const adjectives = end === j - 1 && j > i + 1 && adjectiveAt(words, j - 1, body) ? adjectiveListAt(words, j, body) : 0;
    if (adjectives > 0) {
      end = j + adjectives - 1;
      j += adjectives;
      continue;
    }
    // Note: a comma list of the body's fields continues it only when `et`/`y` closes the list.
    // Note: and after the adjectives of a proper noun (`ministère de l'Inclusion économique, de la Petite entreprise et …`).
    const list = linked && properBefore(words, j, i, body) ? commaListAt(words, j, body, bareProper) : linked && !lowerHead && lowerWord(words[j - 1]) ? lowerListAt(words, j, body) : 0;
    if (list > 0) {
      end = j + list - 1;
      j += list;
      continue;
    }
    // Note: `en` and a proper noun close a linked name with its country or region (`… des travailleuses en Tunisie`); not a ministry's.
    const located = linked && !lowerHead && words[j]?.lower === body.in && proper(words[j + 1]) ? 1 : 0;
    const link = linkAt(words, j, body) || located;
    const joined = link === 0 && words[j]?.lower === body.and ? 1 + linkAt(words, j + 1, body) + articleClosing(words, j + 1, body, articled) : 0;
    const gap = link || joined;
    if (gap > 0) {
      const noun = nounAt(words, j + gap, body);
      if (noun === 0) break;
      if (link > 0 && !proper(words[j + gap]) && linkIn(words, j, link, proper(words[j - 1]) ? [...body.properLinks, ...body.topicLinks] : body.properLinks)) break;
      // Note: a ministry's name ends at its capitalised fields; a lower-case noun linked after them is the sentence's
      // (`ministère de l'Agriculture, des Ressources hydrauliques et de la Pêche sur le transport des ouvrières`).
      if (lowerHead && firstNounCapital === true && !proper(words[j + gap])) {
        // Note: but a bare `de` and one lower-case noun closing the name qualify the field before it
        // (`ministère de l'Enseignement de base`, `ministerio de Educación de adultos`), not a date (`de mars`) nor a verb.
        const qualifier = words[j + 1] as Word | undefined;
        if (link === 1 && words[j]?.lower === "de" && noun === 1 && qualifier && qualifier.text.length >= 4 && !months.test(qualifier.lower) && !infinitive(words, j + 1, body) && linkAt(words, j + 2, body) === 0 && !adjectiveAt(words, j + 2, body)) end = j + 1;
        break;
      }
      // Note: a capitalised head after a link opens the body the first belongs to (`Comité de Libertad
      // Sindical de la Organización Internacional del Trabajo`): two names.
      // Note: not after a bare `de`, whose noun qualifies the head as a field or kind (`Dirección Nacional de Inspección del
      // Trabajo`, `Sindicato de Empresa …`): an article makes the noun a body of its own.
      if (capitalised(words[j + gap]) && heads.has((words[j + gap] as Word).lower) && !(link === 1 && words[j]?.lower === "de")) break;
      // Note: `et` and a bare noun join a name only when an adjective follows (`autoroutes et voies navigables`), not `… et exige`.
      // Note: a proper noun after a bare `de` and a proper noun joins as their pair (`Ministerio de Trabajo y Previsión Social`).
      if (gap === 1 && joined === 1 && !(bareProper && proper(words[j + gap])) && !adjectiveAt(words, j + gap + noun, body) && linkAt(words, j + gap + noun, body) === 0) break;
      // Note: `de`, `pour` before an infinitive and its object are the verb's (`… de la Santé d'ouvrir une enquête`, `… pour exiger la`).
      if (noun === 1 && gap === 1 && infinitive(words, j + gap, body)) break;
      const capital = proper(words[j + gap]);
      bareProper = capital && link === 1 && (/^de$/u.test((words[j] as Word).lower) || located === 1);
      articled = link > 1 || /[’']$/u.test(words[j + link - 1]?.text ?? "");
      if (capital) bounded = true;
      firstNounCapital ??= capital;
      linked = true;
      end = j + gap + noun - 1;
      j = end + 1;
      continue;
    }
    break;
  }
  // Note: a capitalised head after an article is a name by its capital (`le Comité de soutien`, not
  // `le comité`); one opening a sentence may be a common noun (`Société civile et syndicats`) unless bounded.
  if (lowerHead ? !(nationality || firstNounCapital === true) : !(bounded || article) || !(linked || nationality)) return null;
  const last = words[end] as Word;
  return { start: head.start, end: last.end, name: "" };
}

/** A month's name in the language, as a whole word. */
const monthPattern = (vocabulary: Vocabulary): RegExp => wholeWord(vocabulary, "months", vocabulary.months);

/** The bodies named in the language's own way in a text. */
export function findLanguageBodies(text: string, vocabulary: Vocabulary): BodySpan[] {
  const body = vocabulary.bodies;
  const out: BodySpan[] = [];
  for (const match of text.matchAll(headPattern(body))) {
    const words = wordsFrom(text, match.index, 30);
    const found = bodyAt(words, 0, body, text.slice(Math.max(0, match.index - 24), match.index), headSet(body), monthPattern(vocabulary));
    if (!found || (out.at(-1)?.end ?? -1) > found.start) continue;
    const end = found.end + formAfter(text, found.end);
    out.push({ ...found, end, name: text.slice(found.start, end).replace(/\s+/gu, " ") });
  }
  return out.map((b) => ({ ...b, name: fullName(b.name, out, body) }));
}

/**
 * The full name a shorter one cuts before its other fields (`Ministerio de Trabajo` for
 * `Ministerio de Trabajo y Previsión Social` in one letter): one body, named short the second time.
 */
function fullName(name: string, all: readonly BodySpan[], body: BodyWords): string {
  const lower = name.toLowerCase();
  const words = name.split(" ");
  const longer = all.find((o) => {
    const rest = o.name.slice(name.length);
    if (o.name.length > name.length && o.name.toLowerCase().startsWith(lower) && (rest.startsWith(", ") || rest.startsWith(` ${body.and} `))) return true;
    // Note: or written once without the adjective after its head (`Syndicat des enseignants de Kolda` for `Syndicat autonome des enseignants de Kolda`).
    const other = o.name.split(" ");
    return other.length === words.length + 1 && words.length >= 4 && /^\p{Ll}+$/u.test(other[1] as string) && [other[0], ...other.slice(2)].join(" ") === name;
  });
  return longer?.name ?? name;
}

const mediaPatterns = new WeakMap<readonly string[], RegExp>();

/** One pattern for every media noun of a vocabulary, in lower case as prose writes it, built once. */
function mediaPattern(nouns: readonly string[]): RegExp {
  let pattern = mediaPatterns.get(nouns);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${nouns.join("|")})(?=[ \\u00a0])`, "gu");
    mediaPatterns.set(nouns, pattern);
  }
  return pattern;
}

/** How many words a qualifier of the media noun takes at `i` (`en ligne` = 2), or 0. */
function qualifierAt(words: readonly Word[], i: number, body: BodyWords): number {
  const at = (k: number): string => words[i + k]?.lower.replace(/’/gu, "'") ?? "";
  const found = body.mediaQualifiers.map((q) => q.split(" ")).find((q) => q.every((w, k) => at(k) === w));
  if (found) return found.length;
  const word = words[i];
  if (word === undefined || body.nationality.test(word.lower)) return 0;
  // Note: before the title's capitalised article an adjective's ending is no verb's (`l'hebdomadaire indépendant La Voix de …`).
  const beforeTitle = lowerWord(word) && body.adjective.test(word.lower) && /^\p{Lu}/u.test(words[i + 1]?.text ?? "") && !body.verbs.includes(word.lower);
  return adjectiveAt(words, i, body) || beforeTitle ? 1 : 0;
}

/** The capitalised words of a title from `i` (`Voix`, `Al Ghad Acharqi`), none when `i` holds none. */
function titleWords(words: readonly Word[], i: number): number {
  let n = 0;
  // Note: a number inside or closing a title (`Al Mirsad 24 »`, `Kanal 7 Online`), not a count before a lower-case word.
  const number = (k: number): boolean => k > 0 && /^\d{1,3}$/u.test(words[i + k]?.text ?? "") && (proper(words[i + k + 1]) || /^[»”"*),.;:]$/u.test(words[i + k + 1]?.text ?? ""));
  while (proper(words[i + n]) || (n > 0 && /^(?:al|el)-?$/iu.test(words[i + n]?.text ?? "") && proper(words[i + n + 1])) || number(n)) n += 1;
  return n;
}

/**
 * Outlets named after a lower-case media noun, their title capitalised with its article and links
 * (`l'hebdomadaire La Voix de l'Est`, `du site d'information régional Al Ghad Acharqi`, `el medio
 * digital Voz del Polochic`, `le quotidien L'Aube de l'Ouest`): media.ts's chunks stop at `de l'`.
 */
export function findLanguageTitles(text: string, vocabulary: Vocabulary): BodySpan[] {
  const body = vocabulary.bodies;
  const out: BodySpan[] = [];
  // Note: a firm's noun opens its name as a media noun opens a title (`la empresa Textiles del Norte`, `l'entreprise Marbrerie Ouest`).
  // Note: and an association's noun in lower case before its own name (`membres du collectif Chantiers Justes`, `la fundación Pachamama`).
  const matches = [...text.matchAll(mediaPattern(vocabulary.mediaNouns)), ...text.matchAll(mediaPattern(vocabulary.companyNouns)), ...text.matchAll(mediaPattern(body.namedHeads))];
  for (const match of matches) {
    const words = wordsFrom(text, match.index + match[0].length, 16);
    let i = 0;
    for (let q = qualifierAt(words, i, body); q > 0 && i < 3; q = qualifierAt(words, i, body)) i += q;
    // Note: Markdown's emphasis opens a title as a quote does (`l'agence en ligne *CamerInfo Express*`).
    if (/^[«“"‘*_]$/u.test(words[i]?.text ?? "")) i += 1;
    if (words[i]?.text === "*" && words[i - 1]?.text === "*") i += 1;
    const first = i;
    if (/^\p{Lu}/u.test(words[i]?.text ?? "") && vocabulary.articles.includes((words[i] as Word).lower.replace(/[’']$/u, ""))) i += 1;
    let n = titleWords(words, i);
    if (n === 0) continue;
    let end = i + n - 1;
    for (let j = end + 1; ; j = end + 1) {
      const link = linkAt(words, j, body);
      n = link > 0 ? titleWords(words, j + link) : 0;
      if (n === 0) break;
      end = j + link + n - 1;
    }
    const start = (words[first] as Word).start;
    const last = (words[end] as Word).end;
    out.push({ start, end: last, name: text.slice(start, last).replace(/\s+/gu, " ") });
  }
  return out;
}
