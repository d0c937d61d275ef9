/**
 * The words each language casebook reads beyond English writes its penalties, fines, names
 * and bodies with: one `Vocabulary` per language (fr.ts, es.ts), read by rules that are the
 * same idea in every language (docs/languages.md). English keeps its own rule files; a
 * language without a vocabulary gets only the language-neutral rules.
 */
import type { SentenceKind } from "../records.js";
import type { BodyWords } from "./bodies.js";
import { FRENCH } from "./fr.js";
import { SPANISH } from "./es.js";

/** A unit of a term: year, month, week, day. */
export type TermUnit = "Y" | "M" | "W" | "D";

/** `[pattern, value, example]`: a data row whose example the tests check against its pattern. */
export type Row<V> = readonly [pattern: RegExp, value: V, example: string];

export interface Vocabulary {
  /** ISO 639-1. */
  readonly language: string;
  /** Number words up to the twenties and tens (`deux`, `dix-huit`, `veinte`), lower case. */
  readonly numbers: Readonly<Record<string, number>>;
  /** Scale words after a number (`million`, `mil`), lower case. */
  readonly scales: Readonly<Record<string, number>>;
  /** Unit words of a term, lower case, singular and plural (`ans`, `mois`, `años`). */
  readonly units: Readonly<Record<string, TermUnit>>;
  /** The word joining a term's parts (`et`, `y`). */
  readonly and: string;
  /** A `… and a half` after a unit (`et demi`, `y medio`), regular-expression source. */
  readonly half: string;
  /** Words that make a term a penalty when they come before it in its clause. */
  readonly penalty: Row<string>;
  /**
   * A court's ruling named by its noun or verb (`la décision suivante`, `el fallo siguiente`): a list it
   * introduces states penalties item by item, as after a penalty word.
   */
  readonly ruling: Row<string>;
  /** The kind of a penalty from the words around its term, the more specific first. */
  readonly kinds: readonly Row<SentenceKind>[];
  /**
   * Right before a term: a probation (`sursis probatoire pendant `, `un período de prueba de `),
   * which makes the term the probation's length and its kind `probation`.
   */
  readonly probationBefore: Row<string>;
  /** A suspension stated after the term (`avec sursis`). */
  readonly suspendedAfter: Row<string>;
  /** Before a term: what makes it no penalty (a request, a maximum, remand). */
  readonly notPenaltyBefore: readonly Row<string>[];
  /** After a term: what makes it no penalty (`prisión preventiva`). */
  readonly notPenaltyAfter: readonly Row<string>[];
  /** Words that make an amount in the same clause a fine. */
  readonly fine: Row<string>;
  /** Before an amount: what makes it no fine (bail, damages, a request, a maximum). */
  readonly notFineBefore: readonly Row<string>[];
  /** After an amount: what makes it no fine (`de dommages et intérêts`). */
  readonly notFineAfter: readonly Row<string>[];
  /** Currency names as the language writes them, singular, lower case → the English name casebook knows. */
  readonly currencies: Readonly<Record<string, string>>;
  /**
   * Measures a fine is counted in that are no currency, lower case → the record's `unit` (`cuotas` → `cuota`);
   * a key may be a pattern source for a measure whose words come in any order (`salarios mínimos … vigentes`).
   */
  readonly fineUnits: Readonly<Record<string, string>>;
  /** Between a fine's amount and its equivalent in money (`, es decir, `, `, soit `): the whole gap. */
  readonly equivalent: Row<string>;
  /** One penalty for each of several people (`chacun`, `cada uno`). */
  readonly each: Row<string>;
  /** A list shared out in order (`respectivement`). */
  readonly respectively: Row<string>;
  /** Before a term, after the names: the penalty is theirs together (`ont été condamnés`, `fueron sentenciados`). */
  readonly group: Row<string>;
  /** Between a penalty and the names after it that it is given to (`… de cárcel a `). */
  readonly namesAfter: Row<string>;
  /** A singular pronoun subject that refers back to the person named before (`il`, `elle`, `él`). */
  readonly pronoun: Row<string>;
  /** A plural pronoun, subject or object, that refers back to the people named together before (`ils`, `les a condamnés`, `les impuso`). */
  readonly pluralPronoun: Row<string>;
  /**
   * Before a fine's words: a body as the penalty's subject or object (`Le syndicat lui-même a été condamné à une `,
   * `La empresa fue sancionada con una `), so the fine is no person's.
   */
  readonly bodySubject: Row<string>;
  /** What joins names in a list (`, `, ` et `, ` y al dirigente `). */
  readonly listGlue: Row<string>;
  /** Head nouns of named bodies, lower case (`syndicat`, `sindicato`): each strong enough to make a two-word name. */
  readonly orgHeads: readonly string[];
  /** The words of body names written head first in lower case (`Ligue belge pour les libertés syndicales`): language/bodies.ts. */
  readonly bodies: BodyWords;
  /** Right before an acronym: what makes it a body (`la CSI`, `l'OIT`, `del UGT`). */
  readonly acronymBefore: Row<string>;
  /**
   * Forms of address that are also initials (`M.` for Monsieur), as written without the dot: one
   * only before two or more full words (`M. Jean Roux`), so that `M. Roux` stays a name.
   */
  readonly initialHonorifics: readonly string[];
  /**
   * Lower-case words that stay inside a name, between a woman's own and her husband's names
   * (`Awa Seck épouse Faye`, `Rosa Pérez viuda de Gómez`): added to the people rules' particles.
   */
  readonly nameParticles: readonly string[];
  /** Forms of address dropped from names, lower case without the dot (`mme`, `sra`, `don`). */
  readonly honorifics: readonly string[];
  /**
   * Capitalised words that open a sentence but never a name (`Pour`, `Según`), lower case. Note: none
   * that is an acronym in capitals too (`UN`, `EN`, `CE`, `SIN`), since the name rules compare in lower case.
   */
  readonly notNameWords: readonly string[];
  /**
   * Head nouns of positions and jobs, lower case, masculine and feminine (`secrétaire`, `presidenta`):
   * added to the people rules' role heads, so a name after one is a person and the phrase is a role.
   */
  readonly roleHeads: readonly string[];
  /** Role heads that describe rather than hold a position (`militant`, `activista`): evidence of a person, never a role. */
  readonly descriptions: readonly string[];
  /**
   * The endings of nouns of agents, masculine and feminine, singular (`présentatrice`, `grutier`, `cochero`,
   * `operadora`): a word no list of ours names, written with one, is a job or post (language/agent-nouns.ts).
   */
  readonly agentEnding: Row<string>;
  /**
   * Common words with an agent ending that name no person (`janvier`, `quartier`, `valeur`, `primera`, `revista`),
   * lower case: months, ordinals, comparatives, and things and abstractions.
   */
  readonly notAgents: readonly string[];
  /** Role heads named by their charge, whose field follows `de` with an article too (`chargé de la communication`), lower case. */
  readonly fieldHeads: readonly string[];
  /** A lower-case word after a role head that is part of the role (`secrétaire général`, `presidente nacional`). */
  readonly roleModifier: Row<string>;
  /**
   * Qualifiers of a role that a letter capitalises with it (`Secrétaire Générale Adjointe`, `Secretario General Adjunto`),
   * lower case: after a role word they go on with the role and never open a name.
   */
  readonly roleQualifiers: readonly string[];
  /** Between a head-first role and the name or body after it (`de la `, `del `). */
  readonly roleOf: Row<string>;
  /** Words that make a capitalised phrase a place, not a person (`République`, `Nueva`), lower case. */
  readonly placeWords: readonly string[];
  /** Before a capitalised phrase: a body or place noun and `de`, which make it a place (`tribunal de `). */
  readonly placeBefore: Row<string>;
  /** Heads that make a capitalised phrase a law or document, not a body or person (`Código Penal`), lower case. */
  readonly documentHeads: readonly string[];
  /** Definite articles, lower case: one before an acronym is no given name (`La CSI`, `El FMI`). */
  readonly articles: readonly string[];
  /**
   * Words that open a noun phrase naming whose post it is, lower case: the articles, the articles
   * joined to a preposition (`al`, `du`) and the possessives (`su`, `son`): `al fiscal del sindicato, X`.
   */
  readonly determiners: readonly string[];
  /** Qualifiers of a role that name a post on their own after a determiner (`son adjoint, M. X`). */
  readonly nominalModifiers: readonly string[];
  /**
   * Prepositions that open a sentence before a place (`En Guinée, …`), lower case; matched only
   * capitalised, so that an acronym in capitals (`EN`) stays a name word.
   */
  readonly openingPrepositions: readonly string[];
  /** Nouns of news outlets before their names (`quotidien`, `revista`), lower case, regular-expression source. */
  readonly mediaNouns: readonly string[];
  /**
   * Common nouns of a firm before its proper name (`l'entreprise X`, `la empresa X`), lower case,
   * regular-expression source: the name after one is read as an outlet's title is (language/bodies.ts).
   */
  readonly companyNouns: readonly string[];
  /** Before another name of the person just named (`de son vrai nom`, `conocido como`), lower case. */
  readonly aka: readonly string[];
  /** Right before an acronym: the agent of a passive, a body or a person (`interrogé par `, `denunciado por `). */
  readonly agentBefore: Row<string>;
  /**
   * Before a year-less date in its clause: an event the letter announces or a decision set (`est
   * fixée au`, `aura lieu le`, `prevista para el`, `se celebrará el`), which lies on or after the
   * letter's date: added to the shared future markers (resolve/dates-cues.ts ANNOUNCED).
   */
  readonly announced: Row<string>;
  /** Month names, January first, each a `|`-joined list of spellings, lower case. */
  readonly months: readonly string[];
  /** Before a month without a day: the words that make it a date (`en avril`, `fin janvier`, `a finales de marzo`). */
  readonly monthBefore: Row<string>;
}

const VOCABULARIES: ReadonlyMap<string, Vocabulary> = new Map([FRENCH, SPANISH].map((v) => [v.language, v]));

/** The languages casebook reads: English (its own rules) and each with a vocabulary. */
export const SUPPORTED_LANGUAGES: readonly string[] = ["en", ...VOCABULARIES.keys()];

export function isSupported(language: string): boolean {
  return SUPPORTED_LANGUAGES.includes(language);
}

/** The vocabulary of a language, or null for English (own rules) and unsupported languages. */
export function vocabularyOf(language: string): Vocabulary | null {
  return VOCABULARIES.get(language) ?? null;
}

/** Every vocabulary, for the tests that check each row's example. */
export function allVocabularies(): readonly Vocabulary[] {
  return [...VOCABULARIES.values()];
}
