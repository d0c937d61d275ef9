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

/**
 * English function words. Note: franc compares the sample with 82 trigram profiles, which cost
 * a fifth of an English letter's CPU; prose whose words are this often these is English
 * whatever franc would say, so most letters never reach it (docs/languages.md).
 */
const ENGLISH = new Set(["the", "of", "and", "to", "in", "is", "was", "for", "that", "with", "on", "has", "have", "by", "his", "her"]);
/** The share of ENGLISH words from which a sample is English: 14–32% in the English corpora's letters, 0 in the French and Spanish ones. */
const ENGLISH_SHARE = 0.1;
/** Words read by the English check. */
const CHECK_WORDS = 120;

/** The ISO 639-1 code of the text's language, or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.reduce((n, w) => n + w.length, 0) < MIN_LETTERS) return null;
  const checked = words.slice(0, CHECK_WORDS);
  if (checked.filter((w) => ENGLISH.has(w.toLowerCase())).length / checked.length >= ENGLISH_SHARE) return "en";
  const code = franc(sample, { minLength: MIN_LETTERS });
  return code === "und" ? null : toIso6391(code);
}
