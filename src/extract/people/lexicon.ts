/**
 * General word lists the people rules share: forms of address, role titles, descriptions and
 * kinship words. None of them is a name: names come from the letter, never from a list.
 */
import { allVocabularies } from "../../language/vocabulary.js";

/**
 * Forms of address of particular cultures, by culture, from world knowledge (not from letters):
 * each is a plain word before a name there, never a name itself. Dropped from a name like the
 * English ones (GUIDELINES: "without honorifics"): `Alhaji Musa Bello` is Musa Bello.
 */
export const CULTURE_HONORIFICS: readonly (readonly [culture: string, words: readonly string[]])[] = [
  // Amharic and Tigrinya: Mrs, Miss (Mr, `Ato`, is in START_HONORIFICS).
  ["Ethiopian and Eritrean", ["woizero", "weyzero", "woizerit", "weyzerit"]],
  // Hausa, Yoruba and other West African Muslims: one who made the pilgrimage.
  ["West African", ["alhaji", "alhaja", "alhajji", "alhajja", "hajiya", "hajia"]],
  // Malaysian and Bruneian honours, worn before a name.
  ["Malay", ["datuk", "dato", "datin", "pehin"]],
  // Bruneian and Malay: the pilgrim's title written short, the nobles' `Pengiran` and the commoners' `Awang`/`Dayang`.
  ["Bruneian", ["hj", "hjh", "hajah", "hajjah", "pg", "pengiran", "awang", "dayang"]],
  // Zimbabwe, South Africa, Mozambique: comrade abbreviated.
  ["Southern African", ["cde"]],
  // Swahili: elder, brother/comrade, sir.
  ["East African", ["mzee", "ndugu", "bwana"]],
  // Tamil: Mr, Mrs.
  ["Tamil", ["thiru", "thirumathi", "tmt"]],
  // Arabic and Malay: teacher, scholar.
  ["Arabic", ["ustaz", "ustadh", "ustadha", "ustazah"]],
  // Indonesian: Mr.
  ["Indonesian", ["bapak"]],
  // Sesotho: Mr (father), before a surname (`Ntate Mokoena`).
  ["Sesotho", ["ntate"]],
];

/**
 * Malay and Bruneian titles that a father's name keeps inside a person's name (`Nurul Hidayah binti Haji Osman`,
 * `Ahmad Zulkarnain Pg. Hj. Metussin`): after `bin`/`binti` or after the person's own names they are no form of address.
 */
export const INNER_TITLES: ReadonlySet<string> = new Set(["haji", "hajjah", "hj", "hjh", "hajah", "pg", "pengiran"]);

/** Forms of address dropped from a name (GUIDELINES: "without honorifics"); kept in the alias. */
export const HONORIFICS = new Set([
  // Note: French and Spanish ones (`Mme`, `Sra.`, `don`) come from the language vocabularies.
  ...allVocabularies().flatMap((v) => v.honorifics),
  ...CULTURE_HONORIFICS.flatMap(([, words]) => words),
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "madam", "madame",
  "comrade", "brother", "sister", "bro", "sis", "hon", "cik", "encik", "puan", "rev", "reverend", "monsieur", "mme", "herr", "frau", "señor", "señora",
  "shri", "shrimati", "smt", "atty", "excellency", "honourable", "honorable", "me", "adv",
  // Note: Central American `Licenciado/a` abbreviated (`Lcda. Rosa Amelia Pop`), also inside English letters.
  "lcda", "lcdo", "licda", "licdo",
  // Note: religious and Arabic/Persian forms of address (`Ayatollah Sayed ‘Ali Khamenei`,
  // `Phan Trung (Venerable Nhat Hue)`, `Sheikh Ali Salman`).
  "ayatollah", "sayed", "sayyid", "seyed", "seyyed", "sheikh", "shaikh", "venerable", "hajji", "haji",
]);

/**
 * Forms of address that are also names elsewhere, read as forms of address only at a chunk's
 * start and before a name (see names.ts): Burmese (`Daw Yi Phyu Phyu Myint`, `U Win Htein`, `Ko
 * Nyan Sein`, `Ma Thida Htwe`, Karen `Naw`/`Saw`) — `Ko` and `Ma` are also Korean and Chinese
 * family names (`Ko Un`, `Ma Jun`) — and the Amharic `Ato` (Mr: `Ato Dawit Bekele`), a Ghanaian
 * given name too (`Ato Boldon`).
 */
export const START_HONORIFICS = new Set(["u", "daw", "ko", "ma", "maung", "naw", "saw", "ato", "khun"]);

/**
 * START_HONORIFICS that are also given or family names, read as forms of address only before two or more words;
 * before one, the pair stays a name unless that word is the given name of a person named in full before (people.ts):
 * Thai and Shan `Khun` (`Khun Somchai` for `Somchai Phromsri`) is such a form of address too.
 */
