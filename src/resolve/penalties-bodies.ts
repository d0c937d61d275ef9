/**
 * A fine imposed on a company, outlet or union rather than on a person (`fined the station itself …`, `… on the
 * newspaper's parent company`, `Bora Media Ltd.`): no person's record.
 */
import { formsSource, LEGAL_FORMS } from "../language/legal-forms.js";
import type { PersonMention } from "./penalties-antecedents.js";
import type { PenaltySite } from "./penalties-site.js";

/** Nouns for a body, not a person: a fine on one of them is no person's fine. */
const BODY_NOUN =
  "(?:newspapers?|weekly|daily|magazines?|stations?|channels?|outlets?|broadcasters?|websites?|publishers?|publishing\\s+house|compan(?:y|ies)|firms?|employers?|factor(?:y|ies)|unions?|federations?|associations?|organi[sz]ations?|part(?:y|ies)|agenc(?:y|ies)|radio|television|TV|portals?|NGOs?)";
/** A fine's object that is a body (`fined the station itself …`, `fined the weekly Harbour Post …`). */
const BODY_OBJECT = new RegExp(`^\\S+\\s+(?:(?:the|its|his|her|their|our)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${BODY_NOUN}(?=\\s*(?:itself\\b|as\\b|to\\b|[\\p{Lu}\\d(,$€£]))`, "u");
/** A fine said to fall on a legal person (`fined X as a company`, `as a legal entity`). */
const AS_BODY = /\bas\s+(?:a|an|the)\s+(?:company|legal\s+(?:entity|person)|corporat(?:e\s+body|ion)|business|publisher|media\s+outlet|organi[sz]ation)\b/iu;
/** A body as the subject of a passive fine (`his newspaper, Gundem Daily, fined`, `the channel was fined`). */
const BODY_SUBJECT = new RegExp(`\\b${BODY_NOUN}(?:,\\s*[^,;]{1,40},)?\\s+(?:(?:was|were|has\\s+been|had\\s+been|is|be|been)\\s+(?:also\\s+)?)?$`, "iu");
/** A body noun inside a complement (`editor of the newspaper`) is no subject. */
const BODY_COMPLEMENT = /\b(?:of|for|at|from|with|by|to|in)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** After the amount, a body it is imposed on (`… of 50,000 lira on the newspaper's parent company`). */
const ON_BODY = new RegExp(`^[^.;]{0,30}?\\b(?:on|upon|against)\\s+(?:(?:the|its|his|her|their|our)\\s+)?(?:(?!of\\b)[\\p{L}'’-]+\\s+){0,3}?${BODY_NOUN}(?![\\p{L}'’])`, "u");
/** A company's legal form after its name (`Ekspres Medya A.Ş.`, `Bora Media Ltd.`, `Zenith LLC`): the whole class (language/legal-forms.ts). */
const FORMS = formsSource(LEGAL_FORMS);
const LEGAL_FORM = new RegExp(String.raw`\p{Lu}[\p{L}-]*\s+(?:${FORMS})`, "u");
/** A company told to pay, set off with its aside (`ordered Vela Press LLC, the outlet's publisher, to pay …`). */
const ORDERED_COMPANY = new RegExp(String.raw`\bordered\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:${FORMS})\.?(?:\s*,[^,;.]{1,80},)?\s+to\s+(?:pay|repay)\s+$`, "u");

/** A body by its noun told to pay (`ordered the union itself to pay a fine of …`, `ordered the station to pay`, session 23). */
const ORDERED_BODY = new RegExp(
  `\\bordered\\s+(?:(?:the|its|his|her|their|our)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${BODY_NOUN}(?:\\s+itself)?\\s+to\\s+(?:pay|repay)\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+){0,2}$`,
  "u",
);

/** A fine imposed on a company, outlet or union rather than on a person: no person's record. */
export function fineOnBody(text: string, site: PenaltySite, mentions: readonly PersonMention[]): boolean {
  const object = text.slice(site.start, site.term.start);
  const named = mentions.some((m) => m.start >= site.start && m.end <= site.term.start);
  // Note: with the amount, which the body noun's lookahead asks for (`fined the company 30,000 manats`).
  if (!named && (BODY_OBJECT.test(text.slice(site.start, site.term.end)) || AS_BODY.test(object))) return true;
  // Note: a company named by its legal form as the verb's object (`fined the owner, Bora Media Ltd., TL 80,000`).
  if (!named && LEGAL_FORM.test(object)) return true;
  const lead = text.slice(Math.max(site.window.start, site.term.start - 160), site.term.start);
  if (ORDERED_COMPANY.test(lead)) return true;
  if (!mentions.some((m) => m.start >= site.term.start - 60 && m.end <= site.term.start) && ORDERED_BODY.test(text.slice(Math.max(site.window.start, site.start - 60), site.start))) return true;
  const after = text.slice(site.term.end, Math.min(site.window.end, site.term.end + 80));
  if (AS_BODY.test(after.slice(0, 40))) return true;
  // Note: `imposed a fine of 50,000 lira on the newspaper's parent company, X A.Ş.`: on a body, not a person.
  if (ON_BODY.test(after) && !mentions.some((m) => m.start >= site.term.end && m.end <= site.term.end + 40)) return true;
  const before = text.slice(Math.max(site.window.start, site.start - 80), site.start);
  // Note: French and Spanish (`Le syndicat lui-même a été condamné à une amende de`, `La empresa fue sancionada con una multa de`).
  const subject = BODY_SUBJECT.exec(before) ?? site.language?.bodySubject.exec(before);
  if (!subject) return false;
  const at = site.start - before.length + subject.index;
  return !BODY_COMPLEMENT.test(text.slice(Math.max(site.window.start, at - 30), at)) && !mentions.some((m) => m.start >= at && m.end <= site.start);
}
