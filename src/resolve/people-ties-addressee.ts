/**
 * The body a letter is written to, and the people the letter gives as that body's (session 24): a
 * person named in the addressee block above the salutation (`To: Comrade A, Secretary General` /
 * `Health Workers' Union of X (HWX)` / … / `Dear Comrade A,`), and a post the letter calls the
 * reader's (`your President, Sis. B`, `your former secretary, Brother C`, `your chapel secretary at
 * Delta Voice, Comrade D`): a solidarity letter speaks to a union about its own officers.
 */
import { isRoleWord, keptRole } from "../extract/people/roles.js";
import type { Mention, Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { ADDRESS, placed } from "./people-ties.js";

/** A salutation opening its line (`Dear Comrade Flomo,`, `Chers camarades,`, `Estimados compañeros:`). */
const SALUTATION = /^[ \t*_]*(?:Dear|Cher|Chère|Chers|Chères|Estimad[oa]s?|Querid[oa]s?)(?!\p{L})/mu;
/** An addressee label opening its line (`To: `, `À : `, `Para: `, `Attn: `). */
const TO_LINE = /^[ \t*_]*(?:To|À|Para|Attn\.?|Attention)[ \t]*:/gmu;
/** A blank line: the end of a block. */
const BLANK = /\n[ \t]*\n/gu;

interface Addressee {
  start: number;
  end: number;
  body: Organisation | undefined;
}

const cache = new WeakMap<readonly Organisation[], Addressee | null>();

/** The blocks (runs of lines between blank lines) of `text` before `limit`, as [start, end) pairs. */
function blocks(text: string, limit: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const blank of text.slice(0, limit).matchAll(BLANK)) {
    if (blank.index > start) out.push([start, blank.index]);
    start = blank.index + blank[0].length;
  }
  if (limit > start) out.push([start, limit]);
  return out.filter(([from, to]) => text.slice(from, to).trim() !== "");
}

/**
 * The addressee block and its body: the block opened by the last addressee label before the
 * salutation, else the last block of two lines or more before it that is not the letter's first
 * (the letterhead). Null when the letter has no salutation.
 */
function addressee(context: TieContext): Addressee | null {
  const cached = cache.get(context.organisations);
  if (cached !== undefined) return cached;
  const { text } = context;
  const salutation = SALUTATION.exec(text);
  let found: Addressee | null = null;
  if (salutation) {
    const before = blocks(text, salutation.index);
    const label = [...text.slice(0, salutation.index).matchAll(TO_LINE)].at(-1);
    const block = label ? before.find(([from, to]) => from <= label.index && label.index < to) : before.slice(1).filter(([from, to]) => text.slice(from, to).trim().includes("\n")).at(-1);
    if (block) {
      const [from, to] = label ? [label.index, block[1]] : block;
      found = { start: from, end: to, body: placed(context.organisations).find((m) => m.start >= from && m.end <= to)?.organisation };
    }
  }
  cache.set(context.organisations, found);
  return found;
}

/** A person named in the addressee block belongs to the body named in it (`To: A, President,` / `and all members of the X`). */
export function tieByAddressee(mention: Mention, context: TieContext): Organisation | undefined {
  const block = addressee(context);
  return block && mention.start >= block.start && mention.end <= block.end ? block.body : undefined;
}

/**
 * A post of the reader's before the name: `your`, up to five words ending in a post, perhaps where it is held
 * (`at Delta Voice`, `for Organising`), a comma and a form of address.
 */
const YOUR_POST = new RegExp(`(?<!\\p{L})[Yy]our\\s+((?:[\\p{L}’'-]+\\s+){0,5}?[\\p{L}’'-]+)(?:\\s+(?:at|in|for|of)\\s+[^,.;:\\n]{1,40})?,?\\s+${ADDRESS}$`, "u");

/** The addressee's body for a person whose post the letter gives as the reader's (`your President, Sis. A`). */
export function tieByYourPost(mention: Mention, context: TieContext): Organisation | undefined {
  const post = YOUR_POST.exec(context.text.slice(Math.max(0, mention.start - 120), mention.start));
  // Note: a relation is no post (`your former colleague Sis. A`, `your colleague B` are no officers of the reader's body).
  const phrase = post?.[1] ?? "";
  if (!isRoleWord(phrase.split(/\s+/u).at(-1) ?? "") || keptRole(phrase) === null) return undefined;
  return addressee(context)?.body;
}
