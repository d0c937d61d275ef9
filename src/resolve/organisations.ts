/**
 * Organisations: one record per body per document. Candidates sharing a name, acronym or alias
 * merge (`International Trade Union Confederation (ITUC)` and a later `ITUC`), as do a name and
 * the same name after a prefix (`UN Working Group on Arbitrary Detention`). Every occurrence of a
 * record's forms becomes a mention; ids follow the first mention.
 */
import type { Mention, Organisation, OrganisationCandidate, PersonCandidate } from "../records.js";
import type { TextContext } from "../extract/types.js";
import { Coverage, quotedPart, WordIndex } from "./organisations-mentions.js";
import { isCommonWord, isCountry, isCountryWord } from "../extract/nlp.js";
import { CONNECTORS, ORG_HEADS } from "../extract/organisations/lexicon.js";
import { isBranchOnly, isGenericInstitution } from "./organisations-generic.js";
import { isMediumOnly } from "./organisations-medium.js";
import { isHeadlineOnly } from "./organisations-heading.js";
import { namesClients, personWords } from "./organisations-clients.js";
import { withFinalApostrophe } from "./organisations-apostrophe.js";
import { ownOrganName, withoutParent } from "./organisations-parent.js";
import { withSeat, withoutStationTown, withoutTown } from "./organisations-seat.js";
import { withoutAmount } from "./organisations-amount.js";
import { knownAs } from "./organisations-known-as.js";
import { formsSource, LEGAL_FORMS } from "../language/legal-forms.js";

