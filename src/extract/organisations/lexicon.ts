/**
 * General word lists the organisation rules share: head nouns of bodies, connectors inside
 * their names, media nouns, and nouns that mark laws and documents (which are not bodies).
 */
import { allVocabularies } from "../../language/vocabulary.js";

/** Head nouns in the languages read through a vocabulary (language/fr.ts, es.ts). */
const LANGUAGE_HEADS = allVocabularies().flatMap((v) => v.orgHeads);

/** Portuguese and Italian body heads (the languages casebook has no vocabulary for), lower case. */
const ROMANCE_HEADS = ["associação", "fundação", "federação", "confederação", "corporação", "sindicato", "movimento", "associazione", "fondazione", "federazione", "confederazione", "sindacato"];

/**
 * French and Spanish heads that are no English word: their names go on after them in capitals
 * (`Federación Shuar`, `Fédération Nationale`), where English names end with the head.
 */
// Note: and broadcasters named after their medium in any language (`Radio Azadlıq`, `Kanal Səs`, `Radyo Ses`).
export const HEAD_FIRST = new Set([
  ...LANGUAGE_HEADS.filter((head) => !/^(?:union|tribunal|front|commission|association|mission|observatoire|collectif|mouvement|ordre|parti|fondation|comité|conseil)$/u.test(head)),
  "radio", "radyo", "kanal", "daily", "weekly",
  // Note: Portuguese and Italian heads, which no vocabulary reads, inside English letters (`the Associação Terra Livre`, `Federazione Lavoratori Agroindustria`).
  ...ROMANCE_HEADS,
  // Note: South Slavic and Russian union heads, whose field follows in the genitive (`Nezavisni Sindikat Rudara`).
  "sindikat", "sindikata", "savez", "profsoyuz",
]);

/** Head nouns of named bodies (`... Union`, `... Federation`, `Embassy of ...`), singular, lower case. */
export const ORG_HEADS = new Set([
  ...LANGUAGE_HEADS,
  "union", "unions", "federation", "confederation", "congress", "committee", "council", "commission", "association",
  "centre", "center", "foundation", "embassy", "ministry", "court", "company", "party", "agency", "alliance",
  "organisation", "organization", "institute", "service", "office", "department", "authority", "league",
  "network", "group", "observatory", "mission", "syndicate", "syndicat", "guild", "society", "trust", "bank",
  // Note: a city's or country's bar (`Me A (Paris Bar)`), a body of lawyers.
  "bar",
  "corporation", "corp", "inc", "ltd", "llc", "plc", "gmbh", "sa", "garments", "textiles", "industries",
  "holdings", "factory", "plant", "mills", "limited", "press", "tribunal", "parliament", "assembly", "bureau", "board", "secretariat",
  "chamber", "cooperative", "co-operative", "coalition", "forum", "movement", "front", "platform", "campaign",
  "watch", "international", "internationale", "fund", "university", "school", "college", "hospital", "clinic", "police",
  "prosecutor's", "procuracy", "prosecutors", "station", "prison", "colony", "center", "centre", "radio", "television",
  "tv", "channel", "daily", "times", "news", "post", "herald", "tribune", "gazette", "journal", "review", "monde",
  "prosecution", "sindicato", "confederación", "federación", "confédération", "fédération", "syndicat", "gewerkschaft",
  "asociación", "unión", "sendikası", "sendika", "konfederasyonu", "centrale", "club", "initiative",
  "brotherhood", "delegation", "ministerio", "ministério", "ministère", "fiscalía", "secretaría", "registry", "directorate",
  // Note: workplaces named as bodies (`Zhodzina Motor Works`, `Dvina Oil Refinery`).
  "works", "refinery", "shipyard", "smelter",
  "collective", "colectivo", "collectif",
  // Note: Romance heads that also name bodies inside English letters (`the Instituto de Estudios Laborales del Sur`).
  "instituto", "institut", "istituto", "centro", "kanal", "radyo",
  // Note: and Romance guilds and professional bodies (`the Gremio de Maestros Independientes`, `Colegio de Abogados de Lima`).
  "gremio", "grémio", "colegio", "colégio", "agrupación", "agrupamento",
  ...ROMANCE_HEADS,
  // Note: newspapers' title words (`the Harbour Chronicle`, `Evening Telegraph`; not `courier`, a trade too).
  "chronicle", "telegraph",
  // Note: and a periodical's frequency closing its title (`Miners' Voice Quarterly`, `Harbour Monthly`).
  "monthly", "quarterly", "fortnightly", "bimonthly",
  // Note: an organ of a body (`Subcommittee on Human Rights`), a force (`Hong Kong Police Force`),
  // a broadcaster (`Joy FM`), a body's desk (`Europe Desk`, refused alone after a place, named.ts).
  "subcommittee", "sub-committee", "force", "fm", "desk", "sindikat", "sindikata", "savez", "profsoyuz",
  // Note: a state's consulate (`Consulate General of Peru in Madrid`) and a standing panel of the
  // state or a body (`Industrial Arbitration Panel`, `Independent Review Panel`).
  "consulate", "consulate-general", "panel",
  // Note: a ministry's directorate named by its rank (`Directorate-General of Labour`).
  "directorate-general",
]);

