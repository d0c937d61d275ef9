/**
 * Companies named by their legal form, whatever their other words: `Volga Basin Timber CJSC`,
 * `Kuzey Medya A.Ş.`, `Coral Reef Minerals (Pvt) Ltd`, `Selangor Palm Processors Sdn Bhd`,
 * `Noordzee Haven B.V.`. The form closes the name; the capitalised words before it, on the same
 * line and joined by single spaces, are the rest of it. Without the form the words look like a
 * person (`Zangezur Ridge Copper` cased `Cjsc`) or like nothing at all.
 */
import type { OrganisationCandidate } from "../../records.js";
import { isDemonym } from "../nlp.js";
import { isAcronymShaped, isCapitalised, tokenize, type Token } from "../people/tokens.js";
import type { Extractor, Unstamped } from "../types.js";
import { trimLeading } from "./chunks.js";

/**
 * Legal forms as data rows `[pattern, label, example]`: each pattern matches the form at the start
 * of the text after the name's last word and its space; the example is a whole name it closes.
 */
export const LEGAL_FORMS: readonly (readonly [RegExp, string, string])[] = [
  [/^(?:CJSC|OJSC|PJSC|JSC|OOO|OAO|ZAO|PAO|TOO|LLP)(?![\p{L}\p{N}])/u, "post-Soviet joint-stock and partnership forms", "Volga Basin Timber OJSC"],
  [/^A\.Ş\./u, "Turkish joint-stock company (anonim şirket)", "Kuzey Medya A.Ş."],
  [/^(?:\((?:Pvt|Private|Pty)\.?\)|(?:Pvt|Pte|Pty)\.?)[ \u00a0](?:Ltd\.?|Limited)(?![\p{L}\p{N}])/u, "South and Southeast Asian private limited", "Coral Reef Minerals (Pvt) Ltd"],
  [/^(?:Sdn\.?[ \u00a0]Bhd\.?|Bhd\.?)(?![\p{L}\p{N}])/u, "Malaysian private or public limited", "Selangor Palm Processors Sdn Bhd"],
  [/^(?:Tbk|GmbH|SpA|S\.p\.A\.|Srl|S\.r\.l\.|SARL|Ltda\.|d\.o\.o\.|s\.r\.o\.|Oyj|ApS|A\/S)(?![\p{L}\p{N}])/u, "European, Indonesian and Brazilian company forms", "Adriatic Ferry Lines d.o.o."],
  [/^(?:S\.A\.[CEA]\.|N\.V\.|B\.V\.)/u, "dotted forms (Peruvian, Egyptian, Dutch)", "Nile Valley Exports S.A.E."],
  // Note: two-letter forms are also other words' abbreviations (`AG` for an attorney general, `SE`
  // for south-east): they close a name only after two capitalised words (`Alpen Transport AG`).
  [/^(?:AG|NV|BV|AB|ASA|KG)(?![\p{L}\p{N}])/u, "two-letter company forms", "Alpen Transport AG"],
];

const SHORT_FORM = /^(?:AG|NV|BV|AB|ASA|KG)$/u;
// Note: one pass over the text finds every candidate form; the rows then say which it is.
const ANY_FORM = /[ \u00a0](?=(?:CJSC|OJSC|PJSC|JSC|OOO|OAO|ZAO|PAO|TOO|LLP|A\.Ş\.|\((?:Pvt|Private|Pty)|Pvt|Pte|Pty|Sdn|Bhd|Tbk|GmbH|SpA|S\.|Srl|SARL|Ltda|d\.o\.o|s\.r\.o|Oyj|ApS|A\/S|N\.V|B\.V|AG|NV|BV|AB|ASA|KG)(?!\p{Ll}))/gu;

/** The form at `at` (the text right after the name's space), or null. */
export function legalFormAt(text: string, at: number): string | null {
  const rest = text.slice(at, at + 24);
  for (const [pattern] of LEGAL_FORMS) {
    const found = pattern.exec(rest);
    if (found) return found[0];
  }
  return null;
}

/** The capitalised words ending right before `end` on its line, joined by single spaces (`&` too). */
function nameBefore(text: string, end: number): Token[] {
  const lineStart = Math.max(text.lastIndexOf("\n", end - 1) + 1, end - 120);
  const tokens = tokenize(text, lineStart, end);
  const out: Token[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    const gap = text.slice(token.end, out[0]?.start ?? end);
    const joined = out.length === 0 ? /^[ \u00a0]$/u.test(gap) : gap === " " || gap === " & ";
    if (!joined || token.possessive || !(isCapitalised(token.text) || isAcronymShaped(token.text))) break;
    out.unshift(token);
  }
  return trimLeading(out);
}

export const legalFormRule: Extractor<OrganisationCandidate> = {
  id: "organisations/legal-form",
  type: "organisation",
  extract(context) {
    const { text } = context;
    // Note: a form of two words is matched at each (`Sdn Bhd`, then `Bhd`): the first reading holds.
    let last = -1;
    return [...text.matchAll(ANY_FORM)].flatMap((match): Unstamped<OrganisationCandidate>[] => {
      const form = match.index < last ? null : legalFormAt(text, match.index + 1);
      if (!form) return [];
      const words = nameBefore(text, match.index + 1);
      const first = words[0];
      if (!first || (words.length === 1 && isDemonym(first.text)) || words.length < (SHORT_FORM.test(form) ? 2 : 1)) return [];
      const start = first.start;
      const end = match.index + 1 + form.length;
      last = end;
      const name = text.slice(start, end);
      return [{ type: "organisation", start, end, text: name, name, acronym: null }];
    });
  },
};
