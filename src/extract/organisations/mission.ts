/**
 * A state's mission abroad named with all it is accredited to: `Embassy of Georgia to the Kingdom
 * of Belgium and the Grand Duchy of Luxembourg`, `Permanent Mission of X to the United Nations
 * Office and other international organizations in Geneva`, `Ambassade de la République du Tchad
 * auprès de la Confédération suisse`, `Embajada de Chile ante el Reino de Bélgica y la Unión
 * Europea`. The official name of an embassy or permanent mission runs through its hosts, which may
 * be coordinated (two states, a state and a union of states) and are written in French and Spanish
 * with their own link (`auprès de`, `ante`) and lower-case adjectives (`suisse`, `unies`).
 * named.ts reads one English host (`… to the Kingdom of Belgium`) and stops at `and the` (two
 * bodies in a list elsewhere); this rule reads the hosts by the grammar of a state's name and
 * keeps them only when each is a state or a body of states.
 */
import type { OrganisationCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { isCountryWord } from "../nlp.js";
import { vocabularyOf } from "../../language/vocabulary.js";
import { ORG_HEADS } from "./lexicon.js";

const S = "[ \\u00a0]+";
/** A capitalised word, also hyphened or with an elided article or possessive (`Côte d'Ivoire`, `People's`). */
const W = "\\p{Lu}[\\p{L}\\p{M}'’-]*";

/** A language's adjective after a capitalised word of a state's name (`Confédération suisse`, `Nations unies`). */
function adjective(language: string): string {
  const source = vocabularyOf(language)?.bodies.nationality.source.replace(/^\^|\$$/gu, "");
  return source ? `(?:unies|${source})` : "(?!)";
}

/** A state's or host's name: capitalised words (and adjectives), one link, capitalised words again. */
function state(article: string, link: string, adjectiveWord: string): string {
  const words = `${W}(?:${S}(?:${W}|${adjectiveWord}))*`;
  return `${article}${words}(?:${S}${link}${words})?`;
}

/** The grammar of a mission's name in one language. */
interface Grammar {
  readonly language: string;
  /** The head and its link to the sending state. */
  readonly head: string;
  /** The link to the host (`to`, `auprès de la`, `ante el`). */
  readonly host: string;
  /** A coordinator before a further host (`and the`, `et de la`, `y la`). */
  readonly and: string;
  /** An article before a state's name. */
  readonly article: string;
  /** A link inside a state's name (`of`, `du`, `de la`). */
  readonly link: string;
  /** The city a host office sits in (`at Geneva`, `à Genève`). */
  readonly seat: string;
  /** A closing formula after the hosts (`and other international organizations`). */
  readonly formula: string;
  /** True when one host is enough (its link is the language's own, which named.ts does not read). */
  readonly single: boolean;
}

const FR_LINK = `(?:de${S}la${S}|de${S}l['’]|du${S}|des${S}|de${S}|d['’])`;
const ES_LINK = `(?:de${S}la${S}|de${S}los${S}|de${S}las${S}|del${S}|de${S})`;

const GRAMMARS: readonly Grammar[] = [
  {
    language: "en",
    head: `(?:Permanent${S}(?:Observer${S})?Mission|Permanent${S}Delegation|Embassy|Consulate(?:[- ]General)?|High${S}Commission)${S}of${S}`,
    host: `${S}to${S}`,
    and: `,?${S}and${S}`,
    article: `(?:the${S})?`,
    link: `of${S}(?:the${S})?`,
    seat: `${S}(?:in|at)${S}${W}`,
    formula: `other${S}international${S}organi[sz]ations`,
    single: false,
  },
  {
    language: "fr",
    head: `(?:Ambassade|Mission${S}permanente|Délégation(?:${S}permanente)?|Consulat(?:${S}général)?)${S}${FR_LINK}`,
    host: `${S}auprès${S}${FR_LINK}`,
    and: `,?${S}et${S}(?:${FR_LINK}|la${S}|le${S}|l['’])`,
    article: "",
    link: FR_LINK,
    seat: `${S}à${S}${W}`,
    formula: `autres${S}organisations${S}internationales`,
    single: true,
  },
  {
    language: "es",
    head: `(?:Embajada|Misión${S}Permanente|Delegación(?:${S}Permanente)?|Consulado(?:${S}General)?)${S}${ES_LINK}`,
    host: `${S}ante${S}(?:el${S}|la${S}|los${S}|las${S})?`,
    and: `,?${S}y${S}(?:el${S}|la${S}|los${S}|las${S})?`,
    article: "",
    link: ES_LINK,
    seat: `${S}en${S}${W}`,
    formula: `otros${S}organismos${S}internacionales`,
    single: true,
  },
];

/** Words of a state's form or of a body of states (`Kingdom`, `Grand Duchy`, `Union`, `Nations`), in the three languages. */
const STATE_FORMS = /^(?:Kingdom|Republic|Duchy|Principality|Confederation|Federation|Sultanate|Emirates?|States?|Union|Nations|Commonwealth|Royaume|République|Confédération|Fédération|Principauté|Grand-Duché|Duché|Sultanat|Émirats|État|États|Reino|República|Confederación|Federación|Principado|Ducado|Sultanato|Emiratos|Estado|Estados|Unión|Naciones)$/u;
/** A host's office that names the city it sits in (`United Nations Office at Geneva`, `Office des Nations unies à Genève`). */
const SEATED = /^(?:Office|Oficina)$/u;

interface Compiled {
  readonly grammar: Grammar;
  readonly pattern: RegExp;
  /** One host after the previous one: splits the host list. */
  readonly hostPart: RegExp;
  /** The closing formula alone. */
  readonly formula: RegExp;
}

function compile(grammar: Grammar): Compiled {
  const name = state(grammar.article, grammar.link, adjective(grammar.language));
  const hosts = `${name}(?:${grammar.seat})?(?:(?:${grammar.and})(?:${grammar.formula}(?:${grammar.seat})?|${name}(?:${grammar.seat})?))*`;
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${grammar.head}${name}${grammar.host}(${hosts})`, "gu");
  return { grammar, pattern, hostPart: new RegExp(`(?:^|${grammar.and})(${grammar.formula}|${name})((?:${grammar.seat})?)`, "gu"), formula: new RegExp(`^${grammar.formula}$`, "u") };
}

let built: readonly Compiled[] | undefined;

/**
 * The grammars' patterns, built on the first text that holds a mission's head word. Note: building
 * them costs ~10 ms of CPU (their names of states expand many `\p{…}` classes), paid at every start
 * when they were a constant, while most letters name no mission (docs/performance.md, session 22).
 */
const compiledGrammars = (): readonly Compiled[] => (built ??= GRAMMARS.map(compile));

/** Heads that a body of states or its office bears (`European Union`, `United Nations Office`), unlike a ministry's. */
const HOST_HEADS = /^(?:union|unión|federation|federación|fédération|confederation|confederación|confédération|office|oficina|commonwealth)$/u;

/**
 * True when a host names a state or a body of states: a state's form word or a country among its
 * words, and no other body's head (`the Foreign Ministry of Peru` is another addressee, not a host).
 */
function stateLike(host: string): boolean {
  const words = host.split(/[ \u00a0]+/u);
  if (words.some((w) => ORG_HEADS.has(w.toLowerCase()) && !HOST_HEADS.test(w.toLowerCase()))) return false;
  return words.some((w) => STATE_FORMS.test(w)) || words.some((w, i) => isCountryWord(w) || isCountryWord(`${w} ${words[i + 1] ?? ""}`.trim()));
}

/** Words that do not close a name (`of`, `de la`, `the`). */
const OPEN_WORD = /^(?:of|the|and|de|du|des|la|le|les|l['’]|d['’]|del|el|los|las|et|y)$/iu;

/** The longest opening words of `host` that name a state, ending in a word of its name. */
function statePrefix(host: string): string | undefined {
  const words = host.split(/(?<=[ \u00a0])/u);
  for (let n = words.length - 1; n > 0; n--) {
    const prefix = words.slice(0, n).join("").trimEnd();
    const last = prefix.split(/[ \u00a0]/u).at(-1) ?? "";
    if (!OPEN_WORD.test(last) && !/['’]$/u.test(last) && stateLike(prefix)) return prefix;
  }
  return undefined;
}

/**
 * The hosts kept of a list: each a state or body of states, the formula, or neither (undefined:
 * the list is not a mission's hosts). Returns the length of the text kept and how many hosts it holds.
 */
function kept(compiled: Compiled, list: string): { length: number; count: number; formula: boolean } | undefined {
  let length = 0;
  let count = 0;
  let formula = false;
  for (const part of list.matchAll(compiled.hostPart)) {
    // Note: the hosts follow one another; a gap ends the list.
    if (part.index !== length && count > 0) break;
    const host = part[1] as string;
    const seat = part[2] as string;
    const isFormula = compiled.formula.test(host);
    if (!isFormula && !stateLike(host)) {
      // Note: a letterhead's next line may have been joined to the host (`… Confédération suisse Bureau
      // international du Travail`): the host ends at its longest opening words that name a state.
      const opening = statePrefix(host);
      if (opening === undefined) break;
      length = part.index + part[0].length - seat.length - host.length + opening.length;
      count++;
      break;
    }
    // Note: a seat closes a host office or the formula only (`… Office at Geneva`), not a state (`… Belgium in Brussels`).
    const seated = seat !== "" && (isFormula || host.split(/[ \u00a0]+/u).some((w) => SEATED.test(w)));
    length = part.index + part[0].length - (seated ? 0 : seat.length);
    count++;
    formula ||= isFormula;
    if (seat !== "" && !seated) break;
  }
  return count > 0 ? { length, count, formula } : undefined;
}

/** Literals one of which every mission's head holds (a cheap test before the patterns' scan). */
const HEAD_LITERALS = /Mission|Embassy|Consulate|Delegation|Commission|Ambassade|Délégation|Consulat|Embajada|Misión|Delegación|Consulado/u;

export const missionRule: Extractor<OrganisationCandidate> = {
  id: "organisations/mission",
  type: "organisation",
  extract(context) {
    const { text } = context;
    if (!HEAD_LITERALS.test(text)) return [];
    return compiledGrammars().flatMap((compiled) =>
      [...text.matchAll(compiled.pattern)].flatMap((match): Unstamped<OrganisationCandidate>[] => {
        const list = match[1] as string;
        const hosts = kept(compiled, list);
        if (!hosts || (!compiled.grammar.single && hosts.count < 2 && !hosts.formula)) return [];
        const end = match.index + match[0].length - list.length + hosts.length;
        const whole = text.slice(match.index, end);
        return [{ type: "organisation", start: match.index, end, text: whole, name: whole.replace(/\s+/gu, " "), acronym: null }];
      }),
    );
  },
};
