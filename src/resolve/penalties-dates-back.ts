/**
 * Words by which a sentence points back to a ruling told before it, so that it takes that
 * ruling's date (resolve/penalties-dates.ts): the same hearing or trial, co-defendants, or a
 * clause naming the penalties just listed (`That is what the court imposed on Tuesday`).
 */
import { POINTS_BACK_CLAUSE } from "../language/terms.js";

/**
 * A sentence that points back at the day of the sentence before, whatever event that one tells (`On 22 February
 * X was detained … The same evening, the court sentenced him …`, `Later that day`, `le soir même`, `ese mismo día`):
 * it takes that sentence's date.
 */
export const SAME_DAY =
  /(?<!\p{L})(?:(?:later\s+)?(?:on\s+)?(?:that|the\s+same)\s+(?:day|evening|night|morning|afternoon)|(?:le\s+)?(?:jour|soir|matin)\s+même|(?:le\s+)?même\s+jour|ce\s+(?:même\s+)?(?:jour|soir)(?:-là)?|(?:ese|aquel|el)\s+mismo\s+día|(?:esa|aquella)\s+misma\s+(?:tarde|noche|mañana))(?!\p{L})/iu;

/**
 * A sentence that refers back to the ruling just told (`in the same hearing`, `that day`, `The
 * court also imposed …`): it takes the date of the penalty before it.
 */
// Note: its days are SAME_DAY's (`that day`, `the same day`).
export const SAME_RULING = new RegExp(
  String.raw`\b(?:(?:at|in|during)\s+the\s+same\s+(?:hearing|trial|session|ruling|verdict|judge?ment)|also|in\s+addition|additionally)\b|${SAME_DAY.source}`,
  "iu",
);

/**
 * A sentence saying its people were tried in the ruling told before (`convicted alongside her`, `in
 * the same trial`, `co-defendants`).
 */
// Note: French and Spanish too (`Dans la même affaire, deux militantes …`, `lors du même procès`,
// `en el mismo juicio`, `sus coacusados`).
export const SAME_TRIAL =
  /\b(?:convicted|sentenced|tried|prosecuted|charged|found\s+guilty|stood\s+trial|in\s+the\s+dock)\s+(?:alongside|together\s+with|with)\s+(?:her|him|them|their\s+\p{L}+|his\s+\p{L}+)\b|\b(?:in|at)\s+the\s+same\s+(?:trial|hearing|case|proceedings|ruling|verdict|judge?ment|decision)\b|\bco-?defendants?\b|\b(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|other|remaining)\s+(?:defendants?|accused)\b|\banother\s+(?:defendant|accused)\b|(?<!\p{L})(?:une?\s+(?:deuxième|troisième|quatrième|cinquième)|l['’]autre|le\s+dernier|la\s+dernière)\s+(?:prévenue?|accusée?)(?!\p{L})|(?<!\p{L})(?:(?:un|una|el|la)\s+(?:segund[oa]|tercer[oa]?|cuart[oa]|quint[oa])|(?:el|la)\s+otr[oa]|otr[oa])\s+(?:acusad[oa]|procesad[oa])(?!\p{L})|\b(?:dans|lors)\s+(?:de\s+)?(?:la|le|du)\s+même\s+(?:affaire|dossier|procès|audience)\b|\ben\s+(?:el|la)\s+mism[oa]\s+(?:caso|juicio|proceso|causa|expediente|audiencia)\b|\b(?:co-?accusée?s?|co-?prévenue?s?|co-?inculpée?s?|coacusad[oa]s?|coprocesad[oa]s?)(?!\p{L})/iu;

/** A sentence opening with a clause that names the penalties just told (`That is what the court imposed …`, `C'est la peine prononcée …`). */
export const POINTS_BACK = new RegExp(`^[\\s\\p{P}]*${POINTS_BACK_CLAUSE}`, "iu");
