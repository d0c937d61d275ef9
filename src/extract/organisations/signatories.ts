/**
 * Bodies listed one a line under a signatories or copy heading (`Signatories:`, `**Signatories**`,
 * `cc:`, `Copie pour information :`, `Organizaciones firmantes`), or in a list whose other lines
 * are bodies (a head noun or a bracketed acronym each): the letter's own layout says what each line
 * is, so a name with no head noun (`Gulf Writers in Exile`, `Article 22 Watch`, `Central Asian Labour
 * Rights Monitor`) is a body there. A line is a name when it is one: capitalised words and the
 * links between them, no comma, no person (a given name or a form of address first), no post, no place.
 */
import type { OrganisationCandidate } from "../../records.js";
import { isCountry, isGivenName, isPlaceName } from "../nlp.js";
import { HONORIFICS } from "../people/lexicon.js";
import { isRoleWord } from "../people/roles.js";
import type { Extractor, TextContext, Unstamped } from "../types.js";
import { CONNECTORS, ORG_HEADS } from "./lexicon.js";

/**
 * A heading that announces who signs or who gets a copy: the words of English, French and Spanish
 * letters for it, alone on their line (markup and a colon around them), or `cc:` before the first item.
 */
const HEADING = /^[ \t#*_]*(?:(?:list of |the )?(?:co-?)?signator(?:y|ies)(?: organi[sz]ations)?|signed(?: by)?|endorsed by|supported by|endorsing organi[sz]ations|(?:organisations |organizaciones )?(?:signataires|firmantes)|copy to|copies to|with copy to|copies?(?: pour information)?(?: à)?|con copia(?: a)?|cc|c\.c\.)[ \t*_:]*(?=\n|$)/iu;
/** `cc:` (or `Copy to:`) with the first item on the same line. */
const INLINE = /^[ \t]*(?:cc|c\.c\.|copy to|copies to|copie(?: pour information)?|con copia a)[ \t]*:[ \t]*(?=\S)/iu;
/** A list item's bullet or number, before its words. */
const BULLET = /^[ \t]*(?:[-*•–—][ \t]+|\d{1,2}[.)][ \t]+)?/u;
/** A word of a name: capitalised, in capitals, a number (`Article 22 Watch`), `&`, or a hyphened or elided word. */
const NAME_WORD = /^(?:[dl][’'])?(?:\p{Lu}[\p{L}\p{M}\p{N}'’.-]*|\p{N}+|[&–—\-])$/u;
/** A bracketed acronym closing an item (`Gulf Rights Monitor (GRM)`). */
const BRACKETED = /[ \t]+\((\p{Lu}[\p{Lu}\p{N}&/-]{1,11})\)$/u;

interface Item {
  start: number;
  end: number;
  words: string[];
  /** True when the line names a body by itself: a head noun or a bracketed acronym. */
  marked: boolean;
  /** True when the line reads as one body's name (`nameShaped`). */
  name: boolean;
}

/** True for a line that reads as one name: capitalised words and links, two words at least, no person, post or place. */
function nameShaped(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 12) return false;
  const first = words[0] as string;
  if (!/^\p{Lu}/u.test(first)) return false;
  // Note: a name opening with its head may go on in lower case, as French and Spanish names do (`Syndicat des enseignants du Sud`).
  const headFirst = ORG_HEADS.has(first.toLowerCase());
  if (!headFirst && (!/^(?:\p{Lu}|\p{N})/u.test(words.at(-1) as string) || !words.every((w) => NAME_WORD.test(w) || CONNECTORS.has(w)))) return false;
  if (headFirst && !words.every((w) => NAME_WORD.test(w) || /^(?:[dl][’'])?\p{L}[\p{L}\p{M}'’-]*$/u.test(w))) return false;
  // Note: a year makes the line a dateline (`PRESS RELEASE — 19 October 2024`, `Posted on 3 April 2023`).
  if (words.some((w) => /^\p{N}{4}$/u.test(w))) return false;
  // Note: a person signs as often as a body (`Marc Aubert`, `Dr Ana Ruiz`), and a post or a place is no body.
  if (isGivenName(first) || HONORIFICS.has(first.toLowerCase().replace(/\.$/u, ""))) return false;
  if (words.every((w) => isRoleWord(w) || CONNECTORS.has(w))) return false;
  const phrase = words.join(" ");
  return !isPlaceName(phrase) && !isCountry(phrase);
}

