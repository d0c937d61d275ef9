/** French: the words of penalties, fines and amounts (see vocabulary.ts for each field). */
import type { Vocabulary } from "./vocabulary.js";

export const FRENCH: Vocabulary = {
  language: "fr",
  numbers: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17, "dix-huit": 18,
    "dix-neuf": 19, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100,
  },
  scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  units: { an: "Y", ans: "Y", année: "Y", années: "Y", mois: "M", semaine: "W", semaines: "W", jour: "D", jours: "D" },
  and: "et",
  half: "et\\s+demie?",
  penalty: [
    /\b(?:condamn\w*|peines?|écop\w*|inflig\w*|purger|purge|sanctionn\w*|(?:mis|placé)e?s?\s+en\s+détention|assigné\w*\s+à\s+résidence)\b/iu,
    "penalty word",
    "condamné à deux ans de prison ferme",
  ],
  kinds: [
    [/\bsursis\b|\bavec\s+mise\s+à\s+l[’']épreuve\b/iu, "suspended prison", "un an de prison avec sursis"],
    [/\bdétention\s+administrative\b/iu, "administrative detention", "15 jours de détention administrative"],
    [/\bassign\w*\s+à\s+résidence\b|\brésidence\s+surveillée\b/iu, "house arrest", "six mois d'assignation à résidence"],
    [/\btravaux\s+(?:forcés|d[’']intérêt\s+général)\b/iu, "corrective labour", "deux ans de travaux forcés"],
    [/\b(?:prison|emprisonnement|réclusion|incarcération|détention\s+criminelle)\b/iu, "prison", "deux ans de prison ferme"],
    [/\bdétention\b/iu, "detention", "dix jours de détention"],
  ],
  suspendedAfter: [/^,?\s+(?:avec|assortie?s?\s+d[ue]|dont\s+\S+\s+\S+\s+avec)\s+sursis\b/iu, "suspended", " avec sursis"],
  notPenaltyBefore: [
    [/\bdont\s+$/iu, "firm part of a total", "un an de prison, dont "],
    [/\bentre\s+\S+\s+et\s+$/iu, "range", "entre deux et "],
    [/\b(?:requis|requérant|réclam\w*|demand\w*|encour\w*|risqu\w*|passible|jusqu[’']à|maximum)\b[^.;]{0,60}$/iu, "request or maximum", "le procureur a requis "],
    [/\b(?:depuis|pendant|durant|il\s+y\s+a)\s+(?:plus\s+de\s+|près\s+de\s+)?$/iu, "time spent", "détenu depuis "],
  ],
  notPenaltyAfter: [[/^\s+(?:de\s+)?(?:détention\s+provisoire|détention\s+préventive)\b/iu, "remand", " de détention provisoire"]],
  fine: [/\bamendes?\b|\bcondamn\w*\s+à\s+(?:payer|verser)\b/iu, "fine word", "une amende de 500 000 francs CFA"],
  notFineBefore: [
    [/\b(?:caution|dommages|intérêts|indemni\w*|réparation|salaire|requis|réclam\w*|demand\w*|jusqu[’']à|passible|encour\w*)\b[^.;]{0,40}$/iu, "bail, damages or request", "une caution de "],
  ],
  notFineAfter: [[/^\s+(?:de\s+|au\s+titre\s+de\s+)?(?:dommages|caution|indemnit\w*|frais)\b/iu, "damages", " de dommages et intérêts"]],
  currencies: { euro: "euro", dollar: "dollar", dinar: "dinar", franc: "franc", rouble: "ruble", livre: "pound", dirham: "dirham", naira: "naira", cedi: "cedi", peso: "peso" },
  each: [/\bchacune?\b|\b(?:tous|toutes)\s+(?:les\s+)?(?:deux|trois|quatre)\b/iu, "each", "condamnés chacun à un an"],
  respectively: [/\brespectivement\b/iu, "respectively", "à deux et trois ans respectivement"],
  orgHeads: ["confédération", "fédération", "syndicat", "union", "ligue", "association", "centrale", "comité", "commission", "conseil", "tribunal", "cour", "ministère", "parquet", "société", "observatoire", "collectif", "mouvement", "front", "parti", "fondation", "réseau", "ordre", "barreau", "intersyndicale"],
  acronymBefore: [/(?:^|[\s(])(?:la|le|l[’']|les|du|des|au|aux)\s*$/iu, "article before an acronym", "secrétaire général de la "],
  honorifics: ["m", "mm", "mme", "mmes", "mlle", "me", "maître", "monsieur", "madame", "mademoiselle", "dr", "pr"],
  notNameWords: ["en", "pour", "dans", "selon", "lors", "depuis", "avec", "sans", "par", "sur", "chez", "après", "avant", "pendant", "entre", "contre", "vers", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "nous", "mais", "ainsi", "alors", "puis", "une", "un"],
  months: ["janvier|janv", "février|fevrier|févr", "mars", "avril|avr", "mai", "juin", "juillet|juil", "août|aout", "septembre|sept", "octobre|oct", "novembre|nov", "décembre|decembre|déc"],
  monthBefore: [/\b(?:en|depuis|dès|fin|début|mi-|courant|jusqu[’']en|avant|après|(?:à\s+la\s+)?(?:fin|début|mi-)\s*(?:de\s+|d[’'])?|au\s+mois\s+d[e’']\s*)\s*$/iu, "time word before a month", "arrêté fin "],
  group: [/\b(?:ont\s+(?:été|écopé|reçu)|(?:tous|toutes)\s+(?:les\s+)?(?:deux|trois|quatre)|chacune?|respectivement)\b/iu, "together", "X et Y ont été condamnés à"],
  namesAfter: [/^\s*,?\s*(?:à|contre)\s+(?:l[’']|(?:le|la|les)\s+)?(?:(?:[\p{Ll}-]+\s+){0,4}|\p{Ll}[^.;:]{0,100},\s+)$/u, "to the names after (an apposition ends in a comma)", " à l'encontre de "],
  listGlue: [/^(?:\s*,\s*|\s+)(?:et\s+(?:(?:à|contre)\s+)?(?:(?:le|la|l[’']|les)\s*)?(?:[\p{Ll}-]+\s+){0,3})?$/u, "list of names", ", et le militant "],
};
