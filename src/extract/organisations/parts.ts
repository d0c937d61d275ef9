/**
 * What the named rule does with a body once found: two bodies joined by `and` parted
 * (`Radio Sol and Sol TV`), a branch's `in <city>` tail kept out of its name, an acronym
 * written right after the name (`… Workers' Union REP`), and chunks that sit inside a quoted
 * title or after a quoted name left to other rules.
 */
import { isAcronymShaped, isAllCaps, type Token } from "../people/tokens.js";
import { CONNECTORS, GENERIC_WORDS, HEAD_FIRST, ORG_HEADS, STRONG_ORG_HEADS } from "./lexicon.js";
import { longFormStart } from "./schwartz-hearst.js";
import { countryAt, diplomatic, NUMBERED_HEADS } from "./chunks.js";
import { legalFormAt } from "../../language/legal-forms.js";

const lower = (token: Token): string => token.text.toLowerCase();

/** Heads of bodies that sit in a place rather than serve it: courts, chambers and places of detention. */
const SEATED_HEADS = /^(?:court|courts|tribunal|chamber|prison|jail|gaol|colony)$/u;

/** Offices inside a ministry (`Directorate-General of Labour`, `Department of Inspection`). */
const SUB_OFFICE = /^(?:Directorate|Directorate-General|Department|Inspectorate|Bureau|Office|Division)$/u;
const MINISTRY = /^(?:Ministry|Ministerio|Ministère|Ministério)$/u;
/** French and Spanish heads of a body's part: an office, a commission or a directorate inside a larger body. */
const UNIT_HEADS = /^(?:dirección|direction|comisión|commission|comité|secretaría|secrétariat|subsecretaría|inspección|inspection|delegación|délégation|división|division|departamento|département|oficina|bureau|unidad|cellule)$/u;
/**
 * French and Spanish heads of the bodies such parts belong to (`Ministerio`, `Organisation`). Note: not
 * courts: a chamber is named with its court (`Sala Regional Mixta de la Corte de Apelaciones de Zacapa`).
 */
const PARENT_HEADS = /^(?:ministerio|ministère|organización|organisation|confederación|confédération|federación|fédération|universidad|université)$/u;
const ROMANCE_OF = /^(?:de|del|du)$/u;
const ROMANCE_ARTICLE = /^(?:la|las|los|le|les)$/u;

/**
 * A part of a body and the body it belongs to, each named in full (`Dirección General de Trabajo
 * del Ministerio de Trabajo y Previsión Social`, `Comité de Libertad Sindical de la Organización
 * Internacional del Trabajo`): two bodies, parted at the `de`/`del` before the second's head; or null.
 */
function ofParent(body: readonly Token[]): Token[][] | null {
  if (!UNIT_HEADS.test(lower(body[0] as Token))) return null;
  for (let i = 2; i < body.length - 1; i++) {
    if (!ROMANCE_OF.test((body[i] as Token).text)) continue;
    const k = ROMANCE_ARTICLE.test(body[i + 1]?.text ?? "") ? i + 2 : i + 1;
    const parent = body[k];
    if (parent && /^\p{Lu}/u.test(parent.text) && PARENT_HEADS.test(lower(parent)) && k < body.length - 1) return [body.slice(0, i), body.slice(k)];
  }
  return null;
}

/**
 * The body parted at its `and` when both sides are whole names: the left a head then a proper
 * name with no connector (`Radio Globo`), the right ending in a head (`Globo TV`). Note: `Institute
 * for Peace and Labour Studies`, `Belarusian Radio and Electronic Industry Workers' Union` and
 * `Federation of Metal and Textile Unions` stay one: a connector or a head ends their left side.
 */
