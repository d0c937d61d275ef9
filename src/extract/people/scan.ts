/** Walks the sentences of a context and the name chunks inside each. */
import type { Span } from "../../records.js";
import type { TextContext } from "../types.js";
import { nameChunks, type NameChunk } from "./names.js";
import { isInitialHonorific, withInitialHonorific } from "../../language/honorifics.js";
import { vocabularyOf, type Vocabulary } from "../../language/vocabulary.js";
import { isRoleWord } from "./roles.js";

/** One name chunk with the sentence it sits in. */
export interface Located {
  sentence: Span;
  chunk: NameChunk;
  index: number;
  chunks: NameChunk[];
}

// Note: every rule walks the same chunks; they are computed once per context.
const sentenceCache = new WeakMap<TextContext, Span[]>();
const bySentenceCache = new WeakMap<TextContext, SentenceChunks[]>();
const chunkCache = new WeakMap<TextContext, Located[]>();

/** One sentence and its name chunks. */
export interface SentenceChunks {
  sentence: Span;
  chunks: NameChunk[];
}

const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Prof|Atty|Adv|Av|Lcda|Lcdo|Licda|Licdo|St|Sta|Sto|Ste|Hon|Rev|Gen|Col|Lt|Sgt|Bro|Sis)\.$/u;

/** A nickname of initials quoted inside a name (`Terrence "T.J."` / `Okonkwo-Barnes was …`). */
const QUOTED_INITIALS = /\p{Lu}\p{Ll}+[ \u00a0]+["“‘](?:\p{Lu}\.){1,3}["”’]$/u;

/**
 * The context's sentences, rejoined where the splitter broke after an abbreviated title or a quoted nickname of initials
 * (`The appeal of Mr.` / `Pavel Orlik was rejected.`).
 */
export function sentences(context: TextContext): Span[] {
  const cached = sentenceCache.get(context);
  if (cached) return cached;
  const out: Span[] = [];
  for (const sentence of context.sentences) {
    const previous = out.at(-1);
    const gap = previous ? context.text.slice(previous.end, sentence.start) : "";
    const ended = previous ? context.text.slice(previous.start, previous.end) : "";
    if (previous && /^[ \t]+$/u.test(gap) && (ABBREVIATION.test(ended) || QUOTED_INITIALS.test(ended))) previous.end = sentence.end;
    else out.push({ ...sentence });
  }
  sentenceCache.set(context, out);
  return out;
}

/** The name chunks of each sentence, in text order (shared: callers must not change them). */
export function sentenceChunks(context: TextContext): SentenceChunks[] {
  const cached = bySentenceCache.get(context);
  if (cached) return cached;
  // Note: `M. Jean Roux` in a French letter: `M.` is a form of address there (language/honorifics.ts).
  const vocabulary = vocabularyOf(context.language);
  const out = sentences(context).map((sentence) => ({
    sentence,
    chunks: joinedInitialHonorifics(context.text, nameChunks(context.text, sentence), vocabulary)
      .map((chunk) => withInitialHonorific(context.text, chunk, vocabulary))
      .flatMap((chunk) => withRoleQualifiers(chunk, vocabulary) ?? []),
  }));
  bySentenceCache.set(context, out);
  return out;
}

/**
 * A chunk that is only an initial-like form of address with its dot (French `MM.`, which the dot
 * cuts off from the names) becomes the title of the chunk right after it (`MM. Lamine Coly et …`).
 */
function joinedInitialHonorifics(text: string, chunks: NameChunk[], vocabulary: Vocabulary | null): NameChunk[] {
  const out: NameChunk[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] as NameChunk;
    const next = chunks[i + 1];
    const only = chunk.name.length === 1 && chunk.title.length === 0 && chunk.tokens.length === 1 ? chunk.name[0] : undefined;
    const first = next?.tokens[0];
    if (only && next && first && (only.text.length >= 2) && isInitialHonorific(only.text, vocabulary) && /^\.[ \u00a0]+$/u.test(text.slice(only.end, first.start))) {
      out.push({ ...next, title: [only, ...next.title] });
      i++;
    } else out.push(chunk);
  }
  return out;
}

/**
 * French and Spanish capitalise a role's qualifiers with it (`Secrétaire Générale Adjointe`, `Presidente Nacional
 * Gustavo Ruiz`): those that open a chunk's name right after a role title go to the title; a chunk left with no
 * capitalised name is the role alone (`Secrétaire Général de l'IEAE`), no person.
 */
function withRoleQualifiers(chunk: NameChunk, vocabulary: Vocabulary | null): NameChunk | null {
  const title = chunk.title.at(-1);
  if (!vocabulary || !title || !isRoleWord(title.text)) return chunk;
  let n = 0;
  while (n < chunk.name.length && vocabulary.roleQualifiers.includes(chunk.name[n]?.text.toLowerCase() ?? "")) n++;
  if (n === 0) return chunk;
  const name = chunk.name.slice(n);
  if (name.length === 0 || !/^\p{Lu}/u.test(name[0]?.text ?? "")) return null;
  return { ...chunk, title: [...chunk.title, ...chunk.name.slice(0, n)], name };
}

/** Every name chunk of every sentence, in text order. */
export function located(context: TextContext): Located[] {
  const cached = chunkCache.get(context);
  if (cached) return cached;
  const out = sentenceChunks(context).flatMap(({ sentence, chunks }) => chunks.map((chunk, index) => ({ sentence, chunk, index, chunks })));
  chunkCache.set(context, out);
  return out;
}
