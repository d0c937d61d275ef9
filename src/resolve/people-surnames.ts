/**
 * Later mentions of a known person: a bare surname (`Lukashenko`, `Amirov’s`), the full name in
 * another case (`ali Nejati`). Each goes to the nearest person named before it with that surname,
 * else the first named after it, so two people sharing a surname stay apart.
 */
import type { Mention } from "../records.js";
import { displayName, nameChunks, plausibleName } from "../extract/people/names.js";
import { isCapitalised, isAllCaps, joins, tokenize, type Token } from "../extract/people/tokens.js";
import type { TextContext } from "../extract/types.js";

/** What surname matching needs of a person: the tokens of its name and where it is first named. */
export interface Named {
  words: string[];
  first: number;
  mentions: Mention[];
}

/** The words a bare mention of this person can be: the surname, or the family name first in `Lee Cheuk-yan`. */
export function surnames(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const last = words.at(-1) as string;
  const out = [last.toLowerCase()];
  if (/-\p{Ll}/u.test(last)) out.push((words[0] as string).toLowerCase());
  return out;
}

function covered(mentions: readonly Mention[], token: Token): boolean {
  return mentions.some((m) => token.start < m.end && token.end > m.start);
}

/** Adds bare-surname and re-cased full-name mentions to `people` (mutated), skipping `blocked` spans. */
export function addLaterMentions(text: string, people: Named[], blocked: readonly Mention[]): void {
  const tokens = tokenize(text);
  const taken = (): Mention[] => [...blocked, ...people.flatMap((p) => p.mentions)];
  people.forEach((person) => {
    const full = person.words.join(" ").toLowerCase();
    tokens.forEach((token, i) => {
      const span = tokens.slice(i, i + person.words.length);
      const last = span.at(-1);
      if (!last || span.map((t) => t.text).join(" ").toLowerCase() !== full) return;
      const mention = { start: token.start, end: last.end, text: text.slice(token.start, last.end) };
      if (!taken().some((m) => m.start < mention.end && m.end > mention.start)) person.mentions.push(mention);
    });
  });
  tokens.forEach((token, i) => {
    if (!isCapitalised(token.text) && !isAllCaps(token.text)) return;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const nameLike = (t: Token | undefined): boolean => t !== undefined && (isCapitalised(t.text) || isAllCaps(t.text));
    if ((nameLike(previous) && joins(text, previous as Token, token)) || (nameLike(next) && joins(text, token, next as Token))) return;
    if (covered(taken(), token)) return;
    const word = token.text.toLowerCase();
    const owners = people.filter((p) => surnames(p.words).includes(word));
    if (owners.length === 0) return;
    const before = owners.filter((p) => p.first < token.start).sort((a, b) => b.first - a.first);
    const owner = before[0] ?? owners.sort((a, b) => a.first - b.first)[0];
    owner?.mentions.push({ start: token.start, end: token.end, text: token.text });
  });
}

/**
 * The full form of a surname known only from `Mr Yeleusinov`: the first name chunk of the text
 * that ends in it (`Amin Yeleusinov`), or null.
 */
export function fullFormOf(context: TextContext, surname: string): { name: string; mention: Mention } | null {
  const wanted = surname.toLowerCase();
  for (const sentence of context.sentences) {
    for (const chunk of nameChunks(context.text, sentence)) {
      const last = chunk.name.at(-1);
      if (!last || last.text.toLowerCase() !== wanted || !plausibleName(context.text, chunk)) continue;
      const start = chunk.name[0]?.start ?? last.start;
      return { name: displayName(chunk.name), mention: { start, end: last.end, text: context.text.slice(start, last.end) } };
    }
  }
  return null;
}
