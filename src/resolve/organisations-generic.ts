import { isCommonWord, isCountryWord, isPlaceName } from "../extract/nlp.js";

/**
 * Generic institutional names: a court named only by its rank (`the High Court`, `Court of
 * Appeal`, `Court of First Instance`) or a mission named only by its kind (`the Permanent
 * Mission`, `the High Commission`). They say which kind of body, not which body: a reference back
 * to a fuller name in the letter (`High Commission of the Republic of Zambia in London`), else a
 * generic reference like `the government`, no record of its own. Decision (docs/people-and-
 * organisations.md): the corpus marks such courts optional and the unseen golds list none.
 */

/** Words of a court's rank or a mission's kind, rows `[word, example]`; a name made only of them (and `of`/`the`) is generic. */
export const GENERIC_INSTITUTION_WORDS: readonly (readonly [string, string])[] = [
  ["court", "the Court"],
  ["courts", "the Courts"],
  ["high", "High Court"],
  ["supreme", "Supreme Court"],
  ["constitutional", "Constitutional Court"],
  ["district", "District Court"],
  ["regional", "Regional Court"],
  ["provincial", "Provincial Court"],
  ["city", "City Court"],
  ["appeal", "Court of Appeal"],
  ["appeals", "Court of Appeals"],
  ["appellate", "Appellate Court"],
  ["criminal", "Criminal Court"],
  ["civil", "Civil Court"],
  ["military", "Military Court"],
  ["magistrate", "Magistrate Court"],
  ["magistrate's", "Magistrate's Court"],
  ["magistrates", "Magistrates Court"],
  ["magistrates'", "Magistrates' Court"],
  ["sessions", "Sessions Court"],
  ["chief", "Chief Magistrate's Court"],
  ["senior", "Senior Magistrate's Court"],
  ["principal", "Principal Magistrate's Court"],
  ["resident", "Resident Magistrate's Court"],
  ["sheriff's", "Sheriff's Court"],
  ["coroner's", "Coroner's Court"],
  ["additional", "Court of the Additional Sessions"],
  ["first", "Court of First Instance"],
  ["instance", "Court of First Instance"],
  ["cassation", "Court of Cassation"],
  // Note: the levels of a court system and its branches of law, as other systems name them in English
  // (`Primary Court`, `Basic Court`, `Federal Oral Criminal Court`, `Intermediate Court`, `Circuit Court`).
  ["primary", "Primary Court"],
  ["basic", "Basic Court"],
  ["federal", "Federal High Court"],
  ["oral", "Federal Oral Criminal Court"],
  ["intermediate", "Intermediate Court"],
  ["superior", "Superior Court"],
  ["circuit", "Circuit Court"],
  ["county", "County Court"],
  ["juvenile", "Juvenile Court"],
  ["family", "Family Court"],
  ["penal", "Penal Court"],
  // Note: French and Spanish courts by level and branch (`Cour d'appel`, `Tribunal de première instance`, `Juzgado
  // Letrado de Primera Instancia`, `Tribunal de Apelaciones`, `Sala de lo Penal`, `Tribunal de Garantías Penales`).
  ["cour", "Cour d'appel"],
  ["tribunal", "Tribunal correctionnel"],
  ["chambre", "Chambre correctionnelle"],
  ["appel", "Cour d'appel"],
  ["suprême", "Cour suprême"],
  ["assises", "Cour d'assises"],
  ["correctionnel", "Tribunal correctionnel"],
  ["correctionnelle", "Chambre correctionnelle"],
  ["première", "Tribunal de première instance"],
  ["grande", "Tribunal de grande instance"],
  ["militaire", "Tribunal militaire"],
  ["criminelle", "Cour criminelle"],
  ["juzgado", "Juzgado de Instrucción"],
  ["corte", "Corte de Apelaciones"],
  ["sala", "Sala de lo Penal"],
  ["instrucción", "Juzgado de Instrucción"],
  ["letrado", "Juzgado Letrado de Primera Instancia"],
  ["primera", "Juzgado Letrado de Primera Instancia"],
  ["segunda", "Corte de Segunda Instancia"],
  ["instancia", "Juzgado Letrado de Primera Instancia"],
  ["apelaciones", "Corte de Apelaciones"],
  ["apelación", "Tribunal de Apelación"],
  ["casación", "Sala de Casación"],
  ["garantías", "Tribunal de Garantías Penales"],
  ["penales", "Tribunal de Garantías Penales"],
  ["sentencia", "Tribunal de Sentencia"],
  ["juicio", "Tribunal de Juicio Oral"],
  ["suprema", "Corte Suprema"],
  ["supremo", "Tribunal Supremo"],
  ["militar", "Tribunal Militar"],
  ["permanent", "Permanent Mission"],
  ["mission", "Permanent Mission"],
  ["commission", "High Commission"],
  ["embassy", "the Embassy"],
  ["consulate", "the Consulate"],
  ["representation", "Permanent Representation"],
];

const WORDS = new Set(GENERIC_INSTITUTION_WORDS.map(([word]) => word));
const HEADS = /^(?:court|courts|mission|commission|embassy|consulate|representation|cour|tribunal|chambre|juzgado|corte|sala)$/u;
/** Joining words of a name, English, French and Spanish: no rank of their own. */
const JOINING = new Set(["of", "the", "de", "du", "des", "del", "la", "le", "lo", "los", "las", "en"]);

/** True for a name made only of a court's rank or a mission's kind (`High Court`, `Permanent Mission`). */
export function isGenericInstitution(name: string): boolean {
  // Note: an elided `d'`/`l'` is a word of its own (`Cour d'appel`).
  const words = name.toLowerCase().replace(/’/gu, "'").replace(/\b([dl])'/gu, "$1' ").split(/\s+/u).filter((w) => !JOINING.has(w) && w !== "d'" && w !== "l'");
  return words.length > 0 && words.every((w) => WORDS.has(w)) && words.some((w) => HEADS.test(w));
}

/** A branch noun and the place it sits in, French, Spanish and English (`Bureau de Yaoundé`, `Oficina de Lima`, `Office in Nairobi`). */
const BRANCH_AT = /^(?:Bureau|Oficina|Antenne|Délégation|Delegación|Sede|Office|Desk)[ \u00a0]+(?:de|du|del|d['’]|in|at|en|à)[ \u00a0]*(?:la[ \u00a0]+|l['’])?(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]*){0,2})$/u;

/**
 * True for a body's branch named only by where it sits (`Bureau de Yaoundé` after `Organisation
 * internationale du Travail (OIT),`): the words name no body by themselves (as `Moscow Office`).
 */
export function isBranchOnly(name: string): boolean {
  const place = BRANCH_AT.exec(name)?.[1];
  // Note: a one-word proper name the dictionary does not know is most often a town (`Yaoundé`, `Bukavu`); not a field (`Bureau de Coordination`).
  return place !== undefined && (isPlaceName(place) || isCountryWord(place) || (!place.includes(" ") && !isCommonWord(place) && !isCommonWord(place.toLowerCase())));
}

