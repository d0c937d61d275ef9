/** Walks the sentences of a context and the name chunks inside each. */
import type { Span } from "../../records.js";
import type { TextContext } from "../types.js";
import { nameChunks, type NameChunk } from "./names.js";

/** One name chunk with the sentence it sits in. */
export interface Located {
  sentence: Span;
  chunk: NameChunk;
  index: number;
  chunks: NameChunk[];
}

/** Every name chunk of every sentence, in text order. */
export function located(context: TextContext): Located[] {
  return context.sentences.flatMap((sentence) => {
    const chunks = nameChunks(context.text, sentence);
    return chunks.map((chunk, index) => ({ sentence, chunk, index, chunks }));
  });
}
