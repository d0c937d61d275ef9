/**
 * Acronym-only bodies (`ACV-CSC`, `BNP`, `AFP`, `IUF`): an acronym the letter treats as a body.
 * Evidence: a hyphenated pair, a line of its own (letterhead, signature), a body noun before it
 * (`union BNP`, `news agency AFP`), a role or body word after it (`RSF secretary general`, `IUF
 * website`), `<role> of the X`, a list with `other unions`, or a news byline (`November 4, BPN.`).
 * Dictionary words in capitals (`LATEST`, `AT LEAST`), places (`BELARUS`) and currencies are not bodies.
 */
import { code as currency } from "currency-codes";
import { CURRENCY_SIGNS } from "../fines/currencies.js";
import type { OrganisationCandidate } from "../../records.js";
import { isCommonWord, isDemonym, isFunctionWord, isPlaceName, lexiconTags } from "../nlp.js";
import { isRoleWord, singular } from "../people/roles.js";
import { isAcronymShaped, isAllCaps, tokenize, type Token } from "../people/tokens.js";
import type { Extractor, Unstamped } from "../types.js";
import { writtenWithAmount } from "./currency-short.js";
import { isCountryInitials } from "../../language/country-initials.js";
import { DOCUMENT_HEADS, ORG_HEADS } from "./lexicon.js";
import { roleBeforeName } from "../../language/roles.js";
import { vocabularyOf, type Vocabulary } from "../../language/vocabulary.js";

const AFTER = /^(?:website|web-site|site|affiliates?|members?|offices?|leadership|statement|press|spokes(?:person|man|woman)|branch|union|federation|headquarters)$/u;
// Note: a nationality may qualify them (`FETRAMAQ and other Honduran unions`).
const OTHER_BODIES = /^,?\s+(?:and\s+)?other\s+(?:[\p{L}-]+\s+)?(?:unions|organi[sz]ations|groups|federations|NGOs|bodies|associations|confederations)\b/u;
const APPOSED = /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:union|federation|confederation|association|party|organi[sz]ation|ngo|network|movement|alliance|committee|council|agency|company|newspaper|broadcaster)\s*[,;.]/u;
const SPEAKS = /^(?:\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}\p{L}+)?)?\s+(?:also\s+)?(?:said|says|wrote|writes|condemned|condemns|denounced|denounces|urged|urges|demanded|demands|stated|states|announced|announces|protested|protests|welcomed|welcomes|warned|warns|deplored|deplores|called on|calls on)\b/u;
// Note: `, and on the ILO to …` continues an appeal begun earlier in the sentence.
const APPEAL = /\b(?:call(?:s|ed|ing)? (?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)? to|and (?:on|upon))\s+(?:the\s+)?$/u;
const BYLINE = /(?:^|\n)\p{Lu}\p{Ll}+\.? \d{1,2},\s*$/u;
const VERB_TAGS = /Verb|PresentTense|PastTense|Modal|Copula|Auxiliary/u;

/**
 * True for `The X` opening a sentence whose verb follows (`The UAW strongly protests`, `The ITUC
 * does not`): an acronym with an article that acts is a body (places, `the US`, are excluded apart).
 */
function subject(text: string, token: Token, next: Token | undefined, after: Token | undefined): boolean {
  if (!next || !/(?:^|[.!?]\s+|\n)The\s+$/u.test(text.slice(Math.max(0, token.start - 8), token.start))) return false;
  if (!/^\s+$/u.test(text.slice(token.end, next.start))) return false;
  const verb = (word: string): boolean => /^\p{Ll}/u.test(word) && lexiconTags(word).some((tag) => VERB_TAGS.test(tag));
  // Note: `The NSL was used`, `The NSL has been used`: a law is the subject of a passive, a body of an act.
  if (/^(?:is|was|are|were|be|been)$/u.test(next.text) || after?.text === "been") return false;
  return verb(next.text) || (/^\p{Ll}+ly$/u.test(next.text) && after !== undefined && /^\p{Ll}/u.test(after.text));
}

