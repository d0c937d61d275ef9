/**
 * Penalty subjects that are groups, and the named people they stand for: `both`, `the pair`,
 * `all three`, `each of them`, `everyone`, `the two journalists`, `the six`, `the labour
 * members`, `Three union members`. A definite group (`the six`) refers to people already met;
 * an indefinite counted one (`Three union members were …`) to people named after it. A group
 * whose people the letter never names, or names in a different number, gives nobody.
 */
import type { Person, Span } from "../records.js";
import { distinct, lastOf, type PersonMention } from "./penalties-antecedents.js";
import { allVocabularies } from "../language/vocabulary.js";
import { itemList } from "./penalties-items.js";
import { wholeList } from "./penalties-together.js";

/** A group subject: how many (when said), its head noun, and whether it points back. */
export interface Group {
  /** Where the group's words start in the text searched. */
  index: number;
  size: number | null;
  noun: string | null;
  definite: boolean;
  /** A counted part of people told before (`Two of them`): never all of them. */
  part?: boolean;
}

/** Count words of English, French and Spanish letters, and group words that count (`both`, `the pair`). */
export const COUNTS: Record<string, number> = {
  both: 2, pair: 2, duo: 2, couple: 2, trio: 3, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
  // Note: French and Spanish (issue 18): `chacun des quatre`, `tous deux`, `ambos`, `los tres`.
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, dix: 10, "tous deux": 2, "toutes deux": 2, "tous les deux": 2,
  "toutes les deux": 2, ambos: 2, ambas: 2, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, diez: 10,
};
export const COUNT_FR_ES = "deux|trois|quatre|cinq|six|sept|huit|dix|dos|tres|cuatro|cinco|seis|siete|ocho|diez|[2-9]";
/** Plural nouns of people in French and Spanish letters (`dirigeants`, `líderes`, `trabajadoras`). */
export const PEOPLE_FR_ES =
  "(?:dirigeant|syndicaliste|journaliste|militant|travailleu(?:r|se)|délégué|gréviste|prévenu|accusé|inculpé|enseignant|manifestant|ouvri(?:er|ère)|docker|défenseu(?:r|se)|camarade|dirigente|líder|sindicalista|periodista|activista|trabajador|delegad[oa]|acusad[oa]|procesad[oa]|imputad[oa]|huelguista|manifestante|defensor|campesin[oa]|comuner[oa]|obrer[oa]|docente|maestr[oa]|compañer[oa])(?:e?s|as)";
/** English count words of a group, two to twelve (each rule adds the digits it reads). */
export const COUNT_EN = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
const COUNT = `${COUNT_EN}|[2-9]|1[0-2]`;

/**
 * A plural head noun: lower case, ending in `s` but not in `ss`/`us`/`is` (`press`, `status`,
 * `this`), nor one that names no people (`years`, `charges`, `authorities`); or `men`, `women`, `people`.
 * Nor a verb or function word ending in `s` (`was`, `has`, `its`): `The former judge was` is no plural group (session 24).
 */
// Note: nor a French or Spanish term's unit, scale or currency after a number both languages share
// (`six mois`, `3 ans`, `5 millions de francs`, `2 pesos`): a term or an amount, no people counted.
const MEASURES = allVocabularies()
  .flatMap((v) => [...Object.keys(v.units), ...Object.keys(v.scales), ...Object.keys(v.currencies).map((c) => `${c}s`)])
  .filter((w) => /^[a-z-]+s$/u.test(w));
/** A plural noun of people (`reporters`, `men`), not of things counted in a letter (`years`, `charges`). */
export const PLURAL =
  `(?!(?:years|months|weeks|days|hours|minutes|times|charges|counts|terms|sentences|fines|penalties|proceedings|authorities|courts|judges|prosecutors|rights|laws|cases|trials|protests|rallies|documents|posts|articles|reports|sources|others|as|was|has|does|goes|its|hers|ours|yours|theirs|perhaps|always|towards|afterwards|besides|whereas|${MEASURES.join("|")})\\b)[a-z-]+(?<![su]s|is)s|men|women|people`;

