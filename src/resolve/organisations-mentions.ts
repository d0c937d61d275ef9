/**
 * Every place an organisation is named: whole-word occurrences of its name, acronym and aliases,
 * found through a word index of the text (one pass, not one regex scan per form).
 */
import type { Mention } from "../records.js";
import { tokenize, type Token } from "../extract/people/tokens.js";

/** The text's words, indexed by lower-case form, for finding a phrase's occurrences. */
export class WordIndex {
  private readonly tokens: Token[];
  private readonly byWord = new Map<string, number[]>();

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
    this.tokens.forEach((token, i) => {
      const word = token.text.toLowerCase();
      const list = this.byWord.get(word);
      if (list) list.push(i);
      else this.byWord.set(word, [i]);
    });
  }

  /**
   * Occurrences of `form` as whole words; case-insensitive unless `exact`. Not inside an e-mail
   * or web address (`info@ituc-csi.org`).
   */
  occurrences(form: string, exact: boolean): Mention[] {
    const words = tokenize(form).map((t) => t.text);
    if (words.length === 0) return [];
    const wanted = words.map((w) => w.toLowerCase());
    const out: Mention[] = [];
    for (const i of this.byWord.get(wanted[0] as string) ?? []) {
      const span = this.tokens.slice(i, i + words.length);
      if (span.length !== words.length) continue;
      if (span.some((t, k) => (exact ? t.text !== words[k] : t.text.toLowerCase() !== wanted[k]))) continue;
      const start = (span[0] as Token).start;
      const end = (span.at(-1) as Token).end;
      const text = this.text.slice(start, end);
      if (text.replace(/[\s'’]+/gu, " ").toLowerCase() !== form.replace(/[\s'’]+/gu, " ").toLowerCase()) continue;
      if (/[@./-]$/u.test(this.text.slice(Math.max(0, start - 1), start)) || /^[-@.][\p{L}\p{N}]/u.test(this.text.slice(end, end + 2))) continue;
      out.push({ start, end, text });
    }
    return out;
  }
}

/** Character coverage of mentions, so an overlap test costs the mention's length. */
export class Coverage {
  private readonly marks: Uint8Array;
  constructor(length: number) {
    this.marks = new Uint8Array(length + 1);
  }
  add(m: { start: number; end: number }): void {
    this.marks.fill(1, m.start, m.end);
  }
  overlaps(m: { start: number; end: number }): boolean {
    for (let i = m.start; i < m.end; i++) if (this.marks[i]) return true;
    return false;
  }
}

/** The quoted part of a name (`Human Rights Centre “Viasna”` → `Viasna`), an alias of its own. */
export function quotedPart(name: string): string | null {
  return /[“"«‘]([^”"»’]{2,40})[”"»’]/u.exec(name)?.[1] ?? null;
}