const key = (value: string): string =>
  value.normalize("NFC").toLowerCase().replace(/[‘’'“”"]/gu, "").replace(/\s+/gu, " ").replace(/^the /u, "").trim().replace(/\.$/u, "");

/**
 * A long name's words in alphabetical order: one body written twice with two words swapped
 * (`Agro-Allied Industries` and `Allied-Agro Industries`) is one body misspelt, not two.
 */
function wordSet(name: string): string {
  const words = key(name).split(/[\s-]+/u);
  return words.length >= 4 ? `words:${words.sort().join(" ")}` : "";
}

/**
 * The initials of a name's capitalised words (`Committee to Protect Journalists` → `cpj`), for a
 * name of three such words or more; an acronym-only body with these letters is that body when one
 * full name in the letter gives them (the letter never wrote `(CPJ)` after it).
 */
function initials(name: string): string | null {
  // Note: a letterhead in capitals too (`BELARUSIAN ASSOCIATION OF JOURNALISTS` → `baj`); an acronym inside a mixed-case name gives none.
  const shouted = name === name.toUpperCase();
  const words = name.split(/\s+/u).filter((w) => !CONNECTORS.has(w.toLowerCase()));
  // Note: a French or Spanish name in sentence case spells its acronym with its lower-case words too
  // (`Organisation internationale du Travail` → `oit`), its first and last words capitalised.
  const sentenceCase = /^\p{Lu}/u.test(words[0] ?? "") && /^\p{Lu}/u.test(words.at(-1) ?? "") && words.every((w) => /^\p{L}/u.test(w));
  if (words.length < 3 || words.some((w) => (!sentenceCase && !/^\p{Lu}/u.test(w)) || (!shouted && /^\p{Lu}{2,}$/u.test(w)))) return null;
  return words.map((w) => w.charAt(0)).join("").toLowerCase();
}

function keys(candidate: OrganisationCandidate, shortKeys: ReadonlyMap<string, string>): string[] {
  const own = [candidate.name, candidate.acronym ?? "", candidate.text].map(key);
  const spelt = candidate.acronym !== null && candidate.name === candidate.acronym ? shortKeys.get(`initials:${candidate.acronym.toLowerCase()}`) : undefined;
  if (spelt) own.push(spelt);
  const short = shortForm(candidate.name);
  // Note: a short form joins its full name only when one full name in the letter owns it.
  const shortKey = short && shortKeys.get(key(short)) === key(candidate.name) ? [key(short)] : [];
  // Note: and so does a body's proper name in quotes (`Interregional Trade Union … "Tramvaishchik"`, later `the "Tramvaishchik" union`).
  const quoted = ownQuoted(candidate.name);
  const quotedKey = quoted && shortKeys.get(key(quoted)) === key(candidate.name) ? [key(quoted)] : [];
  return [...own, wordSet(candidate.name), ...shortKey, ...quotedKey].filter(Boolean);
}

/** The proper name in quotes inside a longer name (`Human Rights Centre “Viasna”` → `Viasna`), a form the letter may use alone. */
function ownQuoted(name: string): string | null {
  const quoted = quotedPart(name);
  return quoted !== null && key(quoted) !== key(name) ? quoted : null;
}

/** A company's legal form at the end of its name (`Ltd`, `LLC`, `S.A.`, `Pvt. Ltd.`, `Co., Ltd.`, `CJSC`, `Sdn Bhd`; extract/organisations/legal-form.ts). */
const LEGAL_FORM = /^(.+?),? (?:(?:Co\.?,? |Pvt\.? |Private )?(?:Ltd\.?|Limited)|Co\.|S\.A\.(?:B\.)? de C\.V\.|S\. de R\.L\.(?: de C\.V\.)?|W\.L\.L\.?|WLL|LLC|LLP|Inc\.?|Corp\.?|PLC|plc|GmbH|AG|C?JSC|OJSC|PJSC|OOO|(?:Sdn )?Bhd|Tbk|SpA|Srl|SARL|NV|BV|d\.o\.o\.|SAS|(?:\p{Lu}\.){1,4}(?: de (?:\p{Lu}\.){1,3}){0,2})$/u;

/** True when a body's name ends in a company's legal form (`Kartli Steel Holding Ltd`, `Sinar Baja Tbk`): the letter's `the company` may refer back to it. */
export const isCompanyName = (name: string): boolean => LEGAL_FORM.test(name) || /^(?:PT|CV)\s\p{Lu}/u.test(name);

/**
 * The shorter form a letter may use for a company named in full: without its legal form
 * (`Harbour Knit Ltd` → `Harbour Knit`), without the country of a national subsidiary
 * (`Pacific Apparel Honduras` → `Pacific Apparel`, when no body's head noun is left), or a
 * partnership without its trade (`Marsh & Holt Outfitters` → `Marsh & Holt`). Two words at least.
 */
export function shortForm(name: string): string | null {
  // Note: a subsidiary's country in brackets goes with its legal form (`Delta Footwear (Vietnam) Co., Ltd.` → `Delta Footwear`).
  const legal = LEGAL_FORM.exec(name)?.[1]?.replace(/ \(\p{Lu}[\p{L} ]*\)$/u, "");
  if (legal && legal.includes(" ")) return legal;
  // Note: a broadcaster by its call sign alone (`DYKR Radyo Bandilyo` → `DYKR`, `KZRQ Radio Libre` → `KZRQ`).
  const callSign = /^(\p{Lu}{3,5}) (?:Radio|Radyo|Rádio|TV|FM|Television|Channel) \p{Lu}/u.exec(name)?.[1];
  if (callSign) return callSign;
  // Note: a periodical without its frequency (`Miners' Voice Quarterly` → `Miners' Voice`).
  const periodical = /^(\S+(?: \S+)+) (?:Daily|Weekly|Monthly|Quarterly|Fortnightly|Bimonthly)$/u.exec(name)?.[1];
  if (periodical) return periodical;
  const firm = /^(\p{Lu}[\p{L}'’-]* & \p{Lu}[\p{L}'’-]*) \p{Lu}\p{Ll}+$/u.exec(name)?.[1];
  if (firm) return firm;
  const national = withoutCountry(name) ?? withoutTown(name, isCommonWord);
  if (national) return national;
  const words = name.split(" ");
  const rest = words.slice(0, -1);
  if (words.length >= 3 && isCountry(words.at(-1) as string) && rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORG_HEADS.has(w.toLowerCase()) && !isCountry(w))) return rest.join(" ");
  return null;
}

/** A link before a country closing a body's name, with the state's formal noun (`of the Republic of`, `de la República del`). */
const COUNTRY_LINK = /^(?:of|in|de|del|du|des|d['’])(?: (?:the|la|l['’]|el))?(?: (?:Republic|Kingdom|Sultanate|State|Federation|República|République|Reino|Royaume|Estado|État|Sultanat)(?: (?:of|de|del|du|d['’])(?: (?:the|la|el))?)?)? $/u;

/**
 * A national body without the country closing its name (`Bauxite Workers' Union of Jamaica` →
 * `Bauxite Workers' Union`, `Ministerio del Trabajo de la República del Ecuador` → `Ministerio del
 * Trabajo`): a letter names it in full once, then without the country. Two words at least, holding a
 * body's head; a court or mission so cut is generic and refers back by its own rule.
 */
function withoutCountry(name: string): string | null {
  const words = name.split(" ");
  for (let at = words.length - 1; at >= 2; at--) {
    if (!isCountryWord(words.slice(at).join(" "))) continue;
    // Note: the longest link first (`de la República del`, not `del`).
    for (let link = Math.max(2, at - 5); link < at; link++) {
      if (!COUNTRY_LINK.test(`${words.slice(link, at).join(" ")} `)) continue;
      const short = words.slice(0, link);
      if (short.length >= 2 && short.some((w) => ORG_HEADS.has(w.toLowerCase().replace(/['’]$/u, ""))) && !CONNECTORS.has((short.at(-1) as string).toLowerCase()) && !isGenericInstitution(short.join(" "))) return short.join(" ");
    }
    return null;
  }
  return null;
}

/** Each short form's owner (the key of the one full name giving it), or none when two give it. */
function shortOwners(found: readonly OrganisationCandidate[]): Map<string, string> {
  const owners = new Map<string, string>();
  const shared = new Set<string>();
  const own = (k: string, c: OrganisationCandidate): void => {
    const owner = owners.get(k);
    if (owner !== undefined && owner !== key(c.name)) shared.add(k);
    else owners.set(k, key(c.name));
  };
  for (const c of found) {
    const short = shortForm(c.name);
    if (short) own(key(short), c);
    const quoted = ownQuoted(c.name);
    if (quoted) own(key(quoted), c);
    const letters = initials(c.name);
    if (letters && !c.acronym) own(`initials:${letters}`, c);
  }
  for (const k of shared) owners.delete(k);
  return owners;
}

/**
 * Candidates that are another's name in brackets right after it: a gloss in another language
 * (`Sağlık ve Sosyal Hizmet Emekçileri Sendikası (Health and Social Service Workers' Union)`),
 * an alias of the body before it, never its name. Note: acronyms in brackets are definitions,
 * handled by their own rule; a gloss has two words or more.
 */
const GLOSS_END = /^\s*(?:,\s*(?:[\p{Lu}\p{N}-]{2,12}|\p{Lu}[\p{L}\p{N}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{N}'’-]*){0,2})\s*)?\)/u;

function glosses(text: string, found: readonly OrganisationCandidate[]): Map<OrganisationCandidate, OrganisationCandidate> {
  const byEnd = new Map<number, OrganisationCandidate>();
  for (const c of found) if (!byEnd.has(c.end)) byEnd.set(c.end, c);
  const out = new Map<OrganisationCandidate, OrganisationCandidate>();
  for (const b of found) {
    // Note: the gloss may carry the acronym (`(United Garment Workers' Federation, UGWF)`) or a
    // short name (`(Birleşik Taşımacılık İşçileri Sendikası, Birleşik Taşıma-Sen)`).
    if (!b.name.includes(" ") || !GLOSS_END.test(text.slice(b.end, b.end + 48))) continue;
    const open = /\s*\(\s*$/u.exec(text.slice(Math.max(0, b.start - 8), b.start));
    const a = open ? byEnd.get(b.start - open[0].length) : undefined;
    if (a && a !== b) out.set(b, a);
  }
  // Note: the gloss's short name after its comma is the body's alias too (`…, Birleşik Taşıma-Sen)`).
  for (const [b, a] of [...out]) {
    const short = found.find((c) => c.start > b.end && /^,\s*$/u.test(text.slice(b.end, c.start)) && /^\s*\)/u.test(text.slice(c.end, c.end + 3)));
    if (short && short !== a) out.set(short, a);
  }
  return out;
}

/** Groups candidates that share a key, whose name ends with another's multi-word name, or whose span holds another's. */
function groups(text: string, found: OrganisationCandidate[], glossed: ReadonlyMap<OrganisationCandidate, OrganisationCandidate>, shortKeys: ReadonlyMap<string, string>): OrganisationCandidate[][] {
  const parent = found.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  const join = (i: number, j: number): void => {
    parent[root(i)] = root(j);
  };
  const owner = new Map<string, number>();
  found.forEach((candidate, i) => {
    for (const k of keys(candidate, shortKeys)) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else join(i, j);
    }
  });
  found.forEach((candidate, i) => {
    const words = key(candidate.name).split(" ");
    for (let k = 1; k < words.length - 1; k++) {
      // Note: not after a French or Spanish `de` (`Sindicato de Trabajadores de Textiles del Valle, S.A.`): the union of a company is not the company.
      if (/^(?:de|del|des|du)$/u.test(words[k - 1] as string)) continue;
      // Note: nor after an English `of` before a company's legal form (`Union of Workers of Lakeside Dairy Ltd`).
      if (words[k - 1] === "of" && FORM_END.test(candidate.name)) continue;
      const j = owner.get(words.slice(k).join(" "));
      if (j !== undefined) join(i, j);
    }
  });
  // Note: a generic name (`the Permanent Mission`) refers back to the one fuller name it opens
  // (`Permanent Mission of Ghana to the United Nations`); with two such owners it joins neither.
  found.forEach((candidate, i) => {
    if (!isGenericInstitution(candidate.name)) return;
    const prefix = `${key(candidate.name)} `;
    const owners = new Set(found.flatMap((other, j) => (key(other.name).startsWith(prefix) && !isGenericInstitution(other.name) ? [root(j)] : [])));
    if (owners.size === 1) join(i, [...owners][0] as number);
  });
  // Note: a body named by its place and a common noun (`the Tema Harbour union`) is the one fuller
  // name opening with those words and holding that noun (`Tema Harbour Dockworkers' Union`).
  found.forEach((candidate, i) => {
    const noun = candidate.rule === "organisations/descriptor" ? /\s(\p{Ll}+)$/u.exec(candidate.text)?.[1] : undefined;
    if (!noun) return;
    const prefix = `${key(candidate.name)} `;
    const owners = new Set(found.flatMap((other, j) => (other.rule !== candidate.rule && key(other.name).startsWith(prefix) && key(other.name).split(" ").includes(noun) ? [root(j)] : [])));
    if (owners.size === 1) join(i, [...owners][0] as number);
  });
  for (const [i, j] of partJoins(found)) join(i, j);
  const indexOf = new Map(found.map((candidate, i) => [candidate, i]));
  found.forEach((candidate, i) => {
    const outer = glossed.get(candidate);
    const j = outer ? indexOf.get(outer) : undefined;
    if (j !== undefined) join(i, j);
  });
  // Note: one span inside another is one body seen by two rules (`World Organisation` in
  // `World Organisation Against Torture (OMCT)`). `found` is sorted by start.
  // Note: a one-word name opening a longer one (`IndustriALL` in `IndustriALL Global Union`) joins it
  // unless the longer is defined with an acronym of its own (`IndustriALL Bangladesh Council (IBC)`):
  // such a name is a branch, and the one word names the parent body.
  const definedAs = new Map<string, string>();
  for (const c of found) if (c.rule === "organisations/definition" && c.acronym) definedAs.set(key(c.name), c.acronym);
  // Note: an organ of a state opening a longer name (`Addis Ababa City Administration` in `… Administration
  // Education Bureau`) is the parent of the department the longer names: two bodies, as GUIDELINES count them,
  // when the letter also names the organ alone.
  const standing = (inner: OrganisationCandidate, outer: OrganisationCandidate): boolean =>
    inner.rule === "organisations/state" && inner.start === outer.start && outer.end > inner.end && found.some((c) => c.rule === inner.rule && key(c.name) === key(inner.name) && (c.start >= outer.end || c.end <= outer.start));
  const branchOf = (inner: OrganisationCandidate, outer: OrganisationCandidate): boolean =>
    standing(inner, outer) ||
    (!inner.name.includes(" ") && inner.start === outer.start && outer.name.includes(" ") && (definedAs.get(key(outer.name)) ?? inner.name) !== inner.name);
  found.forEach((a, i) => {
    for (let j = i + 1; j < found.length && (found[j] as OrganisationCandidate).start < a.end; j++) {
      const b = found[j] as OrganisationCandidate;
      if (branchOf(b, a) || branchOf(a, b) || parentAtTail(b, a) || companyAtTail(text, b, a)) continue;
      if (b.end <= a.end || (b.start === a.start && a.end <= b.end)) join(j, i);
    }
  });
  const out = new Map<number, OrganisationCandidate[]>();
  found.forEach((candidate, i) => {
    const list = out.get(root(i));
    if (list) list.push(candidate);
    else out.set(root(i), [candidate]);
  });
  return [...out.values()];
}

/** Body nouns after a place that name a body of their own (`the Tema Harbour union`), unlike a site or a unit (`plant`, `network`, `workplace committee`). */
const OWN_BODY_NOUNS = /^(?:union|federation|confederation|association|syndicate|cooperative|party|foundation)$/u;

/** Words of a key, padded with spaces so that `includes` matches whole words. */
const padded = (name: string): string => ` ${key(name)} `;

/**
 * Descriptor candidates (`the Pearl Marina workplace committee`, `the Chișinău trolleybus network`)
 * whose words are part of a body the letter names in full by another rule: the words name that
 * body's place or the body itself, not a body of their own. Pairs `[descriptor, owner]` to join
 * where one full name opens with the words (`Pearl Marina Hotel & Spa`); `parts` collects those
 * inside other names only, or opening two (`Chișinău District Court`, `Chișinău Urban Electric
 * Transport Enterprise`, `… Mineworkers of Bajgora`), which name no body.
 */
function partJoins(found: readonly OrganisationCandidate[], parts?: Set<OrganisationCandidate>): [number, number][] {
  const out: [number, number][] = [];
  found.forEach((candidate, i) => {
    if (candidate.rule !== "organisations/descriptor" || candidate.acronym !== null) return;
    const words = padded(candidate.name);
    const owners = found.flatMap((other, j) => (other.rule !== candidate.rule && other.name.includes(" ") && key(other.name) !== key(candidate.name) && padded(other.name).includes(words) ? [j] : []));
    if (owners.length === 0) return;
    const openers = [...new Set(owners.filter((j) => padded((found[j] as OrganisationCandidate).name).startsWith(words)).map((j) => key((found[j] as OrganisationCandidate).name)))];
    const opener = openers.length === 1 ? owners.find((j) => key((found[j] as OrganisationCandidate).name) === openers[0]) : undefined;
    // Note: a union or other body named by its place and a body noun stays apart from a fuller name
    // lacking that noun (`the Tema Harbour union`, `Tema Harbour Authority`); a site or unit joins it.
    const noun = candidate.text.slice(candidate.text.lastIndexOf(" ") + 1).toLowerCase();
    if (OWN_BODY_NOUNS.test(noun) && !(opener !== undefined && padded((found[opener] as OrganisationCandidate).name).includes(` ${noun} `))) return;
    if (opener !== undefined) out.push([i, opener]);
    else parts?.add(candidate);
  });
  return out;
}

/** A link word, and its article, before a body's parent at the end of its name (`of the`, `de la`, `du`, `d'`). */
const PARENT_LINK = /(?:\s(?:of|of the|de|de la|de las|de los|del|du|des|della|dello|do|da|der)\s|\s(?:de l|d)['’])$/iu;

/**
 * True when `inner` is an acronym closing `outer` after a link (`OIT` in `Comisión de Expertos de
 * la OIT`, `ILO` in `Governing Body of the ILO`): an organ named by the body it belongs to, whose
 * acronym names that parent, not the organ.
 */
function parentAtTail(inner: OrganisationCandidate, outer: OrganisationCandidate): boolean {
  if (inner.end !== outer.end || inner.start <= outer.start || !/^\p{Lu}[\p{Lu}\d-]+$/u.test(inner.name)) return false;
  const own = outer.text.slice(0, inner.start - outer.start);
  // Note: the organ has a name of its own, two capitalised words at least; a lower-case phrase before the
  // acronym is a post or a description of the parent (`Coordinadora general de la ALJS`), one body with it.
  // Note: in a name in capitals (a letterhead's `… DEL PERÚ`) the last word in capitals is only its last word.
  // Note: or one opening with a body's head, as French and Spanish organs are written (`Comité de la liberté syndicale de l'OIT`).
  return PARENT_LINK.test(own) && /\p{Ll}/u.test(own.replace(PARENT_LINK, "")) && ownOrganName(own.replace(PARENT_LINK, ""));
}

/** A company's name closed by its legal form, at the end of a name. */
const FORM_END = new RegExp(`[ \u00a0,](?:${formsSource(LEGAL_FORMS)})$`, "u");
const FORM_START = new RegExp(`^,?[ \u00a0](?:${formsSource(LEGAL_FORMS)})`, "u");

/**
 * True when `inner` is a company named by its legal form after a link closing `outer` (`Syndicat des ouvriers de Nord
 * Textiles S.A.`, `Union of Workers of Bonita Frutas S.A.`): the workers' union and the company are two bodies.
 */
function companyAtTail(text: string, inner: OrganisationCandidate, outer: OrganisationCandidate): boolean {
  // Note: the company's words may come without their form (`Nord Textiles` before ` S.A.`), as another rule read them.
  const form = FORM_END.test(inner.name) || FORM_START.test(text.slice(inner.end, inner.end + 24));
  if (inner.start <= outer.start || inner.end > outer.end || !form) return false;
  return PARENT_LINK.test(outer.text.slice(0, inner.start - outer.start));
}

function draft(index: WordIndex, coverage: Coverage, group: OrganisationCandidate[], glossed: ReadonlyMap<OrganisationCandidate, OrganisationCandidate>, shortKeys: ReadonlyMap<string, string>): Omit<Organisation, "id"> {
  const defined = group.filter((c) => c.rule === "organisations/definition");
  const acronym = defined[0]?.acronym ?? group.find((c) => c.acronym)?.acronym ?? null;
  const glossNames = new Set(group.filter((c) => glossed.has(c)).map((c) => c.name));
  const all = group.map((c) => c.name).filter((n) => n !== acronym);
  const own = all.filter((n) => !glossNames.has(n));
  const names = own.length > 0 ? own : all;
  const longest = [...names].sort((a, b) => b.length - a.length)[0];
  // Note: a letterhead in capitals and the same name in prose: the prose's casing is the name.
  const cased = longest !== undefined && longest === longest.toUpperCase() ? names.find((n) => n !== longest && n.toLowerCase() === longest.toLowerCase()) : undefined;
  const name = defined[0]?.name ?? cased ?? longest ?? acronym ?? group[0]?.name ?? "";
  const spans: Mention[] = group.map((c) => ({ start: c.start, end: c.end, text: c.text }));
  const mentions = spans.filter((m, i) => !spans.some((o, j) => j !== i && o.start <= m.start && m.end <= o.end && (o.end - o.start > m.end - m.start || j < i)));
  const quoted = quotedPart(name);
  // Note: `Agrícola Motagua, S.A.` is later written `Agrícola Motagua`, `Harbour Knit Ltd` `Harbour Knit`.
  const short = shortForm(name);
  const bare = short && shortKeys.get(key(short)) === key(name) ? short : null;
  const forms = [name, ...all, ...(acronym ? [acronym] : []), ...(quoted ? [quoted] : []), ...(bare ? [bare] : [])];
  for (const form of [...new Set(forms)].sort((a, b) => b.length - a.length)) {
    // Note: an all-caps acronym matches only in capitals (`EI`, not `ei`); `Tucoswa` also matches `TUCOSWA`.
    const exact = form === acronym && form === form.toUpperCase();
    for (const m of index.occurrences(form, exact)) {
      if (coverage.overlaps(m) || mentions.some((o) => m.start < o.end && m.end > o.start)) continue;
      mentions.push(m);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const m of mentions) coverage.add(m);
  const first = mentions[0] as Mention;
  return {
    start: first.start,
    end: first.end,
    rules: [...new Set(group.map((c) => c.rule))].sort(),
    name,
    acronym,
    aliases: [...new Set(mentions.map((m) => m.text.replace(/\s+/gu, " ")))].filter((t) => t !== name && t !== acronym),
    mentions,
  };
}

/** One record per organisation, in order of first mention; `people`, the letter's person candidates, say who its people are. */
export function resolveOrganisations(context: TextContext, found: OrganisationCandidate[], people: readonly PersonCandidate[] = []): Organisation[] {
  const named = personWords(people);
  const sorted = found
    // Note: `Lawyers for A and B` names the letter's people after `for`, no cause: no body.
    .filter((c) => !namesClients(c, named))
    .flatMap((c) => withoutAmount(context.text, c) ?? [])
    .map((c) => withoutStationTown(withSeat(context.text, withoutParent(withFinalApostrophe(context.text, c))), isCommonWord, isCountryWord))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const index = new WordIndex(context.text);
  const coverage = new Coverage(context.text.length);
  // Note: a short form defined in words (`…, plus connue sous le sigle X`) joins its body as a gloss does.
  const glossed = new Map([...glosses(context.text, sorted), ...knownAs(context.text, sorted)]);
  const shortKeys = shortOwners(sorted);
  // Note: a group of generic names only (`the High Court`, no fuller name to refer to) is no record.
  const parts = new Set<OrganisationCandidate>();
  partJoins(sorted, parts);
  // Note: a group of descriptor words that only name part of other bodies' names is no record.
  const drafts = groups(context.text, sorted, glossed, shortKeys)
    .filter((group) => group.some((c) => c.acronym !== null || (!isGenericInstitution(c.name) && !isBranchOnly(c.name))))
    .filter((group) => !group.every((c) => parts.has(c)))
    // Note: a platform named only as a message's medium (`a WhatsApp group`) is no record.
    .filter((group) => !isMediumOnly(context.text, group))
    // Note: and a body found only inside headlines in capitals (`CONVICTION OF NURSES' UNION LEADERS`) is none either.
    .filter((group) => !isHeadlineOnly(context.text, group))
    .map((group) => ({ group, longest: Math.max(...group.map((c) => c.name.length)) }))
    .sort((a, b) => b.longest - a.longest)
    .map(({ group }) => draft(index, coverage, group, glossed, shortKeys));
  return drafts.sort((a, b) => a.start - b.start).map((d, i) => ({ id: `organisation-${i + 1}`, ...d }));
}
