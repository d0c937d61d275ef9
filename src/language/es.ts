/** Spanish: the words of penalties, fines and amounts (see vocabulary.ts for each field). */
import type { Vocabulary } from "./vocabulary.js";

export const SPANISH: Vocabulary = {
  language: "es",
  numbers: {
    un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18,
    diecinueve: 19, veinte: 20, veintiuno: 21, veinticinco: 25, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, cien: 100,
  },
  scales: { mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6 },
  units: { año: "Y", años: "Y", mes: "M", meses: "M", semana: "W", semanas: "W", día: "D", días: "D", dia: "D", dias: "D" },
  and: "y",
  half: "y\\s+medio",
  penalty: [
    /\b(?:conden\w*|sentenci\w*|penas?|castig\w*|cumplir|purgar|impus\w*|impone\w*)\b/iu,
    "penalty word",
    "condenados a tres años de prisión",
  ],
  kinds: [
    [/\b(?:suspensi[óo]n\s+condicional|condena\s+condicional|en\s+suspenso|libertad\s+condicional)\b/iu, "suspended prison", "tres años de prisión en suspenso"],
    [/\barresto\s+administrativo\b|\bdetenci[óo]n\s+administrativa\b/iu, "administrative detention", "15 días de arresto administrativo"],
    [/\barresto\s+domiciliario\b|\bprisi[óo]n\s+domiciliaria\b/iu, "house arrest", "seis meses de arresto domiciliario"],
    [/\btrabajos?\s+(?:forzados|comunitarios)\b/iu, "corrective labour", "un año de trabajos forzados"],
    [/\b(?:prisi[óo]n|c[áa]rcel|reclusi[óo]n|presidio|encarcelamiento|privaci[óo]n\s+de\s+(?:la\s+)?libertad)\b/iu, "prison", "tres años de prisión"],
    [/\b(?:detenci[óo]n|arresto)\b/iu, "detention", "diez días de arresto"],
  ],
  suspendedAfter: [/^,?\s+(?:en\s+suspenso|(?:con|de)\s+(?:suspensi[óo]n|ejecuci[óo]n)\s+condicional|condicional)\b/iu, "suspended", " en suspenso"],
  notPenaltyBefore: [
    [/\b(?:de\s+(?:los|las)\s+cuales|de\s+ell[oa]s)\s+$/iu, "part of a total", "tres años, de los cuales "],
    [/\bentre\s+\S+\s+y\s+$/iu, "range", "entre 14 y "],
    [/\b(?:ped\w*|pidi\w*|solicit\w*|reclam\w*|enfrenta\w*|arriesga\w*|hasta|m[áa]xim[oa]|podr[íi]a\w*)\b[^.;]{0,60}$/iu, "request or maximum", "la fiscalía pidió "],
    [/\b(?:desde\s+hace|durante|hace)\s+(?:m[áa]s\s+de\s+|casi\s+)?$/iu, "time spent", "detenido desde hace "],
  ],
  notPenaltyAfter: [[/^\s+(?:de\s+)?(?:prisi[óo]n|detenci[óo]n)\s+preventiva\b/iu, "remand", " de prisión preventiva"]],
  fine: [/\bmultas?\b|\bcondena\w*\s+a\s+pagar\b/iu, "fine word", "una multa de 20.000 pesos"],
  notFineBefore: [
    [/\b(?:fianza|caución|indemniza\w*|daños|reparaci[óo]n|salario|sueldo|ped\w*|pidi\w*|solicit\w*|hasta)\b[^.;]{0,40}$/iu, "bail, damages or request", "una fianza de "],
  ],
  notFineAfter: [[/^\s+(?:de\s+|por\s+|en\s+concepto\s+de\s+)?(?:indemnizaci[óo]n|daños|fianza|costas)\b/iu, "damages", " de indemnización"]],
  currencies: { euro: "euro", dólar: "dollar", dolar: "dollar", peso: "peso", boliviano: "boliviano", sol: "sol", bolívar: "bolivar", colón: "colon", quetzal: "quetzal", lempira: "lempira", córdoba: "cordoba", guaraní: "guarani" },
  each: [/\bcada\s+un[oa]\b|\bamb[oa]s\b|\blos\s+(?:dos|tres|cuatro)\b/iu, "each", "condenados a tres años cada uno"],
  respectively: [/\brespectivamente\b/iu, "respectively", "a dos y tres años respectivamente"],
  orgHeads: ["confederación", "federación", "sindicato", "unión", "central", "asociación", "tribunal", "juzgado", "corte", "comité", "comisión", "consejo", "ministerio", "fiscalía", "sociedad", "observatorio", "colectivo", "movimiento", "frente", "partido", "fundación", "red", "colegio", "coordinadora", "liga"],
  acronymBefore: [/(?:^|[\s(])(?:la|el|los|las|del|al)\s+$/iu, "article before an acronym", "la secretaria general de la "],
  honorifics: ["sr", "sra", "srta", "sres", "señor", "señora", "señorita", "don", "doña", "lic", "licda", "licdo", "ing", "dr", "dra"],
  notNameWords: ["en", "para", "por", "según", "desde", "con", "sin", "sobre", "tras", "durante", "entre", "contra", "hacia", "este", "esta", "estos", "estas", "ese", "esa", "ellos", "ellas", "nosotros", "pero", "así", "luego", "una", "uno", "al"],
  months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre", "octubre", "noviembre", "diciembre"],
  monthBefore: [/\b(?:en|desde|hasta|durante|antes\s+de|después\s+de|(?:a\s+)?(?:finales|principios|mediados|fines|inicios)\s+de|(?:en\s+)?el\s+mes\s+de)\s+$/iu, "time word before a month", "detenido en "],
  group: [/\b(?:fueron|han\s+sido|recibieron|amb[oa]s|cada\s+un[oa]|l[oa]s\s+(?:dos|tres|cuatro)|respectivamente)\b/iu, "together", "X y Y fueron sentenciados a"],
  namesAfter: [/^\s*,?\s*(?:a|al|contra)\s+(?:(?:el|la|los|las)\s+)?(?:(?:[\p{Ll}-]+\s+){0,4}|\p{Ll}[^.;:]{0,100},\s+)$/u, "to the names after (an apposition ends in a comma)", " al dirigente de la Federación, "],
  listGlue: [/^(?:\s*,\s*|\s+)(?:y\s+(?:(?:a|al)\s+)?(?:(?:el|la|los|las)\s+)?(?:[\p{Ll}-]+\s+){0,3})?$/u, "list of names", ", y al dirigente shuar "],
};
