/**
 * Letterhead and signature blocks: a line that is only a name, followed by lines giving a
 * title or a body (`Bob Crow / General Secretary`, `Mr Olivier Valentin / ACLVB-CGSLB /
 * National Secretary`), or preceded by a closing (`Yours sincerely,`).
 */
import type { PersonCandidate, Span } from "../../records.js";
import { ORG_HEADS, STRONG_ORG_HEADS } from "../organisations/lexicon.js";
import type { Extractor } from "../types.js";
import { CLOSINGS, HONORIFICS } from "./lexicon.js";
import { nameChunks, personCandidate, plausibleName, type NameChunk } from "./names.js";
import { isRoleWord } from "./roles.js";
import { remitAfter } from "./remit.js";
import { isAcronymShaped, tokenize } from "./tokens.js";
import { headFirstVocabulary, isRoleModifier } from "../../language/roles.js";
import { allVocabularies } from "../../language/vocabulary.js";

/** The line's text without Markdown emphasis and trailing spaces. */
function plain(text: string, line: Span): string {
  return text.slice(line.start, line.end).replace(/[*_#>]+/gu, "").trim();
}

/** Words of a form of address besides the honorifics (`His Excellency`, `H.E.`). */
const ADDRESS = new Set(["his", "her", "h", "e"]);

/** The chunk when the whole line is one name, after any forms of address, else null. */
function nameLine(text: string, line: Span): NameChunk | null {
  // Note: two chunks already rule the line out, so a paragraph is not read to its end.
  const chunks = nameChunks(text, line, 2);
  const chunk = chunks.at(-1);
  const tokens = tokenize(text, line.start, line.end);
  // Note: `His Excellency Mr. X`, `Her Excellency Sra. X`, `H.E. Mme X`: forms of address before the
  // name that the chunk may leave out, or read as a chunk of their own.
  const first = chunk?.tokens[0]?.start ?? 0;
  const lead = tokens.filter((t) => t.start < first);
  if (!chunk || !lead.every((t) => ADDRESS.has(t.text.toLowerCase()) || HONORIFICS.has(t.text.toLowerCase()))) return null;
  if (chunk.tokens.length + lead.length !== tokens.length) return null;
  // Note: `Campaigns Officer` under a name is a title line, not another name.
  if (isRoleWord(chunk.name.at(-1)?.text ?? "")) return null;
  return plausibleName(text, chunk) ? chunk : null;
}

/**
 * A post of a body or a state (`Prime Minister of the Socialist Republic of Viet Nam`, `General
 * Secretary of the ITF`, `Minister of Human Resources`): a capitalised role, `of`, and the rest.
 */
const POST_OF = /^((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s+of\s+(the\s+)?(\S.*)$/u;
/**
 * A post with its remit after `on` or `for` (`Special Rapporteur on the situation of human rights
 * defenders`, `Commissioner for Human Rights`): the whole line is the role, however long.
 */
const POST_ON = /^((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s+(?:on|for)\s+\S/u;

/** A capitalised post before `of`/`for` opening a line: its last word, the office (`Minister`). */
const LISTED_REMIT = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{Lu}[\p{L}-]*)(?=\s+(?:of|for)\s)/u;

/** The last `of the` of a remit: the post before it, the body after it. */
const HELD_IN = /^(.+\S)\s+of\s+the\s+(\S.*)$/u;
/** A unit or organ of a body, named by its head alone or with one or two words (`Board`, `Americas Desk`). */
const UNIT = /^(?:desk|board|bureau|committee|department|division|unit|section|office|secretariat|programme|program)$/iu;
const unitOnly = (rest: string): boolean => {
  const words = rest.split(/\s+/u);
  return words.length <= 3 && UNIT.test(words.at(-1) ?? "") && !words.some(isAcronymShaped);
};

/** Romance body heads, which open a body's name (`Confederación Nacional de Estibadores`). */
const ROMANCE_BODY_HEADS = new Set(allVocabularies().flatMap((v) => v.orgHeads));
/**
 * A body's name that ends in a noun of its members (`Baltic Fund for Workers`, `Confederación
 * Nacional de Estibadores`): a body's head noun before `of`/`for`, or a Romance one opening the line.
 */
const bodyNamed = (words: readonly string[]): boolean =>
  ROMANCE_BODY_HEADS.has(words[0]?.toLowerCase() ?? "") ||
  words.some((word, i) => i < words.length - 2 && STRONG_ORG_HEADS.has(word.toLowerCase()) && /^(?:of|for)$/u.test(words[i + 1] ?? ""));

/** A role word, or a hyphened compound ending in one (`Chair-Rapporteur`, `Vice-Chair`). */
const roleWord = (word: string): boolean => isRoleWord(word) || (word.includes("-") && isRoleWord(word.split("-").at(-1) ?? ""));

/** Organs of a body (`Comité Ejecutivo`, `Bureau exécutif`): a post in one is the body's, named on another line. */
const ORGANS = /^(?:comité|comite|bureau|conseil|consejo|junta|commission|comisión|direction|dirección|secretariado|secrétariat|executive|board|committee|council)$/iu;
/** `de finanzas`, `de publication`, `du personnel`: one word completing a head-first post, before the end or another `de`. */
const COMPLEMENT = /^(?:de|du|del)\s+([\p{L}'’-]+)(?=$|\s+(?:de[ls]?|du)\s|\s+d['’])/iu;
/**
 * `de X`, `de la X`, `du X`, `aux X`, `à la X` (not `del`/`des`, which open a body's name more
 * often than a remit): where a head-first post's remit may follow it.
 */
const PORTFOLIO = /^(?:de|du|aux?|à)\s+(?:(?:la|l['’])\s*)?\p{L}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,6}$/iu;
/** `de la X`, `del X`, `du X`: the body a head-first post belongs to. */
const OF_BODY = /^(?:de\s+la|de\s+l['’]|de\s+los|de\s+las|du|des|del|de|d['’])\s*(\S.*)$/iu;

/**
 * A post written head first, as French and Spanish signatures write it (`Secrétaire générale`,
 * `La secrétaire générale`, `Coordinadora general de la ALJS`, `Secretaria de Finanzas`,
 * `Présidente de la FQTSP`): the head, its qualifiers and one complement are the role; a body after
 * `de la` is the organisation when it names one (an acronym, a body's head noun), not an organ of it.
 */
function headFirstPost(part: string): { role: string; organisation: string | null } | null {
  // Note: a word article needs its space after it: `Legal analyst` opens with `Le` but no article.
  const words = part.replace(/^(?:(?:le|la|el)\s+|l['’]\s*)(?=\p{L})/iu, "").split(/\s+/u);
  const vocabulary = headFirstVocabulary(words[0] ?? "");
  if (!vocabulary) return null;
  let n = 1;
  while (n < Math.min(words.length, 4) && isRoleModifier(words[n] ?? "", vocabulary)) n++;
  let rest = words.slice(n).join(" ");
  let role = words.slice(0, n).join(" ");
  // Note: a portfolio, not a body, after `de`/`du`/`aux` (`Secretaria de Relaciones Internacionales`,
  // `Ministro de Justicia y Transparencia`, `Secrétaire aux relations internationales`, `chargé de la
  // communication`): no acronym and no body's or organ's head noun in it, so the whole line is the post.
  if (PORTFOLIO.test(rest) && rest.split(/\s+/u).every((w) => !isAcronymShaped(w) && !ORG_HEADS.has(w.toLowerCase()) && !vocabulary.orgHeads.includes(w.toLowerCase()) && !ORGANS.test(w))) {
    return { role: `${role} ${rest}`, organisation: null };
  }
  const complement = COMPLEMENT.exec(rest);
  const word = complement?.[1] ?? "";
  // Note: `del SITIMZ` is a body after a contracted article, `du personnel` a complement in lower case.
  if (complement && !isAcronymShaped(word) && !vocabulary.orgHeads.includes(word.toLowerCase()) && !ORG_HEADS.has(word.toLowerCase()) && (/^de$/iu.test(complement[0].split(/\s/u)[0] ?? "") || /^\p{Ll}/u.test(word))) {
    role = `${role} ${complement[0]}`;
    rest = rest.slice(complement[0].length).trim();
  }
  if (rest === "") return { role, organisation: null };
  const body = OF_BODY.exec(rest)?.[1] ?? "";
  if (!body) return null;
  const bodyWords = body.split(/\s+/u);
  const names = (bodyWords.length === 1 && isAcronymShaped(body)) || bodyWords.some((w) => ORG_HEADS.has(w.toLowerCase()) || vocabulary.orgHeads.includes(w.toLowerCase()));
  return { role, organisation: names && !ORGANS.test(bodyWords[0] ?? "") ? body : null };
}

/**
 * What a line beside a name says: a role (`General Secretary`) and/or a body (`ITUC`). A post
 * `of the` something is the role alone (`Prime Minister of the Socialist Republic of Viet Nam` →
 * `Prime Minister`), the something its body when it has a head; without an article the post keeps
 * its portfolio (`Minister of Human Resources`).
 */
export function describe(line: string): { role: string | null; organisation: string | null } {
  // Note: `The General Secretary`, `Le Président` over a signature: the post is the words after the article.
  const bare = line.replace(/^[^:]{1,30}:\s*/u, "");
  // Note: a remit listed with commas is one part (`Minister for Employment, Productivity and Workplace Relations`).
  const listed = LISTED_REMIT.exec(bare);
  const end = listed ? listed[0].length + remitAfter(bare, listed[1] ?? "", listed[0].length) : 0;
  const whole = listed && end > listed[0].length && bare.slice(0, end).includes(",") ? end : 0;
  const parts = [...(whole > 0 ? [bare.slice(0, whole)] : []), ...bare.slice(whole).replace(/^\s*,/u, "").split(/\s*,\s*/u)]
    // Note: case-insensitive, `\p{Lu}` matches any letter, so a word article needs its space (`Legal analyst`, `Theatre director`).
    .map((part) => part.replace(/^(?:(?:the|le|la|el)\s+|l['’]\s*)(?=\p{Lu})/iu, ""))
    .filter(Boolean);
  let role: string | null = null;
  let organisation: string | null = null;
  for (const part of parts) {
    const headFirst = headFirstPost(part);
    if (headFirst) {
      role ??= headFirst.role;
      organisation ??= headFirst.organisation;
      continue;
    }
    const post = POST_OF.exec(part);
    if (post && roleWord(post[1]?.split(/\s+/u).at(-1) ?? "")) {
      const rest = post[3] ?? "";
      // Note: a unit of the signer's own body is part of the post (`Head of the Americas Desk`,
      // `Chair of the Board`): the body itself is named on another line or part.
      if (!post[2] || unitOnly(rest)) role ??= part;
      else {
        role ??= post[1] ?? null;
        if (rest.split(/\s+/u).some((word) => ORG_HEADS.has(word.toLowerCase()))) organisation ??= rest;
      }
      continue;
    }
    const remit = POST_ON.exec(part);
    if (remit && isRoleWord(remit[1]?.split(/\s+/u).at(-1) ?? "") && !ORG_HEADS.has(remit[1]?.split(/\s+/u).at(-1)?.toLowerCase() ?? "")) {
      // Note: a remit, then the body it is held in (`Vice-Chair on Communications of the Working Group
      // on Arbitrary Detention`, `Commissioner for Labour Rights of the Nordic Council of Dockers`).
      const held = HELD_IN.exec(part);
      const body = held?.[2] ?? "";
      if (held && /^\p{Lu}/u.test(body) && body.split(/\s+/u).some((word) => ORG_HEADS.has(word.toLowerCase())) && !unitOnly(body)) {
        role ??= held[1] ?? null;
        organisation ??= body;
      } else role ??= part;
      continue;
    }
    const words = part.split(/\s+/u);
    // Note: a body's short form opening a title is the body, the rest the post (`ZFIEWA Secretary General`),
    // as a leading acronym is before a role elsewhere (`BITU international secretary`).
    const titleWords = words.slice(1);
    if (words.length >= 2 && words.length <= 5 && isAcronymShaped(words[0] ?? "") && /\p{Ll}/u.test(titleWords.join(" ")) && !roleWord(words[0] ?? "") && roleWord(titleWords.at(-1) ?? "") && !bodyNamed(titleWords)) {
      role ??= titleWords.join(" ");
      organisation ??= words[0] ?? null;
      continue;
    }
    // Note: a short line ending in a role word is a title even when a word of it may head a body's
    // name (`International President`, `National Secretary`).
    const titled = words.length <= 4 && roleWord(words.at(-1) ?? "") && !ORG_HEADS.has((words.at(-1) ?? "").toLowerCase()) && !bodyNamed(words);
    // Note: `PRESIDENT` in capitals is a title, not an acronym.
    if (titled) role ??= part;
    else if (words.length === 1 && isAcronymShaped(part)) organisation ??= part;
    else if (words.some((word) => ORG_HEADS.has(word.toLowerCase()))) organisation ??= part;
    else if (words.length <= 6 && isRoleWord(words.at(-1) ?? "")) role ??= part;
  }
  return { role, organisation };
}

/** A copy or enclosure line (`cc: Ivo Lenz, Treasurer`) names someone else: the block ends above it. */
const COPY_LINE = /^(?:b?cc|c\.c\.|copy|copies|encl(?:osures?)?)\b/iu;

export const letterheadRule: Extractor<PersonCandidate> = {
  id: "people/letterhead",
  type: "person",
  extract(context) {
    const { text, lines } = context;
    return lines.flatMap((line, index) => {
      const chunk = nameLine(text, line);
      if (!chunk) return [];
      const closing = index > 0 && CLOSINGS.test(plain(text, lines[index - 1] as Span));
      let role: string | null = null;
      let organisation: string | null = null;
      for (const next of lines.slice(index + 1, index + 4)) {
        if (nameLine(text, next) || COPY_LINE.test(plain(text, next))) break;
        const found = describe(plain(text, next));
        if (!found.role && !found.organisation) break;
        role ??= found.role;
        organisation ??= found.organisation;
      }
      // Note: an addressee's post on the line above (`Supreme Leader of the Islamic Republic of Iran,` /
      // `Ayatollah … Khamenei` / `Embassy of …`): the lines below are where to send the letter, not whose
      // the person is. Read only when the line above follows no name line (else it is that name's title).
      const above = index > 0 ? lines[index - 1] : undefined;
      if (above && !closing && line.start - above.end <= 1 && !(index > 1 && nameLine(text, lines[index - 2] as Span))) {
        const post = describe(plain(text, above));
        if (post.role && !post.organisation && (plain(text, above).endsWith(",") || !role)) return [personCandidate(text, chunk, [post.role], null)];
      }
      if (!closing && !role && !organisation) return [];
      return [personCandidate(text, chunk, role ? [role] : [], organisation)];
    });
  },
};
