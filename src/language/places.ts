/**
 * Country words in French and Spanish for the countries whose currency shares its name with
 * others (franc, dinar, peso, dirham, pound, dollar): added to fines/countries.ts's rows so that
 * `francs CFA` in a letter about Bénin is XOF and `pesos` in one about Colombia is COP. Keys are
 * the `currency-codes` package's country names, as in countries.ts. Case-sensitive, as there.
 */
export const LOCAL_COUNTRY_ROWS: readonly (readonly [string, readonly string[]])[] = [
  ["Algeria", ["Algérie", "algérien", "algérienne", "algériens", "Alger", "Argelia", "argelino"]],
  ["Benin", ["Bénin", "béninois", "béninoise", "Benín"]],
  ["Burkina Faso", ["burkinabè"]],
  ["Cameroon", ["Cameroun", "camerounais", "camerounaise", "Camerún"]],
  ["Central African Republic (The)", ["République centrafricaine", "Centrafrique", "centrafricain"]],
  ["Chad", ["Tchad", "tchadien", "tchadienne"]],
  // Note: `francs congolais` are the DR Congo's (the Republic of the Congo pays in CFA francs).
  ["Congo (The Democratic Republic of The)", ["République démocratique du Congo", "RDC", "RD Congo", "congolais", "congolaise"]],
  ["Congo (The)", ["République du Congo"]],
  ["Côte D'ivoire", ["Côte d'Ivoire", "Côte d’Ivoire", "ivoirien", "ivoirienne", "Abidjan", "Costa de Marfil"]],
  ["Equatorial Guinea", ["Guinée équatoriale", "Guinea Ecuatorial", "Malabo"]],
  ["Gabon", ["gabonais", "gabonaise", "Libreville", "Gabón"]],
  ["Guinea", ["Guinée", "guinéen", "guinéenne", "guinéens", "Conakry"]],
  ["Mali", ["malien", "malienne", "Bamako"]],
  ["Niger (The)", ["nigérien", "nigérienne", "Niamey"]],
  ["Senegal", ["Sénégal", "sénégalais", "sénégalaise", "Dakar"]],
  ["Togo", ["togolais", "togolaise", "Lomé"]],
  ["Switzerland", ["Suisse", "suisse", "Suiza", "Berne", "Genève", "Ginebra"]],
  ["Tunisia", ["Tunisie", "tunisien", "tunisienne", "Túnez", "tunecino"]],
  ["Morocco", ["Maroc", "marocain", "marocaine", "Marruecos", "marroquí"]],
  ["Egypt", ["Égypte", "égyptien", "Egipto", "egipcio"]],
  ["Lebanon", ["Liban", "libanais", "Líbano"]],
  ["Argentina", ["Argentine", "argentino", "argentina", "Buenos Aires"]],
  ["Chile", ["Chili", "chilien", "chileno", "Santiago de Chile"]],
  ["Colombia", ["Colombie", "colombien", "colombiano", "colombiana", "Bogotá"]],
  ["Cuba", ["cubain", "cubaine", "cubano", "cubana", "La Habana", "La Havane"]],
  ["Dominican Republic (The)", ["République dominicaine", "República Dominicana", "dominicano", "Santo Domingo"]],
  ["Mexico", ["Mexique", "mexicain", "México", "mexicano", "mexicana"]],
  ["Uruguay", ["uruguayen", "uruguayo", "Montevideo"]],
  ["Philippines (The)", ["Filipinas", "philippin"]],
  ["Nicaragua", ["nicaragüense", "nicaraguayen"]],
  // Note: the bolívar's `Bs.` and the boliviano's `Bs` are told apart by these.
  ["Venezuela (Bolivarian Republic Of)", ["Venezuela", "vénézuélien", "vénézuélienne", "venezolano", "venezolana", "Caracas"]],
  ["Bolivia (Plurinational State Of)", ["Bolivia", "Bolivie", "bolivien", "bolivienne", "La Paz", "Sucre"]],
];

