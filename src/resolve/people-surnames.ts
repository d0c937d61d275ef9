/**
 * Later mentions of a known person: a bare surname (`Lukashenko`, `Amirov’s`), the full name in
 * another case (`ali Nejati`). Each goes to the nearest person named before it with that surname,
 * else the first named after it, so two people sharing a surname stay apart.
 */
import type { Mention } from "../records.js";
import { isCommonWord, isGivenName } from "../extract/nlp.js";
import { HONORIFICS, JOINED_PARTICLE, PARTICLES, TITLE_HONORIFICS } from "../extract/people/lexicon.js";
import { displayName, plausibleName } from "../extract/people/names.js";
import { located } from "../extract/people/scan.js";
import { isCapitalised, isAllCaps, joins, tokenize, type Token } from "../extract/people/tokens.js";
import type { TextContext } from "../extract/types.js";

/** What surname matching needs of a person: the tokens of its name and where it is first named. */
export interface Named {
  words: string[];
  first: number;
  mentions: Mention[];
}

/** A Russian, Ukrainian or Belarusian patronymic (`Sergeyevich`, `Ivanovna`). */
export const PATRONYMIC = /\p{L}(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna)$/iu;

const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/iu;

/**
 * The words a bare mention of this person can be: the surname; the family name first in `Lee
 * Cheuk-yan`; the first of two surnames in a Spanish or Portuguese name (`Ms. Choc` for `Sandra
 * Patricia Choc Xol`): the second-last word of four, or of three when it is no given name.
 */
export function surnames(all: readonly string[]): string[] {
  // Note: a generation after the surname is no part of it (`Ramon dela Cruz Jr.` → `Cruz`).
  const words = all.length > 2 && GENERATION.test(all.at(-1) as string) ? all.slice(0, -1) : all;
  if (words.length < 2) return [];
  const last = words.at(-1) as string;
  const out = [last.toLowerCase()];
  if (/-\p{Ll}/u.test(last)) out.push((words[0] as string).toLowerCase());
  const second = words.at(-2) as string;
  const paternal = words.length >= 4 || (words.length === 3 && !isGivenName(second) && !PATRONYMIC.test(second));
  if (paternal && isCapitalised(second) && !PARTICLES.has(second.toLowerCase())) out.push(second.toLowerCase());
  // Note: a family name written first (`Li` for `Li Zhan`, `Xiao` for `Xiao Yunliang`): the first of
  // two or three words when it is neither a given name nor an ordinary word.
  const first = words[0] as string;
  if (words.length <= 3 && !/-/u.test(first) && isCapitalised(first) && !isGivenName(first) && !isCommonWord(first) && !PARTICLES.has(first.toLowerCase())) out.push(first.toLowerCase());
  return out;
}

/**
 * The two surnames of a Spanish or Portuguese name of four words or more (three when the middle one is no given name), written together as a
 * later mention (`Cuc Pop` for `Marvin Estuardo Cuc Pop`, `Choc de León` for `Rosa Elvira Choc de
 * León`): the last two words, or the word before a particle with the particle and what follows.
 */
function doubleSurname(words: readonly string[]): string[][] {
  const particle = words.findIndex((w, i) => i >= 2 && PARTICLES.has(w));
  if (particle >= 2 && particle < words.length - 1) return [words.slice(particle - 1)];
  // Note: of three words too when the middle one is no given name nor patronymic (`Pérez Valdés` for `Yoandry Pérez Valdés`; not `Jane Watson`).
  const paternal = words.length >= 4 || (words.length === 3 && !isGivenName(words[1] as string) && !PATRONYMIC.test(words[1] as string));
  return paternal && !words.some((w) => PARTICLES.has(w)) ? [words.slice(-2)] : [];
}

/** Character coverage of mentions, so overlap tests cost O(length of the mention). */
class Coverage {
  private readonly marks: Uint8Array;
  constructor(length: number, mentions: readonly Mention[]) {
    this.marks = new Uint8Array(length + 1);
    for (const m of mentions) this.add(m);
  }
  add(m: Mention): void {
    this.marks.fill(1, m.start, m.end);
  }
  overlaps(m: { start: number; end: number }): boolean {
    for (let i = m.start; i < m.end; i++) if (this.marks[i]) return true;
    return false;
  }
}

const nameLike = (t: Token | undefined): boolean => t !== undefined && (isCapitalised(t.text) || isAllCaps(t.text));
/**
 * A surname that opens on its particle in lower case (`al-Dhaheri`, `el-Sherbiny`): name-like only as a known
 * person's surname (the owners' test), and after a form of address too (`Ms al-Hayki`, `Judge al-Ketbi`).
 */
