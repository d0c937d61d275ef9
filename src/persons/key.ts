/**
 * The person key: one string for one human across the documents of a run, made from the
 * name alone so that it is the same whatever else the run holds (stable as letters are added,
 * identical when documents are processed apart and merged). docs/persons.md explains it.
 *
 * `Siarhei Tsikhanouski`, `Sergey Tsikhanouski` and `Сяргей Ціханоўскі` → `sergei-tsihanouski`.
 * A name of one word, or of initials and a surname, is too weak to join two documents: its key
 * is scoped to its document (`abdi~1a2b3c4d`), and only the clustering (cluster.ts) may join it
 * to a fuller name, with supporting evidence.
 */
import { createHash } from "node:crypto";
import type { Records } from "../records.js";
import { nameTokens } from "./fold.js";
import { canonicalGiven, spell } from "./variants.js";

/** A name read for linking: its spelled tokens and how strong it is. */
export interface NameForm {
  /** Folded, romanised tokens, given names in their canonical form. */
  tokens: string[];
  /** Two or more words, not just initials and a surname: a name that may join documents. */
  strong: boolean;
}

const forms = new Map<string, NameForm>();

/**
 * The Arabic article as romanised (`al`, `el`, `ul`), written apart, hyphened or joined to the
 * word it belongs to (`El-Sayed`, `Elsayed`, `al Sayed`): joined and spelled `al` so the forms
 * meet. Not in a first name (`Elena`), and a glued article only as `el` (`Ulrich` stays).
 */
const ARTICLE = /^(?:al|el|ul)$/;

function joinArticles(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    const next = tokens[i + 1];
    if (ARTICLE.test(token) && next !== undefined && i > 0) {
      out.push(`al${next}`);
      i++;
    } else out.push(i > 0 ? token.replace(/^el(?=[b-df-hj-np-tv-z][aeiouy])/, "al") : token);
  }
  return out;
}

/** Reads `name` for linking (memoised: one batch repeats names often). */
export function nameForm(name: string): NameForm {
  let form = forms.get(name);
  if (!form) {
    const tokens = joinArticles(nameTokens(name)).map((t) => canonicalGiven(spell(t)));
    const words = tokens.filter((t) => t.length > 1);
    form = { tokens, strong: words.length >= 2 && (tokens[0]?.length ?? 0) > 1 };
    if (forms.size > 100_000) forms.clear();
    forms.set(name, form);
  }
  return form;
}

/** A short, stable tag of a document id, scoping a weak name's key to its document. */
export function documentTag(documentId: string): string {
  return createHash("sha256").update(documentId).digest("hex").slice(0, 8);
}

/** The person key of `name` as found in document `documentId`. */
export function personKey(name: string, documentId: string): string {
  const { tokens, strong } = nameForm(name);
  const base = tokens.join("-") || "unnamed";
  return strong ? base : `${base}~${documentTag(documentId)}`;
}

/** Stamps `person_key` on a document's people and on the sentences and fines that name one. */
export function keyRecords(records: Records, documentId: string): void {
  const keys = new Map<string, string>();
  for (const person of records.people) {
    person.person_key = personKey(person.name, documentId);
    keys.set(person.id, person.person_key);
  }
  for (const penalty of [...records.sentences, ...records.fines]) {
    penalty.person_key = penalty.person_id === null ? null : (keys.get(penalty.person_id) ?? null);
  }
}
