/**
 * Organisation-name chunks: capitalised words and acronyms, joined by connectors (`of`, `for`,
 * `to`…) when a capitalised word follows, across a plural possessive (`Journalists’ Association`)
 * and across a line break before a lower-case `of` (a letterhead's wrapped `Kingdom / of Belgium`).
 */
import type { Span } from "../../records.js";
import { isAcronymShaped, isCapitalised, tokenize, type Token } from "../people/tokens.js";
import { CONNECTORS } from "./lexicon.js";

const upper = (token: Token): boolean => isCapitalised(token.text) || isAcronymShaped(token.text) || /^\p{Lu}\p{L}*\p{N}/u.test(token.text);

function joined(text: string, left: Token, right: Token): boolean {
  if (left.possessive) return false;
  const gap = text.slice(left.end, right.start);
  if (/^[ \t\u00a0]{1,3}$/u.test(gap)) return true;
  if (/^['’][ \t]$/u.test(gap) && /s$/u.test(left.text)) return true;
  return /^[ \t]*\n[ \t]*$/u.test(gap) && /^(?:of|to)$/u.test(right.text);
}

/** The organisation-name chunks (token runs) within `span`. */
export function orgChunks(text: string, span: Span): Token[][] {
  const tokens = tokenize(text, span.start, span.end);
  const out: Token[][] = [];
  let current: Token[] = [];
  const close = (): void => {
    while (current.length > 0 && !upper(current.at(-1) as Token)) current.pop();
    if (current.length > 0) out.push(current);
    current = [];
  };
  tokens.forEach((token, i) => {
    const previous = current.at(-1);
    const next = tokens[i + 1];
    const connector = CONNECTORS.has(token.text) && next !== undefined && upper(next) && joined(text, token, next);
    if (previous && !joined(text, previous, token)) close();
    if (upper(token) || (connector && current.length > 0)) current.push(token);
    else close();
  });
  close();
  return out;
}

/** The text of a run of tokens. */
export function spanText(text: string, tokens: readonly Token[]): string {
  return text.slice(tokens[0]?.start ?? 0, tokens.at(-1)?.end ?? 0).replace(/\s*\n\s*/gu, " ");
}
