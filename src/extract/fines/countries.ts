/**
 * Which country a letter is about, from the place words it uses: the country's name, its
 * demonym and its capital (world knowledge, not the corpus's): the rows below, then every other
 * country of the world data. Currencies that several countries name alike (dinar, franc, rupee,
 * rouble, manat, `Rs`, `C$`, `$`) take the code of the country the letter names most. The rows'
 * countries are keyed by their name in the `currency-codes` package, the others by their common name.
 */
import currencyCodes from "currency-codes";
import { LOCAL_COUNTRY_ROWS } from "../../language/places.js";
import { worldCountries } from "../../language/world-countries.js";
import { namesOf } from "../../language/world-currencies.js";

/** `[country as currency-codes names it, words that name it (name, demonym, capital, other forms)]`. */
export const COUNTRY_ROWS: readonly (readonly [string, readonly string[]])[] = [
  ["Algeria", ["Algeria", "Algerian", "Algiers"]],
  ["Argentina", ["Argentina", "Argentine", "Argentinian", "Buenos Aires"]],
  ["Armenia", ["Armenia", "Armenian", "Yerevan"]],
  ["Australia", ["Australia", "Australian", "Canberra", "Sydney"]],
  ["Azerbaijan", ["Azerbaijan", "Azerbaijani", "Azeri", "Baku"]],
  ["Bahrain", ["Bahrain", "Bahraini", "Manama"]],
  ["Bangladesh", ["Bangladesh", "Bangladeshi", "Dhaka"]],
  ["Belarus", ["Belarus", "Belarusian", "Byelorussian", "Minsk", "Homel", "Gomel", "Hrodna", "Grodno", "Vitebsk", "Mahiliou", "Mogilev"]],
  ["Benin", ["Benin", "Beninese", "Cotonou", "Porto-Novo"]],
  ["Brazil", ["Brazil", "Brazilian", "Brasília", "Brasilia", "São Paulo"]],
  ["Burkina Faso", ["Burkina Faso", "Burkinabe", "Burkinabè", "Ouagadougou"]],
  ["Cambodia", ["Cambodia", "Cambodian", "Khmer", "Phnom Penh"]],
  ["Cameroon", ["Cameroon", "Cameroonian", "Yaoundé", "Yaounde", "Douala"]],
  ["Canada", ["Canada", "Canadian", "Ottawa", "Toronto"]],
  ["Central African Republic (The)", ["Central African Republic", "Bangui"]],
  ["Chad", ["Chadian", "N'Djamena"]],
  ["Chile", ["Chile", "Chilean", "Santiago"]],
  ["Colombia", ["Colombia", "Colombian", "Bogotá", "Bogota"]],
  ["Congo (The Democratic Republic of The)", ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DRC", "Kinshasa", "Congolese"]],
  ["Congo (The)", ["Republic of Congo", "Congo-Brazzaville", "Brazzaville"]],
  ["Cuba", ["Cuba", "Cuban", "Havana"]],
  ["Côte D'ivoire", ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "Ivorian", "Abidjan"]],
  ["Denmark", ["Denmark", "Danish", "Copenhagen"]],
  ["Dominican Republic (The)", ["Dominican Republic", "Santo Domingo"]],
  ["Egypt", ["Egypt", "Egyptian", "Cairo"]],
  ["Equatorial Guinea", ["Equatorial Guinea", "Malabo"]],
  ["Gabon", ["Gabon", "Gabonese", "Libreville"]],
  ["Georgia", ["Tbilisi", "Georgian"]],
  ["Guinea", ["Conakry", "Guinean"]],
  ["Hong Kong", ["Hong Kong"]],
  ["India", ["India", "Indian", "New Delhi", "Delhi", "Mumbai", "Chennai", "Kolkata"]],
  ["Iran (Islamic Republic Of)", ["Iran", "Iranian", "Tehran"]],
  ["Iraq", ["Iraq", "Iraqi", "Baghdad"]],
  ["Jordan", ["Jordanian", "Amman"]],
  ["Kazakhstan", ["Kazakhstan", "Kazakh", "Kazakhstani", "Astana", "Almaty"]],
  ["Kenya", ["Kenya", "Kenyan", "Nairobi"]],
  ["Fiji", ["Fiji", "Fijian", "Suva"]],
  ["Jamaica", ["Jamaica", "Jamaican"]],
  ["Trinidad and Tobago", ["Trinidad and Tobago", "Trinidad", "Trinidadian", "Port of Spain"]],
  ["Barbados", ["Barbados", "Barbadian", "Bridgetown"]],
  ["Bahamas (The)", ["Bahamas", "Bahamian", "Nassau"]],
  ["Belize", ["Belize", "Belizean"]],
  ["Guyana", ["Guyana", "Guyanese", "Georgetown"]],
  ["Solomon Islands", ["Solomon Islands", "Honiara"]],
  ["Korea (The Democratic People’s Republic Of)", ["North Korea", "North Korean", "Pyongyang"]],
  ["Korea (The Republic Of)", ["South Korea", "South Korean", "Republic of Korea", "Seoul"]],
  ["Kuwait", ["Kuwait", "Kuwaiti"]],
  ["Kyrgyzstan", ["Kyrgyzstan", "Kyrgyz", "Bishkek"]],
  ["Lebanon", ["Lebanon", "Lebanese", "Beirut"]],
  ["Liberia", ["Liberia", "Liberian", "Monrovia"]],
  ["Libya", ["Libya", "Libyan", "Tripoli"]],
  ["Malawi", ["Malawi", "Malawian", "Lilongwe"]],
  ["Malaysia", ["Malaysia", "Malaysian", "Kuala Lumpur"]],
  ["Mali", ["Mali", "Malian", "Bamako"]],
  ["Mexico", ["Mexico", "Mexican"]],
  ["Morocco", ["Morocco", "Moroccan", "Rabat", "Casablanca"]],
  ["Nepal", ["Nepal", "Nepali", "Nepalese", "Kathmandu"]],
  ["New Zealand", ["New Zealand", "Wellington", "Auckland"]],
  ["Nicaragua", ["Nicaragua", "Nicaraguan", "Managua"]],
  ["Niger (The)", ["Niger", "Nigerien", "Niamey"]],
  ["Nigeria", ["Nigeria", "Nigerian", "Abuja", "Lagos"]],
  ["Norway", ["Norway", "Norwegian", "Oslo"]],
  ["Oman", ["Oman", "Omani", "Muscat"]],
  ["Pakistan", ["Pakistan", "Pakistani", "Islamabad", "Lahore", "Karachi"]],
  ["Philippines (The)", ["Philippines", "Philippine", "Filipino", "Manila"]],
  ["Qatar", ["Qatar", "Qatari", "Doha"]],
  ["Russian Federation (The)", ["Russia", "Russian", "Moscow", "St. Petersburg", "Saint Petersburg"]],
  ["Rwanda", ["Rwanda", "Rwandan", "Kigali"]],
  ["Saudi Arabia", ["Saudi Arabia", "Saudi", "Riyadh"]],
  ["Senegal", ["Senegal", "Senegalese", "Dakar"]],
  ["Serbia", ["Serbia", "Serbian", "Belgrade"]],
  ["Singapore", ["Singapore", "Singaporean"]],
  ["Somalia", ["Somalia", "Somali", "Mogadishu"]],
  ["South Sudan", ["South Sudan", "South Sudanese", "Juba"]],
  ["Sri Lanka", ["Sri Lanka", "Sri Lankan", "Lanka", "Ceylon", "Colombo", "Kandy"]],
  ["Sudan (The)", ["Sudan", "Sudanese", "Khartoum"]],
  ["Sweden", ["Sweden", "Swedish", "Stockholm"]],
  ["Switzerland", ["Switzerland", "Swiss", "Geneva", "Bern"]],
  ["Syrian Arab Republic", ["Syria", "Syrian", "Damascus"]],
  ["Taiwan (Province of China)", ["Taiwan", "Taiwanese", "Taipei"]],
  ["Tajikistan", ["Tajikistan", "Tajik", "Dushanbe"]],
  ["Tanzania, United Republic Of", ["Tanzania", "Tanzanian", "Dodoma", "Dar es Salaam"]],
  ["Togo", ["Togo", "Togolese", "Lomé", "Lome"]],
  ["Tunisia", ["Tunisia", "Tunisian", "Tunis"]],
  ["Turkmenistan", ["Turkmenistan", "Turkmen", "Ashgabat"]],
  ["Türki̇ye", ["Turkey", "Türkiye", "Turkish", "Ankara", "Istanbul", "İstanbul"]],
  ["Uganda", ["Uganda", "Ugandan", "Kampala"]],
  ["Ukraine", ["Ukraine", "Ukrainian", "Kyiv", "Kiev"]],
  ["United Arab Emirates (The)", ["United Arab Emirates", "UAE", "Emirati", "Abu Dhabi", "Dubai"]],
  ["United Kingdom of Great Britain and Northern Ireland (The)", ["United Kingdom", "Britain", "British", "London", "UK"]],
  ["United States of America (The)", ["United States", "U.S.", "USA", "Washington"]],
  ["Uruguay", ["Uruguay", "Uruguayan", "Montevideo"]],
  ["Uzbekistan", ["Uzbekistan", "Uzbek", "Tashkent"]],
  ["Yemen", ["Yemen", "Yemeni", "Sanaa", "Sana'a"]],
  ["Zambia", ["Zambia", "Zambian", "Lusaka"]],
  ["Zimbabwe", ["Zimbabwe", "Zimbabwean", "Harare", "Bulawayo"]],
  // Note: more countries letters come from, so a fine with no currency word, or a name several share, takes theirs.
  // Where a demonym is also a language (`French`, `Spanish`, `Chinese`), only the name and the capital count.
  ["Afghanistan", ["Afghanistan", "Afghan", "Kabul"]],
  ["Albania", ["Albania", "Albanian", "Tirana"]],
  ["Angola", ["Angola", "Angolan", "Luanda"]],
  ["Belgium", ["Belgium", "Belgian", "Brussels"]],
  ["Bolivia (Plurinational State Of)", ["Bolivia", "Bolivian", "La Paz"]],
  ["Bosnia and Herzegovina", ["Bosnia", "Bosnian", "Sarajevo"]],
  ["Botswana", ["Botswana", "Gaborone"]],
  ["Bulgaria", ["Bulgaria"]],
  ["Burundi", ["Burundi", "Burundian", "Bujumbura", "Gitega"]],
  ["China", ["China", "Beijing", "Shanghai"]],
  ["Costa Rica", ["Costa Rica", "Costa Rican", "San José"]],
  ["Croatia", ["Croatia", "Zagreb"]],
  ["Ecuador", ["Ecuador", "Ecuadorian", "Quito", "Guayaquil"]],
  ["El Salvador", ["El Salvador", "Salvadoran", "San Salvador"]],
  ["Eswatini", ["Eswatini", "Swaziland", "Mbabane"]],
  ["Ethiopia", ["Ethiopia", "Ethiopian", "Addis Ababa"]],
  ["France", ["France", "Paris"]],
  ["Germany", ["Germany", "Berlin"]],
  ["Ghana", ["Ghana", "Ghanaian", "Accra"]],
  ["Greece", ["Greece", "Athens"]],
  ["Guatemala", ["Guatemala", "Guatemalan"]],
  ["Haiti", ["Haiti", "Haitian", "Port-au-Prince"]],
  ["Honduras", ["Honduras", "Honduran", "Tegucigalpa"]],
  ["Hungary", ["Hungary", "Budapest"]],
  ["Indonesia", ["Indonesia", "Indonesian", "Jakarta"]],
  ["Israel", ["Israel", "Israeli", "Tel Aviv"]],
  ["Italy", ["Italy", "Rome"]],
  ["Japan", ["Japan", "Tokyo"]],
  ["Lesotho", ["Lesotho", "Maseru"]],
  ["Madagascar", ["Madagascar", "Malagasy", "Antananarivo"]],
  ["Mauritania", ["Mauritania", "Mauritanian", "Nouakchott"]],
  ["Moldova (The Republic Of)", ["Moldova", "Moldovan", "Chișinău", "Chisinau"]],
  ["Mongolia", ["Mongolia", "Mongolian", "Ulaanbaatar"]],
  ["Montenegro", ["Montenegro", "Montenegrin", "Podgorica"]],
  ["Mozambique", ["Mozambique", "Mozambican", "Maputo"]],
  ["Myanmar", ["Myanmar", "Burma", "Burmese", "Yangon", "Naypyidaw", "Naypyitaw", "Mandalay"]],
  ["Namibia", ["Namibia", "Namibian", "Windhoek"]],
  ["North Macedonia", ["North Macedonia", "Macedonian", "Skopje"]],
  ["Panama", ["Panama", "Panamanian"]],
  ["Paraguay", ["Paraguay", "Paraguayan", "Asunción", "Asuncion"]],
  ["Peru", ["Peru", "Peruvian"]],
  ["Poland", ["Poland", "Warsaw"]],
  ["Portugal", ["Portugal", "Lisbon"]],
  ["Romania", ["Romania", "Bucharest"]],
  ["Sierra Leone", ["Sierra Leone", "Sierra Leonean", "Freetown"]],
  ["South Africa", ["South Africa", "South African", "Johannesburg", "Pretoria", "Cape Town", "Durban"]],
  ["Spain", ["Spain", "Madrid"]],
  ["Thailand", ["Thailand", "Bangkok"]],
  ["Venezuela (Bolivarian Republic Of)", ["Venezuela", "Venezuelan", "Caracas"]],
  ["Viet Nam", ["Vietnam", "Viet Nam", "Vietnamese", "Hanoi", "Ha Noi", "Ho Chi Minh City"]],
];

