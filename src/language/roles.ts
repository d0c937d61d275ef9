/**
 * Roles written head first, as French and Spanish write them: the head noun, then the words that
 * qualify it, then the body (`le secrétaire régional de la FGTB Métal Antonio Fanara`, `el
 * gerente de la empresa LIDO, Heriberto Pacas`, `Sharan Burrow, Secretaria General de la CSI`).
 * English roles put their qualifiers first and keep their own rules (extract/people/roles.ts).
 */
import { memoised } from "../extract/memo.js";
import { ENGLISH_ROLE_HEADS } from "../extract/people/lexicon.js";
import { agentVocabulary } from "./agent-nouns.js";
import { allVocabularies, type Vocabulary } from "./vocabulary.js";

/** The vocabulary whose role heads hold `word` (singular or plural), or null; null for a head English shares (`director`). */
export const headFirstVocabulary = memoised((word: string): Vocabulary | null => {
  const lower = word.toLowerCase();
  const singular = lower.replace(/s$/u, "");
  if (ENGLISH_ROLE_HEADS.has(lower) || ENGLISH_ROLE_HEADS.has(singular)) return null;
  // Note: and a noun of an agent no list names (`présentatrice`, `cochero`), in lower case.
  return allVocabularies().find((v) => v.roleHeads.includes(lower) || v.roleHeads.includes(singular)) ?? agentVocabulary(word);
});

/** A word that goes on a head-first role in this vocabulary (`général`, `nacional`, `General`). */
export function isRoleModifier(word: string, vocabulary: Vocabulary): boolean {
  const pattern = vocabulary.roleModifier[0];
  return pattern.test(word) && !vocabulary.roleHeads.includes(word.toLowerCase());
}

/**
 * How many of the `following` words (each separated from the one before by spaces only) qualify
 * a French or Spanish role head (`secrétaire` + `général`); 0 after any other word.
 */