/** `[pattern, label, example]`: group words, tried in order; named groups `count` and `noun` when stated. */
export const GROUP_ROWS: readonly (readonly [RegExp, string, string])[] = [
  [/\b(?:each|all|every\s+one)\s+of\s+(?:them|these|those)\b/iu, "each of them", "He sentenced each of them to a fine"],
  [/\b(?:every(?:one|body|\s+one)?|each)(?=\s+(?:of\s+them\s+)?(?:was|were|has|have|had|got|received|is)\b)/iu, "everyone", "Everyone was given three years of probation"],
  [new RegExp(`\\ball\\s+(?<count>${COUNT})(?![\\w-])(?:\\s+(?:[a-z-]+\\s+){0,2}?(?<noun>${PLURAL})\\b)?`, "iu"), "all three", "All three defendants were fined"],
  // Note: with its noun when one follows (`both union leaders`), which names whom it stands for (penalties-described.ts).
  [new RegExp(`\\b(?<count>both)\\b(?:\\s+(?:[a-z-]+\\s+){0,2}?(?<noun>${PLURAL})\\b)?`, "iu"), "both", "They were both sentenced"],
  [/\ball(?=\s+(?:of\s+them\s+)?(?:were|have|had|got|received)\b)/iu, "all", "All were sentenced to two years"],
  [/\bthe\s+(?<count>pair|duo|couple|trio)\b/iu, "the pair", "The pair were sentenced to 11 years"],
  [new RegExp(`(?<!\\p{L})(?<count>(?:tous|toutes)\\s+(?:les\\s+)?deux|amb[oa]s)(?!\\p{L})(?:\\s+(?<noun>${PEOPLE_FR_ES})(?!\\p{L}))?`, "iu"), "tous deux, ambos", "Ambos deberán pagar una multa"],
  [new RegExp(`(?<!\\p{L})(?:chacune?\\s+des|(?:tous|toutes)(?:\\s+les)?|cada\\s+un[oa]\\s+de\\s+(?:los|las)|(?:todos|todas)\\s+(?:los|las))\\s+(?<count>${COUNT_FR_ES})(?!\\p{L})`, "iu"), "chacun des quatre, tous trois", "Tous trois devront payer une amende"],
  [new RegExp(`(?<!\\p{L})(?:les|ces|ses|leurs|los|las|estos|estas|sus)\\s+(?<count>${COUNT_FR_ES})(?!\\p{L})(?:\\s+(?<noun>${PEOPLE_FR_ES})(?!\\p{L}))?`, "iu"), "les quatre, los tres", "Los tres fueron condenados"],
  // Note: with no count, the people penalised before (`Chacun d'eux a également été condamné à une amende`,
  // `cada uno de los condenados deberá pagar una multa`).
  [/(?<!\p{L})(?:chacune?\s+(?:d[’'](?:eux|elles)|des\s+(?:condamné|prévenu|accusé|inculpé)e?s)|cada\s+un[oa]\s+de\s+(?:ell[oa]s|(?:los|las)\s+(?:condenad|acusad|procesad|imputad|sentenciad)[oa]s))(?!\p{L})/iu, "chacun d'eux, cada uno de los condenados", "Chacun d'eux devra payer une amende"],
  // Note: a French or Spanish definite plural of people (`a los líderes indígenas`, `les dirigeants syndicaux`).
  [new RegExp(`(?<!\\p{L})(?:les|ces|nos|los|las|estos|estas|nuestros|nuestras)\\s+(?<noun>${PEOPLE_FR_ES})(?!\\p{L})`, "iu"), "los líderes", "había sentenciado a los líderes indígenas a 12 años"],
  [new RegExp(`\\b(?:the|these|those|his|her|their)\\s+(?<count>${COUNT})(?![\\w-])(?:\\s+(?:[a-z-]+\\s+){0,2}?(?<noun>${PLURAL})\\b)?`, "iu"), "the two journalists", "the six were also fined"],
];

/** A definite plural noun phrase (`the journalists`, `the labor members`), not `other` people. */
const DEFINITE_PLURAL_SOURCE = `\\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll\\s+the)\\s+(?!other\\b)(?:[a-z-]+\\s+){0,2}?(?<noun>${PLURAL})`;
const DEFINITE_PLURAL = new RegExp(`${DEFINITE_PLURAL_SOURCE}\\b`, "u");
/** The same, within four words of the clause's end (`the journalists were each `): the subject. */
const DEFINITE_PLURAL_END = new RegExp(`${DEFINITE_PLURAL_SOURCE}(?=(?:\\s+[a-z-]+){0,4}\\s*$)`, "u");
/** A counted indefinite group (`Three union members`, `3 members of the federation`), not `other` ones. */
const COUNTED = new RegExp(`(?:^|[^\\p{L}\\d])(?<count>${COUNT}|${COUNT.replace(/\b([a-z])/gu, (c) => c.toUpperCase())})\\s+(?!other\\b)(?:[\\p{L}-]+\\s+){0,3}?(?<noun>${PLURAL})\\b`, "u");

/**
 * A counted part of a group told before (`Two of them`, `Three of the strikers`, `two of the accused`): people
 * not yet named, an indefinite group that the next sentence may name (`… They are A and B.`).
 */
// Note: not after a determiner, which makes the count the whole group (`fined the two of them`, `all three of them`).
const PART_COUNTED = new RegExp(
  `(?:^|[^\\p{L}\\d])(?<![Tt]he\\s+|[Aa]ll\\s+|[Tt]hese\\s+|[Tt]hose\\s+)(?<count>${COUNT}|${COUNT.replace(/\b([a-z])/gu, (c) => c.toUpperCase())})\\s+of\\s+(?:them|those|these|the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?<noun>accused|defendants|${PLURAL}))\\b`,
  "u",
);

const sizeOf = (word: string | undefined): number | null => {
  if (!word) return null;
  const w = word.toLowerCase();
  return COUNTS[w] ?? (Number(w) || null);
};

/**
 * The group a clause's words make its subject, or null. `nearEnd` asks a bare plural noun
 * phrase to stand within a few words of the end (`the journalists were each`), so a noun
 * early in a long clause (`the rights of the workers, the court …`) is no subject.
 */
export function groupIn(lead: string, nearEnd = true): Group | null {
  let best: { index: number; group: Group } | null = null;
  for (const [pattern] of GROUP_ROWS) {
    const m = pattern.exec(lead);
    if (m && (!best || m.index > best.index)) best = { index: m.index, group: { index: m.index, size: sizeOf(m.groups?.count), noun: m.groups?.noun ?? null, definite: true } };
  }
  // Note: a counted part (`Two of the strikers`) before any later group word is the subject, not the whole it is taken from.
  const part = PART_COUNTED.exec(lead);
  if (part && (!best || best.index < part.index)) return { index: part.index, size: sizeOf(part.groups?.count), noun: part.groups?.noun ?? null, definite: false, part: true };
  if (best) return best.group;
  const plural = (nearEnd ? DEFINITE_PLURAL_END : DEFINITE_PLURAL).exec(lead);
  if (plural) return { index: plural.index, size: null, noun: plural.groups?.noun ?? null, definite: true };
  const counted = COUNTED.exec(lead);
  if (counted) return { index: counted.index, size: sizeOf(counted.groups?.count), noun: counted.groups?.noun ?? null, definite: false };
  return null;
}

/** The last counted group in `text` (`three journalists`), which a later `each of them` may stand for. */
export function countedIn(text: string): Group | null {
  let last: Group | null = null;
  for (const m of text.matchAll(COUNTED_ALL)) last = { index: m.index, size: sizeOf(m.groups?.count), noun: m.groups?.noun ?? null, definite: true };
  return last;
}
const COUNTED_ALL = new RegExp(COUNTED.source, "gu");

/** A counted plural noun of people, perhaps the rest of a group (`The three other defendants`, `two remaining organisers`). */
const COUNTED_PEOPLE = new RegExp(`(?:^|[^\\p{L}\\d])(?<count>${COUNT})\\s+(?:(?:other|remaining)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${PLURAL})\\b`, "iu");

/**
 * The people a sentence introduces as a counted group and names as one list after it (`The three other defendants
 * were members of the strike committee: A, a laboratory technician; B, a crane operator; and C, its secretary.`), when
 * it counts exactly as many as it names (penalties-together.ts reads the list); else none.
 */
export function introducedGroup(text: string, mentions: readonly PersonMention[], window: Span): Person[] {
  const first = mentions.find(within(window));
  const size = first ? (sizeOf(COUNTED_PEOPLE.exec(text.slice(window.start, first.start))?.groups?.count) ?? 0) : 0;
  const people = size >= 2 ? wholeList(text, mentions, window.start, window.end) : [];
  return people.length === size ? people : [];
}

/** The size a counted mention of `noun` gives in `text` (`3 members of …` for `the labor members`). */
export function countOf(text: string, noun: string): number | null {
  return sizeOf(countPattern(noun).exec(text)?.[1]);
}

// Note: one pattern per noun, compiled once (a new RegExp per call cost more than the search).
const countPatterns = new Map<string, RegExp>();
function countPattern(noun: string): RegExp {
  let pattern = countPatterns.get(noun);
  if (!pattern) {
    const escaped = noun.replace(/-/gu, "\\-");
    pattern = new RegExp(`(?:^|[^\\p{L}\\d])(${COUNT})\\s+(?!other\\b)(?:[\\p{L}-]+\\s+){0,3}?${escaped}\\b`, "iu");
    countPatterns.set(noun, pattern);
  }
  return pattern;
}

/** What group resolution needs to know of the letter around one penalty. */
export interface GroupScope {
  text: string;
  mentions: readonly PersonMention[];
  /** Earlier windows, nearest first. */
  previous: readonly Span[];
  /** Later windows, nearest first (a few). */
  following: readonly Span[];
  /** The name lists of every window of the letter (memoised by the caller), for a group named anywhere (`The “Zimbabwe Six” are …`). */
  lists: () => readonly (readonly Person[])[];
  penalised: readonly Person[];
  /** Every window of the letter in order, for a group whose people were named further back than `previous` reaches. */
  windows?: readonly Span[];
}

/**
 * A sentence that convicts, tries or penalises people (`were found guilty of`, `fue condenada a una multa de …, y el
 * compañero Y, a …`, `ont été condamnés`): a group right after it (`Both`, `A ambos`, `Tous deux`) may stand for them.
 */
// Note: fines are linked after sentences, so the people a fine sentence names are not yet among the penalised.
const CONVICTED =
  /(?<!\p{L})(?:convicted|found\s+(?:\w+\s+){0,2}guilty|tried|prosecuted|charged|sentenced|fined|jailed|condenad[oa]s?|multad[oa]s?|sancionad[oa]s?|condamnée?s?|reconnue?s?\s+coupables?|declarad[oa]s?\s+culpables?)(?!\p{L})/iu;

const within = (w: Span) => (m: PersonMention): boolean => m.start >= w.start && m.end <= w.end;

/** A sentence that names the rest of a group (`The other two`, `the remaining defendants`, `the rest`). */
const OTHERS = /\b(?:others?|remaining|rest)\b/iu;

/** What may stand between two names of one list: commas, `and`, bracketed asides. */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/u;
const ASIDE = /\s*\([^()]{0,120}\)/gu;

/**
 * What stands between a name and another form of the same person's name: a short bracketed
 * marker or an alias word (`A (b) B`, `A alias B`, `A a.k.a. B`), no list word.
 */
const ALIAS_GAP = /^\s*(?:\(\s*[\p{L}.]{1,6}\s*\)|a\.?k\.?a\.?|alias|(?:also\s+)?known\s+as)\s*$/iu;

/** Mentions in order, each name that follows another as its alias left out: one member per person named. */
export function withoutAliases(text: string, mentions: readonly PersonMention[]): PersonMention[] {
  return mentions.filter((m, i) => {
    const previous = mentions[i - 1];
    return !previous || !ALIAS_GAP.test(text.slice(previous.end, m.start));
  });
}

/** The longest run of names in a window joined only by list words, as people. */
export function listIn(text: string, window: Span, mentions: readonly PersonMention[]): Person[] {
  const inside = mentions.filter(within(window));
  let best: PersonMention[] = [];
  let run: PersonMention[] = [];
  for (const m of inside) {
    const last = run.at(-1);
    if (last && LIST_JOIN.test(text.slice(last.end, m.start).replace(ASIDE, ""))) run.push(m);
    else run = [m];
    if (distinct(run).length > distinct(best).length) best = [...run];
  }
  return distinct(best);
}

/** A sentence opened by a definite plural noun set beside the first name (`The reporters, `, `Both journalists – `). */
const PLURAL_APPOSITION = new RegExp(`^[\\s\\p{P}]*(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth)\\s+(?:[a-z-]+\\s+){0,2}?(?:${PLURAL})\\s*[,–—:(]\\s*$`, "u");

/**
 * The people of the first of the next three sentences that names anyone, when it names two or more as one list
 * (listIn) or opens on a plural noun set beside them (`The reporters, A of …, and B, …`); else none.
 */
function namedAhead(text: string, mentions: readonly PersonMention[], following: readonly Span[]): Person[] {
  for (const w of following.slice(0, 3)) {
    const inside = withoutAliases(text, mentions.filter(within(w)));
    const named = distinct(inside);
    const first = inside[0];
    if (!first) continue;
    if (named.length < 2 || OTHERS.test(text.slice(w.start, w.end))) return [];
    return listIn(text, w, mentions).length === named.length || PLURAL_APPOSITION.test(text.slice(w.start, first.start)) ? named : [];
  }
  return [];
}

/** A line that holds words but no sentence end (`Case 2: the Yeni Ufuk trial`): a heading, which starts another case. */
const HEADING_LINE = /(?:^|\n)[ \t]*[^\s.!?;:,"”’][^\n]*[^\s.!?;:,"”’][ \t]*\n/u;

/**
 * A sized group whose `previous` windows name nobody (`Both journalists were sentenced …` seven sentences after `A
 * and B were tried …`, the ones between about the hearing): the people of the nearest earlier window that names
 * anyone, when it names exactly as many and no heading lies between; else none.
 */
function namedFarBack(scope: GroupScope, size: number): Person[] {
  const reach = scope.previous.at(-1);
  if (!reach || !scope.windows || scope.previous.length < 6) return [];
  let until = reach.start;
  for (let i = scope.windows.findIndex((w) => w.start === reach.start) - 1; i >= 0; i--) {
    const w = scope.windows[i] as Span;
    if (HEADING_LINE.test(scope.text.slice(w.start, until))) return [];
    until = w.start;
    const named = distinct(withoutAliases(scope.text, scope.mentions.filter(within(w))));
    if (named.length === 0) continue;
    return named.length === size ? named : [];
  }
  return [];
}

/** The people of the list whose last item is `last` (itemList), two or more; else none. */
function listedInItems(scope: GroupScope, last: Span): Person[] {
  const { text, mentions, windows } = scope;
  const items = windows ? itemList(text, windows, windows.findIndex((w) => w.start === last.start), (w) => distinct(mentions.filter(within(w))).length) : null;
  return items ? distinct(mentions.filter((m) => items.some((w) => within(w)(m)))) : [];
}

/**
 * The named people a group stands for: for a definite group, the people already penalised
 * or those named together just before; then the people the next sentences name when they name
 * exactly as many; then a list anywhere in the letter naming exactly as many.
 */
export function resolveGroup(group: Group, scope: GroupScope): Person[] {
  const { text, mentions } = scope;
  const size = group.size ?? (group.noun ? countOf(scope.previous.slice(0, 6).map((w) => text.slice(w.start, w.end)).reverse().join(" "), group.noun) : null);
  if (group.definite) {
    // Note: `A and B were found guilty of … . Both were fined …`: the people the sentence just before
    // convicts, as many as the group counts and none penalised yet, before the last people penalised.
    // Note: past sentences that name nobody (`… were found guilty of … . The court did not impose prison terms.
    // Instead, each of the three was given a fine`): the nearest sentence naming anyone is the one before.
    const last = scope.previous.find((w) => mentions.some(within(w)));
    // Note: with no count (`were convicted on the lesser charge. The court gave each of them …`), the two or more it names.
    // Note: so does a sentence that counts the people it names as one list (`The three other defendants were …: A, a
    // technician; B, …; and C, … . Each received …`), none of them penalised yet (session 21).
    const introduced = last && group.noun === null ? introducedGroup(text, mentions, last) : [];
    if (introduced.length > 0 && (size === null || introduced.length === size) && !introduced.some((p) => scope.penalised.some((q) => q.id === p.id))) return introduced;
    if (last && CONVICTED.test(text.slice(last.start, last.end))) {
      const named = distinct(mentions.filter(within(last)));
      if ((size === null ? named.length >= 2 : named.length === size) && !named.some((p) => scope.penalised.some((q) => q.id === p.id))) return named;
    }
    if (scope.penalised.length > 0 && (size === null || scope.penalised.length >= size)) return lastOf(scope.penalised, size);
    // Note: `A was given … . B and C were each fined … . The three must also …`: the names of the
    // sentences just before, gathered back until they are as many as the group counts.
    let gathered: PersonMention[] = [];
    for (const w of scope.previous.slice(0, 6)) {
      const inside = mentions.filter(within(w));
      const named = distinct(inside);
      if (named.length === 0) continue;
      if (named.length >= 2 && (size === null || named.length === size)) return named;
      // Note: `They are: ⏎ • A; ⏎ • B; and ⏎ • C. ¶ Each was sentenced …`: a list set one name to an item names them together.
      // Note: a counted group too, when the list names as many (`1. A: …; ⏎ 2. B: …; … ¶ los cuatro fueron condenados a …`),
      // however many windows the items' numbers take (session 21).
      const listed = listedInItems(scope, w);
      if (listed.length > 0 && (size === null || listed.length === size)) return listed;
      if (size === null) break;
      gathered = [...inside, ...gathered];
      const all = distinct(gathered);
      if (all.length === size) return all;
      if (all.length > size) break;
    }
    const far = size !== null && gathered.length === 0 ? namedFarBack(scope, size) : [];
    if (far.length > 0) return far;
  }
  // Note: `ordered the journalists to pay … each. ¶ The reporters, A and B, …`: a definite group with nobody behind it is
  // named ahead, by the first of the next sentences that names anyone, when it names them as one list.
  if (group.definite && size === null) return namedAhead(text, mentions, scope.following);
  if (size === null || size < 2) return [];
  for (const w of scope.following.slice(0, 2)) {
    const named = distinct(withoutAliases(text, mentions.filter(within(w))));
    if (named.length === 0) continue;
    // Note: `Two of them were jailed … . The other two, A and B, were acquitted`: the rest of the group, not its part.
    if (OTHERS.test(text.slice(w.start, w.end))) return [];
    if (named.length === size) return named;
    break;
  }
  // Note: a letter that names its group once, anywhere (`The “Zimbabwe Six” are A, B, …`), when
  // exactly one list in it names exactly as many people.
  const lists = scope.lists().filter((l) => l.length === size);
  return lists.length === 1 ? [...(lists[0] ?? [])] : [];
}
