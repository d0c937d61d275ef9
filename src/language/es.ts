/** Spanish: the words of penalties, fines and amounts (see vocabulary.ts for each field). */
import { NAMED_UNIT } from "./amounts-units.js";
import { CURRENCY_WORDS } from "./currency-words.js";
import { numberPhrase } from "./numbers.js";
import type { Vocabulary } from "./vocabulary.js";

const NUMBERS = {
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18,
  diecinueve: 19, veinte: 20, veintiuno: 21, veinticinco: 25, veintiún: 21, veintiuna: 21, veintidós: 22, veintitrés: 23, veinticuatro: 24, veintiséis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100,
  doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400, quinientos: 500,
  quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800,
  novecientos: 900, novecientas: 900,
};
const SCALES = { mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6 };
/** A number in digits or words, the lower end of a law's range (`de dos a `, `de veinticinco a `). */
const RANGE_FROM = `(?:\\d{1,2}|${numberPhrase({ numbers: NUMBERS, scales: SCALES, and: "y" })})`;

export const SPANISH: Vocabulary = {
  language: "es",
  numbers: NUMBERS,
  scales: SCALES,
  units: { año: "Y", años: "Y", mes: "M", meses: "M", semana: "W", semanas: "W", día: "D", días: "D", dia: "D", dias: "D" },
  and: "y",
  half: "y\\s+medio",
  ruling: [/(?<!\p{L})(?:fall[óo]|sentencia|resoluci[óo]n|veredicto|resolvi[óo]|dictamin[óo])(?!\p{L})/iu, "ruling word", "el juzgado dictó el siguiente fallo:"],
  penalty: [
    /(?<!\p{L})(?:conden\p{L}*|sentenci\p{L}*|penas?|castig\p{L}*|sanci[oó]n\p{L}*|cumplir|purgar|impus\p{L}*|impone\p{L}*|recib(?:i[óo]|ieron|e|en)|recibid[oa]s?|(?:per[ií]odo|r[ée]gimen)\s+de\s+prueba|libertad\s+(?:vigilada|a\s+prueba))(?!\p{L})/iu,
    "penalty word",
    "condenados a tres años de prisión",
  ],
  kinds: [
    // Note: and a penalty called suspended (`tres años de pena suspendida`, `pena privativa de libertad suspendida`).
    [/\b(?:suspensi[óo]n\s+condicional|condena\s+condicional|en\s+suspenso|libertad\s+condicional|(?:pena|condena)\s+(?:privativa\s+de\s+(?:la\s+)?libertad\s+)?suspendida)\b/iu, "suspended prison", "tres años de prisión en suspenso"],
    [/\barresto\s+administrativo\b|\bdetenci[óo]n\s+administrativa\b/iu, "administrative detention", "15 días de arresto administrativo"],
    [/\blibertad\s+(?:vigilada|a\s+prueba)\b/iu, "probation", "un año de libertad vigilada"],
    [/\barresto\s+domiciliario\b|\bprisi[óo]n\s+domiciliaria\b/iu, "house arrest", "seis meses de arresto domiciliario"],
    // Note: Cuba's `trabajo correccional con (sin) internamiento` says whether it is served in a camp: the same kind, read by
    // its first words (the phrase ends there, so that `… sin internamiento a cada uno` is no list of names after it; session 22).
    [/\btrabajos?\s+(?:forzados|comunitarios|correccional(?:es)?)\b/iu, "corrective labour", "dos años de trabajo correccional con internamiento"],
    [/\b(?:limitaci[óo]n|restricci[óo]n)\s+de\s+(?:la\s+)?libertad\b|\blibertad\s+restringida\b/iu, "restricted freedom", "tres años de limitación de libertad"],
    [/\b(?:prisi[óo]n|c[áa]rcel|reclusi[óo]n|presidio|encarcelamiento|privaci[óo]n\s+de\s+(?:la\s+)?libertad|pena\s+privativa\s+de\s+(?:la\s+)?libertad)\b/iu, "prison", "tres años de prisión"],
    [/\b(?:detenci[óo]n|arresto)\b/iu, "detention", "diez días de arresto"],
    // Note: `a un año de cumplimiento efectivo`: a term to be served, with no kind word, is prison.
    [/^,?\s*(?:de\s+cumplimiento\s+)?efectiv[oa]s?\b/iu, "prison", " de cumplimiento efectivo"],
  ],
  probationBefore: [
    /(?:(?:per[ií]odo|r[ée]gimen|plazo)\s+de\s+prueba|libertad\s+(?:vigilada|a\s+prueba))\s+(?:de|por|durante)\s+(?:(?:un|el)\s+(?:plazo|per[ií]odo|t[ée]rmino|lapso)\s+de\s+)?$/iu,
    "probation",
    "con suspensión condicional por un período de prueba de ",
  ],
  // Note: and a relative clause that suspends it (`cuatro años de prisión, cuya ejecución quedó suspendida`).
  suspendedAfter: [/^,?\s+(?:en\s+suspenso|(?:con|de)\s+(?:suspensi[óo]n|ejecuci[óo]n)\s+condicional|condicional|cuya\s+ejecuci[óo]n\s+(?:qued[óo]|fue|ha\s+sido|se\s+dej[óo])\s+(?:en\s+)?suspen(?:dida|so))\b/iu, "suspended", " en suspenso"],
  notPenaltyBefore: [
    [/\b(?:de\s+(?:los|las)\s+cuales|de\s+ell[oa]s)\s+$/iu, "part of a total", "tres años, de los cuales "],
    [/\bentre\s+\S+\s+y\s+$/iu, "range", "entre 14 y "],
    // Note: a law's range (`sancionado con prisión de dos a seis años`).
    [new RegExp(`\\bde\\s+${RANGE_FROM}\\s+a\\s+$`, "iu"), "range", "con prisión de veinticinco a "],
    // Note: not the nouns of grievances (`secretario de reclamos`, `reclamaciones`), a union post's name (session 22).
    [/\b(?:ped[ií]\w*|pid[ei]\w*|solicit\w*|reclam(?!os?\b|aci(?:ón|on|ones)\b)\w*|enfrenta\w*|arriesga\w*|m[áa]xim[oa]|podr[íi]a\w*)\b[^.;]{0,60}$/iu, "request or maximum", "la fiscalía pidió "],
    // Note: `hasta` bounds the term only right before it (`penas de hasta ocho años`, `hasta una pena de`); further back it is
    // `until` (`transmitía por radio hasta su cierre en 2022, ocho años de prisión`, session 22).
    [/\bhasta\s+(?:(?:una?|la|el)\s+)?(?:(?:pena|condena|m[áa]ximo)\s+(?:de\s+)?)?$/iu, "bound", "penas de hasta "],
    // Note: and what came before an event (`salir de la prisión después de seis meses de encierro`, `tras dos años de cárcel`;
    // session 23).
    [/(?<!\p{L})(?:desde\s+hace|durante|hace|despu[ée]s\s+de|tras)\s+(?:m[áa]s\s+de\s+|casi\s+)?$/iu, "time spent", "detenido desde hace "],
    // Note: a time limit to pay or appeal (`una multa … pagadera dentro de los diez días`) is no term.
    [/\b(?:dentro\s+de|en)\s+(?:los|las|un\s+plazo\s+de)\s+$|\bplazo\s+de\s+$/iu, "time limit", "pagadera dentro de los "],
    // Note: a period that repeats (`presentarse cada 15 días`) is how often, not how long.
    [/\bcada\s+$/iu, "frequency", "deberá presentarse cada "],
    // Note: a term served only if the fine goes unpaid (`una multa de 5.000 pesos, que en caso de impago se convertirá en
    // diez días de arresto`) is no penalty of its own (session 22).
    [/\b(?:en\s+caso\s+de\s+(?:impago|no\s+pago|falta\s+de\s+pago)|a\s+falta\s+de\s+pago|de\s+no\s+(?:pagarl[ao]s?|ser\s+pagad[ao]s?|pagar))\b[^.;]{0,80}$/iu, "default", "que en caso de impago se convertirá en "],
  ],
  notPenaltyAfter: [
    [/^\s+(?:de\s+)?(?:prisi[óo]n|detenci[óo]n)\s+preventiva\b/iu, "remand", " de prisión preventiva"],
    // Note: a bare period before a word of time order is the time between two events (`detenidos dos días después de la huelga`);
    // a trial or ruling after it leaves the term one (`condenado a dos años después de un juicio sumario`).
    [/^\s+(?:m[áa]s\s+tarde|(?:despu[ée]s|antes)(?!\s+(?:de\s+)?(?:una?|el|la|su)\s+(?:juicio|audiencia|sentencia|veredicto|proceso)))(?!\p{L})/iu, "time between events", " después de la huelga"],
  ],
  // Note: `multó` ends on a letter `\b` does not count as one: its end is told by no letter after it.
  fine: [/\bmult(?:as?|ad[oa]s?|aron)\b|\bmultó(?!\p{L})|\bcondena\w*\s+a\s+pagar\b/iu, "fine word", "una multa de 20.000 pesos"],
  notFineBefore: [
    [/\b(?:fianza|caución|indemniza\w*|daños|reparaci[óo]n|salario|sueldo|ped[ií]\w*|pid[ei]\w*|solicit\w*|hasta)\b[^.;]{0,40}$/iu, "bail, damages or request", "una fianza de "],
    [/\b(?:fiscal\w*|pretensi[óo]n\w*|hubiera|habr[íi]an?|podr[íi]an?)\b[^.;]{0,120}$/iu, "what the prosecution sought", "las pretensiones de la Fiscalía, que hubiera supuesto una multa de "],
    // Note: the price of commuting a prison term (`puede conmutar la prisión por una multa de`) is no fine imposed; a term
    // commuted into a fine (`le conmutaron la pena por una multa de`) is one, and so is a fine of its own after a comma
    // (`prisión conmutable a razón de Q25 diarios, además de una multa de`).
    [/\bconmut(?:ar|ables?)\b[^.;,]{0,60}$/iu, "commutation", "conmutar la prisión por una multa de "],
  ],
  notFineAfter: [
    [/^\s+(?:de\s+|por\s+|en\s+concepto\s+de\s+)?(?:indemnizaci[óo]n|daños|fianza|costas)\b/iu, "damages", " de indemnización"],
    // Note: a sum owed as taxes (`300.000 pesos en impuestos supuestamente impagos`, `por concepto de impuestos`) is a debt.
    [/^\s+(?:en|de|por\s+concepto\s+de|en\s+concepto\s+de)\s+(?:impuestos|tributos|aranceles)(?!\p{L})/iu, "tax debt", " en impuestos impagos"],
  ],
  // Note: every currency word of the language, from CLDR (currency-words.ts); the hand list it replaced held 13.
  currencies: CURRENCY_WORDS.es,
  // Note: Venezuelan and Chilean courts fine in tax units (`unidades tributarias`), as the heldout7 gold writes them.
  // Note: Colombian courts fine in minimum wages, their qualifiers in any order (`salarios mínimos legales mensuales vigentes`): a pattern key.
  fineUnits: {
    cuota: "cuota", cuotas: "cuota", utm: "tax unit", uma: "UMA", umas: "UMA", "unidad(?:es)? de medida y actualizaci[óo]n": "UMA", "unidad tributaria": "tax unit", "unidades tributarias": "tax unit", "día-multa": "day-fine", "días-multa": "day-fine", "días multa": "day-fine",
    "salarios?\\s+m[íi]nimos?(?:\\s+(?:legales|legal|mensuales|mensual|vigentes|vigente)){0,3}": "salario mínimo legal mensual vigente",
    // Note: Ecuador's courts fine in basic wages (`salarios básicos unificados`, SBU), as other wage units.
    "(?:salarios?|sueldos?)\\s+b[áa]sicos?(?:\\s+unificados?)?": "salario básico unificado",
    // Note: any other statutory unit named by `unidad(es)` and its adjective (Uruguay's `unidades reajustables`,
    // `unidades indexadas`): the unit is its own words in the singular (NAMED_UNIT, as `fiscal units` in English).
    "unidad(?:es)?\\s+(?!de\\b|del\\b|tributari)\\p{L}{5,}": NAMED_UNIT,
  },
  // Note: also an approximator alone after the comma (`6.000 pesos, unos 16 dólares`): a sum stated again, roughly, in other money.
  equivalent: [/^(?:,?\s*(?:es\s+decir|o\s+sea|equivalentes?\s+a|lo\s+que\s+equivale\s+a)(?:\s*,)?(?:\s+(?:unos|unas|aproximadamente|alrededor\s+de|cerca\s+de))?|,\s*(?:unos|unas|aproximadamente|alrededor\s+de|cerca\s+de))\s*$/iu, "equivalent", ", es decir, unos "],
  each: [/\bcada\s+un[oa]\b|\bamb[oa]s\b|\blos\s+(?:dos|tres|cuatro)\b/iu, "each", "condenados a tres años cada uno"],
  // Note: and the adjective before the list (`multas respectivas de 3.000 y 2.000 pesos`).
  respectively: [/\brespectiv(?:amente|[ao]s)\b/iu, "respectively", "a dos y tres años respectivamente"],
  orgHeads: ["confederación", "empresa", "compañía", "federación", "sindicato", "unión", "asociación", "tribunal", "juzgado", "corte", "comité", "comisión", "consejo", "ministerio", "fiscalía", "sociedad", "observatorio", "colectivo", "movimiento", "frente", "partido", "fundación", "colegio", "coordinadora", "liga", "organismo", "corporación"],
  bodies: {
    heads: [
      "confederación", "federación", "sindicato", "unión", "asociación", "sociedad", "comité", "comisión", "consejo", "observatorio", "colectivo",
      "movimiento", "frente", "partido", "fundación", "colegio", "coordinadora", "liga", "organización", "central", "red", "unidad", "relatoría",
      "empresa", "compañía", "instituto", "cámara", "alianza", "agrupación", "cooperativa", "defensoría", "procuraduría", "oficina", "agencia",
      "dirección", "inspección", "grupo", "mesa", "plataforma", "coalición", "internacional", "organismo", "gremio", "corporación",
      // Note: a mission of states or of the UN (`Misión Permanente de …`, `Misión Internacional Independiente de Determinación de los Hechos`).
      "misión",
      // Note: a state's offices, capitalised in their names (`Delegación Regional del Trabajo`, `Superintendencia de Industria y Comercio`).
      "delegación", "división", "superintendencia", "secretaría", "subsecretaría", "gerencia", "ministerio",
    ],
    lowerHeads: ["ministerio", "embajada", "consulado"],
    namedHeads: ["asociación", "fundación", "colectivo", "movimiento", "red", "coordinadora", "liga"],
    links: ["de la", "de las", "de los", "del", "de", "para la", "para el", "para los", "para las", "para", "sobre la", "sobre el", "sobre los", "sobre las", "sobre", "por la", "por el", "por los", "por las"],
    // Note: a bare `sobre` joins only a proper noun, a country's (`Grupo de Expertos en Derechos Humanos sobre Nicaragua`).
    properLinks: ["por la", "por el", "por los", "por las", "sobre"],
    topicLinks: ["sobre la", "sobre el", "sobre los", "sobre las"],
    adjective: /^(?:\p{Ll}+-)*\p{Ll}+(?:al|ales|ar|ares|ano|ana|anos|anas|ino|ina|inos|inas|ico|ica|icos|icas|ario|aria|arios|arias|ense|enses|ivo|iva|ivos|ivas|ado|ada|ados|adas|ido|ida|idos|idas|oso|osa|osos|osas|ble|bles|ol|ola|oles|olas|és|esa|eses|esas|eño|eña|eños|eñas|il|iles|ente|entes|ante|antes|eo|ea|eos|eas|í|íes|ista|istas|ero|era|eros|eras)$/u,
    nationality: /^\p{Ll}+(?:ano|ana|anos|anas|ense|enses|eño|eña|eños|eñas|és|esa|eses|esas|ino|ina|inos|inas|ol|ola|oles|olas|eo|ea|eos|eas|í|íes)$/u,
    scope: /^(?:(?:inter)?nacional|regional|general|federal|confederal|central|mundial|departamental|provincial|municipal|local|continental|territorial|especial)(?:es)?$|^(?:autónom[oa]s?|unitari[oa]s?|libres?|independientes?)$/u,
    prenominal: /^(?:nuev[oa]|gran|grande|primer[oa]?|únic[oa]|joven|alt[oa])s?$/u,
    verbs: ["indica", "critica", "explica", "publica", "aplica", "examina", "termina", "determina", "reclama", "pide", "denuncia", "exige", "condena", "rechaza", "considera", "espera", "recuerda",
      // Note: the forms of `ser`/`estar` with an adjective's ending, after a name in a request (`Que la Federación … sea escuchada`).
      "sea", "sean", "esté", "estén", "fuera", "fueran", "era", "eran", "fue", "fueron", "está", "están"],
    verbNext: ["el", "la", "los", "las", "lo", "un", "una", "que", "a", "al", "su", "sus", "le", "les", "este", "esta", "en", "por", "desde", "tras", "contra", "ante"],
    infinitive: /^\p{Ll}{2,}(?:ar|er|ir)$/u,
    requestVerbs: ["garantizar", "intervenir", "investigar", "liberar", "anular", "abrir", "poner", "tomar", "respetar", "cesar", "retirar", "revisar", "reintegrar", "convocar", "adoptar", "asegurar", "proteger", "suspender", "ordenar", "actuar", "dejar", "iniciar"],
    and: "y",
    in: "en",
    definite: ["el", "la", "del", "al"],
    mediaQualifiers: ["en línea", "de noticias", "de comunicación", "informativo", "informativa"],
  },
  acronymBefore: [/(?:^|[\s(])(?:la|el|los|las|del|al)\s+$/iu, "article before an acronym", "la secretaria general de la "],
  initialHonorifics: [],
  nameParticles: ["viuda"],
  honorifics: ["sr", "sra", "srta", "sres", "señor", "señora", "señorita", "don", "doña", "lic", "licda", "licdo", "lcda", "lcdo", "licenciada", "licenciado", "ing", "dr", "dra"],
  notNameWords: ["para", "por", "según", "desde", "sobre", "tras", "durante", "entre", "contra", "hacia", "este", "esta", "estos", "estas", "ellos", "ellas", "nosotros", "pero", "así", "luego", "estimado", "estimada", "estimados", "estimadas", "querido", "querida", "queridos", "queridas"],
  roleHeads: [
    "presidente", "presidenta", "vicepresidente", "vicepresidenta", "secretario", "secretaria", "tesorero", "tesorera", "director",
    "directora", "dirigente", "responsable", "portavoz", "vocero", "vocera", "coordinador", "coordinadora", "delegado", "delegada",
    "representante", "abogado", "abogada", "juez", "jueza", "magistrado", "magistrada", "fiscal", "ministro", "ministra", "alcalde",
    "alcaldesa", "gobernador", "gobernadora", "diputado", "diputada", "senador", "senadora", "asambleísta", "exasambleísta", "concejal",
    "concejala", "periodista", "redactor", "redactora", "corresponsal", "reportero", "reportera", "fotógrafo", "fotógrafa", "docente",
    "maestro", "maestra", "profesor", "profesora", "gerente", "fundador", "fundadora", "jefe", "jefa", "comisario", "comisaria",
    "administrador", "administradora", "consejero", "consejera", "embajador", "embajadora", "editor", "editora", "columnista",
    "sindicalista", "militante", "activista", "manifestante", "opositor", "opositora", "líder",
    // Note: trial and election monitoring posts (`la observadora X`, `Observador: Y`).
    "observador", "observadora",
    // Note: trades a letter names a worker by (`el electricista X y el chofer Y`).
    "electricista", "chofer", "conductor", "conductora", "obrero", "obrera", "enfermero", "enfermera", "mecánico", "mecánica", "estibador", "estibadora",
  ],
  descriptions: ["sindicalista", "militante", "activista", "manifestante", "opositor", "opositora", "líder"],
  agentEnding: [/^\p{Ll}[\p{Ll}-]{2,}(?:ero|era|dor|dora|tor|sor|ista)$/u, "a noun of an agent", "camillera"],
  notAgents: [
    // Note: months, ordinals and verb forms (`el primero`, `fuera`, `cualquiera`).
    "enero", "febrero", "primero", "primera", "tercero", "tercera", "postrero", "postrera", "fuera", "afuera", "cualquiera",
    "quisiera", "hubiera", "tuviera", "pudiera", "siquiera", "dijera", "extranjero", "extranjera", "compañero", "compañera",
    // Note: things and abstractions.
    "manera", "carrera", "frontera", "bandera", "cartera", "madera", "escalera", "primavera", "espera", "dinero", "sombrero",
    "agujero", "alrededor", "comedor", "ordenador", "mirador", "corredor", "ascensor", "sector", "motor", "factor", "vector",
    "tractor", "reactor", "lista", "vista", "pista", "revista", "entrevista", "conquista",
    // Note: who wrote a text or did a deed, no post (`el autor del artículo`); a defender is a description (`abogado defensor`).
    "autor", "autora", "defensor", "defensora",
  ],
  fieldHeads: [],
  roleModifier: [
    /^(?:adjunt[oa]|ejecutiv[oa]|saliente|defensora?|indígena|\p{Ll}{2,}(?:al|an[oa]|in[oa]|ic[oa]|ari[oa]|ense))$/iu,
    "part of a role",
    "nacional",
  ],
  roleQualifiers: ["general", "generales", "adjunto", "adjunta", "ejecutivo", "ejecutiva", "nacional", "federal", "confederal", "regional", "departamental", "provincial", "seccional", "interino", "interina", "saliente"],
  roleOf: [/\s+(?:de\s+la|de\s+los|de\s+las|del|de)\s*$/iu, "of a body", "secretario general de la "],
  // Note: and nouns of the state's organs and of courts' and bodies' names that are no person's (`Policía Nacional`, `Junta Directiva`, `Tribunal Tercero de Sentencia`).
  placeWords: ["república", "reino", "principado", "estado", "provincia", "región", "ciudad", "municipio", "isla", "islas", "nueva", "nuevo", "policía", "junta", "sentencia", "detención", "expresión", "justicia", "apelaciones"],
  placeBefore: [
    /(?:^|[^\p{L}])(?:(?:tribunal|corte|juzgado|prisión|cárcel|ciudad|provincia|región|municipio|universidad|departamento|pueblo|barrio|comunidad|centro|hospital|sección|planta|mina|puerto|mercado|localidad|distrito)\s+(?:(?!de\b|del\b)\p{Ll}+\s+)?(?:de\s+(?:la\s+)?|del\s+)|(?:en|reparto|colonia|barrio|aldea|caserío|avenida|calle|plaza|parque|penal|cantón|distrito|localidad|centro\s+(?:de\s+detención|penitenciario|de\s+reclusión|carcelario))\s+)$/iu,
    "place after a body or place noun",
    "el tribunal de ",
  ],
  documentHeads: ["código", "ley", "decreto", "constitución", "convenio", "convención", "carta", "declaración", "pacto", "artículo", "reglamento", "resolución"],
  articles: ["el", "la", "los", "las"],
  determiners: ["el", "la", "los", "las", "al", "del", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras"],
  nominalModifiers: ["adjunto", "adjunta"],
  companyNouns: ["empresa", "compañía", "firma", "multinacional", "fábrica", "maquila(?:dora)?", "filial", "cooperativa", "subcontratista", "transnacional"],
  mediaNouns: ["boletín", "boletin", "diario", "periódico", "semanario", "revista", "publicación(?: mensual| semanal)?", "agencia de noticias", "medio (?:digital|independiente|comunitario|de comunicación)", "medio", "sitio (?:[Ww]eb|[Ii]nternet)", "emisora", "canal", "portal", "radio", "radioemisora", "televisora",
    // Note: a bare `sitio` and `radio` open a title as their qualified forms do (`la radio en línea X`, `el sitio X`).
    "sitio"],
  // Note: not `a`, which is an initial too (`A. Roy`).
  openingPrepositions: ["en"],
  aka: ["conocido como", "conocida como", "alias", "apodado", "apodada"],
  agentBefore: [/\p{Ll}(?:ado|ada|ados|adas|ido|ida|idos|idas)\s+por\s+(?:el\s+|la\s+|los\s+|las\s+)?$/iu, "agent of a passive", "denunciado por "],
  announced: [
    /(?<!\p{L})(?:(?:previst[oa]s?|fijad[oa]s?|programad[oa]s?|aplazad[oa]s?|pospuest[oa]s?|señalad[oa]s?)\s+(?:para|hasta)|se\s+celebrarán?|tendrán?\s+lugar|próxima\s+audiencia|será\s+dictad[oa]|deberían?\s+(?:ser\s+(?:liberad[oa]s?|excarcelad[oa]s?)|recuperar\s+(?:la|su)\s+libertad|salir\s+(?:en\s+libertad|de\s+prisión)))(?!\p{L})/iu,
    "announced event",
    "la audiencia está prevista para el ",
  ],
  months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre", "octubre", "noviembre", "diciembre"],
  monthBefore: [/\b(?:en|entre|desde|hasta|durante|antes\s+de|después\s+de|(?:a\s+)?(?:finales|principios|mediados|fines|inicios)\s+de|(?:en\s+)?el\s+mes\s+de)\s+$/iu, "time word before a month", "detenido en "],
  group: [/\b(?:fueron|han\s+sido|recibieron|reciben|son\s+condenad[oa]s|amb[oa]s|cada\s+un[oa]|l[oa]s\s+(?:dos|tres|cuatro)|respectivamente|penas)\b/iu, "together", "X y Y fueron sentenciados a"],
  pronoun: [/(?:^|[\s,;])(?:él|ella|le|lo|la)(?!\p{L})/iu, "pronoun subject or object", "También le impusieron "],
  // Note: `a cada uno de los delegados Sra. X y Sr. Y`: a group word and a form of address may come before the names.
  // Note: and a clause opened by a plural verb with no subject, as Spanish drops it (`Fueron condenados respectivamente a …`, `Recibieron …`).
  pluralPronoun: [
    /(?<!\p{L})(?:les|los)\s+(?:(?:ha|han|había|habían)\s+)?(?:conden|impus|sentenci|sancion|mult|castig|aplic)\p{L}*|^\s*(?:(?:fueron|han\s+sido|habían\s+sido|serán|resultaron)\s+(?:también\s+|además\s+)?(?:conden|sentenci|sancion|mult|castig)ad[oa]s|recibieron)(?!\p{L})/iu,
    "plural object pronoun, or a plural verb with no subject",
    "el tribunal les impuso",
  ],
  bodySubject: [
    // Note: a body as the subject of a passive (`La empresa fue sancionada con una `), or the object of an active (`condenó al sindicato al pago de una `); not after `de`, `a`.
    /(?:(?<!\p{L})(?<!(?:de|a|por|con)\s)(?:[Ee]l|[Ll]a|[Ee]ste|[Ee]sta|[Ss]u|[Nn]uestr[oa])\s+(?:sindicato|empresa|compañía|sociedad|diario|periódico|semanario|medio|radio|canal|emisora|asociación|federación|organización|empleadora?|editorial|gremio)(?:\s+mism[oa]|\s+[\p{Lu}\d][^,.;:]{0,40}?)?(?:\s*,\s*[^,;.]{1,40},)?(?:\s+[\p{Ll}-]+){0,5}?\s+(?:condenad|sancionad|multad|castigad)[oa]s?|(?:conden|sancion|mult)\p{L}*\s+(?:al|a\s+la)\s+(?:sindicato|empresa|compañía|sociedad|diario|periódico|semanario|medio|radio|canal|emisora|asociación|federación|organización|editorial|gremio)(?:\s+[\p{Lu}\d][^,.;:]{0,40}?)?\s+(?:a|al|con))(?:\s+[\p{Ll}-]+){0,4}\s*$/u,
    "a body penalised",
    "La empresa fue sancionada con una ",
  ],
  namesAfter: [/^\s*(?:,\s*)?(?:a|al|contra)\s+(?:cada\s+un[oa]\s+de\s+)?(?:(?:el|la|los|las|sus)\s+)?(?:(?:[\p{Ll}-]+\s+){0,4}|\p{Ll}[^.;:]{0,100},\s+)(?:(?:Sr|Sra|Srta|Sres|Dr|Dra|Lic|Licda|Lcda|Lcdo|Ing)\.?\s+)?$/u, "to the names after (an apposition ends in a comma)", " a cada uno de los delegados Sra. "],
  listGlue: [/^(?:\s*,\s*|\s+)(?:y\s+(?:(?:a|al)\s+)?(?:(?:el|la|los|las)\s+)?(?:[\p{Ll}-]+,?\s+){0,3})?(?:(?:Sr|Sra|Srta|Sres|Dr|Dra|Lic|Licda|Lcda|Lcdo|Ing)\.?\s+)?$/u, "list of names (a role after `y` may stand in commas)", ", y al dirigente shuar "],
};