const particleLed = (t: Token): boolean => t.text.length > 4 && /^\p{Ll}/u.test(t.text) && JOINED_PARTICLE.test(t.text);
const addressWord = (t: Token): boolean => {
  const word = t.text.toLowerCase().replace(/\.$/u, "");
  return HONORIFICS.has(word) || TITLE_HONORIFICS.has(word);
};

/** Adds bare-surname and re-cased full-name mentions to `people` (mutated), skipping `blocked` spans. */
export function addLaterMentions(text: string, people: Named[], blocked: readonly Mention[]): void {
  const tokens = tokenize(text);
  const coverage = new Coverage(text.length, [...blocked, ...people.flatMap((p) => p.mentions)]);
  const byWord = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const word = token.text.toLowerCase();
    const list = byWord.get(word);
    if (list) list.push(i);
    else byWord.set(word, [i]);
  });
  // Note: a name with a patronymic is also written without it (`Timur Gafurov` for `Timur
  // Rashidovich Gafurov`).
  const forms = people.flatMap((person) => {
    const words = person.words.map((w) => w.toLowerCase());
    const short = words.length === 3 && PATRONYMIC.test(words[1] as string) ? [{ person, words: [words[0] as string, words[2] as string] }] : [];
    return [{ person, words }, ...short, ...doubleSurname(words).map((pair) => ({ person, words: pair }))];
  });
  for (const { person, words } of forms) {
    for (const i of byWord.get(words[0] ?? "") ?? []) {
      const span = tokens.slice(i, i + words.length);
      const last = span.at(-1);
      if (!last || span.length !== words.length || span.some((t, k) => t.text.toLowerCase() !== words[k])) continue;
      const mention = { start: (span[0] as Token).start, end: last.end, text: text.slice((span[0] as Token).start, last.end) };
      if (coverage.overlaps(mention)) continue;
      person.mentions.push(mention);
      coverage.add(mention);
    }
  }
  const owners = new Map<string, Named[]>();
  for (const person of people) for (const word of surnames(person.words)) owners.set(word, [...(owners.get(word) ?? []), person]);
  // Note: a given name alone, where a letter calls its people by it (`Meron` for `Meron Tesfaye
  // Alemu`, as Ethiopian, Eritrean or Burmese letters do): only the first word of one person's name,
  // no one's surname, and no ordinary word.
  const givenOwners = new Map<string, Named[]>();
  for (const person of people) {
    const first = person.words[0];
    if (person.words.length < 2 || !first || first.length < 3 || !isCapitalised(first) || !isGivenName(first) || isCommonWord(first)) continue;
    const key = first.toLowerCase();
    givenOwners.set(key, [...(givenOwners.get(key) ?? []), person]);
  }
  for (const [word, named] of givenOwners) if (named.length === 1 && !owners.has(word)) owners.set(word, named);
  tokens.forEach((token, i) => {
    const candidates = owners.get(token.text.toLowerCase());
    if (!candidates) return;
    const particle = particleLed(token);
    if (!particle && !nameLike(token)) return;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    // Note: `Ms al-Hayki`, `Dr. al-Mazrouei`: the particle-led surname after a form of address is still a mention of its own.
    const joinedBefore = nameLike(previous) && joins(text, previous as Token, token) && !(particle && addressWord(previous as Token));
    if (joinedBefore || (nameLike(next) && joins(text, token, next as Token))) return;
    if (coverage.overlaps(token)) return;
    const before = candidates.filter((p) => p.first < token.start).sort((a, b) => b.first - a.first);
    const owner = before[0] ?? [...candidates].sort((a, b) => a.first - b.first)[0];
    const mention = { start: token.start, end: token.end, text: token.text };
    owner?.mentions.push(mention);
    coverage.add(mention);
  });
}

const fullForms = new WeakMap<TextContext, Map<string, { name: string; mention: Mention }>>();

/**
 * The full form of a surname known only from `Mr Yeleusinov`: the first name chunk of the text
 * that ends in it (`Amin Yeleusinov`), or null.
 */
export function fullFormOf(context: TextContext, surname: string): { name: string; mention: Mention } | null {
  let forms = fullForms.get(context);
  if (!forms) {
    forms = new Map();
    for (const { chunk } of located(context)) {
      const last = chunk.name.at(-1);
      const key = last?.text.toLowerCase() ?? "";
      if (!last || forms.has(key) || !plausibleName(context.text, chunk)) continue;
      const start = chunk.name[0]?.start ?? last.start;
      forms.set(key, { name: displayName(chunk.name), mention: { start, end: last.end, text: context.text.slice(start, last.end) } });
    }
    fullForms.set(context, forms);
  }
  return forms.get(surname.toLowerCase()) ?? null;
}
