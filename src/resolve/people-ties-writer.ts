/**
 * The writer's own body and the people it speaks through (issue 17.1): the letter's letterhead, the body it
 * writes `on behalf of`, the body whose statement it is; a signature after the closing, a contact or credit
 * label (`Media contact: A`, `Report prepared by: B`), and the writer's officers (`Our chairperson, C`).
 */
import { longFormStart } from "../extract/organisations/schwartz-hearst.js";
import { isRoleWord } from "../extract/people/roles.js";
import type { Mention, Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { RETAINED, WORD, bodiesWithin, listStart, placed } from "./people-ties.js";

/** Closing formulas of a letter (`Yours sincerely,`, `In solidarity`, `Yours in service,`). */
const CLOSING = /^(?:yours(?: sincerely| faithfully| truly| fraternally| respectfully| cordially| in solidarity| in (?:the )?(?:service|struggle|unity))?|sincerely(?: yours)?|(?:with )?(?:best|kind|warm) regards|regards|in solidarity|fraternally|respectfully(?: yours)?|atentamente|cordialement|fraternellement|fraternalmente|solidairement|solidariamente|(?:bien |muy )?cordialmente|(?:en toute |en |con )solidari(?:té|dad)|(?:pour|por|for)\s+(?:le|la|l['’]|el|the)\s*[^\n,.:]{2,40})[,.:]?$/imu;
/**
 * The French formal closing, a sentence on a line of its own (`Nous vous prions d'agréer, Monsieur le Ministre,
 * l'expression de notre haute considération.`, `Veuillez recevoir l'assurance de nos salutations distinguées.`).
 */
const FRENCH_CLOSING =
  /^[^\n]*(?<!\p{L})(?:agréer|recevoir)(?!\p{L})[^\n]+(?<!\p{L})l['’](?:expression|assurance)\s+(?:de\s+|d['’])(?:ma|mon|mes|notre|nos)\s[^\n]*?(?<!\p{L})(?:considération|salutations|sentiments)(?!\p{L})[^\n]{0,60}$/gimu;
const ON_BEHALF = /\bon behalf of\b/giu;

/**
 * The writer's body for a signature after the letter's closing (`Yours sincerely,` / `Adnan
 * Serdaroglu`), when the letter says whom it speaks for (`On behalf of its members, the X
 * demands …`): the first body named within a few words after `on behalf of`.
 */
export function tieBySignature(mention: Mention, context: TieContext): Organisation | undefined {
  const signature = writer(context);
  if (!signature || mention.start < signature.closing || mention.start - signature.closing > 200) return tieByContact(mention, context);
  return signature.body ?? letterheadBody(context) ?? issuerBody(context);
}

/**
 * A contact or credit label before the name, opening its line or a sentence: `Media contact: `, `Contact
 * for this circular: `, `For more information, contact: `, `Contact presse : `, `Contacto de prensa: `,
 * `Report prepared by: `, `Compiled by: `. A label is a few words around `contact` or a verb of
 * authorship with `by`.
 */
const CONTACT = /(?:^|[.!?]\s)[\s*_>•-]*(?:(?:[\p{L}'’]+,?\s+){0,3}(?:contacts?|contacto|contactez|contactar)(?:,?\s+[\p{L}'’]+){0,3}|(?:(?:the|this)\s+)?(?:(?:report|statement|note|circular|brief(?:ing)?)\s+)?(?:prepared|compiled|written|drafted|issued)\s+by|for\s+(?:more\s+)?information|pour\s+plus\s+d['’]informations|más\s+información)\s*:\s*$/iu;

/**
 * The writer's body for the person a press release gives as its contact (`Media contact: A,
 * communications officer`): one who speaks for the writer.
 */
function tieByContact(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  // Note: the label may stand before a list of names (`Prepared by: A, coordinator, and B, observer`).
  const start = listStart(mention, context, lineStart) ?? mention.start;
  if (CONTACT.test(text.slice(Math.max(lineStart, start - 200), start)) || contactBlock(context, lineStart)) return speakerBody(context);
  return undefined;
}

/** How many entries a contact block under its label may hold. */
const CONTACT_ENTRIES = 4;

/**
 * True when the line at `lineStart` is an entry of a contact block: the label alone on a line above
 * (`Media contacts:`, `**Contact:**`), or with the writer's office after it (`Contact: X Secretariat, Town`),
 * and every line between opening with a person's name (`A, Director, X` / `B, Head of Litigation`), each an
 * entry of the same block.
 */
function contactBlock(context: TieContext, lineStart: number): boolean {
  const { text } = context;
  let end = lineStart - 1;
  for (let n = 0; n < CONTACT_ENTRIES && end > 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end).replace(/[*_]+/gu, "").trim();
    if (line === "") return false;
    if (/:$/u.test(line)) return CONTACT.test(line);
    // Note: a label whose own line goes on with the writer's office or address, no person (`Contact: X Secretariat, Mogadishu`).
    const colon = line.indexOf(":");
    if (colon > 0 && CONTACT.test(line.slice(0, colon + 1))) return !context.people.some((m) => m.start >= start && m.start < end);
    const first = start + (/^[\s*_>•-]*/u.exec(text.slice(start, end))?.[0].length ?? 0);
    if (!context.people.some((m) => m.start === first)) return false;
    end = start - 1;
  }
  return false;
}

/** The body the letter speaks for, to tie its contacts and credited staff: its letterhead's, the one it writes `on behalf of`, else the one whose statement it is. */
export const speakerBody = (context: TieContext): Organisation | undefined => letterheadBody(context) ?? writer(context)?.body ?? issuerBody(context);

/** A body's stance opening a statement (`X (XU) today condemned`, `The X is alarmed by`, `X calls on`). */
const STANCE = /^\s*(?:\([\p{Lu}\p{N}&-]{2,12}\)\s*)?(?:,\s*)?(?:(?:today|has|have|strongly|firmly|once\s+again)\s+)*(?:condemn|denounc|deplor|protest|urg|call|express|demand|(?:is|are)\s+(?:deeply\s+|gravely\s+|extremely\s+)?(?:alarmed|outraged|shocked|appalled|dismayed|concerned|disturbed|saddened|indignant)|is\s+deeply|are\s+deeply|condamn|dénonc|exprim|exig|conden|denunci|rechaz|expres)\w*/iu;
/** How far into the letter its issuing statement may open. */
const ISSUER_REACH = 1500;
const issuers = new WeakMap<TieContext, Organisation | null>();

/** The body whose statement the letter is: the first body named as the subject of a stance (read once per letter). */
function issuerBody(context: TieContext): Organisation | undefined {
  let body = issuers.get(context);
  if (body === undefined) {
    body = bodiesWithin(context, 0, ISSUER_REACH).find((o) => STANCE.test(context.text.slice(o.end, o.end + 60)))?.organisation ?? aboutBody(context) ?? null;
    issuers.set(context, body);
  }
  return body ?? undefined;
}

/** A press release's closing note on its issuer, a heading line of its own: `About UNRJ`, `À propos de la LPG`, `Acerca de X`, `Sobre X`. */
const ABOUT = /^[\s#*_]*(?:about(?:\s+the)?|à\s+propos\s+(?:de\s+la|de\s+l['’]|du|des|de)|acerca\s+(?:de\s+la|del|de)|sobre(?:\s+(?:la|el))?)\s*$/iu;

/** The body a press release's `About X` heading names (its boilerplate on the issuer), or undefined. */
function aboutBody(context: TieContext): Organisation | undefined {
  const { text } = context;
  for (const o of placed(context.organisations)) {
    const lineStart = text.lastIndexOf("\n", o.start - 1) + 1;
    const lineEnd = text.indexOf("\n", o.end);
    if (ABOUT.test(text.slice(lineStart, o.start)) && /^[\s*_:]*(?:\([^()\n]{1,15}\)[\s*_:]*)?$/u.test(text.slice(o.end, lineEnd < 0 ? text.length : lineEnd))) return o.organisation;
  }
  return undefined;
}

const writers = new WeakMap<TieContext, { closing: number; body: Organisation | undefined } | null>();

/** The letter's last closing and the body it speaks for, read once per letter. */
function writer(context: TieContext): { closing: number; body: Organisation | undefined } | null {
  const cached = writers.get(context);
  if (cached !== undefined) return cached;
  const { text } = context;
  const closings = [...text.matchAll(new RegExp(CLOSING.source, "gimu")), ...text.matchAll(FRENCH_CLOSING)];
  const closing = closings.sort((a, b) => a.index - b.index).at(-1);
  let body: Organisation | undefined;
  if (closing) {
    const all = placed(context.organisations);
    for (const match of text.matchAll(ON_BEHALF)) {
      const end = match.index + match[0].length;
      const found = all.find((o) => o.start >= end && o.start - end <= 40);
      if (found && !/[.;!?\n]/u.test(text.slice(end, found.start))) {
        body = found.organisation;
        break;
      }
    }
  }
  const out = closing ? { closing: closing.index, body } : null;
  writers.set(context, out);
  return out;
}

/** Where the letter's last closing formula stands (`Yours sincerely,`), or undefined when it has none. */
export const closingAt = (context: TieContext): number | undefined => writer(context)?.closing;

/** The body the letter speaks for: its letterhead's, else the one it writes `on behalf of` (read once per letter). */
export const writerBody = (context: TieContext): Organisation | undefined => letterheadBody(context) ?? writer(context)?.body;

/** Words a letterhead line may hold besides its body's name (`STATEMENT OF THE X`, `X (ACR)`). */
const LETTERHEAD_WORDS = /^(?:statement|press|release|communiqu[eé]|circular|of|the|by|from)$/iu;

const letterheads = new WeakMap<TieContext, Organisation | null>();

/** The body whose letterhead opens the letter (read once per letter). */
function letterheadBody(context: TieContext): Organisation | undefined {
  let body = letterheads.get(context);
  if (body === undefined) {
    body = readLetterhead(context) ?? null;
    letterheads.set(context, body);
  }
  return body ?? undefined;
}

/** Note: a label (`PRESS RELEASE`) or a logo's words may stand above the body's own line. */
const LETTERHEAD_LINES = 3;

/**
 * The body whose letterhead opens the letter: one of its first lines holds nothing but that
 * body's name (`PRESS RELEASE` / `Union of X (UX)`).
 */
function readLetterhead(context: TieContext): Organisation | undefined {
  const { text } = context;
  let start = text.search(/\S/u);
  for (let n = 0; n < LETTERHEAD_LINES && start >= 0 && start < text.length; n++) {
    const end = text.indexOf("\n", start);
    const line = { start, end: end < 0 ? text.length : end };
    const body = letterheadLine(context, line);
    if (body) return body;
    if (end < 0) break;
    start = text.slice(end).search(/\S/u) + end;
  }
  return undefined;
}

/** The body a line names when it holds nothing but that body's name and letterhead words. */
function letterheadLine(context: TieContext, line: { start: number; end: number }): Organisation | undefined {
  const { text } = context;
  // Note: a shorter record read inside a longer one on the same line (`UNITED FEDERATION OF X` within
  // `UNITED FEDERATION OF X OF THE AMERICAS`) is the same words, not a second body.
  const all = bodiesWithin(context, line.start, line.end);
  const inside = all.filter((o) => !all.some((p) => p !== o && p.start <= o.start && p.end >= o.end && p.end - p.start > o.end - o.start));
  const first = inside[0];
  if (!first) return undefined;
  let rest = text.slice(line.start, line.end);
  for (const o of [...inside].reverse()) rest = rest.slice(0, o.start - line.start) + " " + rest.slice(o.end - line.start);
  const words = rest.match(WORD) ?? [];
  // Note: the body's short form beside its name (`NORDIC FEDERATION OF X WORKERS – NFX`), though no rule read it as its acronym.
  const name = first.organisation.name;
  const own = (word: string): boolean => LETTERHEAD_WORDS.test(word) || (/^\p{Lu}{2,10}$/u.test(word) && longFormStart(word, name) === 0);
  return words.every(own) && inside.every((o) => o.organisation === first.organisation) ? first.organisation : undefined;
}

/** `our` before a role right before the name (`Our chairperson, X`, `our Naivasha branch chairman`). */
const OUR_ROLE = /\b[Oo]ur\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+),?\s+$/u;
/** The head of a body that is a union, so that its posts are a union's (`… General Union`, `Confederation of …`; not `Observatory for Union Rights`). */
const UNIONS = /^(?:unions?|federation|confederation|congress|syndicat\w*|sindicat\w*|sendika\w*)$/iu;
/** Posts a union's own officers hold: an officer with no stated tie in a union's own letter is its officer. */
const UNION_OFFICES = /(?:^|\s)(?:(?:vice|deputy)[- ])?(?:chair(?:man|woman|person)?|secretary|treasurer|steward|shop steward|organi[sz]er|coordinator|convenor|convener|spokes(?:man|woman|person)|executive committee member|committee member|board member)$/iu;

/**
 * The writer's body, when the letter opens with its letterhead (`STATEMENT OF THE X UNION`) or
 * says whom it speaks for (`On behalf of the X`): it is the person's body when the letter calls
 * them `our` officer (`Our chairperson, X`, `a.n., our branch chairman`) or gives them one of a
 * union's own posts and ties them to nothing else (`Vice-chairperson Y`).
 */
export function tieByWriter(mention: Mention, roles: readonly string[], context: TieContext): Organisation | undefined {
  const body = writerBody(context);
  if (!body) return undefined;
  const { text } = context;
  const start = listStart(mention, context, Math.max(0, mention.start - 300)) ?? mention.start;
  const our = OUR_ROLE.exec(text.slice(Math.max(0, start - 60), start));
  const head = our?.[1]?.split(/\s+/u).at(-1) ?? "";
  // Note: `Our counsel, X`, `our advocate, X of Y Advocates`: a lawyer the union retains is not its own.
  if (our && isRoleWord(head) && !RETAINED.test(head)) return body;
  const ourAfter = /^,\s+our\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(text.slice(mention.end, mention.end + 60));
  const after = ourAfter?.[1]?.split(/\s+/u).at(-1) ?? "";
  if (isRoleWord(after) && !RETAINED.test(after)) return body;
  // Note: a union's posts tie to the writer only when the writer is a union (not an observatory or a committee).
  return UNIONS.test(body.name.split(/\s+(?:of|for)\s+|\s*\(/iu)[0]?.split(/\s+/u).at(-1) ?? "") && roles.some((role) => UNION_OFFICES.test(role.toLowerCase())) ? body : undefined;
}

