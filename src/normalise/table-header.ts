/**
 * The header row of a table: which column holds the person, their organisation, role, penalty
 * and date. Shared by the normaliser (a two-column block is a table only under a header) and by
 * extraction (people/table.ts, resolve/table-rows.ts read the columns by it).
 */

export type Column = "name" | "organisation" | "role" | "penalty" | "date" | "other";

/**
 * Header words per column, each row `[pattern, column, example]`.
 * Note: a ruling's instance heads a penalty column too (`First instance (3 Sept. 2025)`, `Appeal`, `En appel`: the terms
 * each court gave, session 22).
 */
export const HEADER_WORDS: readonly (readonly [RegExp, Exclude<Column, "other">, string])[] = [
  [/^(?:(?:full |first |last |family |given )?names?(?: and surname)?|surnames?|persons?|individuals?|detainees?|prisoners?|defendants?|accused|activists?|workers?|signator(?:y|ies)|signed by|noms?(?: et prénoms?)?|prénoms? et noms?|nombres?(?: y apellidos?)?|apellidos?(?: y nombres?)?|personnes?|détenue?s?|accusée?s?|prévenue?s?|acusad[oa]s?|procesad[oa]s?|imputad[oa]s?|detenid[oa]s?)$/iu, "name", "Full name"],
  [/^(?:(?:trade )?unions?|organi[sz]ations?|affiliations?|affiliates?|institutions?|bod(?:y|ies)|federations?|associations?|branch(?:es)?|chapters?|locals?|employers?|workplaces?|compan(?:y|ies)|media(?: outlets?)?|outlets?|syndicats?|sindicatos?|organizaci(?:ón|ones)|médias?|medios?|organes? de presse|journal|journaux|employeurs?|empleadores?|entreprises?|empresas?|fédérations?|federaci(?:ón|ones)|asociaci(?:ón|ones)|centrales?)$/iu, "organisation", "Trade union"],
  [/^(?:titles?|positions?|roles?|functions?|posts?|occupations?|professions?|(?:(?:former|current|previous|present) )?(?:union (?:positions?|roles?|posts?|offices?)|(?:positions?|posts?|roles?|offices?|functions?) (?:in|at|within) (?:the )?[\p{L}\p{N}’'&()-]+(?: [\p{L}\p{N}’'&()-]+){0,6})|posts? held|offices? held|fonctions?|postes?|rôles?|qualités?|cargos?|funci(?:ón|ones)|puestos?|profesi(?:ón|ones))$/iu, "role", "Former post in the union"],
  [/^(?:sentences?|penalt(?:y|ies)|punishments?|verdicts?|terms?|fines?|sentences? or fines?|rulings?|outcomes?|judge?ments?|sentences? (?:handed down|imposed)|prison(?: terms?| sentences?)?|jail(?: terms?)?|detention|(?:administrative )?arrest|custod(?:y|ial sentences?)|corrective labou?r|probation(?:ary)?(?: (?:period|term))?|suspended(?: (?:sentence|term|part))?|restricted freedom|house arrest|imprisonment|emprisonnement|peines? de prison|prisi(?:ón|on)|cárcel|privaci(?:ón|on) de libertad|peines?|condamnations?|sanctions?|amendes?|jugements?|décisions?|peines? prononcées?|penas?|condenas?|sentencias?|multas?|sanci(?:ón|ones)|fallos?|(?:(?:court|ruling|sentence|judge?ment|verdict) (?:of|at|in) )?(?:the )?first instance|(?:(?:court|ruling|sentence|judge?ment|verdict) )?(?:on |of |at )?appeal|appeal (?:court|ruling|sentence|judge?ment|verdict)|(?:en )?première instance|(?:en )?appel|(?:en )?primera instancia|(?:en )?segunda instancia|(?:en )?apelaci(?:ón|on))$/iu, "penalty", "Sentence imposed"],
  [/^(?:dates?(?: of (?:the )?(?:sentence|sentencing|ruling|verdict|judge?ment|conviction|trial|decision))?|(?:ruling|sentencing|verdict|trial|decision) dates?|sentenced on|decided(?: on)?|when|fechas?(?: de (?:la )?(?:sentencia|condena|resoluci[óo]n))?|dates? (?:du|de la) (?:jugement|condamnation|décision))$/iu, "date", "Date of ruling"],
];

/** A header cell's trailing day, with the ruling's participle before it (`imposed on 4 March`, `prononcée le 3 mars 2025`, `dictada el 5/6/2025`). */
const DATED_AFTER =
  /(?:\s+(?:imposed|handed\s+down|pronounced|given|issued|prononcée?s?|infligée?s?|dictad[oa]s?|impuest[oa]s?))?\s+(?:on|of|dated|le|du|el|del)\s+(?:\p{L}+,?\s+)?\d{1,4}(?:[\s./-]+(?:de\s)?(?:\p{L}+|\d{1,4})){0,3}\.?$/u;

/** What a header cell names: its column, or `other` (`Charge`, `Country`). */
export function columnOf(cell: string): Column {
  const words = cell.trim().replace(/[:*.]+$/u, "").replace(/\s+/gu, " ");
  for (const [pattern, column] of HEADER_WORDS) if (pattern.test(words)) return column;
  return "other";
}

/**
 * The columns a first row names, or null when it is no header: at least two of its cells name a
 * column we read and none holds a digit (a data row has dates and terms).
 */
export function headerColumns(cells: readonly string[]): Column[] | null {
  // Note: a bracketed qualifier may date a column (`Sentence (District Court, 17/10/2024)`), and so may a trailing
  // day (`Penalty imposed on 4 March`, `Peine prononcée le 3 mars`); other digits make a data row.
  const bare = cells.map((cell) => cell.replace(/\s*\([^()]*\)/gu, "").replace(DATED_AFTER, ""));
  if (bare.some((cell) => /\d/u.test(cell))) return null;
  const columns = bare.map(columnOf);
  const named = columns.filter((column) => column !== "other").length;
  return named >= 2 ? columns : null;
}
