/** What extractors see and what they are: small pure objects, listed in the registry. */
import type { Candidate, Span } from "../records.js";

export type DateOrder = "dmy" | "mdy" | "auto";

export interface AnalyseOptions {
  /** How to read all-numeric dates such as 12/10/2020; `auto` decides per document. */
  dateOrder: DateOrder;
  /**
   * The document's language (ISO 639-1): set by `--language` for a whole run, else detected per
   * document by the pipeline; absent means English, the language every rule reads.
   */
  language?: string;
}

/** One document's normalised text, split once for every extractor. */
export interface TextContext {
  readonly text: string;
  /** Paragraph spans: blocks separated by blank lines. */
  readonly paragraphs: readonly Span[];
  /** Line spans (letterheads and signature blocks are line-structured). */
  readonly lines: readonly Span[];
  /** Sentence spans, within paragraphs. */
  readonly sentences: readonly Span[];
  readonly options: AnalyseOptions;
  /** The language the rules read the text in: `en`, `fr` or `es` (language-neutral rules only for any other). */
  readonly language: string;
}

/** A finding before the registry stamps the rule id on it. */
export type Unstamped<C extends Candidate> = Omit<C, "rule">;

/**
 * An extractor rule: `id` names it in every record it contributes to (`rules`), `extract`
 * is pure. Patterns inside it live as data rows with an example each.
 */
export interface Extractor<C extends Candidate = Candidate> {
  readonly id: string;
  readonly type: C["type"];
  extract(context: TextContext): Unstamped<C>[];
}