/** A news credit opening a line: `(ANP/IFEX) – 15 March –`. */
const CREDIT_BEFORE = /(?:^|\n)\((?:\p{Lu}{2,}\/)*$/u;
const CREDIT_AFTER = /^(?:\/\p{Lu}{2,})*\)\s*[–—-]/u;

/** True when a mixed-case capitalised word that is no body's word stands right before the token, one space apart. */
function afterGivenName(text: string, tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || !/^\p{Lu}\p{Ll}+$/u.test(before.text) || text.slice(before.end, (tokens[i] as Token).start) !== " ") return false;
  const word = before.text.toLowerCase();
  // Note: an ordinary word opening a sentence is no given name (`Later CPJ said`).
  return !ORG_HEADS.has(word) && !isDemonym(before.text) && !isFunctionWord(before.text) && !isPlaceName(before.text) && !isCommonWord(before.text);
}

function evidence(text: string, tokens: Token[], i: number, lineTokens: number, vocabulary: Vocabulary | null): boolean {
  const token = tokens[i] as Token;
  // Note: in French and Spanish a definite article before an acronym makes it a body (`la CSI`, `del UGT`),
  // and so do a role and `de` (`secretaria general de UGT`) and the agent of a passive (`interrogé par RSF`).
  if (vocabulary) {
    const lead = text.slice(Math.max(0, token.start - 60), token.start);
    if (vocabulary.acronymBefore[0].test(lead.slice(-12)) || vocabulary.agentBefore[0].test(lead)) return true;
    if (roleBeforeName(text, token.start - lead.length, token.start, vocabulary)?.bodyInRun) return true;
  }
  if (CREDIT_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start)) && CREDIT_AFTER.test(text.slice(token.end, token.end + 40))) return true;
  // Note: after a given name the pair is a double surname in capitals (`Precious LUNGU-PHIRI`), a person's.
  if (/^\p{Lu}+-\p{Lu}+$/u.test(token.text)) return !afterGivenName(text, tokens, i);
  // Note: so is any word in capitals after one (`Firdavs NAZARZODA⇥chairman …`, `Aigul TOKTOGULOVA, member`), in a
  // table's cell as in prose: the surname written in capitals as many letters write it, not an acronym after a name.
  if (afterGivenName(text, tokens, i)) return false;
  // Note: `#FreethePress`, `@IUF`: a hashtag or handle is no body's name.
  if (/[#@]$/u.test(text.slice(token.start - 1, token.start))) return false;
  if (lineTokens === 1) return true;
  if (/\p{Ll}/u.test(token.text)) return true;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  const rest = text.slice(token.end, token.end + 60);
  // Note: a workplace's noun before it names a thing there (`factory CCTV`, `prison ID`), not a body.
  if (before && /^\s+$/u.test(text.slice(before.end, token.start)) && (ORG_HEADS.has(singular(before.text)) || /^(?:agency|group|centres?|channel)$/u.test(before.text)) && !WORKPLACES.has(before.text.toLowerCase())) return true;
  if (next && /^\s+$/u.test(text.slice(token.end, next.start)) && (AFTER.test(next.text) || isRoleWord(next.text))) return true;
  // Note: a body's instrument after it (`ILO Conventions 87 and 98`, `UN Declaration on …`), or one of its organs
  // after its possessive (`the ILO's Committee of Experts`, `the AU's Commission`): the acronym is the body.
  if (next && /^\s+$/u.test(text.slice(token.end, next.start)) && INSTRUMENT.test(next.text)) return true;
  if (next && token.possessive && /^['’]s\s+$/u.test(text.slice(token.end, next.start)) && /^\p{Lu}/u.test(next.text) && ORG_HEADS.has(next.text.toLowerCase())) return true;
  if (/\p{L}+ of the\s+$/u.test(text.slice(Math.max(0, token.start - 40), token.start))) {
    const role = /(\p{L}[\p{L}-]*) of the\s+$/u.exec(text.slice(Math.max(0, token.start - 40), token.start))?.[1] ?? "";
    if (isRoleWord(role)) return true;
  }
  if (OTHER_BODIES.test(rest)) return true;
  // Note: an acronym that speaks or acts as a body does (`TUCTA said`, `KSPU and FNV wrote`, `the ICJ condemned`).
  if (SPEAKS.test(rest)) return true;
  // Note: `SES, the health workers' union, said`: an apposition naming what it is.
  if (APPOSED.test(rest)) return true;
  if (subject(text, token, next, tokens[i + 2])) return true;
  // Note: the body an appeal is addressed to (`calls on the ILO to send a mission`, `and on the ILO and the …`).
  if (APPEAL.test(text.slice(Math.max(0, token.start - 30), token.start)) && /^\s+(?:to\s+\p{Ll}|and\s)/u.test(rest)) return true;
  return BYLINE.test(text.slice(Math.max(0, token.start - 20), token.start)) && /^\s*[.–—-]/u.test(rest);
}

/** Instruments a body adopts, named after its acronym (`ILO Convention 87`, `UN Declaration`). */
const INSTRUMENT = /^(?:Conventions?|Recommendations?|Declaration|Charter|Directives?|Guidelines)$/u;

/** Workplace nouns, which do not make the acronym after them a body (`factory CCTV`). */
const WORKPLACES = new Set(["factory", "plant", "mills", "works", "station", "prison", "colony", "hospital", "school", "university", "college", "police", "court", "refinery", "shipyard"]);

/**
 * Acronyms of things, not bodies: devices, documents, units, diseases and legal forms
 * (`CCTV`, `SMS`, `LLC`), as general English as the words they abbreviate.
 */
const THINGS = new Set([
  "CCTV", "GPS", "SMS", "DNA", "PDF", "URL", "HIV", "AIDS", "COVID", "VAT", "GDP", "PIN", "SIM", "USB", "ID", "CEO", "CFO", "NGO", "NGOs",
  // Note: `ONG` is `NGO` in French, Spanish and Portuguese (`aux ONG partenaires`): a kind of body, no body's name.
  "ONG", "ONGs",
  "MP", "MPs", "PhD", "UTC", "GMT", "ATM", "VPN", "IT", "HR", "PR", "FAQ", "LLC", "LLP", "PLC", "JSC", "OJSC", "CJSC", "PJSC", "GMBH", "GmbH", "SAS", "SRL", "SPA", "SpA", "SARL", "OOO", "ZAO", "OAO",
  // Note: Indonesian forms opening a company's name (`PT Sinar Baja`, `CV Karya Mandiri`; legal-form.ts), and a curriculum vitae.
  "PT", "CV",
]);

/** An all-caps word with a noun's suffix is a shouted word (`STATEMENT`, `DECLARATION`), not an acronym. */
const SHOUTED_NOUN = /^\p{Lu}{3,}(?:MENT|TION|SION|NESS|ANCE|ENCE|SHIP|ITY)$/u;

/**
 * Headings that name the kind of document, shouted on a line of their own (`CIRCULAR`,
 * `MEMORANDUM`, `COMMUNIQUÉ`): no body, whatever the dictionary knows of them.
 */
// Note: and their French and Spanish words (`COMUNICADO`, `APPEL URGENT`).
const HEADINGS = new Set(["COMUNICADO", "DENUNCIA", "PRONUNCIAMIENTO", "ALERTA", "URGENTE", "APPEL", "CIRCULAR", "MEMORANDUM", "MEMO", "NOTICE", "BULLETIN", "COMMUNIQUE", "COMMUNIQUÉ", "APPEAL", "ALERT", "URGENT", "UPDATE", "PETITION", "SUMMARY", "BACKGROUND", "ANNEX", "APPENDIX", "ENCLOSURE", "DRAFT", "CONFIDENTIAL", "REMINDER", "ADVISORY", "FACTSHEET", "BRIEFING"]);

/** True when a capitalised token cannot be a body's acronym: a word, a place, a currency code, a thing. */
function excluded(word: string): boolean {
  const plain = word.replace(/[-–]/gu, "");
  return (
    plain.length < 2 || plain.length > 12 || isCommonWord(plain) || isFunctionWord(plain) || isPlaceName(plain) ||
    (isAllCaps(plain) && currency(plain) !== undefined) || THINGS.has(word) || SHOUTED_NOUN.test(plain) || HEADINGS.has(word) || isCountryInitials(plain)
  );
}

/**
 * A document's number glued to the letters by a slash (`Decree 15/2020/ND-CP`, `Resolution No. 12/NQ-HĐND`,
 * `Order 45/QĐ-UBND`): the letters are the issuer's code inside a number, no body named.
 */
const documentNumber = (text: string, token: Token): boolean => /\d\/$/u.test(text.slice(Math.max(0, token.start - 2), token.start)) || /^\/\d/u.test(text.slice(token.end, token.end + 2));

/** An amount right after the word: it is a currency's sign (`ZiG 2,000`, `KShs 500`, `Tk 8,000`), no body. */
const AMOUNT_AFTER = /^[ \u00a0]?[$.]?[ \u00a0]?\d/u;
/** An amount right before the word (`1 000 000 FBu`, `200,000 TSh`): a sign written after the number. */
const AMOUNT_BEFORE = /\d[ \u00a0]?$/u;
/** The currency signs the fines know (fines/currencies.ts rows), as a set. */
const SIGNS = new Set(CURRENCY_SIGNS.map((s) => s.sign));

/** A currency's sign or code written after an amount: a year before an acronym (`2019 ITUC`) is no sign, so the word must be one. */
const signAfterAmount = (text: string, token: Token): boolean =>
  AMOUNT_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start)) && (SIGNS.has(token.text) || currency(token.text.toUpperCase()) !== undefined);

/**
 * Acronyms the letter defines for a law, treaty or other document (`Free Trade Agreement
 * (CAFTA-DR)`, `Penal Code (TCK)`): they name no body wherever they recur. One scan of the text.
 */
function documentAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  // Note: a try starts at a bracket only, and reads the word before it backwards (the same words
  // and acronyms as a scan from each word's start, `(?<!\p{L})(\p{L}+)\s*[([]…`, which tested
  // every letter of the letter twice: ~30× slower on the fixtures' letters, issue 19).
  for (const m of text.matchAll(/[([](?<=(?<!\p{L})(\p{L}+)\s*[([])([\p{Lu}\p{N}][\p{L}\p{N}-]{1,11})[)\]]/gu)) {
    if (DOCUMENT_HEADS.has((m[1] as string).toLowerCase())) out.add(m[2] as string);
  }
  return out;
}

export const acronymRule: Extractor<OrganisationCandidate> = {
  id: "organisations/acronym",
  type: "organisation",
  extract(context) {
    const { text } = context;
    const vocabulary = vocabularyOf(context.language);
    const documents = documentAcronyms(text);
    return context.lines.flatMap((line) => {
      const tokens = tokenize(text, line.start, line.end);
      const letters = tokens.filter((t) => /\p{L}/u.test(t.text));
      // Note: a line written all in capitals (`LATEST UPDATE!`, `BELARUS:`) is a shout, not acronyms.
      if (letters.length > 1 && letters.every((t) => isAllCaps(t.text) || !/^\p{L}/u.test(t.text))) return [];
      return tokens.flatMap((word, i): Unstamped<OrganisationCandidate>[] => {
        // Note: a French elided article or `de` glued to an acronym (`L'UNTLS :`, `d'SNDS`) is no part of it.
        const elided = /^[LlDd][’'](?=\p{Lu}{2})/u.test(word.text) ? 2 : 0;
        const token = elided ? { ...word, text: word.text.slice(elided), start: word.start + elided } : word;
        if (!isAcronymShaped(token.text) || excluded(token.text) || documents.has(token.text) || documentNumber(text, token) || (/\p{Ll}/u.test(token.text) && writtenWithAmount(text, token.text)) || AMOUNT_AFTER.test(text.slice(token.end, token.end + 4)) || signAfterAmount(text, token) || !evidence(text, tokens, i, tokens.length, vocabulary)) return [];
        return [{ type: "organisation", start: token.start, end: token.end, text: token.text, name: token.text, acronym: token.text }];
      });
    });
  },
};