export function parted(body: Token[]): Token[][] {
  const unit = ofParent(body);
  if (unit) return unit;
  // Note: a transfer between two places of detention (`from Kirikiri Reception Centre to Ikoyi
  // Prison`) names two: a place's head before `to` has no remit the way a committee or mission has.
  const to = body.findIndex((t, i) => t.text === "to" && i > 0 && NUMBERED_HEADS.test((body[i - 1] as Token).text));
  if (to > 0 && body.slice(to + 1).some((t) => NUMBERED_HEADS.test(t.text))) {
    const right = body.slice(to + 1);
    return [body.slice(0, to), right[0]?.text === "the" ? right.slice(1) : right];
  }
  // Note: a ministry's directorate or department named with the ministry after it (`Directorate-General
  // of Labour of the Ministry of Employment`) is two bodies: the office, and the ministry it sits in.
  const seat = body.findIndex((t, i) => i > 2 && t.text === "of" && body[i + 1]?.text === "the" && MINISTRY.test(body[i + 2]?.text ?? ""));
  if (seat > 0 && SUB_OFFICE.test(body[0]?.text ?? "") && body[1]?.text === "of" && body[2]?.text !== "the") return [body.slice(0, seat), body.slice(seat + 2)];
  // Note: `and the` before a capitalised name holding a head of its own opens a second body
  // (`… Trade Unions of Kyrgyzstan and the Almaty Regional Union of Oil Workers`); a field after
  // `and the` holds none (`Committee for Peace and the Defence of Rights`).
  const andThe = body.findIndex((t, i) => t.text === "and" && body[i + 1]?.text === "the" && i >= 2);
  if (andThe > 0) {
    const left = body.slice(0, andThe);
    const right = body.slice(andThe + 2);
    if (right.length >= 2 && /^\p{Lu}/u.test(right[0]?.text ?? "") && right.some((t) => STRONG_ORG_HEADS.has(lower(t))) && left.some((t) => STRONG_ORG_HEADS.has(lower(t)))) return [left, right];
  }
  const and = body.findIndex((t) => t.text === "and");
  if (and < 2 || and === body.length - 1) return [body];
  const left = body.slice(0, and);
  const right = body.slice(and + 1);
  const lastLeft = left.at(-1) as Token;
  const leftWhole =
    left.some((t) => ORG_HEADS.has(lower(t))) && !left.some((t) => CONNECTORS.has(t.text)) && !ORG_HEADS.has(lower(lastLeft)) && !GENERIC_WORDS.has(lower(lastLeft));
  // Note: or opening with a head its name follows (`Radio Azadlıq and Kanal Yeni`).
  const rightWhole = right.length >= 2 && (ORG_HEADS.has(lower(right.at(-1) as Token)) || HEAD_FIRST.has(lower(right[0] as Token))) && !right.some((t) => CONNECTORS.has(t.text));
  return leftWhole && rightWhole ? [left, right] : [body];
}

/**
 * The name's tokens without an `in <city>` tail (`Kachuei Prison in Karaj` → `Kachuei Prison`):
 * where a court or prison sits is no part of its name. `in <Country>` stays (`… Association in Peru`),
 * as does `in <region>` (`… Workers in Latin America`).
 */
export function withoutTail(body: Token[]): Token[] {
  // Note: a state's mission abroad is named without the city it sits in (`Embassy of the Republic
  // of X in London` → `Embassy of the Republic of X`); the mention keeps the city, so the record
  // carries both forms. Its `to`/`at` tails stay (`… to the Kingdom of Belgium`, `… Office at Geneva`).
  if (diplomatic(body)) {
    const seat = body.findLastIndex((t, i) => i > 1 && t.text === "in");
    return seat > 0 ? body.slice(0, seat) : body;
  }
  const at = body.findIndex((t, i) => i > 0 && t.text === "in" && ORG_HEADS.has(lower(body[i - 1] as Token)));
  if (at < 0) return body;
  // Note: a court or a place of detention sits in its place whatever the place is: a country, a
  // region or a city named after its country (`Criminal Court in Kuwait City`, `District Court in
  // South Sulawesi`). Another body keeps `in <Country>` (`… Association in Peru`).
  if (SEATED_HEADS.test(lower(body[at - 1] as Token))) return body.slice(0, at);
  if (countryAt(body, at + 1)) return body;
  return body.slice(0, at);
}