/** Heads strong enough to make a two-word capitalised phrase a body on their own. */
export const STRONG_ORG_HEADS = new Set([
  ...LANGUAGE_HEADS,
  "union", "federation", "confederation", "congress", "committee", "council", "commission", "association",
  "centre", "center", "foundation", "embassy", "ministry", "court", "company", "party", "agency", "alliance",
  "organisation", "organization", "institute", "service", "office", "department", "authority", "league",
  "network", "group", "observatory", "mission", "syndicate", "guild", "society", "corporation", "ltd", "inc",
  "plc", "llc", "gmbh", "limited", "garments", "textiles", "industries", "holdings", "tribunal", "bureau", "secretariat",
  "chamber", "coalition", "forum", "front", "fund", "university", "station", "board", "club", "initiative",
  "brotherhood", "delegation", "ministerio", "ministério", "ministère", "instituto", "institut", "istituto", "centro",
  "subcommittee", "sub-committee", "consulate", "consulate-general", "panel",
]);

/** Lower-case words allowed inside a body's name between capitalised words (`Committee to Protect Journalists`). */
// Note: French and Spanish names run on with more of them (`Comité para la Protección de los Periodistas`).
// Note: and Tagalog's (`ng`, `mga`: a station's `Tinig ng Bayan`; not `sa`, which a name's abbreviated place follows: `… sa Sta. Ana`), no English words.
export const CONNECTORS = new Set(["of", "for", "the", "and", "on", "to", "against", "in", "de", "des", "du", "la", "et", "y", "ve", "und", "&", "del", "los", "las", "les", "para", "pour", "por", "contre", "contra", "ng", "mga"]);

/** Heads that make a capitalised phrase a law or document, not a body (`Turkish Penal Code (TCK)`). */
export const DOCUMENT_HEADS = new Set([
  ...allVocabularies().flatMap((v) => v.documentHeads),
  "code", "act", "law", "declaration", "convention", "charter", "covenant", "constitution", "article", "decree",
  "resolution", "treaty", "protocol", "regulation", "bill", "ordinance", "statute", "principles", "report", "agreement",
]);

/** French and Spanish document heads, which open a law's name (`Código Laboral`, `Loi sur la presse`); English ones may open a body's (`Law Society`). */
export const DOCUMENT_FIRST = new Set(allVocabularies().flatMap((v) => v.documentHeads).filter((head) => !/^(?:code|constitution|convention|article)$/u.test(head)));

/** Words that make a capitalised word generic rather than a name (`Trade Union`, `Regional Offices`). */
export const GENERIC_WORDS = new Set([
  "trade", "union", "unions", "independent", "national", "regional", "local", "the", "head", "general", "central",
  "workers", "labour", "labor", "executive", "state", "federal", "public", "new", "free", "all", "other",
]);

/** Heads of located branches of the state, which keep an `in <place>` tail (`Police Office in Minsk`). */
export const LOCATED_HEADS = new Set(["office", "court", "department", "station", "embassy", "mission", "police", "branch", "prison", "colony", "delegation"]);

/**
 * Heads of a state's mission abroad, whose official name says where it sits (`Embassy of the
 * Republic of X in London`, `Permanent Mission of X to the United Nations Office at Geneva`).
 */
export const DIPLOMATIC_HEADS = new Set(["embassy", "consulate", "consulate-general", "mission", "delegation", "representation"]);

/**
 * Heads that name a body's field rather than close its name when an `of`/`for` tail holds them
 * (`Federation of Public Service and Municipal Employees`, `Union of Press and Media Workers`).
 */
export const FIELD_HEADS = new Set(["service", "services", "press", "industries", "industry", "textiles", "garments", "media", "radio", "television", "transport"]);

/** Plural heads that may end a name after an `of` tail (`Union of Tanzania Press Clubs`). */
export const PLURAL_HEADS = new Set(["clubs", "associations", "committees", "councils", "societies", "cooperatives", "co-operatives", "centres", "centers", "federations", "unions", "organisations", "organizations", "syndicates", "guilds", "leagues", "networks"]);

/**
 * Turkish unions and associations named with a hyphened suffix (`Eğitim-Sen`, `Birleşik Taşıma-Sen`,
 * `Petrol-İş`, `Mazlum-Der`): the suffix is the head, and the word alone a whole name.
 */
export const TURKISH_BODY = /^\p{Lu}\p{L}*-(?:Sen|İş|Is|Der)$/u;
