/**
 * The wordings around a date that make it a ruling's (RULING_OF: `the verdict handed down on`, `condamnés le`), that tell
 * an appeal's ruling (APPEAL), which did not impose the penalties it upholds, and a call for a ruling to come (CALL).
 */
import { DELIVERED_PARTICIPLES, PENALTY_PARTICIPLES, RULING_NOUNS, words } from "../language/rulings.js";
import { WEEKDAY_WORDS } from "./penalties-dates-relative.js";

/**
 * The words right before a date that make it a ruling's date, the ruling named by its noun or
 * verb (`condemns the convictions handed down on Thursday, 14 November`, `the sentencing hearing
 * of 31 July`, `sentenced on 3 May`, `les jugements prononcés le lundi 3 mars`, `condamnés le jeudi
 * 10 avril`, `la sentencia dictada el pasado martes 5 de agosto`). Not a bare hearing or trial:
 * a hearing may rule nothing.
 */
export const RULING_OF = new RegExp(
  [
    String.raw`\b(?:${words(RULING_NOUNS, "en")}|sentencing\s+hearing)\s+(?:(?:was|were)\s+)?(?:(?:${words(DELIVERED_PARTICIPLES, "en")})\s+)?(?:on|of|dated)\s+(?:the\s+)?`,
    "\\b(?:sentenced|convicted|jailed|condemned)\\s+(?:on|in)\\s+",
    String.raw`\b(?:${words(RULING_NOUNS, "fr")}|${words(PENALTY_PARTICIPLES, "fr")})\s+(?:(?:${words(DELIVERED_PARTICIPLES, "fr")})\s+)?(?:le|du)\s+`,
    String.raw`\b(?:${words(RULING_NOUNS, "es")}|condenad[oa]s?)\s+(?:(?:${words(DELIVERED_PARTICIPLES, "es")})\s+)?(?:el|del)\s+(?:pasado\s+)?`,
  ]
    .map((head) => `(?:${head})`)
    .join("|")
    .replace(/^/u, "(?:")
    .concat(`)(?:${WEEKDAY_WORDS})?$`),
  "iu",
);
/** An appeal's ruling (`The Court of Appeal's ruling of 5 June upheld …`): it did not impose the penalties. */
// Note: not `calls on the Court of Cassation to …`, which asks for a ruling to come.
export const APPEAL =
  /\b(?:uph[eo]ld|quashed|overturned|on\s+appeal|appeals?\s+court|court\s+of\s+appeals?|appellate|cour\s+d['’]appel|en\s+appel|confirmée?s?|en\s+apelaci[oó]n|(?:corte|tribunal|sala)\s+de\s+apelaci[oó]n(?:es)?|confirmad[oa]s?)\b/iu;

/** True when a dated sentence tells of an appeal's ruling and the penalty's own sentence does not: the appeal did not impose it. */
export const appealOnly = (dated: string, sentence: string): boolean => APPEAL.test(dated.replace(CALL, "")) && !APPEAL.test(sentence);
/**
 * A call for what is to come, to the end of its sentence (`… and calls on the authorities to quash it on
 * appeal`, `appelle la cour d'appel à …`, `insta a la corte de apelaciones a …`): a wish, no ruling told.
 */
export const CALL =
  /\b(?:calls?\s+(?:on|upon)|urges?|asks?|demands?|requests?|appeals?\s+to|invites?|(?:ap)?pellen?t?|exhorten?t?|demanden?t?|prien?t?|exigen?t?|piden?|instan?|solicitan?|exhortan?|llaman?)\b[^.;]*(?:[.;]\s*)?$/iu;