export function modifiersAfter(head: string, following: readonly string[]): number {
  const vocabulary = headFirstVocabulary(head);
  if (!vocabulary) return 0;
  // Note: a capitalised qualifier only after a capitalised head (`Secretaria General`), never a name (`président Pascal`).
  const capitalised = /^\p{Lu}/u.test(head);
  let n = 0;
  while (n < Math.min(following.length, 3) && isRoleModifier(following[n] ?? "", vocabulary) && (capitalised || /^\p{Ll}/u.test(following[n] ?? ""))) n++;
  // Note: one complement in lower case after `de`/`du` completes the post (`secretario de trabajo`, `secretaria de actas`,
  // `délégué du personnel`, `directeur de publication`); an article or a body's noun after it names a body (`de la sección`, `du syndicat`).
  const complement = following[n + 1] ?? "";
  const field = n === 0 && vocabulary.fieldHeads.includes(head.toLowerCase());
  // Note: `des` only after a charge (`chargé des affaires juridiques`): after another head it names people (`avocate des prévenus`).
  if ((field ? /^d(?:e|u|es)$/iu : /^d[eu]$/iu).test(following[n] ?? "") && /^\p{Ll}[\p{L}-]+$/u.test(complement) && !vocabulary.articles.includes(complement) && !vocabulary.orgHeads.includes(complement) && !vocabulary.placeWords.includes(complement)) n += 2;
  // Note: a post named by its charge takes its field with an article too (`chargé de la communication`, `chargée de l'organisation`).
  else if (field && /^de$/iu.test(following[0] ?? "")) {
    if (/^l[’']\p{Ll}{3,}$/u.test(complement)) n = 2;
    else if (vocabulary.articles.includes(complement) && /^\p{Ll}{3,}$/u.test(following[2] ?? "") && !vocabulary.orgHeads.includes(following[2] ?? "")) n = 3;
  }
  return n;
}

/**
 * A role's tail that names its body by a common noun: `of` with its article, a body, firm or media noun
 * in lower case, perhaps the place it is in (` de la asociación`, ` de la emisora en Somoto`, ` du syndicat`).
 */
const bodyNounTail = (vocabulary: Vocabulary): RegExp => {
  const cached = TAILS.get(vocabulary);
  if (cached) return cached;
  // Note: media and firm nouns are pattern sources (`site (?:web|internet)`).
  // Note: and a broadcaster by its medium alone (`le directeur de publication de la radio, X`).
  const nouns = [...vocabulary.orgHeads, ...vocabulary.companyNouns, ...vocabulary.mediaNouns, ...BROADCASTERS].join("|");
  const pattern = new RegExp(`\\s+(?:de\\s+la\\s+|de\\s+l[’']\\s*|de\\s+los\\s+|de\\s+las\\s+|del\\s+|du\\s+|des\\s+)(?:${nouns})(?:\\s+(?:${vocabulary.bodies.in}|à)\\s+\\p{Lu}[\\p{L}’'-]*)?$`, "iu");
  TAILS.set(vocabulary, pattern);
  return pattern;
};
const TAILS = new Map<Vocabulary, RegExp>();
const BROADCASTERS = ["radio", "station", "estación", "télévision", "televisión", "televisora"];

/** What a head-first role right before a name says: the role as written, and the body named in it. */
export interface RoleBefore {
  role: string;
  /** The body after the role (`FGTB`, `empresa LIDO` → `LIDO`), or null. */
  organisation: string | null;
  /** True when the role ends with `de la`/`del` and the name run opens with the body (`de la FGTB Métal Antonio Fanara`). */
  bodyInRun: boolean;
}

const WORD = /\p{L}[\p{L}’'-]*/gu;
/** A preposition right before the name, which makes the name its object (French, Spanish, Portuguese). */
const OBJECT_PREPOSITION = /(?<!\p{L})(?:en|em|à|con|par|por|para|pour|sur|dans|avec|entre|chez|contra|contre)\s+$/iu;

/**
 * Adverbs of time that date a post without being part of it (`then secretary`, `the union's then chair`, `alors
 * secrétaire général`, `el entonces secretario general`): the post is the words after them.
 */
export const TEMPORAL_QUALIFIERS: ReadonlySet<string> = new Set(["then", "alors", "entonces", "então"]);
/** Before a name: the word for a comrade, with its article (`, el compañero `, `, notre camarade `). */
// Note: and a form of address written as a noun with its article (`, el doctor X`, `, la licenciada Y`).
const COMRADE = /,\s*(?:(?:el|la|le|notre|nuestr[oa])\s+)?(?:compañer[oa]|camarade|colega|collègue|doctora?|licenciad[oa]|ingenier[oa]|docteure?)\s+$/iu;

/** Prepositions that join a post's field to its head (`secretario de derechos humanos`, `secrétaire à l'organisation`). */
const FIELD_LINKS = /^(?:de|en|à|aux)$/u;

/**
 * How many words at the end of `words` (up to `last`) are a post's field after its head: a
 * preposition, then one to three lower-case words that are no article, body noun or place
 * (`de derechos humanos`, `à l'organisation`, `aux affaires sociales`); 0 when there is none.
 */
function fieldBefore(words: readonly RegExpMatchArray[], last: number, vocabulary: Vocabulary): number {
  for (let k = 1; k <= 3; k++) {
    const link = words[last - k]?.[0] ?? "";
    const field = words.slice(last - k + 1, last + 1).map((w) => w[0]);
    const plain = (w: string): boolean =>
      /^\p{Ll}/u.test(w) && !vocabulary.articles.includes(w) && !vocabulary.orgHeads.includes(w.replace(/^l[’']/u, "")) && !vocabulary.placeWords.includes(w) && !vocabulary.determiners.includes(w);
    if (!field.every(plain)) return 0;
    if (FIELD_LINKS.test(link) && headFirstVocabulary(words[last - k - 1]?.[0] ?? "") === vocabulary) return k + 1;
  }
  return 0;
}

/**
 * The head-first role right before `nameStart` in `text[from, nameStart)`, or null: a role head,
 * its qualifiers, then perhaps `de la` and a body (capitalised words, or one of the
 * vocabulary's body heads in lower case before them), then perhaps a comma.
 */
export function roleBeforeName(text: string, from: number, nameStart: number, vocabulary: Vocabulary): RoleBefore | null {
  const start = Math.max(from, nameStart - 120);
  // Note: `de SITRABAMI, el compañero Sr. X`: a comrade's word and its article between the role and the name.
  let lead = text.slice(start, nameStart).replace(COMRADE, ", ").replace(/,?\s*$/u, "");
  // Note: a name right after a preposition is its object, not the post's holder (`dirigentes de base en El Alto`).
  if (OBJECT_PREPOSITION.test(text.slice(start, nameStart))) return null;
  // Note: a body referred back to by its common noun (`La tesorera de la asociación, X`, `Le directeur général de
  // la société, M. Y`, `la corresponsal de la emisora en Somoto, Z`): the role is what comes before it.
  // Note: only set off by a comma; without one the capitalised words after the noun are the body's name (`du syndicat USCTR de X`).
  const referred = /,\s*$/u.test(text.slice(start, nameStart).replace(COMRADE, ", ")) ? bodyNounTail(vocabulary).exec(lead) : null;
  if (referred) lead = lead.slice(0, referred.index);
  // Note: the body, read backwards: capitalised words and acronyms (`FGTB`, `SELSA`), after a lower-case body head (`empresa LIDO`).
  const body = referred ? null : /(?:^|\s|\bl[’'])(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})$/u.exec(lead);
  let organisation: string | null = null;
  // Note: a place word is no body (`chef de l'Etat`, `ministre de la République`).
  const bare = (w: string): string => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const place = body?.[1] !== undefined && vocabulary.placeWords.some((w) => bare(w) === bare(body[1]?.split(/\s+/u)[0] ?? ""));
  if (body?.[1] && !place && !headFirstVocabulary(body[1].split(/\s+/u)[0] ?? "")) {
    organisation = body[1];
    lead = lead.slice(0, lead.length - body[1].length).replace(/\s+$/u, "");
    const noun = /\s(\p{Ll}+)$/u.exec(lead);
    if (noun?.[1] && vocabulary.orgHeads.includes(noun[1])) lead = lead.slice(0, noun.index);
  }
  const of = vocabulary.roleOf[0].exec(lead);
  if (of) lead = lead.slice(0, of.index);
  else if (organisation) return null;
  // Note: `de la` with no body after it: the name's run opens with the body (`de la FGTB Métal Antonio Fanara`).
  const bodyInRun = of !== null && organisation === null;
  const words = [...lead.matchAll(WORD)];
  let i = words.length - 1;
  // Note: a qualifier that is a post of its own after a determiner (`son adjoint, M. X`, `su adjunta, Y`).
  const nominal = vocabulary.nominalModifiers.includes(words[i]?.[0] ?? "") && vocabulary.determiners.includes(words[i - 1]?.[0].toLowerCase() ?? "");
  if (!nominal) while (i >= 0 && isRoleModifier(words[i]?.[0] ?? "", vocabulary)) i--;
  // Note: the post's field after the head (`secretaria de finanzas`, `directeur de publication`, `director en funciones`,
  // `secretario de derechos humanos`, `secrétaire à l'organisation`).
  if (!nominal) i -= fieldBefore(words, i, vocabulary);
  const head = words[i];
  // Note: a head English shares (`director`) reads head first too when a body follows it (`el director del OLC, Dr. X`).
  if (!head || (!nominal && headFirstVocabulary(head[0]) !== vocabulary && !(of && vocabulary.roleHeads.includes(head[0].toLowerCase())))) return null;
  // Note: a role that refers to its body by a noun opens its phrase with a determiner (`La tesorera de la asociación, X`,
  // `Al fiscal del sindicato, Y`, `su secretario de la federación, Z`); without one it is the apposition of the name
  // before (`M. A, secrétaire général du syndicat, M. B`).
  // Note: an adverb of time may stand between the determiner and the post (`el entonces secretario general de la federación, X`).
  const before = TEMPORAL_QUALIFIERS.has(words[i - 1]?.[0].toLowerCase() ?? "") ? i - 2 : i - 1;
  if (referred && !vocabulary.determiners.includes(words[before]?.[0].toLowerCase() ?? "")) return null;
  // Note: only spaces inside the role phrase (no comma, bracket or full stop).
  const role = lead.slice(head.index);
  if (/[^\p{L}\s’'-]/u.test(role)) return null;
  return { role, organisation, bodyInRun };
}