/**
 * A place word that ends a name (`Efraín Robles de Santiago`, a person; `Hernández del Perú`): two
 * capitalised words and a name particle before it. Such a name says nothing of where the letter is.
 * Note: not after a word for a place (`Ciudad de México`, `Estado de México`), which names one, nor after an
 * article and a noun (`El Tribunal de Santiago`): a court named after its seat says where the fine was imposed.
 */
const NAME_BEFORE = /(?<![\p{L}\p{N}])(?!(?:El|La|Los|Las|Le|Les|The|Un|Una|Une|Del|Au|Aux|Al)[ \u00a0])\p{Lu}\p{Ll}+[ \u00a0]+(?!(?:Ciudad|City|Estado|State|Distrito|District|Provincia|Province|Regi[óo]n|R[ée]publique|Rep[úu]blica|Republic|Departamento|Municipio|Villa|Ville|Puerto|Port|San|Santa|Saint|Sainte|Santo|São)\b)\p{Lu}\p{Ll}+[ \u00a0]+(?:de|del|de[ \u00a0]la|da|do|dos|das|di|du|von|van|der)[ \u00a0]+$/u;
/** How far back a name before a place word is read. */
const NAME_REACH = 60;
export const inName = (text: string, at: number): boolean => NAME_BEFORE.test(text.slice(Math.max(0, at - NAME_REACH), at));

