/**
 * A person coordinated after a body's name in one capitalised run (`the online outlet Adjara Pulse and Giorgi
 * Abuladze, a freelance correspondent`): the run's words after `and` are the person's, the body's name ends before.
 */
import { isGivenName } from "../nlp.js";
import { isRoleWord } from "../people/roles.js";
import type { Token } from "../people/tokens.js";
import { ORG_HEADS } from "./lexicon.js";

/** Coordinating conjunctions of the languages read (`and`, `et`, `y`, `e`). */
const AND = /^(?:and|et|y|e)$/u;

/** An apposition naming a person's post after the run (`, a freelance correspondent`, `, its director`): group 1 its first three words. */
const POST_AFTER = /^,[ \u00a0]+(?:a|an|the|its|their|his|her)[ \u00a0]+((?:[\p{Ll}-]+[ \u00a0]+){0,2}[\p{Ll}-]+)/u;

/**
 * The chunk before a coordinated person: after `and`, two or three capitalised words that are no body's (no head
 * noun) and either open on a known given name or have a person's post set off after them (`Chen Jing, its director`).
 * A body's own `and` stays (`Adilet and Ukuk`, `Radio Globo and Globo TV`).
 */
export function beforeCoordinatedPerson(text: string, chunk: readonly Token[]): Token[] {
  const at = chunk.findIndex((t, i) => i > 0 && AND.test(t.text));
  const person = chunk.slice(at + 1);
  if (at < 0 || person.length < 2 || person.length > 3 || person.some((t) => ORG_HEADS.has(t.text.toLowerCase()))) return [...chunk];
  const post = POST_AFTER.exec(text.slice((person.at(-1) as Token).end, (person.at(-1) as Token).end + 60))?.[1] ?? "";
  return isGivenName((person[0] as Token).text) || post.split(/[ \u00a0]+/u).some(isRoleWord) ? chunk.slice(0, at) : [...chunk];
}
