/**
 * The body a person is tied to in a French or Spanish letter, read from the words between the
 * name and the body's mention, as those languages write them: a role head first and `de`/`du`/
 * `del` before the body.
 *   after the name:  `X, secrétaire général de l'Union régionale du travail`, `X, rédactrice en
 *                    chef de Manassat Sfax`, `X, colaboradora del medio digital La Voz`, `X, del
 *                    Centro de Acción Legal (CALDEL)`, `X, delegado de ASICO en Holguín`
 *   before the name: `les dirigeants du Syndicat national des dockers (SYNADOM), A et B`, `dos
 *                    activistas de la Asociación Sindical (ASICO), el electricista A y el chofer B`
 * English letters keep resolve/people-ties.ts; a role written before the name with its body
 * (`le secrétaire général du SYNADOM, M. X`) is read by people/language-role.
 */
import type { Mention, Organisation } from "../records.js";
import { bodiesWithin, bodyFrom, bodyBefore, peopleWithin, type Placed } from "../resolve/people-ties.js";
import type { TieContext } from "../resolve/people-organisations.js";
import { headFirstVocabulary, isRoleModifier } from "./roles.js";
import type { Vocabulary } from "./vocabulary.js";

const WORD = /\p{L}[\p{L}’'-]*/gu;
/** Articles, `former` and `then` before a role (`, l'ancienne présidente de`, `, el ex secretario de`, `, alors secrétaire général du`). */
const LEADING = /^(?:l[’']|le|la|el|los|las|les|un|une|una|son|sa|su|ancien(?:ne)?|ex|exdirigente|alors|entonces|então)$/iu;
/** Words that hold a place in a body without being a role head (`colaboradora`, `membre`, `miembro`). */
const MEMBERS = /^(?:collaborat(?:eur|rice)s?|colaborador(?:a|es|as)?|membres?|miembros?|integrantes?|afiliad[oa]s?|adhérent(?:e|s|es)?|salarié(?:e|s|es)?|emplead[oa]s?|trabajador(?:a|es|as)?|travailleu(?:r|se|rs|ses))$/iu;
/** Lower-case words between `de` and a body that say what kind of body it is (`du site d'information`, `del medio digital`). */
const KIND_WORDS = 3;

/** True when `word` opens a tie in this vocabulary: a role head (singular or plural) or a member's word. */
function roleOpener(word: string, vocabulary: Vocabulary): boolean {
  const lower = word.toLowerCase();
  return vocabulary.roleHeads.includes(lower) || vocabulary.roleHeads.includes(lower.replace(/e?s$/u, "")) || headFirstVocabulary(word) === vocabulary || MEMBERS.test(word);
}

/**
 * True when `phrase` is a role phrase ending in `de`/`du`/`del` and a few lower-case words that
 * name the kind of body: articles, a role head, its qualifiers and one complement.
 */
function rolePhraseOf(phrase: string, vocabulary: Vocabulary): boolean {
  const padded = ` ${phrase}`;
  const lastOf = [...padded.matchAll(/\s(?:de\s+la|de\s+l[’']|de\s+los|de\s+las|du|des|del|de|d[’'])(?:\s+|(?<=[’'])|$)/giu)].pop();
  if (!lastOf) return false;
  const role = padded.slice(0, lastOf.index);
  const kind = padded.slice(lastOf.index + lastOf[0].length).trim();
  if (kind && (kind.split(/\s+/u).length > KIND_WORDS || !/^[\p{Ll}’' -]+$/u.test(kind))) return false;
  const words = [...role.matchAll(WORD)].map((m) => m[0]);
  let i = 0;
  while (i < words.length && LEADING.test(words[i] ?? "")) i++;
  if (i >= words.length) return true;
  if (!roleOpener(words[i] ?? "", vocabulary)) return false;
  // Note: after the head, only qualifiers, a complement (`en chef`, `de finanzas`) and `et`/`y` another head.
  const rest = words.slice(i + 1);
  return rest.length <= 5 && rest.every((w) => isRoleModifier(w, vocabulary) || /^(?:en|de|chef|et|y)$/iu.test(w) || roleOpener(w, vocabulary) || /^\p{Ll}+$/u.test(w) && rest.length <= 2);
}

/** The body tied to a mention by the words right after it, or undefined. */
export function languageTieAfter(mention: Mention, context: TieContext, vocabulary: Vocabulary): Organisation | undefined {
  const next = bodyFrom(context, mention.end);
  if (!next || next.start - mention.end > 120 || peopleWithin(context, mention.end, next.start).length > 0) return undefined;
  const gap = context.text.slice(mention.end, next.start);
  if (/[.;!?:«»"“”()\n]/u.test(gap) || !/^\s*,\s+/u.test(gap)) return undefined;
  return rolePhraseOf(gap.replace(/^\s*,\s+/u, ""), vocabulary) ? next.organisation : undefined;
}

/** Plural nouns of those a body has, before `de` and the body (`dirigeants`, `activistas`, `membres`). */
function groupPhrase(lead: string, vocabulary: Vocabulary): boolean {
  const m = /([\p{L}-]+)\s+(?:de\s+la|de\s+l[’']|de\s+los|de\s+las|du|des|del|de|d[’'])\s*$/iu.exec(lead);
  const noun = m?.[1] ?? "";
  return /s$/iu.test(noun) && roleOpener(noun, vocabulary);
}

/**
 * The role when the words before a body end in one role of it, head first (`al director del semanario `
 * → `director`, `le secrétaire général du ` → `secrétaire général`): some last words of the lead make a
 * role phrase (rolePhraseOf); the role is its words before the last `de`. An opening quotation mark may
 * stand before the name. Null when there is none.
 */
function singleRoleBefore(lead: string, vocabulary: Vocabulary): string | null {
  const clause = lead.replace(/[«“"‘]\s*$/u, "").split(/[.;:!?,()\n]/u).at(-1) ?? "";
  const words = clause.trimStart().split(/\s+/u);
  for (let i = Math.max(0, words.length - 9); i < words.length - 1; i++) {
    const phrase = words.slice(i).join(" ");
    if (!roleOpener(words[i] ?? "", vocabulary) || !rolePhraseOf(phrase, vocabulary)) continue;
    const lastOf = [...` ${phrase}`.matchAll(/\s(?:de\s+la|de\s+l[’']|de\s+los|de\s+las|du|des|del|de|d[’'])(?:\s+|(?<=[’'])|$)/giu)].pop();
    return ` ${phrase}`.slice(0, lastOf?.index ?? 0).trim();
  }
  return null;
}

/**
 * The role a French or Spanish name takes from a role of a body set before it in apposition (`al
 * secretario general del Sindicato X, compañero A` → `secretario general`), or null.
 */
export function languageRoleBefore(mention: Mention, context: TieContext, vocabulary: Vocabulary): string | null {
  const before = bodyBefore(context, mention.start);
  if (!before || mention.start - before.placed.end > 200) return null;
  const last = before.placed;
  const first = bodiesWithin(context, Math.max(0, last.start - 160), last.end).find((o) => o.organisation === last.organisation) ?? last;
  const lead = context.text.slice(Math.max(0, first.start - 60), first.start);
  if (groupPhrase(lead, vocabulary)) return null;
  const role = singleRoleBefore(lead, vocabulary);
  return role && appositionAfter(context.text.slice(last.end, mention.start), last.organisation) ? role : null;
}

/** Forms of address and comrades' titles that may stand between a role's apposition and the name (`, compañero `, `, Me `). */
const ADDRESS_BEFORE = /^(?:(?:M|MM|Mme|Mlle|Me|Dr|Dra|Sr|Sra|Srta|Lic|Licda|Lcda|Lcdo|Ing)\.?|compa(?:ñ|gn)er[oa]|camarade|camarada|ma[îi]tre|do[ñn]a?)$/iu;

/**
 * The body of a role set before the name in apposition: the name right after the body and a comma,
 * perhaps a form of address between (`el director del semanario «El Faro», Carlos Méndez`, `al
 * secretario general del Sindicato X, compañero A`); any other word or name between ties nothing.
 */
function appositionAfter(gap: string, organisation: Organisation): Organisation | undefined {
  const m = /^(?:\s?[»"”’])?\s*,\s+(?:(\S+)\s+)?$/u.exec(gap);
  if (!m) return undefined;
  return m[1] === undefined || ADDRESS_BEFORE.test(m[1]) ? organisation : undefined;
}

/**
 * The body tied to a mention by the words before it: a group of the body's people (`dos
 * activistas de la X (ASICO), el electricista A y el chofer B`), the names listed after it.
 */
export function languageTieBefore(mention: Mention, context: TieContext, vocabulary: Vocabulary): Organisation | undefined {
  const { text } = context;
  const before = bodyBefore(context, mention.start);
  if (!before || mention.start - before.placed.end > 200) return undefined;
  const last = before.placed;
  // Note: the first of adjacent forms (`Asociación Sindical (ASICO)`) carries the words before them.
  const forms = bodiesWithin(context, Math.max(0, last.start - 160), last.end).filter((o) => o.organisation === last.organisation);
  const first = forms[0] ?? last;
  const lead = text.slice(Math.max(0, first.start - 60), first.start);
  if (!groupPhrase(lead, vocabulary)) return singleRoleBefore(lead, vocabulary) !== null ? appositionAfter(text.slice(last.end, mention.start), last.organisation) : undefined;
  let end = mention.start;
  for (const p of peopleWithin(context, last.end, mention.start).reverse()) {
    if (p.start >= end) continue;
    if (!vocabulary.listGlue[0].test(text.slice(p.end, end).replace(/\s*$/u, " "))) return undefined;
    end = p.start;
  }
  const gap = text.slice(last.end, end);
  if (/[.;!?\n]/u.test(gap)) return undefined;
  // Note: after the body, perhaps each name's own role (`, el electricista `).
  return /^\)?(?:\s*[,:])?\s+(?:(?:el|la|le|l[’']|los|las|les)\s*)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(gap) ? last.organisation : undefined;
}

/**
 * A role written head first before the name with a body's common noun instead of its name (`le
 * secrétaire général du syndicat régional, M. X`, `el presidente del sindicato, Sr. X`, `Le
 * secrétaire général de l'organisation, M. X`): the role, `de` and the noun, then the name.
 */
const REFERENCE =
  /(?:^|[\s(])(?:(?:[Ll]e|[Ll]a|[Ll][’']|[Ee]l|[Ss]on|[Ss]a|[Ss]u|[Nn]otre|[Nn]uestr[oa])\s*)?(\p{L}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:du|de\s+la|de\s+l[’']|del)\s*(\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*){0,2}(?:\s*,)?\s*(?:(?:M|MM|Mme|Me|Dr|Sr|Sra|Srta|Dra|Lic|Licda|Lcda|Lcdo)\.?\s+)?$/u;
const HONORIFIC_END = /(?:M|MM|Mme|Me|Dr|Sr|Sra|Srta|Dra|Lic|Licda|Lcda|Lcdo)\.?\s+$/u;
/** Nouns that stand for the body a letter speaks of whatever its head (`l'organisation`, `la organización`). */
const ANY_BODY = /^(?:organisation|organización)$/u;
/** Bodies no officer of a letter's union belongs to: courts, ministries, prosecutors. */
const STATE_BODY = /^(?:tribunal|cour|juzgado|corte|ministère|ministerio|fiscalía|parquet|procuraduría)\b/iu;
/** How far before the reference its body may be named, in characters. */
const REFERENCE_REACH = 1500;

/**
 * The body a role before the name refers back to by its common noun: the nearest body named
 * before whose name opens with that noun (`Syndicat régional des agents … de Sfax` for `du
 * syndicat régional`), or for `l'organisation` the nearest body that is not the state's.
 */
export function languageTieByReference(mention: Mention, context: TieContext, vocabulary: Vocabulary): Organisation | undefined {
  const { text } = context;
  // Note: a form of address's dot (`M. `) ends no sentence.
  const leadStart = Math.max(0, mention.start - 120);
  const lead = text.slice(leadStart, mention.start).replace(HONORIFIC_END, "");
  const sentence = lead.slice(Math.max(lead.search(/[.!?;:\n](?![\s\S]*[.!?;:\n])/u) + 1, 0));
  // Note: the first match may open on a word before the role (`condenó al secretario general del sindicato, `): try the next word.
  let m = REFERENCE.exec(sentence);
  let offset = 0;
  for (let tries = 0; m && !roleOpener(m[1] ?? "", vocabulary) && tries < 4; tries++) {
    offset += m.index + 1;
    m = REFERENCE.exec(sentence.slice(offset));
  }
  if (!m || !roleOpener(m[1] ?? "", vocabulary)) return undefined;
  const noun = m[2] ?? "";
  if (!vocabulary.bodies.heads.includes(noun) && !vocabulary.orgHeads.includes(noun)) return undefined;
  const at = leadStart + (lead.length - sentence.length) + offset + m.index;
  if (bodiesWithin(context, at, mention.start).length > 0) return undefined;
  const named = bodiesWithin(context, Math.max(0, at - REFERENCE_REACH), at).filter((o) => !STATE_BODY.test(o.organisation.name));
  const antecedent = ANY_BODY.test(noun) ? named.at(-1) : named.filter((o) => o.organisation.name.toLowerCase().startsWith(noun)).at(-1);
  return antecedent?.organisation;
}

/**
 * After the name, a role of the body's common noun, perhaps `même`/`mismo` (`X, trésorière générale du
 * même syndicat,`, `Y, secretaria de actas del mismo sindicato,`, `Z, délégué de la fédération`): the
 * body is the nearest named before whose name opens with the noun (any body but the state's for
 * `l'organisation`).
 */
export const REFERENCE_AFTER: readonly [RegExp, string, string] = [
  /^\s*,\s+(?:(?:l['’]|le|la|el|un|une|una)\s*)?(\p{L}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*){0,3}?\s+(?:du|de\s+la|de\s+l['’]|del)\s*(?:(?:même|mism[oa])\s+)?(\p{Ll}[\p{L}-]*)(?=\s*[,;.)]|\s+(?:et|[yaà]|ont|han|fue|fueron)\s)/u,
  "a role of the body's common noun after the name",
  ", trésorière générale du même syndicat,",
];

/** The body a role after the name refers back to by its common noun, or undefined. */
export function languageTieByReferenceAfter(mention: Mention, context: TieContext, vocabulary: Vocabulary): Organisation | undefined {
  const m = REFERENCE_AFTER[0].exec(context.text.slice(mention.end, mention.end + 120));
  if (!m || !roleOpener(m[1] ?? "", vocabulary)) return undefined;
  const noun = m[2] ?? "";
  const named = bodiesWithin(context, Math.max(0, mention.start - REFERENCE_REACH), mention.start).filter((o) => !STATE_BODY.test(o.organisation.name));
  if (!vocabulary.bodies.heads.includes(noun) && !vocabulary.orgHeads.includes(noun)) return mediaAntecedent(noun, named, context.text, vocabulary);
  const antecedent = ANY_BODY.test(noun) ? named.at(-1) : named.filter((o) => o.organisation.name.toLowerCase().startsWith(noun)).at(-1);
  return antecedent?.organisation;
}

/** The single words of a vocabulary's media nouns (`journal`, `radio`, `emisora`), read once per vocabulary. */
const mediaWordSets = new WeakMap<Vocabulary, ReadonlySet<string>>();
function mediaWords(vocabulary: Vocabulary): ReadonlySet<string> {
  let words = mediaWordSets.get(vocabulary);
  if (!words) {
    words = new Set(vocabulary.mediaNouns.flatMap((noun) => noun.replace(/\([^)]*\)\??/gu, " ").split(/\s+/u)).filter((word) => /^\p{Ll}{4,}$/u.test(word)));
    mediaWordSets.set(vocabulary, words);
  }
  return words;
}

/**
 * A medium referred back to by a media noun (`rédactrice en chef du même journal`, `animateur de la même radio`,
 * `corresponsal de la emisora`): the nearest body named before that the letter introduced with a media noun
 * (`du bihebdomadaire « L'Écho du Zou »`, `la radio communautaire Jamm FM`) or whose name holds the noun (`Radio X`).
 */
function mediaAntecedent(noun: string, named: readonly Placed[], text: string, vocabulary: Vocabulary): Organisation | undefined {
  const words = mediaWords(vocabulary);
  if (!words.has(noun)) return undefined;
  const introduced = new RegExp(`(?<!\\p{L})(?:${vocabulary.mediaNouns.join("|")})(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}\\s*[«“"]?\\s*$`, "iu");
  const holds = new RegExp(`(?<!\\p{L})${noun}(?!\\p{L})`, "iu");
  return named.filter((o) => holds.test(o.organisation.name) || introduced.test(text.slice(Math.max(0, o.start - 60), o.start))).at(-1)?.organisation;
}