/** The item on `[start, end)`: its words without the bullet and a closing acronym. */
function item(text: string, start: number, end: number): Item | null {
  const raw = text.slice(start, end);
  const bullet = BULLET.exec(raw)?.[0].length ?? 0;
  const body = raw.slice(bullet).replace(/[ \t]+$/u, "");
  // Note: a table row's columns (`Ana Ruiz    SITRA    Peru`) or a comma's post and place are no one name.
  if (body === "" || /[\t,;:|@]| {3,}/u.test(body)) return null;
  const acronym = BRACKETED.exec(body);
  const words = (acronym ? body.slice(0, acronym.index) : body).split(/[ \u00a0]+/u);
  const from = start + bullet;
  // Note: a capitalised head (`Delta Press Union`), not a headline's lower-case noun (`court jails three couriers`).
  const marked = acronym !== null || words.some((w) => /^\p{Lu}/u.test(w) && ORG_HEADS.has(w.toLowerCase().replace(/['’]s?$/u, "")));
  const nameEnd = from + words.join(" ").length;
  return { start: from, end: nameEnd, words, marked, name: !/[()[\]"“”]/u.test(words.join(" ")) && nameShaped(words) };
}

/** True when a blank line parts line `i` from the one before it (the context's lines are its non-empty ones). */
function afterBlank(context: TextContext, i: number): boolean {
  const previous = context.lines[i - 1];
  const line = context.lines[i];
  return !previous || !line || /\n[ \t]*\n/u.test(context.text.slice(previous.end, line.start));
}

/** True when two blank lines or more part line `i` from the one before it. */
function twoBlank(context: TextContext, i: number): boolean {
  const previous = context.lines[i - 1];
  const line = context.lines[i];
  return !previous || !line || /\n[ \t]*\n[ \t]*\n/u.test(context.text.slice(previous.end, line.start));
}

/** The lines from `index` on up to the list's end (`index` the first line of the list). */
function block(context: TextContext, index: number): Item[] {
  const items: Item[] = [];
  for (let i = index; i < context.lines.length && items.length < 40; i++) {
    const line = context.lines[i] as { start: number; end: number };
    // Note: one blank line may part a list's items (Markdown's loose lists); a sentence or a closing formula after it ends the list.
    if (i > index && HEADING.test(context.text.slice(line.start, line.end))) break;
    if (i > index && afterBlank(context, i) && (twoBlank(context, i) || !/^[^\n]{2,100}$/u.test(context.text.slice(line.start, line.end)) || /[.,:;!?]\s*$/u.test(context.text.slice(line.start, line.end)))) break;
    const found = item(context.text, line.start, line.end);
    if (!found) {
      items.push({ start: line.start, end: line.end, words: [], marked: false, name: false });
      continue;
    }
    items.push(found);
  }
  return items;
}

function candidate(text: string, it: Item): Unstamped<OrganisationCandidate> {
  const name = text.slice(it.start, it.end);
  return { type: "organisation", start: it.start, end: it.end, text: name, name, acronym: null };
}

export const signatoriesRule: Extractor<OrganisationCandidate> = {
  id: "organisations/signatories",
  type: "organisation",
  extract(context) {
    const { text, lines } = context;
    const out: Unstamped<OrganisationCandidate>[] = [];
    let skipTo = -1;
    lines.forEach((line, i) => {
      if (i < skipTo) return;
      const content = text.slice(line.start, line.end);
      const inline = INLINE.exec(content);
      let items: Item[];
      let cued: boolean;
      if (HEADING.test(content)) {
        // Note: the list may start after a blank line under its heading.
        items = block(context, i + 1);
        cued = true;
        skipTo = i + 1 + items.length;
      } else if (inline) {
        const head = item(text, line.start + inline[0].length, line.end);
        items = [...(head ? [head] : []), ...block(context, i + 1)];
        cued = true;
        skipTo = i + items.length;
      } else {
        // Note: an uncued list of lines: its lines are bodies when the others are (three lines at least, two of them marked).
        const opening = item(text, line.start, line.end);
        if (!afterBlank(context, i) || !(opening?.name || opening?.marked)) return;
        items = block(context, i);
        cued = false;
        skipTo = i + items.length;
      }
      if (items.length === 0) return;
      for (const it of items) {
        if (!it.name) continue;
        const others = items.filter((o) => o !== it);
        const siblings = others.filter((o) => o.marked).length;
        // Note: uncued, every line must read as a name, and two others be bodies by their own words.
        if (!cued && (items.length < 3 || siblings < (it.marked ? 1 : 2) || !items.every((o) => o.name || o.marked))) continue;
        // Note: cued, a list of people (`Marc Aubert`) leaves no line a body: one other line at least is one, or the line is alone.
        if (cued && others.length > 0 && siblings === 0 && !it.marked) continue;
        out.push(candidate(text, it));
      }
    });
    return out;
  },
};