/** The acronym written right after a body's last word, ending the chunk (`Belarusian Independent Trade Union BITU`), or null. */
export function trailingAcronym(text: string, chunk: Token[], body: Token[]): string | null {
  const last = body.at(-1) as Token;
  const at = chunk.indexOf(last);
  const next = chunk[at + 1];
  if (!next || at + 2 !== chunk.length || !isAcronymShaped(next.text) || !/^ $/u.test(text.slice(last.end, next.start))) return null;
  // Note: a legal form in capitals is no acronym (`Kazakh Ore Holdings LLP`, legal-form.ts).
  if (legalFormAt(text, next.start) !== null) return null;
  // Note: nor is a word of a name written all in capitals (`… DELIVERY AND PLATFORM WORKERS`, a letterhead): the head before it shouts too.
  if (isAllCaps(last.text) && last.text.length > 2) return null;
  return ORG_HEADS.has(lower(last)) ? next.text : null;
}

const OPEN = /[“"‘«]$/u;
const CLOSE = /[”"’»]/u;

/**
 * True for a chunk opening a quoted title that goes on in lower case (`“Kwara Factory where
 * hemp is legalized”`): the words name an article, not a body.
 */
export function inTitle(text: string, chunk: Token[]): boolean {
  const first = chunk[0] as Token;
  const last = chunk.at(-1) as Token;
  if (!OPEN.test(text.slice(first.start - 1, first.start))) return false;
  const rest = text.slice(last.end, last.end + 150);
  const close = rest.search(CLOSE);
  const inside = close < 0 ? rest : rest.slice(0, close);
  return /(?:^|\s)\p{Ll}{3,}/u.test(inside.replace(/\b(?:of|for|and|the|on|to|against|in)\b/gu, ""));
}

const QUOTED_BEFORE = /[“"‘«]\p{Lu}[^“”"‘’«»\n]{0,40}[”"’»][ \u00a0]*$/u;

/** True for a chunk right after a quoted capitalised name (`“Aamak” Telegram Channel`): the quoted rule names it. */
export function afterQuotedName(text: string, chunk: Token[]): boolean {
  const first = chunk[0] as Token;
  return /[“"‘«]\p{Lu}[^“”"‘’«»\n]{0,40}[”"’»]\s+$/u.test(text.slice(Math.max(0, first.start - 50), first.start));
}

/**
 * Where a quoted first word opens the body's name (`the “Solidarity” Union of Textile Workers of
 * Samarkand`), or -1: the quote stands just before a head that has its own `of`/`for` tail, so the
 * whole is one name, where a quoted name before a lone noun (`the “Free Voice” movement`) is the name.
 */
export function quotedOpening(text: string, chunk: readonly Token[], body: readonly Token[]): number {
  const first = chunk[0] as Token;
  if (body[0] !== first || body.length < 3 || !/^(?:of|for)$/u.test(body[1]?.text ?? "")) return -1;
  const before = text.slice(Math.max(0, first.start - 50), first.start);
  const quote = QUOTED_BEFORE.exec(before);
  return quote ? first.start - before.length + quote.index : -1;
}

/**
 * The body cut before `of the <Y>` when an acronym in brackets right after it abbreviates Y
 * (`Committee on Freedom of Association of the International Labour Organization (ILO)`): two
 * bodies, the definition rule naming Y. Note: cut at the first `of the` whose left part is a body
 * by itself (`cut`), so a body between them goes too (`… of the Governing Body of the ILO`);
 * `Embassy of the Republic of Belarus (ERB)` stays whole, `Embassy` alone being no name.
 */
export function beforeDefined(text: string, body: Token[], cut: (left: Token[]) => boolean): Token[] {
  const last = body.at(-1) as Token;
  const acronym = /^\s*\((\p{Lu}[\p{Lu}\p{N}-]{1,11})\)/u.exec(text.slice(last.end, last.end + 16))?.[1];
  if (!acronym) return body;
  const start = longFormStart(acronym, text.slice((body[0] as Token).start, last.end)) + (body[0] as Token).start;
  const at = body.findIndex((t) => t.start === start);
  for (let of = 1; of < at - 1; of++) {
    if (body[of]?.text !== "of" || body[of + 1]?.text !== "the") continue;
    const left = body.slice(0, of);
    if (cut(left)) return left;
  }
  return body;
}