export const SHARED_NAME_HONORIFICS = new Set(["ko", "ma", "saw", "ato", "khun"]);

/**
 * Post-nominal letters after a name (`Kirsty Brimelow QC`): not part of the name. `Jr`/`Sr`
 * are part of it and stay.
 */
export const POST_NOMINALS = new Set(["QC", "KC", "SC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "JP", "FRS", "KCMG"]);

/** Forms of address that are also positions: dropped from the name, kept as a role. */
export const TITLE_HONORIFICS = new Set(["ambassador", "judge", "justice", "senator", "governor", "minister", "president"]);

/**
 * Head nouns of positions and job titles (singular). A name right after one of them, or an
 * apposition made of one, is a person; the phrase is the person's role unless it is a description.
 */
/**
 * Monitoring posts (`lead monitor`, `international observer`): posts, and also the nouns of mastheads and
 * watchdogs (`Danube Observer`, `Daily Monitor`, `Mekong Rights Monitor`), so a credit's outlet may end in one.
 */
export const MONITORING_POSTS: ReadonlySet<string> = new Set(["observer", "monitor"]);

/** English role heads (see ROLE_HEADS). */
export const ENGLISH_ROLE_HEADS: ReadonlySet<string> = new Set([
  "president", "vice-president", "chairman", "chairwoman", "chairperson", "chair", "co-chairman", "co-chair",
  "vice-chair", "vice-chairman", "secretary", "secretary-general", "general", "treasurer", "minister", "ambassador",
  "leader", "director", "editor", "editor-in-chief", "correspondent", "reporter", "journalist", "judge", "magistrate",
  "lawyer", "attorney", "advocate", "prosecutor", "policeman", "policewoman", "officer", "official", "mayor",
  "governor", "manager", "administrator", "representative", "spokesperson", "spokesman", "spokeswoman", "head",
  "founder", "coordinator", "organiser", "organizer", "activist", "unionist", "trade-unionist", "preacher",
  "consultant", "artist", "sociologist", "worker", "operator", "technician", "teacher", "professor", "member",
  "commissioner", "deputy", "cleric", "imam", "priest", "bishop", "doctor", "nurse", "student", "photographer",
  "blogger", "writer", "poet", "economist", "researcher", "engineer", "driver", "miner", "defender", "campaigner",
  "protester", "protestor", "resident", "crusader", "dissident", "inspector", "investigator", "colonel", "major",
  "captain", "sergeant", "lieutenant", "commander", "chief", "owner", "employee", "analyst", "councillor",
  "senator", "speaker", "presenter", "producer", "cameraman", "publisher", "columnist", "blogger", "academic",
  "scholar", "historian", "economist", "physician", "surgeon", "pastor", "rabbi", "farmer", "labourer",
  "laborer", "dockworker", "docker", "steward", "shop-steward", "delegate", "negotiator", "organiser",
  "alumnus", "alumna", "graduate", "anchor", "guard", "associate", "legislator", "adviser", "advisor", "mechanic",
  "counsel", "staff", "clerk", "secretary-treasurer", "convener", "convenor", "rapporteur", "accountant",
  "camerawoman", "videographer", "filmmaker", "cartoonist", "broadcaster", "bookkeeper", "cashier", "welder",
  "electrician", "machinist", "seafarer", "fisherman", "vendor", "trader", "midwife", "conductor", "supervisor",
  // Note: trial and election monitoring posts (`lead monitor`, `international observer`, `Observer: A`).
  ...MONITORING_POSTS,
]);

export const ROLE_HEADS = new Set([
  // Note: French and Spanish ones (`secrétaire`, `presidenta`) come from the language vocabularies.
  ...allVocabularies().flatMap((v) => v.roleHeads),
  ...ENGLISH_ROLE_HEADS,
]);

/** Role heads that describe rather than hold a position: evidence of a person, never a role (corpus README). */
export const DESCRIPTIONS = new Set([
  ...allVocabularies().flatMap((v) => v.descriptions),
  "activist", "member", "resident", "protester", "protestor", "crusader", "dissident", "unionist",
  "trade-unionist", "defender", "campaigner", "student", "citizen", "supporter", "defendant", "alumnus", "alumna", "graduate",
]);

/** French and Spanish words that make a capitalised phrase a place (`République de Guinée`, `Nueva York`). */
export const PLACE_WORDS = new Set(allVocabularies().flatMap((v) => v.placeWords));

/** French and Spanish definite articles: one before an acronym is no given name (`La CSI`, `El FMI`). */
export const ARTICLES = new Set(allVocabularies().flatMap((v) => v.articles));

/** French and Spanish prepositions before a place, as they open a sentence (`En Guinée, …`): capitalised forms only. */
export const OPENING_PREPOSITIONS = new Set(allVocabularies().flatMap((v) => v.openingPrepositions).map((w) => w.charAt(0).toUpperCase() + w.slice(1)));

/** Kinship and relation words: `His lawyer, X`, `Amirov's wife, X`, `the father of X`. */
export const RELATIONS = new Set([
  "wife", "husband", "partner", "son", "daughter", "brother", "sister", "father", "mother", "brother-in-law",
  "sister-in-law", "son-in-law", "daughter-in-law", "cousin", "uncle", "aunt", "nephew", "niece", "colleague",
  "friend", "widow", "fiancée", "fiance", "fiancé",
]);

/** Capitalised words that can start a role inside a name chunk (`First Deputy Secretary General`). */
export const TITLE_WORDS = new Set([
  ...ROLE_HEADS, "vice", "first", "second", "third", "prime", "finance", "foreign", "interior", "labour", "labor",
  "justice", "education", "health", "defence", "defense", "former", "acting", "interim", "executive", "national",
  "international", "regional", "deputy", "assistant", "general", "treasurer", "senior", "presiding",
]);

/** The heads of a judicial officer's title, whose rank and court level go before them (`District Judge`). */
// Note: and the court's law officers, whose titles take ranks the same way (`State Prosecutor`, `State Attorney`, `Deputy Public Prosecutor`).
export const JUDICIAL_HEADS = new Set(["judge", "magistrate", "justice", "prosecutor", "attorney"]);
/**
 * Ranks and court levels that qualify a judge's or magistrate's title, from the titles of the
 * Commonwealth's and civil-law courts (`Additional Sessions Judge`, `Chief Judicial Magistrate`,
 * `Principal Resident Magistrate`, `High Court Judge`, `Investigating Judge`, `Associate Justice`).
 */
export const JUDICIAL_RANKS = new Set([
  "district", "circuit", "sessions", "additional", "principal", "senior", "chief", "resident", "judicial", "executive",
  "high", "court", "supreme", "superior", "federal", "provincial", "regional", "metropolitan", "stipendiary", "county",
  "civil", "criminal", "investigating", "associate", "appellate", "trial", "presiding", "family", "juvenile", "puisne",
  // Note: a deputy's or an acting holder's title, and a magistrate's grade or class (`Deputy District Judge`, `Acting
  // Principal Magistrate`, `Grade One Magistrate`, `First Class Magistrate`); a law officer's service (`State Attorney`).
  "deputy", "acting", "assistant", "grade", "class", "one", "two", "three", "first", "second", "third", "special", "state", "public", "crown",
]);
/** Ranks that are numbers, part of a title only after `Grade` or before `Class` (`Grade One`, `First Class`; not `One Judge dissented`). */
export const JUDICIAL_GRADES = new Set(["one", "two", "three", "first", "second", "third"]);

/**
 * A particle joined to the next word of a name, in lower case (`al-Baqer`, `d'Alema`,
 * `Sawt al-Shaab`): Arabic and Romance names.
 */
export const JOINED_PARTICLE = /^(?:al|el|ad|as|ash|at|az|ar|an|abu|ibn|bin|bint|ben|de|di|da|du|del|van|von|le|la|d|l)[-'’]\p{Lu}/u;

/** Particles that stay inside a name (`Fred van Leeuwen`, `Mohammed bin Salman`). */
export const PARTICLES = new Set([
  "van", "von", "de", "der", "den", "da", "di", "del", "della", "dos", "das", "bin", "ibn", "al", "el", "ter", "zu", "le", "la", "y",
  // Note: Scandinavian `af` (`Henrik af Klercker`), Filipino `dela`, `delos` (`dela Cruz`, `delos Santos`).
  "af", "dela", "delos",
  // Note: Spanish `de los`/`de las` and Portuguese `do` inside surnames (`Ana de los Santos`, `Maria do Carmo Silva`).
  "los", "las", "do",
  // Note: patronymic and filial particles between a given name and a father's or family name:
  // Malay `binti`/`bint`, Malaysian Indian `a/l`, `a/p` (son/daughter of), South Asian `s/o`, `d/o`,
  // Azerbaijani and Turkic `oglu`/`ogly`/`qizi`/`kyzy`/`uulu`, Uzbek `o'g'li`.
  // Note: Kikuyu and Luba `wa` (son or daughter of: `Grace Nduta wa Kariuki`, `Albert Kalala wa Kalala`), Maasai `ole` (`Lemaiyan ole Sankale`).
  "wa", "ole",
  // Note: Kalenjin `arap` (son of: `Joseph Kiprotich arap Ngetich`).
  "arap",
  "binti", "bint", "a/l", "a/p", "s/o", "d/o", "w/o", "oglu", "oğlu", "ogly", "ogli", "o'g'li", "o‘g‘li", "o’g’li", "qizi", "qızı", "kizi", "kyzy", "uulu",
  // Note: Uzbek `ugli` and Kazakh `uly`/`qyzy` (the same particles in other spellings); Portuguese `e` between surnames (`de Souza e Silva`).
  "ugli", "uly", "qyzy", "gyzy", "e",
  // Note: French `épouse`, Spanish `viuda` (de) between a woman's names and her husband's (language/fr.ts, es.ts).
  ...allVocabularies().flatMap((v) => v.nameParticles),
]);

/**
 * Particles after which a name goes on with the father's name, the person being called by the
 * words before it (`Mr Muhammad Hafiz` for `Muhammad Hafiz bin Abdul Rahman`, Malay usage).
 */
// Note: and Mauritanian (Hassaniya) `Ould` (son of) and `Mint` (daughter of), Tuareg `Ag`, written capitalised inside the
// name (`Mariem Mint Bilal Ould Sidi`, `Cheikh Ould Bouboutt`, `Iyad Ag Ghali`).
export const FILIAL_PARTICLES = new Set(["bin", "binti", "bint", "ibn", "a/l", "a/p", "s/o", "d/o", "wa", "Ould", "Mint", "Ag", "ould", "mint"]);

/**
 * Turkic particles after the father's given name, before the family name: the short form
 * drops both (`Elvin Mammadli` for `Elvin Rauf oglu Mammadli`).
 */
export const PATRONYMIC_PARTICLES = new Set(["oglu", "oğlu", "ogly", "ogli", "o'g'li", "o‘g‘li", "o’g’li", "qizi", "qızı", "kizi", "kyzy", "uulu", "ugli", "uly", "qyzy", "gyzy"]);

/** Capitalised words that end or split a name chunk: function words, months and weekdays. */
export const NOT_NAME_WORDS = new Set([
  ...allVocabularies().flatMap((v) => v.notNameWords),
  "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "of", "and", "or", "but", "if",
  "when", "while", "after", "before", "as", "by", "from", "to", "with", "last", "next", "dear", "respected", "esteemed", "yours",
  "his", "her", "their", "our", "we", "i", "he", "she", "they", "it", "its", "following", "according", "both",
  "all", "two", "three", "four", "five", "six", "ten", "many", "some", "every", "each", "no", "not", "also",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
  "contact", "tel", "fax", "e-mail", "email", "re", "subject", "ref", "speakers", "posted", "source", "police",
  "government", "court", "article", "section", "new", "year", "day", "urgent", "appeal", "update", "latest",
  "free", "act", "now", "click", "here", "more", "read", "see", "share", "then", "however", "meanwhile",
  // Note: the adjectives of a diplomat's title (`Ambassador Extraordinary and Plenipotentiary` on a line of its own).
  "extraordinary", "plenipotentiary",
]);

/**
 * Street and address words: a "name" next to one is a street (`Av. Moliere`, `Hans Crescent`).
 * Note: most of them end a street's name; only LEADING_STREET_WORDS also start one. A name that
 * merely starts with one of the others is a person (`Park Ji-yeon`, `Lane Hartley`).
 */
export const STREET_WORDS = new Set([
  "av", "ave", "avenue", "bd", "blvd", "boulevard", "rue", "street", "st", "road", "rd", "lane", "square", "place",
  "crescent", "way", "drive", "close", "court", "terrace", "gardens", "park", "strasse", "straße", "ulitsa",
  "prospekt", "plaza", "calle", "via", "chaussée", "quai", "bte", "district", "region", "province",
  // Note: street words of other languages (session 24): Portuguese `Rua`, `Avenida`, `Travessa`, Malay `Jalan`, Hindi `Marg`,
  // Dhivehi `Magu` and `Hingun`, Turkish `Sokak` and `Caddesi`, Hungarian `utca`, and English `Parade`.
  "parade", "rua", "avenida", "travessa", "jalan", "marg", "magu", "hingun", "sokak", "caddesi", "utca",
]);

/** Street words that come before a street's name (`Rue Royale`, `Calle Mayor`, `Place Flagey`). */
export const LEADING_STREET_WORDS = new Set([
  "av", "ave", "avenue", "bd", "blvd", "boulevard", "rue", "calle", "via", "chaussée", "quai", "ulitsa", "prospekt", "place", "plaza",
  "rua", "avenida", "travessa", "jalan",
]);

/** Closing formulas after which a letter's signature block starts. */
export const CLOSINGS = /^(?:yours(?: sincerely| faithfully| truly| fraternally| in solidarity)?|sincerely(?: yours)?|(?:with )?(?:best|kind|warm) regards|regards|in solidarity|fraternally|respectfully(?: yours)?)[,.]?$/iu;
