/**
 * Asides that name whose word a figure is (reported speech): `, according to the defence,`,
 * `, selon son avocat,`, `, según la defensa,`. Such an aside sits inside a phrase without
 * changing what the phrase says, so the rules that read a phrase's grammar pass over it.
 */

/** The words that open an attribution, in English, French and Spanish. */
const ATTRIBUTION = String.raw`(?:according\s+to|as\s+(?:stated|reported|estimated)\s+by|citing|selon|d[’']apr[èe]s|de\s+l[’']avis\s+de|seg[úu]n|de\s+acuerdo\s+con|conforme\s+a|a\s+juicio\s+de)`;

/** An attribution set off by commas (`, according to his lawyer,`), up to its closing comma. */
const ATTRIBUTION_ASIDE = new RegExp(String.raw`,\s+${ATTRIBUTION}\s+[^,;.()]{1,40},`, "giu");

/**
 * The text with every comma-set attribution aside replaced by one space: `, equivalente, según la
 * defensa, a unos ` reads `, equivalente a unos `.
 */
export function withoutAttributions(text: string): string {
  return text.includes(",") ? text.replace(ATTRIBUTION_ASIDE, " ").replace(/\s{2,}/gu, " ") : text;
}