/**
 * Codes that share a currency's name but are no money a court fines in: a withdrawn convertible
 * (`CUC`, Cuba 1994–2021) and accounting units (`UYI`, `CLF`, `COU`, `MXV`, `BOV`), so that
 * `pesos cubanos` is CUP and `pesos uruguayos` UYU.
 */
export const NOT_CASH = new Set(["CUC", "UYI", "CLF", "COU", "MXV", "BOV", "USN", "CHE", "CHW"]);

interface Table {
  /** One pass over a text finds every place word (case-sensitive, so common words are not places). */
  pattern: RegExp;
  /** Each place word → the country it names. */
  countryOf: Map<string, string>;
  /** Each country → its cash currencies, its own first. */
  codesOf: Map<string, readonly string[]>;
}
let table: Table | null = null;

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * The place words of every country: the rows above (and the French and Spanish ones), then, for each country of the
 * world data none of them covers (`Brunei`, `Mauritius`, `Bhutan`), its names, demonyms and capitals there
 * (language/world-currencies.ts). A world country counts as covered when the rows name its common name or a capital, so
 * the rows' choices stand (`Jordanian` and `Amman`, never `Jordan`, which is a given name).
 * Note: built on first use: only a letter with money asks.
 */
function load(): Table {
  if (table) return table;
  const countryOf = new Map<string, string>();
  const codesOf = new Map<string, readonly string[]>();
  for (const [country, words] of [...COUNTRY_ROWS, ...LOCAL_COUNTRY_ROWS]) {
    // Note: each word also in capitals, as a news digest heads its items (`SERBIA – 11 Nov.`); four letters or more, so no acronym.
    for (const word of words) for (const form of word.length >= 4 && word.toUpperCase() !== word ? [word, word.toUpperCase()] : [word]) if (!countryOf.has(form)) countryOf.set(form, country);
    if (!codesOf.has(country)) codesOf.set(country, currencyCodes.country(country).map((r) => r.code).filter((code) => !NOT_CASH.has(code)));
  }
  const covered = new Set(worldCountries().filter((country) => [country.name.common, ...country.capital].some((name) => countryOf.has(name))));
  // Note: a name of a country the rows hold names no other (`Kingston`, Jamaica's capital, is no Norfolk Island's).
  const reserved = new Set([...covered].flatMap(namesOf));
  for (const country of worldCountries()) {
    if (covered.has(country)) continue;
    const key = country.name.common;
    codesOf.set(key, Object.keys(country.currencies ?? {}).filter((code) => !NOT_CASH.has(code)));
    // Note: a dependent territory's capitals are left out: many are names of people (`Douglas`, `Stanley`, `Hamilton`).
    const capitals = new Set(country.independent === false ? country.capital.flatMap((capital) => [capital, capital.replaceAll(" ", "-")]) : []);
    for (const name of namesOf(country)) if (!countryOf.has(name) && !reserved.has(name) && !capitals.has(name)) countryOf.set(name, key);
  }
  // Note: longest first, so `Sri Lankan` is read before `Sri Lanka` and `Niger` after `Nigeria`.
  const words = [...countryOf.keys()].sort((a, b) => b.length - a.length);
  table = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu"), countryOf, codesOf };
  return table;
}

/** The cash currencies of a country `countryMentions` counts, its own first (Brunei: BND, then SGD). */
export const countryCodes = (country: string): readonly string[] => load().codesOf.get(country) ?? [];

/**
 * Mention counts for the texts last asked about: a letter and the paragraphs of its amounts, asked in turn, so a
 * few are kept (one letter is resolved at a time).
 */
const counted = new Map<string, Map<string, number>>();
/** How many texts the counts are kept for. */
const KEPT = 8;

/**
 * How often `text` names each country (by its currency-codes name when the rows above hold it, else by its common
 * name in the world data); computed once per text.
 */
export function countryMentions(text: string): ReadonlyMap<string, number> {
  const known = counted.get(text);
  if (known) return known;
  const { pattern, countryOf } = load();
  const counts = new Map<string, number>();
  for (const m of text.matchAll(pattern)) {
    if (inName(text, m.index)) continue;
    const country = countryOf.get(m[0]);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  if (counted.size >= KEPT) counted.clear();
  counted.set(text, counts);
  return counts;
}

/** The country `text` names most, or null when none, or two tie. */
export function letterCountry(text: string): string | null {
  const ranked = [...countryMentions(text)].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  return best && (!second || best[1] > second[1]) ? best[0] : null;
}
