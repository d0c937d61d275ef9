/**
 * Rule `fines/amount`: an amount in a sentence about fines, with its stated equivalents in
 * brackets: `a fine of 25 basic amounts (EUR 219)`, `fined 2 million riel [roughly 490USD]
 * each`, `fines of EUR 250 in equivalent per person`, `Iryna Arakhouskaya – 20 base amounts`.
 */
import type { FineCandidate, Money } from "../../records.js";
import { LIST_GLUE, RESPECTIVELY } from "../sentences/term-lists.js";
import { windowsWith } from "../sentences/windows.js";
import type { Extractor, TextContext, Unstamped } from "../types.js";
import { findAmounts, fineFrom, parseAmount, unnamedAmount, type Amount } from "./money.js";
import { objectList } from "./objects.js";
import { findBareAmounts } from "./bare-amount.js";
import { FORM_FIRST_WORDS, POST_SOVIET_FORMS } from "../../language/legal-forms.js";
import { inRange } from "./ranges.js";

/** Words that make a window worth scanning. */
// Note: and a sum to pay besides an earlier penalty (`X must in addition pay S/ 12,000`, `must also pay`).
// Note: and the people ordered between the verb and `to pay` (`ordered Nambi and Wasswa to pay two hundred thousand shillings each`).
export const TRIGGER = /\bfin(?:e[ds]?|ing)\b|\bpenalt(?:y|ies)\b|\bordered\s+(?:[^\s.;:]+\s+){0,8}?to\s+pay\b|\b(?:must|has\s+to|have\s+to|is\s+to)\s+(?:also|in\s+addition|additionally|further)\s+pay\b/iu;
/** A day-fine unit quoted from Spanish or French in an English letter (`180 "días-multa"`); in those languages, their own rule reads it. */
const QUOTED_UNIT = /\bd[ií]as?[-\s]multa\b|\bjours?[-\s]amende\b/iu;
const ENGLISH_TRIGGER = new RegExp(`${TRIGGER.source}|${QUOTED_UNIT.source}`, "iu");

/** Nouns for a body that may be fined as such (`the union was fined`, `fined the newspaper`). */
const BODY = "(?:unions?|compan(?:y|ies)|firms?|employers?|federation|confederation|association|organi[sz]ation|newspapers?|outlets?|station|broadcaster|publisher|party|NGO|branch|council|committee|syndicate|cooperative|factory|business)";

/** The verbs of a request for a penalty (a prosecutor's, a party's): what they name is no ruling. */
const REQUEST_VERBS = String.raw`requested|demanded|sought|seeking|asked\s+for|called\s+for|proposed`;

