/**
 * Companies named by their legal form, whatever their other words: `Volga Basin Timber CJSC`,
 * `Kuzey Medya A.Ş.`, `Coral Reef Minerals (Pvt) Ltd`, `Selangor Palm Processors Sdn Bhd`,
 * `Noordzee Haven B.V.`. The form closes the name; the capitalised words before it, on the same
 * line and joined by single spaces, are the rest of it. Without the form the words look like a
 * person (`Zangezur Ridge Copper` cased `Cjsc`) or like nothing at all.
 */
import type { OrganisationCandidate } from "../../records.js";
import { isDemonym, isFunctionWord } from "../nlp.js";
import { isAcronymShaped, isCapitalised, tokenize, type Token } from "../people/tokens.js";
import type { Extractor, Unstamped } from "../types.js";
import { DESCRIPTOR_WORD, trimLeading } from "./chunks.js";
import { CLOSING_FORMS, formsSource, isTwoLetterForm, legalFormAt, POST_SOVIET_FORMS } from "../../language/legal-forms.js";

// Note: one pass over the text finds every place a closing form follows a space; the rows then say which it is.
const ANY_FORM = new RegExp(`,?[ \\u00a0](?=${formsSource(CLOSING_FORMS)})`, "gu");

/**
 * Connectors inside a company's name between capitalised words: Romance ones (`Minera Candelaria
 * del Centro`, French `Agrumes du Sahel SARL`) and the coordinators of languages whose company names
 * join trades with them (Turkish `Tekstil Sanayi ve Ticaret A.Ş.`, German `Weber und Söhne GmbH`,
 * French `Lenoir et Fils SARL`).
 */
const INNER_CONNECTORS = /^(?:de|del|la|las|los|y|e|do|da|dos|das|du|des|le|les|ve|und|et)$/u;

/** The capitalised words ending right before `end` (the name's last letter) on its line, joined by single spaces (`&` too). */
function nameBefore(text: string, end: number): Token[] {
  const lineStart = Math.max(text.lastIndexOf("\n", end - 1) + 1, end - 120);
  const tokens = tokenize(text, lineStart, end);
  const out: Token[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    const gap = text.slice(token.end, out[0]?.start ?? end);
    // Note: a trade abbreviated beside a connector (`Demir Tekstil San. ve Tic. Ltd. Şti.`) keeps its full stop.
    const abbreviated = /^\p{Lu}\p{Ll}{1,3}$/u.test(token.text) && (INNER_CONNECTORS.test(tokens[i - 1]?.text ?? "") || INNER_CONNECTORS.test(out[0]?.text ?? ""));
    const joined = out.length === 0 ? gap === "" || (abbreviated && gap === ".") : gap === " " || gap === " & " || (abbreviated && gap === ". ");
    if (!joined || token.possessive) break;
    // Note: a connector stays only between two capitalised words (`Textiles del Valle de Sula`).
    const previous = tokens[i - 1];
    // Note: not after another company's form (`Weber GmbH und Falk AG` are two).
    const inner = out.length > 0 && INNER_CONNECTORS.test(token.text) && previous !== undefined && isCapitalised(previous.text) && /^\.? $/u.test(text.slice(previous.end, token.start)) && legalFormAt(text, previous.start) === null;
    if (!inner && !(isCapitalised(token.text) || isAcronymShaped(token.text))) break;
    // Note: a descriptor before the name is no word of it (`the Kazakh-registered Steppe Mining Group JSC`).
    if (DESCRIPTOR_WORD.test(token.text)) break;
    out.unshift(token);
  }
  return trimLeading(out);
}

/**
 * Indonesian companies open their name with the form (`PT Sinar Baja Utama`, `PT. Kapal Nusantara
 * Tbk`, `CV Sumber Rejeki`): the capitalised words after it on its line are the rest. Note: two words at least, or a
 * closing `Tbk`, since `PT` alone also shortens other words (`PT Smith`, a physical therapist).
 */
// Note: and an Indonesian partnership (`CV Karya Mandiri`, commanditaire vennootschap), two words at least as `PT`.
const PREFIX_FORM = new RegExp(`(?<![\\p{L}\\p{N}.])(?:PT\\.?|CV\\.?|${POST_SOVIET_FORMS}|LLC)[ \\u00a0](?=\\p{Lu})`, "gu");
/**
 * Post-Soviet forms opening a name (`OOO Severtrans`, `JSC Kazmunaigas`, in translation `LLC
 * Baltstroi`): one word is enough. Note: not a form closing the name before it (`Volga Timber JSC
 * Kazan`): a capitalised word just before it owns it.
 */
const POST_SOVIET = new RegExp(`^(?:${POST_SOVIET_FORMS}|LLC)`, "u");

function prefixed(text: string): Unstamped<OrganisationCandidate>[] {
  return [...text.matchAll(PREFIX_FORM)].flatMap((match): Unstamped<OrganisationCandidate>[] => {
    const from = match.index + match[0].length;
    const soviet = POST_SOVIET.test(match[0]);
    if (soviet && /(?:\p{Lu}[\p{L}.]*|&)[ \u00a0]$/u.test(text.slice(Math.max(0, match.index - 30), match.index))) return [];
    const lineEnd = text.indexOf("\n", from);
    const tokens = tokenize(text, from, Math.min(lineEnd < 0 ? text.length : lineEnd, from + 120));
    const words: Token[] = [];
    for (const token of tokens) {
      const gap = text.slice(words.at(-1)?.end ?? from, token.start);
      // Note: a function word capitalised after the form ends the name (`your CV Before Friday`).
      if (gap !== (words.length === 0 ? "" : " ") || token.possessive || !(isCapitalised(token.text) || isAcronymShaped(token.text)) || isFunctionWord(token.text)) break;
      words.push(token);
    }
    if (words.length < (soviet ? 1 : 2) && !(words.length === 1 && /^[ \u00a0]Tbk\b/u.test(text.slice(words[0]?.end ?? from)))) return [];
    const end = (words.at(-1) as Token).end;
    const name = text.slice(match.index, end);
    return [{ type: "organisation", start: match.index, end, text: name, name, acronym: null }];
  });
}

export const legalFormRule: Extractor<OrganisationCandidate> = {
  id: "organisations/legal-form",
  type: "organisation",
  extract(context) {
    const { text } = context;
    // Note: a form of two words is matched at each (`Sdn Bhd`, then `Bhd`): the first reading holds.
    let last = -1;
    const before = prefixed(text);
    return [...before, ...[...text.matchAll(ANY_FORM)].flatMap((match): Unstamped<OrganisationCandidate>[] => {
      const at = match.index + match[0].length;
      const form = at <= last ? null : legalFormAt(text, at);
      if (!form) return [];
      // Note: a comma may part the name from its form (`Minera Candelaria del Centro, S.A. de C.V.`), not from a two-letter one.
      const comma = match[0].startsWith(",");
      if (comma && isTwoLetterForm(form)) return [];
      const words = nameBefore(text, match.index);
      const first = words[0];
      if (!first || (words.length === 1 && isDemonym(first.text)) || words.length < (isTwoLetterForm(form) ? 2 : 1)) return [];
      const start = first.start;
      const end = at + form.length;
      last = end;
      const name = text.slice(start, end);
      return [{ type: "organisation", start, end, text: name, name, acronym: null }];
    })];
  },
};