/**
 * English words that make a capitalised run a place wherever they stand in it, by where they
 * stand and not by a gazetteer: a first word (`Port Harcourt`, `Fort Portal`, `Santa Inés`,
 * `Mount Darwin`) or a last word (`General Santos City`, `Kampong Speu Province`, `Mangystau
 * Region`). A person's name neither opens nor closes with one of them.
 */
// Note: not `San` (a Burmese name word: `San San Nu`), `New` or `Kota` (a Japanese given name);
// not `Bay` or `Delta` at the end (surnames).
export const PLACE_OPENERS = new Set(["Port", "Puerto", "Porto", "Fort", "Mount", "Lake", "Cape", "Santa", "Santo", "São", "Saint", "Sainte", "Sankt", "Gulf"]);
/** A country's administrative divisions, which close a place's name (`Sughd Region`; in lower case too, `Sughd region`). */
export const DIVISION_WORDS: readonly string[] = ["Province", "District", "Region", "County", "Oblast", "Governorate", "Prefecture", "Municipality", "Township"];
export const PLACE_CLOSERS = new Set([
  "City", ...DIVISION_WORDS,
  "Valley", "Island", "Islands", "Highlands", "Coast", "Peninsula", "Plateau", "Lowlands",
]);

/**
 * Compass words that, opening a run, make it a region (`Central Asia`, `East Africa`, `Western
 * Europe`, `North Kivu`): a person's name does not open with one.
 */
export const COMPASS_WORDS = new Set(["North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower"]);

/** True when the words of a run name a place by an opening or closing place word, or a compass word before another word. */
export function placeByWords(words: readonly string[]): boolean {
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last || words.length < 2) return false;
  return PLACE_OPENERS.has(first) || PLACE_CLOSERS.has(last) || COMPASS_WORDS.has(first);
}

/**
 * Countries under the names they have taken lately, which the dictionary does not know yet
 * (`Türkiye` since 2022, `Eswatini` since 2018): UN and union letters use them.
 */
export const RENAMED_COUNTRIES: ReadonlySet<string> = new Set(["Türkiye", "Turkiye", "Eswatini", "Czechia", "Timor-Leste"]);

/**
 * Countries that are also people's names or a US state, which compromise's lexicon tags as a name or
 * a region only (`Georgia`, `Jordan`, `Chad`): a country where a preposition marks a place.
 */
export const NAME_COUNTRIES: ReadonlySet<string> = new Set(["Georgia", "Jordan", "Chad"]);

/**
 * Regions of the world, which a body spanning them names after `in` as it would a country
 * (`Federation of Domestic Workers in Latin America`, `… in the Americas`, `… in the Middle East`).
 * A region opens with one of these words, or with a compass word before another capitalised word
 * (`in Southeast Asia`, `in East Africa`, `in Central America`).
 */
export const REGION_WORDS = new Set([
  "Africa", "Asia", "Europe", "America", "Americas", "Oceania", "Caribbean", "Pacific", "Arctic", "Balkans", "Maghreb",
  "Sahel", "Levant", "Caucasus", "Andes", "Gulf", "Asia-Pacific", "Eurasia", "Scandinavia", "Mesoamerica",
]);
/** First words of two-word regions (`Middle East`, `Latin America`, `Far East`). */
const REGION_OPENERS = /^(?:Middle|Near|Far|Latin|Sub-Saharan)$/u;

/** True when the words from `at` (a `the` skipped) name a region of the world. */
export function regionAt(words: readonly { text: string }[], at: number): boolean {
  const from = words[at]?.text === "the" ? at + 1 : at;
  const first = words[from]?.text ?? "";
  const next = words[from + 1]?.text ?? "";
  if (REGION_WORDS.has(first)) return true;
  return (COMPASS_WORDS.has(first) || REGION_OPENERS.test(first)) && /^\p{Lu}\p{Ll}/u.test(next);
}