/** `[pattern, label, example]`: amounts that are not fines, tested on the text before them. */
export const BEFORE_ROWS: readonly (readonly [RegExp, string, string])[] = [
  [/\b(?:bail|bond|surety)\b/iu, "bail", "released on bail of $500"],
  // Note: and the verbs (`ordered him to compensate the employer with`, `to reimburse`, `to indemnify`).
  [/\b(?:compensat\w*|damages?|reimburs\w*|indemni\w*|restitution)\b/iu, "compensation", "compensation for damage of 8 million tenge"],
  // Note: `paid a fine of` is the fine itself (`her family has already paid a fine of ₦250,000`).
  // And `paid a US$300 fine` (`a`, then the amount: the fine noun follows it; `paid the 1,200 cedis` is pay).
  [/\b(?:wages?|salar(?:y|ies)|paid(?!\s+(?:(?:an?|the|his|her|their)\s+)?fines?\b|\s+an?\s+$)|earn(?:s|ed|ing)?)\b/iu, "wage", "a minimum wage of 23,000 taka"],
  // Note: `a fine equal to 20 minimum wages` states the fine itself, not a rate.
  [/\b(?<!\b(?:fines?|penalt(?:y|ies))\s)(?:equals?|equal\s+to|worth|rate)\b/iu, "rate", "One base amount equals approx. "],
  // Note: a fine already stated, restated in other money by a predicate of its own noun (`his fine, which is
  // equivalent to about $430`, `Mr Ali's fine alone amounts to roughly US$3,950`): the same sum, no second fine.
  // A fine first stated so is indefinite (`a fine equivalent to 20 minimum wages`, `fined a sum amounting to`).
  [/\b(?:the|his|her|their|its|this|that|[\p{L}-]+['’]s)\s+(?:[\p{L}-]+\s+)?(?:fines?|penalt(?:y|ies))(?:\s+alone)?(?:,\s*(?:which|that)\s+|\s+)(?:(?:now|then|therefore|thus)\s+)?(?:amounts?\s+to|comes?\s+to|came\s+to|(?:is|was|are|were)\s+(?:the\s+)?equivalent\s+(?:of|to)|equals?|(?:is|was)\s+worth|works?\s+out\s+at)\s+(?:(?:about|roughly|approximately|approx\.|around|some|nearly|almost|over|just\s+(?:over|under))\s+)?$/iu, "restated", "his fine, which is equivalent to about "],
  // Note: `fined a total of 600 euros` is one person's fine; a summed group total is not.
  [/\btotall?(?:ed|ing)\b|\b(?:the|in)\s+total\b|\btotal\s+(?:sum|amount)\b/iu, "total", "fines totaled 190 base amounts"],
  // Note: and sums told by a relative clause (`the fines, which together amount to US$520`, `which total €2,400`).
  [/\b(?:which|that)\s+(?:together\s+)?totals?\b|\btogether\s+(?:amount\w*|come|comes|coming|add\w*\s+up)\s+to\b/iu, "total", "the fines, which together amount to roughly "],
  [/\b(?:up\s+to|as\s+much\s+as|maximum|punishable|faces?|facing|risks?|carr(?:y|ies|ying))\b/iu, "maximum", "faces fines of up to "],
  // Note: the floor a law sets (`a fine of not less than five million shillings`) is no ruling.
  [/\b(?:not|no)\s+(?:less|more)\s+than\s+$|\bminimum\s+(?:fine|penalty)\b/iu, "minimum", "a fine of not less than "],
  // Note: lower case only, so the month `May` and given names (`Can Yılmaz`) are no modals.
  [/\b(?:could|would|may|might|can)\b/u, "hypothetical", "he could be fined "],
  // Note: a term given in place of a fine, or a fine offered as the alternative (optional in the gold).
  // `imprisonment with an option of a fine` is a fine: the term applies only if it goes unpaid (corpus gold).
  [/\b(?:alternative|in\s+lieu)\s+of\s+(?:an?\s+|the\s+)?fines?\s+(?:of\s+)?$|\bor\s+(?:to\s+)?pay\s+(?:an?\s+)?(?:fine\s+of\s+)?$/iu, "buy-out", "30 days in lieu of a fine of "],
  // Note: the price of commuting or buying out a term (`a term commutable to a fine of`, `the option to commute it for`)
  // is no fine imposed; a term commuted into a fine (`his sentence was commuted to a fine of`) is one.
  [/\b(?:commutable|to\s+commute|conmut(?:ar|ables?)|buy\s+(?:out|off)|redeemable)\b[^.;,]{0,40}$/iu, "commutation", "a term commutable to a fine of "],
  // Note: money given to help a person (`members donated US$300 towards the fine`) is no fine.
  [/\b(?:donat(?:e[ds]?|ing|ions?)|contribut(?:e[ds]?|ing|ions?)|crowdfund\w*|collected)\b[^.;]{0,30}$/iu, "donation", "members donated "],
  // Note: property the state takes or holds (`the confiscation of the EUR 40,000`, `froze its accounts, which hold about
  // 2.4 million soms`, `seized cash of`) is no fine; a fine named after it in the same clause is (`confiscated his phone and fined him`).
  [/\b(?:confiscat\w*|seiz(?:ed|ure|ing)|forfeit\w*|froz(?:e|en)|freez\w*)\b(?![^.;]+\bfin(?:e[ds]?|ing)\b)[^.;]{0,60}$|\b(?:holds?|held|holding|contain(?:s|ed|ing)?)\s+(?:(?:about|some|roughly|around|nearly|almost|over|more\s+than)\s+)?$/iu, "property", "the confiscation of the "],
  // Note: money supporters raise (`a solidarity fund has raised 640,000 roubles to pay the fines`), not a fine raised on appeal
  // (`raised the fine to €5,000`: the fine noun stands between).
  [/\braised\s+(?:(?:about|some|roughly|around|nearly|almost|over|more\s+than|the|a\s+total\s+of)\s+)?$/iu, "donation", "a solidarity fund has raised "],
  [/\b(?:embezzl\w*|misappropriat\w*|st(?:ole|eal\w*)|claim(?:s|ed|ing)?|sued\s+for|losses?\s+of)\b/iu, "not a penalty", "was accused of embezzling "],
  [new RegExp(`\\b(?:${REQUEST_VERBS})\\b`, "iu"), "request", "the prosecutor requested a fine of "],
  // Note: a fine on a company marked as one right before the amount or its `to pay a fine of` (`fined Zoomly Express itself
  // EGP 10,000`, `ordered Volga Print LLC, the outlet's legal entity, to pay a fine of`): a legal form, `legal entity`, or
  // `itself`, which no person is. Case-sensitive, so `co-accused` is no `Co`. A comma after the form ends an aside on a
  // person (`fined A, shop steward at Knit (Pty) Ltd, two thousand maloti`: hers), unless `to pay` follows.
  [new RegExp(`(?<![\\p{L}])(?:itself|legal\\s+entit(?:y|ies)|${POST_SOVIET_FORMS}|${FORM_FIRST_WORDS}|SARLU?|plc)\\.?(?![\\p{L}-])(?:(?:,\\s*(?:the\\s+)?[^,.;]{1,50})?,?\\s+to\\s+pay|)\\s+(?:an?\\s+)?(?:(?:fine|penalty)\\s+of\\s+)?$`, "u"), "a company fined", "ordered Volga Print LLC, the outlet's legal entity, to pay a fine of "],
  // Note: costs a party is ordered to pay (`ordered the union to pay the state's costs of R150,000`) are no fine.
  // Note: and a fine summed with them (`the fine and lawyers' fees of about $600`): no one's fine.
  [/\b(?:costs|fees|expenses)\s+(?:of\s+)?(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$/iu, "costs", "the fine and lawyers' fees of about "],
  // Note: a fine on a body, not a person (GUIDELINES: a fine on a named person); its officers' fines
  // name them (`the union's treasurer was fined`).
  // Note: the body as the subject opens with its determiner (`The union`, `its publisher company`), not after `of` (`Ana Ruiz of the newspaper was fined`: hers).
  [new RegExp(`(?<!\\b(?:of|at|for|from|with|in|by)\\s)\\b(?:the|its|their|this|that)\\s+(?:[\\p{L}'’-]+\\s+){0,3}${BODY}(?:\\s+itself)?\\s+(?:was|were|has\\s+been|had\\s+been|is|got)\\s+(?:also\\s+|later\\s+|then\\s+|itself\\s+)?fined\\s+(?:a\\s+further\\s+|another\\s+)?$|\\bfin(?:ed|ing)\\s+(?:the|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+)?${BODY}\\s+$|\\bordered\\s+(?:the|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+)?${BODY}\\s+to\\s+pay\\s+(?:an?\\s+|the\\s+)?(?:fine\\s+of\\s+)?$`, "iu"), "a body fined", "The union itself was fined "],
];

/** `[pattern, label, example]`: amounts that are not fines, tested on the text after them. */
export const AFTER_ROWS: readonly (readonly [RegExp, string, string])[] = [
  // Note: whatever qualifies the damages (`in non-pecuniary damages`, `in moral and material damages`), but not a fine
  // joined to them (`a 5,000-euro fine and damages`).
  // Note: also quoted, as the ruling or its language words it (`in "compensation for moral harm"`, `in "reparación
  // digna" (reparations)`): the reparation nouns of English, Spanish and French.
  [/^\s*(?:in\s+)?["“‘']?(?:(?!fines?\b|and\b|or\b|plus\b|each\b)[\p{Ll}-]+\s+(?:and\s+)?){0,2}(?:compensation|damages|bail|bond|wages?|(?:court\s+|legal\s+)?costs|restitution|reparations?|reparaci[óo]n|réparations?|indemnizaci[óo]n|indemnités?|dommages)\b/iu, "not a fine", " in moral damages"],
  // Note: costs by whoever claims them (`£620 in prosecution costs`, `£200 towards the prosecution's costs`, `$80 in court fees`),
  // also in quotes, as the ruling words them (`BYN 6,500 in "procedural costs"`).
  [/^\s*(?:in|towards?|for)\s+(?:the\s+)?["“‘']?(?:[\p{L}'’-]+\s+){0,2}(?:costs|fees|expenses|surcharges?)\b/iu, "costs", " in \"procedural costs\""],
  // Note: a sum paid to a victim or a party is compensation (`ordered to pay 2,000 euros to the family`).
  // Note: also to a party named with its qualifiers (`MDL 48,600 to the transport enterprise for lost fares`); not
  // to the state or its treasury, where fines go.
  // Note: also shared by the payers (`18,000 Qatari riyals jointly to the company`, `… severally to the plaintiffs`; session 22).
  [/^\s*(?:(?:jointly(?:\s+and\s+severally)?|severally|collectively|together|between\s+them)\s+)?to\s+(?:the|his|her|their|its)\s+(?:(?!state\b|treasury\b|court\b)[\p{L}'’-]+\s+){0,3}(?:victims?|famil(?:y|ies)|plaintiffs?|employers?|compan(?:y|ies)|complainants?|enterprises?|firms?|owners?|operators?|factory|plant|mine|injured)\b/iu, "compensation", " jointly to the company"],
  // Note: and a sum paid to anyone named as compensation after the payee (`ordered the three to pay Shs10m to Mr. B as
  // compensation`, `… to the complainant, Ms C, in damages`).
  [/^\s*to\s+(?:(?:(?:Mrs?|Ms|Dr|Prof|Messrs)\.|[^\s.;:()])+\s+){1,8}?(?:as|in|for)\s+(?:(?:moral|material|civil|financial)\s+)?(?:compensation|damages|reparations?|restitution)\b/iu, "compensation", " to Mr. B as compensation"],
  [/^\s*(?:in\s+)?(?:donations?|contributions?)\b/iu, "donation", " in donations"],
  // Note: a fine imposed on a body named after the amount (`a fine of GHS 50,000 on the station's owners, Sunrise Media Group
  // Limited`, `… on the newspaper`): the body's, not a person's (session 22). Not a person named so (`on its editor, A`), nor
  // a body's officer (`on the union's treasurer`).
  [new RegExp(`^\\s*(?:up)?on\\s+(?:the|its|their|his|her)\\s+(?:[\\p{L}-]+['’]s\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${BODY}(?=\\s*(?:[.;)]|$|,(?!\\s*(?:Mr|Mrs|Ms|Dr)\\b)|\\s+(?:for|over|in|and|as|which|that|itself)\\b))|owners?\\s*,\\s*[^,.;]{1,60}?(?<![\\p{L}])(?:${FORM_FIRST_WORDS}|${POST_SOVIET_FORMS}|SARLU?|plc)\\.?(?![\\p{L}-]))`, "iu"), "a body fined", " on the station's owners, Sunrise Media Group Limited"],
  // Note: a sum owed as taxes (`ordered to pay VND 1.2 billion in allegedly unpaid taxes`, `in back taxes and interest`) is a debt, not a fine.
  [/^\s*(?:in|of)\s+(?:(?:allegedly|alleged|supposedly|unpaid|back|evaded|outstanding|overdue|arrears\s+of)\s+){0,3}(?:tax(?:es)?(?!\s+(?:fine|penalt))|tax\s+(?:arrears|debts?)|(?:customs\s+)?duties)\b/iu, "tax debt", " in allegedly unpaid taxes"],
  [/^\s*(?:equals?|(?:is|was|are|were)\s+(?:worth|equal))\b/iu, "rate", " was worth about 2.9 roubles"],
  // Note: an amount by the month, week or day is pay or an allowance (`basic pay is K8,250 a month`), not a ruling's fine.
  // Note: also a conversion's rate (`converted into a pecuniary penalty of €5 for each day`, `NT$1,000 per day of detention`, `€10/day`).
  [/^\s*(?:(?:for|of)\s+)?(?:(?:a|per|each|every)\s+(?:single\s+)?(?:month|week|day|year|hour)|monthly|weekly|daily|yearly|annually)\b|^\s*\/\s*(?:month|week|day|year|hour)\b/iu, "rate", " for each day"],
];

/**
 * A request whose object goes on to the amount (`the prosecutor asked for three years' imprisonment for A and a
 * fine of 750 units for B`): no ruling verb and no sentence end between them.
 */
const REQUEST_REACHING = new RegExp(`\\b(?:${REQUEST_VERBS})\\b(?![^.;:!?]+\\b(?:sentenced|fined|imposed|ordered|convicted|handed|gave|jailed|ruled)\\b)[^.;:!?]*$`, "iu");
/** How far back a request may reach an amount, in characters. */
const REQUEST_REACH = 180;

/** A fine that opens its own clause right before the amount (`, and a fine of`, `; a fine of`). */
const OWN_FINE_CLAUSE = /(?:[,;]\s*(?:and\s+|plus\s+)?|\b(?:and|plus)\s+)(?:an?\s+)?(?:[a-z]+\s+)?fine\s+of\s+$/iu;
/**
 * The fine verb opening a clause of its own after a comma (`…, wholly suspended on condition that he enters into a good
 * behaviour bond for two years, and fined K5,000`): guarded by its own words too, save a modal or a maximum before it.
 */
const OWN_FINED_CLAUSE = /[,;]\s*and\s+(?:(?:was|were)\s+)?(?:also\s+)?fined\s+$/iu;
/** The guards that still read the clause before a fine verb of its own (`he could be jailed for a year, and fined`). */
const CLAUSE_WIDE = new Set(["hypothetical", "maximum", "request"]);
/** A table's cell ends at a tab: the guards read the amount's own cell (`Malicious damage⇥M3,000 fine` is no damages). */
const inCell = (before: string): string => before.slice(before.lastIndexOf("\t") + 1);
/** How far before an amount its guards look, in characters. */
const GUARD_REACH = 50;
/** Closes an amount's phrase: `in equivalent`, `each`, `per person`. */
/** Note: `a 50,000-rouble fine on X`: the fine noun after the amount belongs to its phrase. */
const TAIL = /(?:\s+(?:in\s+equivalent|each|apiece|per\s+(?:person|head|journalist|defendant)|fine|(?:on|for|to)\s+each(?!\s+(?:single\s+)?(?:day|week|month|year|hour)\b)(?:\s+of\s+(?:them|the\s+\w+))?))+/iuy;
const EACH = /\b(?:each|apiece|per\s+(?:person|head|journalist|defendant))\b/iu;
/**
 * `each` before the amount in its clause: `were each fined`, `ordered the journalists to each pay
 * a fine of`, `sentenced each of them to a fine of`.
 */
const EACH_BEFORE = /\beach\b[^.;:,]{0,40}$/iu;
/** A bracket right after the amount, holding its equivalents. */
const BRACKET = /\s*[([][^)\]]{0,80}[)\]]/uy;
/** A bracket holding an acronym alone (`(BCV)`, `(MCI)`). */
const ACRONYM_BRACKET = /^\s*[([]\s*\p{Lu}[\p{Lu}\d.-]{1,9}\s*[)\]]$/u;
/** A comma and a word of estimate before an equivalent with no bracket (`, about USD 750`). */
// Note: or a dash before the equivalent (`… (MCI) each — KZT 738,400, or roughly USD 1,540`), and a
// second one after the first (`, or roughly`).
// Note: a short place or time set before the estimate word (`YR 250,000 — in Aden, roughly US$ 150`, `, at today's rate,
// about €40`): the rate the letter quotes, no second fine (session 24).
const LOOSE_EQUIVALENT =
  /(?:,|\s*[—–])\s*(?:in|at|by)\s+[^\s,.;—–()]+(?:\s+[^\s,.;—–()]+){0,2},?\s+(?:about|approximately|approx\.|roughly|around|some|nearly)\s+|,?\s+(?:or\s+)?(?:about|approximately|approx\.|roughly|around|some|nearly|(?:the\s+)?equivalent\s+(?:of|to))\s+|\s*[—–]\s*/uy;
/**
 * A plain restatement after a measure that is no currency: `100 times the base calculation value, or
 * UZS 37.5 million`, `30 basic units, i.e. 1,110 roubles`. Note: only after a unit; between two
 * currencies `, or` may offer a choice.
 */
const UNIT_RESTATED = /,\s+(?:or|i\.e\.|that\s+is,?)\s+/uy;
/**
 * A fine named as someone's (`raise Sis. K's fine of Ksh 50,000`, `paid his fine of €300`): a fine the letter
 * has told already, when the same sum stands before it (statedBefore); no second fine.
 */
const POSSESSED_FINE = /(?<!\p{L})(?:his|her|their|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+)?fines?\s+of\s+(?:(?:about|some|around|nearly|almost)\s+)?$/u;
/** The same sum in the same money stated earlier in the letter. */
function statedBefore(text: string, amount: Amount): boolean {
  return findAmounts(text, 0, amount.start, text).some((a) => a.amount === amount.amount && a.currency === amount.currency && a.unit === amount.unit);
}

/** The fine word that opens the phrase, when it is close before the amount. */
const LEAD = /\b(?:(?:an?|huge|heavy)\s+)*(?:fine[sd]?|fining|penalt(?:y|ies)|ordered\s+to\s+pay|(?<=\b(?:also|addition|additionally|further)\s)pay)\b/giu;

/**
 * The fine an amount states, or null when a guard rules it out; `end` is where its phrase
 * (bracketed equivalents included) ends either way.
 */
function fineIn(context: TextContext, amount: Amount, leftStart: number, windowEnd: number): { fine: Unstamped<FineCandidate> | null; end: number } {
  const { text } = context;
  const left = text.slice(leftStart, amount.start);
  let end = amount.end;
  const money: Money[] = [];
  /** Reads the equivalents in a bracket at `end`, and moves `end` past it when it holds any. */
  const equivalents = (): void => {
    BRACKET.lastIndex = 0;
    const bracket = BRACKET.exec(text.slice(end, windowEnd));
    if (!bracket) return;
    const inside = findAmounts(text, end, end + bracket[0].length, text);
    for (const a of inside) if (a.currency) money.push({ amount: a.amount, currency: a.currency });
    // Note: a bracket with the unit's acronym only (`… base calculation value (BCV), approximately UZS 56
    // million`) is passed over, so the equivalent after it is read as one.
    // Note: and a bracket restating the sum in a unit that is no currency (`300,000,000 rials (30 million tomans)`): no second fine.
    if (money.length > 0 || ACRONYM_BRACKET.test(bracket[0]) || inside.some((a) => a.unit !== null && a.start - end <= 12)) end += bracket[0].length;
  };
  /** Reads an equivalent set off by `opener` (sticky) at `end`, and moves past it. */
  const equivalentAfter = (opener: RegExp): void => {
    opener.lastIndex = 0;
    const loose = opener.exec(text.slice(end, windowEnd));
    const next = loose ? findAmounts(text, end + loose[0].length, Math.min(windowEnd, end + loose[0].length + 40), text)[0] : undefined;
    if (loose && next?.currency && next.start === end + loose[0].length) {
      money.push({ amount: next.amount, currency: next.currency });
      end = next.end;
    }
  };
  /** An equivalent set off by a comma and a word of estimate. */
  const looseEquivalent = (): void => equivalentAfter(LOOSE_EQUIVALENT);
  equivalents();
  // Note: an equivalent set off by a comma (`100,000 dinars, about USD 750`) is no second fine; nor is a
  // bracket after it (`5,400 units, the equivalent of MNT 5,400,000 (approximately USD 1,560)`).
  if (money.length === 0) {
    looseEquivalent();
    if (money.length > 0) equivalents();
  }
  TAIL.lastIndex = 0;
  const tail = TAIL.exec(text.slice(end, windowEnd));
  if (tail) end += tail[0].length;
  // Note: the equivalents may follow the fine noun or `each` (`a 10 million toman fine (around 390
  // USD)`, `fines of KHR4,000,000 each, roughly USD 980`).
  if (tail && money.length === 0) equivalents();
  if (tail && money.length === 0) looseEquivalent();
  if (money.length > 0) looseEquivalent();
  // Note: and after a unit the letter leaves unnamed (`900 units, i.e. MNT 900,000`: unnamedAmount).
  if (money.length === 0 && !amount.currency) {
    equivalentAfter(UNIT_RESTATED);
    // Note: the restatement may bring its own equivalent (`100 times the base calculation amount, that is
    // UZS 37,500,000 (approximately USD 2,900)`): a third form of the same sum, no second fine.
    if (money.length > 0) equivalents();
  }
  // Note: a fine opening a clause of its own (`…, with 20 per cent of his wages withheld, and a fine of
  // UZS12,000,000`) is guarded by its own words, not by the clause before it.
  const near = inCell(left.slice(-GUARD_REACH));
  const own = OWN_FINE_CLAUSE.exec(near);
  const verb = own ? null : OWN_FINED_CLAUSE.exec(near);
  const guarded = own ? near.slice(own.index) : verb ? near.slice(verb.index) : near;
  if (BEFORE_ROWS.some(([pattern, label]) => pattern.test(verb && CLAUSE_WIDE.has(label) ? near : guarded)) || REQUEST_REACHING.test(inCell(left.slice(-REQUEST_REACH)))) return { fine: null, end };
  if (POSSESSED_FINE.test(near) && statedBefore(text, amount)) return { fine: null, end };
  // Note: an end of a statute's range (`a fine of 2,000 to 20,000 dirhams`) is no fine imposed (ranges.ts).
  if (inRange(text, amount.start, amount.end, amount.amount)) return { fine: null, end };
  // Note: wide enough for a payee named before the word that makes the sum compensation (AFTER_ROWS).
  const after = text.slice(end, end + 90).split("\t")[0] ?? "";
  for (const [pattern, label] of AFTER_ROWS) {
    const m = pattern.exec(after);
    // Note: the words that name a sum as no fine close its phrase, so they do not rule out the next
    // one (`P100,000 in moral damages, and X was fined PHP20,000`); a rate still rules out its value.
    if (m) return { fine: null, end: label === "rate" ? end : end + m[0].length };
  }
  const lead = [...left.matchAll(LEAD)].pop();
  const start = lead && (left.length - lead.index <= 60 || objectList(left.slice(lead.index + lead[0].length))) ? leftStart + lead.index : amount.start;
  const stated = restated(amount, money);
  const fine = fineFrom(text, { start, end }, stated.amount, stated.money, (tail !== null && EACH.test(tail[0])) || EACH_BEFORE.test(left));
  return { fine, end };
}

/**
 * The amount with the currency of the same sum restated in its brackets by a sign or a code
 * (`100,000 dinars (DA 100.000)`: the Algerian dinar, whatever country the letter names most),
 * and the equivalents without that restatement. Note: only by the very same sum; an equivalent in
 * another currency is another sum.
 */
function restated(amount: Amount, money: readonly Money[]): { amount: Amount; money: Money[] } {
  // Note: tomans restated in rials (`15 million tomans (150 million rials)`): the toman is ten rials and has no
  // code of its own, so the rials the letter states are the fine (IRR), as `300,000,000 rials (30 million tomans)` is.
  const rials = amount.unit === "toman" ? money.findIndex((m) => m.currency === "IRR" && m.amount === amount.amount * 10) : -1;
  const inRials = money[rials];
  if (inRials) return { amount: { ...amount, amount: inRials.amount, currency: "IRR", unit: null }, money: money.filter((_, i) => i !== rials) };
  const same = money.findIndex((m) => m.amount === amount.amount && m.currency !== amount.currency);
  const code = money[same]?.currency;
  if (same === -1 || !amount.currency || !code) return { amount, money: [...money] };
  return { amount: { ...amount, currency: code }, money: money.filter((_, i) => i !== same) };
}

/** Bare numbers listed right before a named amount (`20,000, 15,000 and `): group 1. */
const BARE_LIST = /((?:(?<![\d.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:,\s+(?:and\s+)?|\s+and\s+))+)$/u;
const BARE_ITEM = /\d{1,3}(?:,\d{3})*(?:\.\d+)?/gu;

/**
 * `fined 20,000, 15,000 and 10,000 rubles respectively`: the bare numbers before a named amount take
 * its currency (and scale), when `respectively` shares them out; else none.
 */
function bareBefore(text: string, from: number, amount: Amount, windowEnd: number): Amount[] {
  if (!amount.currency && !amount.unit) return [];
  const m = BARE_LIST.exec(text.slice(Math.max(from, amount.start - 80), amount.start));
  if (!m?.[1] || !/respectively/iu.test(text.slice(amount.end, Math.min(windowEnd, amount.end + 60)))) return [];
  const own = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?/u.exec(text.slice(amount.start, amount.end))?.[0];
  const scale = own ? amount.amount / parseAmount(own, "") : 1;
  if (!Number.isFinite(scale) || scale < 1) return [];
  const listStart = amount.start - m[1].length;
  return [...m[1].matchAll(BARE_ITEM)].map((n) => {
    const start = listStart + n.index;
    return { start, end: start + n[0].length, amount: parseAmount(n[0], "") * scale, currency: amount.currency, unit: amount.unit };
  });
}

/**
 * Marks amounts listed one after another and closed by `respectively` (`fines of 4,000,000 riel
 * (US$975), 2,000,000 riel and 1,000,000 riel respectively`) as shared out in order.
 */
function shareLists(text: string, fines: Unstamped<FineCandidate>[]): void {
  let list: Unstamped<FineCandidate>[] = [];
  const close = (): void => {
    if (list.length > 1 && RESPECTIVELY.test(text.slice((list.at(-1) as Unstamped<FineCandidate>).end))) {
      list.forEach((fine, index) => (fine.share = { index, count: list.length }));
    }
  };
  for (const fine of fines) {
    const last = list.at(-1);
    if (last && LIST_GLUE.test(text.slice(last.end, fine.term.start))) list.push(fine);
    else {
      close();
      list = [fine];
    }
  }
  close();
}

/**
 * A day-fine (`a judicial fine of 300 days, converted at TRY 100 per day into TRY 30,000`, `150
 * day-fines`, and the Spanish or French unit quoted in an English letter, `180 "días-multa"`): the fine is the count of days (unit `day`, as fixtures/heldout7's gold has it) and
 * the sum it is converted into, when stated, its money; the rate and the sum are no fines of their own.
 */
export const DAY_FINE: readonly [RegExp, string, string] = [
  /\b(?:(?:judicial|criminal)\s+)?fine\s+of\s+(\d{1,4})\s+days?\b|\b(\d{1,4})[-\s]day[-\s]fines?\b|(?<![\d,.])(\d{1,4})\s+["“'‘]?(?:d[ií]as?[-\s]multa|jours?[-\s]amende|daily\s+fines?)\b[,.]?["”'’]?/iu,
  "a fine counted in days",
  "a judicial fine of 300 days",
];
/** What leads from a day-fine to the sum it comes to (`converted … into`, `totalling`, `amounting to`). */
// Note: or a bracket after the daily rate (`calculated at TL 100 per day (TL 30,000)`).
// Note: and the sum a court sets them at (`which the court set at S/ 5,400`, `, equivalent to`), or a bracket right after them.
const CONVERTED =
  /^[^.;]{0,60}?(?:\b(?:into|totall?ing|amounting\s+to|i\.\s?e\.|that\s+is|or|set\s+at|fixed\s+at|equivalent\s+to|equal\s+to|worth|(?:comes?|coming)\s+to)\s+|\b(?:per|a|each)\s+day\s*[([]\s*)$|^\s*[([]\s*$/iu;
/** `each` closing a day-fine's phrase (`… S/ 5,400 in total for each`). */
const EACH_CLOSE = /^\s*(?:in\s+total\s+)?(?:for\s+)?(?:each|apiece)\b/iu;

/** The day-fine in `window`, with the end of its phrase (past the converted sum), or null. */
function dayFine(text: string, window: { start: number; end: number }): { fine: Unstamped<FineCandidate>; end: number } | null {
  const slice = text.slice(window.start, window.end);
  const m = DAY_FINE[0].exec(slice);
  const count = m ? Number(m[1] ?? m[2] ?? m[3]) : 0;
  if (!m || !count) return null;
  const start = window.start + m.index;
  const termEnd = start + m[0].length;
  const money: Money[] = [];
  let end = termEnd;
  for (const a of findAmounts(text, termEnd, Math.min(window.end, termEnd + 120), text)) {
    if (!a.currency || !CONVERTED.test(text.slice(termEnd, a.start))) continue;
    money.push({ amount: a.amount, currency: a.currency });
    // Note: a bracketed sum takes its closing bracket.
    end = /[([]\s*$/u.test(text.slice(termEnd, a.start)) && /^[)\]]/u.test(text.slice(a.end, a.end + 1)) ? a.end + 1 : a.end;
    break;
  }
  const amount: Amount = { start, end: termEnd, amount: count, currency: null, unit: "day" };
  const each = EACH_CLOSE.exec(text.slice(end, window.end));
  if (each) end += each[0].length;
  return { fine: fineFrom(text, { start, end }, amount, money, each !== null), end };
}

export const fineAmountRule: Extractor<FineCandidate> = {
  id: "fines/amount",
  type: "fine",
  extract(context) {
    const found: Unstamped<FineCandidate>[] = [];
    const trigger = context.language === "en" ? ENGLISH_TRIGGER : TRIGGER;
    for (const window of windowsWith(context, trigger)) {
      let consumed = window.start;
      const inWindow: Unstamped<FineCandidate>[] = [];
      const days = dayFine(context.text, window);
      // Note: with the amounts written with no currency word among them, in order (bare-amount.ts).
      const named = findAmounts(context.text, window.start, window.end, context.text);
      const bare = findBareAmounts(context.text, window.start, window.end).filter((b) => !named.some((a) => a.start < b.end && b.start < a.end));
      for (const found of [...named, ...bare].sort((a, b) => a.start - b.start)) {
        if (days && found.start >= days.fine.start && found.start < days.end) continue;
        if (days && found.start >= days.end && !inWindow.includes(days.fine)) inWindow.push(days.fine);
        if (found.start < consumed) continue;
        const unnamed = unnamedAmount(context.text, consumed, found.start);
        if (unnamed === "count") continue;
        const amount = unnamed ?? found;
        for (const bare of bareBefore(context.text, consumed, amount, window.end)) {
          const listed = fineIn(context, bare, consumed, window.end).fine;
          if (listed) inWindow.push({ ...listed, end: bare.end, text: context.text.slice(listed.start, bare.end), money: [] });
          consumed = bare.end;
        }
        const { fine, end } = fineIn(context, amount, consumed, window.end);
        consumed = end;
        if (fine) inWindow.push(fine);
      }
      if (days && !inWindow.includes(days.fine)) inWindow.push(days.fine);
      inWindow.sort((a, b) => a.start - b.start);
      shareLists(context.text, inWindow);
      found.push(...inWindow);
    }
    return found;
  },
};
