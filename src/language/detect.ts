/**
 * The language a document is written in, from its text, with franc-min (trigram profiles of
 * 82 languages). Note: franc's cost grows with the text it is given while its answer settles
 * within a few hundred words, so it reads one sample from the start of the body; measured
 * under 2% of a document's CPU on the English corpus (docs/languages.md).
 */
import { franc } from "franc-min";
import { toIso6391 } from "./codes.js";

/** Characters franc reads: enough for a paragraph or two of prose. */
const SAMPLE = 1500;
/** Below this many letters franc's guess is noise: the document gets no language. */
const MIN_LETTERS = 40;

/** The ISO 639-1 code of the text's language, or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const code = franc(sample, { minLength: MIN_LETTERS });
  return code === "und" ? null : toIso6391(code);
}
