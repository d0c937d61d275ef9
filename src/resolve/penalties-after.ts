/**
 * Names listed right after a penalty (`… on freelance journalists X and Y`, `… to the union's treasurer, X`, `the
 * five-year sentence of X`): the words between the penalty and the first name, and the names joined to it as a list.
 */
import type { Person, Span } from "../records.js";
import { DESCRIPTIONS, RELATIONS, ROLE_HEADS } from "../extract/people/lexicon.js";
import { distinct, type PersonMention } from "./penalties-antecedents.js";
import { COUNTS, COUNT_EN, PLURAL } from "./penalties-groups.js";
import { LIST_GLUE, type PenaltySite } from "./penalties-site.js";

/**
 * Names listed after the penalty (`fines … on freelance journalists X and Y`, `… on the union's
 * leader, X`, `six days each on B`, `The ten-year sentence went to X`, `the prison term handed to X`,
 * `the sentence that the trial court had imposed on X`).
 */
export const NAMES_AFTER =
  /^\s*(?:and(?:\s+(?!(?:on|upon|to|for)\s)[^\s.;]+){1,6}\s+)?(?:(?:each|apiece)\s+)?(?:(?:(?:that|which)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:had\s+|has\s+)?)?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:imposed|handed(?:\s+down)?|given|issued|reserved|passed|meted\s+out)\s+|(?:went|fell)\s+)?(?:on|upon|to|for)\s+(?!(?:[a-z]+\s+){0,3}?(?:of|by|with|from|against|about)\s)(?:(?![a-z]+ing\s)[a-z]+(?:['’]s)?\s+){0,3}$/u;
/** A list word and a role before the next name (`X and executive editor Y`): no verb, preposition or number. */
const ROLE_GLUE =
  /^[,\s]*and\s+(?:(?!(?:of|by|with|from|for|to|on|in|at|who|whose|which|was|were|is|are|has|have|had|and|an?|one|two|three|four|five|six|seven|eight|nine|ten|\w+ing|\w+ed)\s)[a-z-]+\s+){1,3}$/u;
/**
 * A list that repeats its preposition before the next name, a role set off by a comma allowed
 * (`on its treasurer, A, and on the safety officer, B`; `to A and to B`): group 1 is the role's last word.
 */
const REPEATED_GLUE = /^[,\s]*and\s+(?:on|upon|to|for)\s+(?:(?:the|its|his|her|their)\s+)?(?:[a-z-]+['’]s?\s+)?(?:(?:[a-z-]+\s+){0,2}([a-z-]+),\s+)?$/u;
/** The glue between two names is REPEATED_GLUE with a role noun, or none. */
function repeatedGlue(glue: string): boolean {
  const m = REPEATED_GLUE.exec(glue);
  if (!m) return false;
  const role = m[1];
  if (role === undefined) return /(?:on|upon|to|for)\s+$/u.test(glue);
  const singular = role.replace(/(?<=[^s])s$/u, "");
  return [role, singular].some((w) => ROLE_HEADS.has(w) || DESCRIPTIONS.has(w) || RELATIONS.has(w));
}

/** A title-case line: most of its longer words capitalised. */
function headline(sentence: string): boolean {
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/** The window's text with the person mentions in it cut out. */
function withoutNames(text: string, window: Span, mentions: readonly PersonMention[]): string {
  let out = "";
  let at = window.start;
  for (const m of mentions) {
    if (m.start < at || m.end > window.end) continue;
    out += text.slice(at, m.start);
    at = m.end;
  }
  return out + text.slice(at, window.end);
}

/** A penalty set beside its noun (`the heaviest sentence, four years in prison, to X`, `the harshest penalty – six years – to X`). */
const BESIDE_NOUN = /\b(?:sentences?|terms?|penalt(?:y|ies)|punishments?)\s*[,(–—-]\s*$/iu;
/** The rest of a penalty set beside its noun, up to its closing mark (`…, three years in prison with labour, to X`). */
const CLOSER = /^[^,;.()–—]{0,30}?\s*(?:[,)–—]|\s-\s)/u;
/**
 * A part of the term set off by commas right after it (`, of which eighteen months suspended,`, `, 6 of them
 * suspended,`, `, dont six mois ferme,`, `, de los cuales dos en suspenso,`, `, dos de ellos condicionales,`):
 * the penalty's own words, not a gap before its names.
 */
export const TERM_PART = /^\s*,\s*(?:of\s+which|dont|de\s+(?:los|las)\s+cuales|[\p{L}\d-]+\s+(?:of\s+(?:them|which)|de\s+ell[oa]s))\s[^,;.()]{1,60}(?=,)/u;
/**
 * The aside of a list member set off by commas, starting lower case (a role: `, secrétaire général du SNEP`,
 * `, its treasurer`), before the word that joins the next name (`, et contre M. `, `, and `).
 */
const MEMBER_ASIDE = /^\s*,\s*(?=\p{Ll})(?!(?:who|whom|whose|which|that|qui|que|quien|quienes|dont)\s)[^,;.()]{1,80},(?=\s*(?:and|et|y)\s)/u;
/** A role noun set before a name by a comma (`to the union treasurer, Amina Diallo`). */
const ROLE_COMMA = /(\p{Ll}[\p{Ll}-]*),\s+$/u;

/**
 * The words between a penalty and the first name after it, read as NAMES_AFTER reads them: the
 * closing comma or dash of a penalty set beside its noun left out, and a comma after a role noun
 * (`to the treasurer, X`) read as a space.
 */
function nameGap(text: string, site: PenaltySite, firstAfter: number): string {
  // Note: a part of the term set off by commas (`…, dont dix-huit mois avec sursis, contre M. X`) stands outside the gap.
  let gap = text.slice(site.end, firstAfter).replace(TERM_PART, "");
  if (CLOSER.test(gap) && BESIDE_NOUN.test(text.slice(Math.max(0, site.start - 40), site.start))) gap = gap.replace(CLOSER, "");
  const role = ROLE_COMMA.exec(gap)?.[1] ?? "";
  const singular = role.replace(/(?<=[^s])s$/u, "");
  if (role && [role, singular].some((w) => ROLE_HEADS.has(w) || DESCRIPTIONS.has(w) || RELATIONS.has(w))) gap = gap.replace(ROLE_COMMA, "$1 ");
  return gap;
}

/**
 * The hand word and a description of the people set off by a comma before their names (session 23): `… on two shop
 * stewards from the X branch of the Y union (Z), A and B`, `detention for seven days of two other members of the
 * board, A and B`, `… for the union's deputy chairwoman, A, and for its spokesman, B`. Group `np` is the description.
 */
const DESCRIBED_AFTER =
  /^\s*(?:(?:each|apiece)\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:imposed|handed(?:\s+down)?|given|issued|passed|meted\s+out)\s+)?(?<prep>on|upon|to|for|of)\s+(?<np>(?:[^.;:!?(),]|\([^()]{1,40}\)){3,160}),\s*$/u;
/** A word that opens a clause of its own inside the description: no description of people. */
const CLAUSE_IN = /\b(?:who|whom|whose|which|that|was|were|is|are|has|have|had|said|says|after|before|when|while|because|since|during|under|against|by|\p{Ll}+ing)\b/u;
/** A counted description (`two other members of the board`), its count. */
const COUNTED_NP = new RegExp(`^(?:the\\s+)?(?<count>${COUNT_EN}|[2-9])\\s+(?:(?:other|more|further|remaining)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:${PLURAL})(?:\\s+(?:of|from|at|in)\\s.*)?$`, "u");
/** A role description of one person (`the union's deputy chairwoman`, `its spokesman`): group `role` is its noun. */
const ROLE_NP = /^(?:the|its|his|her|their|our)\s+(?:[\p{L}-]+['’]s?\s+)?(?:[\p{Ll}-]+\s+){0,2}(?<role>[\p{Ll}-]+)$/u;

/**
 * The people a description after the hand word counts (DESCRIBED_AFTER): its count when counted, 1 for a role noun
 * (ROLE_HEADS), else null (no description: `for the murder of the union's treasurer, A` names the victim).
 */
function describedCount(gap: string): number | null {
  const m = DESCRIBED_AFTER.exec(gap);
  const np = m?.groups?.np?.trim() ?? "";
  if (!m || CLAUSE_IN.test(np.replace(/\([^()]*\)/gu, ""))) return null;
  const counted = COUNTED_NP.exec(np);
  if (counted) return COUNTS[counted.groups?.count ?? ""] ?? (Number(counted.groups?.count) || null);
  const role = m.groups?.prep !== "of" ? ROLE_NP.exec(np)?.groups?.role : undefined;
  if (role === undefined) return null;
  const singular = role.replace(/(?<=[^s])s$/u, "");
  return [role, singular].some((w) => ROLE_HEADS.has(w) || DESCRIPTIONS.has(w) || RELATIONS.has(w)) ? 1 : null;
}

/** Names listed right after the penalty (NAMES_AFTER), or none. */
export function namesAfter(text: string, site: PenaltySite, mentions: readonly PersonMention[]): Person[] {
  const after = mentions.filter((m) => m.start >= site.end && m.end <= site.window.end);
  const firstAfter = after[0];
  if (!firstAfter) return [];
  const gap = nameGap(text, site, firstAfter.start);
  // Note: `the five-year sentence of X`: `of` after a sentence noun names whose it is.
  const ofSentence = /^\s*of\s+(?:[a-z]+\s+){0,3}$/u.test(gap) && /\b(?:sentence|term)s?$/iu.test(text.slice(site.start, site.end));
  const plain = NAMES_AFTER.test(gap) || site.language?.namesAfter.test(gap) === true || ofSentence;
  // Note: a description set off by a comma (session 23): as many names as it counts, one for a role (and more joined by
  // a repeated hand word: `for its deputy chairwoman, A, and for its spokesman, B`).
  const described = plain || site.language ? null : describedCount(text.slice(site.end, firstAfter.start).replace(TERM_PART, ""));
  if (!plain && described === null) return [];
  // Note: in a headline every word is capitalised, so `… Imprisonment for Criminal Defamation` names no one.
  // Note: the names themselves are left out of the count: a sentence listing many people is no headline.
  if (/\bfor\s/u.test(gap) && headline(withoutNames(text, site.window, mentions))) return [];
  if (/['’]s?\b/u.test(text.slice(firstAfter.end, firstAfter.end + 2))) return [];
  const list = [firstAfter];
  for (const m of after.slice(1)) {
    const prev = list[list.length - 1] as PersonMention;
    // Note: `contre M. A, secrétaire général du SNEP, et contre M. B`: the first one's role aside stands outside the glue.
    const glue = text.slice(prev.end, m.start).replace(MEMBER_ASIDE, "");
    if (!LIST_GLUE.test(glue) && !ROLE_GLUE.test(glue) && !repeatedGlue(glue) && !site.language?.listGlue.test(glue)) break;
    list.push(m);
  }
  const people = distinct(list);
  return described === null || described === 1 || people.length === described ? people : [];
}
