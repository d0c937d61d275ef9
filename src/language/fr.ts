/** French: the words of penalties, fines and amounts (see vocabulary.ts for each field). */
import { CURRENCY_WORDS } from "./currency-words.js";
import { numberPhrase } from "./numbers.js";
import type { Vocabulary } from "./vocabulary.js";

const NUMBERS = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17, "dix-huit": 18,
  "dix-neuf": 19, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, "quatre-vingt": 80, "quatre-vingts": 80, huitante: 80, octante: 80, nonante: 90, cent: 100, cents: 100,
};
const SCALES = { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 };
/** A number in digits or words, the lower end of a law's range (`de deux à `, `de vingt-cinq à `). */
const RANGE_FROM = `(?:\\d{1,2}|${numberPhrase({ numbers: NUMBERS, scales: SCALES, and: "et" })})`;

export const FRENCH: Vocabulary = {
  language: "fr",
  numbers: NUMBERS,
  scales: SCALES,
  units: { an: "Y", ans: "Y", année: "Y", années: "Y", mois: "M", semaine: "W", semaines: "W", jour: "D", jours: "D" },
  and: "et",
  half: "et\\s+demie?",
  ruling: [/(?<!\p{L})(?:décision|jugement|verdict|arrêt|dispositif|statué|statuant)(?!\p{L})/iu, "ruling word", "le tribunal a rendu la décision suivante :"],
  penalty: [
    // Note: and a probation named by itself (`Les trois devront se soumettre à une ordonnance de probation d'une durée de deux ans`, Quebec).
    /(?<!\p{L})(?:condamn\p{L}*|peines?|écop\p{L}*|inflig\p{L}*|impos(?:é|ée|és|ées|er|ait|aient)|purger|purge|sanctionn\p{L}*|re[çc]u|re[çc]oit|re[çc]oivent|(?:mis|placé)e?s?\s+en\s+détention|assigné\p{L}*\s+à\s+résidence|(?:ordonnance\s+de\s+|période\s+de\s+)?probation|sursis\s+probatoire|mise\s+à\s+l[’']épreuve)(?!\p{L})/iu,
    "penalty word",
    "condamné à deux ans de prison ferme",
  ],
  kinds: [
    [/\bsursis\b|\bavec\s+mise\s+à\s+l[’']épreuve\b/iu, "suspended prison", "un an de prison avec sursis"],
    [/\bliberté\s+surveillée\b/iu, "probation", "deux ans de liberté surveillée"],
    [/\bdétention\s+administrative\b/iu, "administrative detention", "15 jours de détention administrative"],
    [/\bassign\w*\s+à\s+résidence\b|\brésidence\s+surveillée\b/iu, "house arrest", "six mois d'assignation à résidence"],
    [/\btravaux\s+(?:forcés|d[’']intérêt\s+général|correctionnels)\b|\btravail\s+correctionnel\b/iu, "corrective labour", "deux ans de travaux forcés"],
    [/\b(?:limitation|restriction)\s+de\s+(?:la\s+)?liberté(?!\p{L})|\bliberté\s+restreinte\b/iu, "restricted freedom", "trois ans de restriction de liberté"],
    // Note: `servitude pénale` is prison in the DR Congo's and Congo's penal codes (`deux ans de servitude pénale principale`).
    [/\b(?:prison|emprisonnement|réclusion|incarcération|détention\s+criminelle|servitude\s+pénale)\b/iu, "prison", "deux ans de prison ferme"],
    [/\bdétention\b/iu, "detention", "dix jours de détention"],
    // Note: `il écope de trois mois ferme`: a firm term with no kind word is prison.
    [/^,?\s*ferme\b/iu, "prison", " ferme"],
  ],
  probationBefore: [
    /(?:sursis\s+probatoire|(?:mise|période)\s+(?:à|d[’'])\s*l[’']?épreuve|probation(?:\s+(?:avec|sans)\s+surveillance|\s+surveillée)?|liberté\s+surveillée)\s+(?:pendant|durant|de|d[’']|d[’']une\s+durée\s+de)\s*(?:un\s+délai\s+de\s+)?$/iu,
    "probation",
    "six mois avec sursis probatoire pendant ",
  ],
  suspendedAfter: [/^,?\s+(?:avec|assortie?s?\s+d[ue]|dont\s+\S+\s+\S+\s+avec)\s+sursis\b/iu, "suspended", " avec sursis"],
  notPenaltyBefore: [
    [/\bdont\s+$/iu, "firm part of a total", "un an de prison, dont "],
    [/\bentre\s+\S+\s+et\s+$/iu, "range", "entre deux et "],
    // Note: a law's range (`puni d'une peine de deux à cinq ans`).
    [new RegExp(`\\bde\\s+${RANGE_FROM}\\s+à\\s+$`, "iu"), "range", "une peine de vingt-cinq à "],
    // Note: not the noun of grievances (`secrétaire chargé des réclamations`), a union post's name (session 22).
    // Note: and the adjective (`la loi prévoit une peine maximale de trois ans`, session 24).
    [/\b(?:requis|requérant|réclam(?!ations?\b)\w*|demand\w*|encour\w*|risqu\w*|passible|maximum|maximale?s?)\b[^.;]{0,60}$/iu, "request or maximum", "le procureur a requis "],
    // Note: a bound right before the term (`une peine pouvant aller jusqu'à cinq ans`), as English `up to`; not
    // a `jusqu'à` further back (`Détenu jusqu'à son procès, il a été condamné à deux ans`).
    [/\bjusqu[’']à\s+(?:une?\s+)?(?:(?:peine|maximum)\s+de\s+)?$/iu, "bound", "une peine pouvant aller jusqu'à "],
    // Note: and what came before an event (`libéré après dix-huit mois de détention`; session 23).
    [/(?<!\p{L})(?:depuis|pendant|durant|il\s+y\s+a|après)\s+(?:plus\s+de\s+|près\s+de\s+)?$/iu, "time spent", "détenu depuis "],
    // Note: a suspension attached to the terms before it runs for its own period (`… de six mois, assortis d'un sursis de deux ans`, `un an de prison avec sursis simple de cinq ans`): no term
    // (English `suspended for two years`: verb-term.ts); a bare `un sursis de dix-huit mois` stays a term, `sursis probatoire` a probation.
    [/\b(?:assortie?s?\s+d[’']un|avec)\s+sursis\s+(?:simple\s+)?(?:de|d[’']une\s+durée\s+de|pendant)\s+$/iu, "operational period of a suspension", "six mois, assortis d'un sursis de "],
    // Note: a time limit to pay or appeal (`une amende … payable dans les huit jours`) is no term.
    [/\b(?:dans|sous|d[’']ici)\s+(?:les\s+|un\s+délai\s+d[e’']\s*)?$|\bdélai\s+d[e’']\s*$/iu, "time limit", "payable dans les "],
    // Note: a period that repeats (`se présenter toutes les deux semaines`, `chaque mois`) is how often, not how long.
    [/\b(?:(?:tous|toutes)\s+les|chaque)\s+$/iu, "frequency", "pointer au commissariat tous les "],
    // Note: a term served only if the fine goes unpaid (`une amende de 250.000 FC, à défaut de paiement de laquelle ils subiraient
    // quinze jours de servitude pénale`) is no penalty of its own, as English `in default of payment` (session 22).
    [/(?<!\p{L})(?:à\s+défaut\s+de|faute\s+de)\s+(?:son\s+|leur\s+)?(?:paiement|payer|règlement)\b[^.;]{0,80}$/iu, "default", "à défaut de paiement de laquelle ils subiraient "],
  ],
  notPenaltyAfter: [
    [/^\s+(?:de\s+)?(?:détention\s+provisoire|détention\s+préventive)\b/iu, "remand", " de détention provisoire"],
    // Note: a bare period before a word of time order is the time between two events (`arrêtés deux jours après le sit-in`);
    // a trial or ruling after it leaves the term one (`condamné à deux ans après un procès expéditif`).
    [/^\s+(?:plus\s+(?:tard|tôt)|auparavant|(?:après|avant)(?!\s+(?:une?|le|la|l[’']|son|sa|leur)\s*(?:procès|audience|jugement|verdict|délibéré)))\b/iu, "time between events", " après le sit-in"],
  ],
  fine: [/\bamendes?\b|\bcondamn\w*\s+à\s+(?:payer|verser)\b/iu, "fine word", "une amende de 500 000 francs CFA"],
  notFineBefore: [
    [/\b(?:caution|dommages|intérêts|indemni\w*|réparation|salaire|requis|réclam\w*|demand\w*|passible|encour\w*)\b[^.;]{0,40}$/iu, "bail, damages or request", "une caution de "],
    [/\bjusqu[’']à\s+$/iu, "bound", "une amende pouvant aller jusqu'à "],
    // Note: a company fined as the clause's subject (`La société éditrice, Sahel Presse SARL, a elle-même été condamnée à une amende de`).
    [/(?<!\p{L})[Ll]a\s+(?:société|entreprise|compagnie)(?:\s+[\p{Ll}-]+)?(?:\s*,[^,.;]{1,60},)?\s+(?:a|ont)\s+(?:(?:elle-même|également|aussi|pour\s+sa\s+part)\s+)?été\s+condamnée?s?\s+à\s+(?:payer\s+|verser\s+)?(?:une\s+)?amende\s+de\s+$/u, "a company fined", "La société éditrice, Sahel Presse SARL, a elle-même été condamnée à une amende de "],
    [/\b(?:parquet|procureure?|aurait|pourrait)\b[^.;]{0,120}$/iu, "what the prosecution sought", "le parquet avait requis quatre ans et une amende de "],
  ],
  notFineAfter: [
    [/^\s+(?:de\s+|au\s+titre\s+de\s+)?(?:dommages|caution|indemnit\w*|frais)\b/iu, "damages", " de dommages et intérêts"],
    // Note: a sum owed as taxes (`500 millions de dongs d'impôts prétendument impayés`, `au titre d'arriérés fiscaux`) is a debt.
    [/^\s+(?:d[’']|au\s+titre\s+d[’']|en\s+)(?:impôts?|arriérés|droits\s+de\s+douane)\b/iu, "tax debt", " d'impôts impayés"],
  ],
  // Note: every currency word of the language, from CLDR (currency-words.ts); the hand list it replaced held 13.
  currencies: CURRENCY_WORDS.fr,
  fineUnits: { "jour-amende": "day-fine", "jours-amende": "day-fine" },
  // Note: also an approximator alone after the comma (`500 000 francs congolais, environ 175 dollars`): the sum again, roughly.
  equivalent: [/^(?:,?\s*(?:soit|c[’']est-à-dire|l[’']équivalent\s+de|équivalant\s+à)(?:\s*,)?(?:\s+(?:environ|près\s+de|quelque|approximativement))?|,\s*(?:environ|près\s+de|approximativement))\s*$/iu, "equivalent", ", soit environ "],
  each: [/\bchacune?\b|\b(?:tous|toutes)\s+(?:les\s+)?(?:deux|trois|quatre)\b/iu, "each", "condamnés chacun à un an"],
  // Note: and the adjective before the list (`des amendes respectives de 2 000 000 FC, 1 500 000 FC et 1 000 000 FC`).
  respectively: [/\brespective(?:ment|s)\b/iu, "respectively", "à deux et trois ans respectivement"],
  orgHeads: ["confédération", "entreprise", "compagnie", "fédération", "syndicat", "union", "ligue", "association", "centrale", "comité", "commission", "conseil", "tribunal", "cour", "ministère", "parquet", "société", "observatoire", "collectif", "mouvement", "front", "parti", "fondation", "réseau", "ordre", "barreau", "intersyndicale", "organisme"],
  bodies: {
    heads: [
      "confédération", "fédération", "syndicat", "union", "ligue", "association", "société", "comité", "commission", "conseil", "observatoire",
      "collectif", "mouvement", "front", "parti", "fondation", "réseau", "ordre", "intersyndicale", "centrale", "organisation", "port", "inspection",
      "office", "agence", "caisse", "institut", "chambre", "alliance", "coordination", "groupement", "amicale", "mutuelle", "coopérative", "régie",
      "compagnie", "entreprise", "internationale", "service", "banque", "haute autorité", "autorité", "organisme", "bureau",
      // Note: a state's offices, capitalised in their names (`Direction régionale du Travail de Thiès`, `Délégation départementale de l'Emploi`).
      "direction", "délégation", "division", "secrétariat", "ministère",
      // Note: and public bodies called centres (`Centre intégré universitaire de santé et de services sociaux de l'Estrie`).
      "centre",
    ],
    lowerHeads: ["ministère", "ambassade", "consulat", "société", "compagnie"],
    namedHeads: ["association", "fondation", "collectif", "mouvement", "réseau", "coordination", "amicale", "alliance", "ligue"],
    links: ["de la", "de l'", "du", "des", "de", "d'", "aux", "pour la", "pour le", "pour les", "pour l'", "pour", "sur la", "sur le", "sur les", "sur l'"],
    properLinks: [],
    topicLinks: ["sur la", "sur le", "sur les", "sur l'"],
    adjective: /^(?:\p{Ll}+-)*\p{Ll}+(?:al|ale|ales|aux|el|els|elle|elles|ien|iens|ienne|iennes|éen|éens|éenne|éennes|ais|aise|aises|ois|oise|oises|ique|iques|if|ifs|ive|ives|aire|aires|é|ée|és|ées|ant|ants|ante|antes|ente|entes|in|ins|ine|ines|ain|ains|aine|aines|onne|onnes|eur|eure|eures|eurs|ier|iers|ière|ières|ère|ères|eux|euse|euses|ble|bles|ile|iles|ome|omes|bre|bres|ge|ges|sse|sses|ole|oles|iste|istes)$/u,
    // Note: a compound adjective takes its ending from its last part (`pré-universitaire`, `socio-économique`).
    // Note: `-is`/`-ies` participles agree with a proper noun before them (`des Nations unies`); alone they are nouns (`partie`).
    properParticiple: /^\p{Ll}{2,}(?:ies|is)$/u,
    nationality: /^(?:belges?|suisses?|arabes?|malgaches?|burkinabè|\p{Ll}+(?:ais|aise|aises|ois|oise|oises|ien|iens|ienne|iennes|éen|éens|éenne|éennes|ain|ains|aine|aines|in|ins|ine|ines|onne|onnes|and|ands|ande|andes))$/u,
    scope: /^(?:(?:inter)?nation|région|génér|fédér|confédér|centr|mondi|département|provinci|municip|commun|loc|continent|territori)(?:al|ale|ales|aux)$|^(?:autonomes?|unitaires?|libres?)$/u,
    prenominal: /^(?:(?:nouvel|nouvelle|grand|grande|première|premier|petit|petite|jeune|haute|haut|seul|seule|unique)s?|nouveaux?)$/u,
    // Note: the verbs of a body's statement whose ending reads as an adjective's (`Le Collectif demande :`, `La Coordination exige :`, `Le Réseau considère`).
    verbs: ["demande", "recommande", "exige", "considère", "réitère", "espère", "appelle", "rappelle", "interpelle", "explique", "indique", "critique", "revendique", "communique", "applique", "réplique", "semble", "examine", "termine", "demeure", "signale", "souligne", "insiste", "existe", "résiste", "persiste", "assiste", "hier",
      // Note: a conjunction with an adjective's ending (`… de la Communication afin de protéger`), subjunctives in `-enne` (`… sociale intervienne`).
      "afin", "intervienne", "interviennent", "vienne", "viennent", "tienne", "soutienne", "obtienne", "prenne", "prennent", "reprenne", "comprenne"],
    verbNext: ["le", "la", "les", "l'", "un", "une", "que", "qu'", "à", "au", "aux", "par", "en", "dans", "depuis", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "lors", "après", "avant", "contre", "auprès"],
    infinitive: /^\p{Ll}{2,}(?:er|ir|re)$/u,
    requestVerbs: ["mettre", "ouvrir", "rouvrir", "prendre", "reprendre", "garantir", "respecter", "libérer", "annuler", "abandonner", "cesser", "rétablir", "faire", "permettre", "veiller", "engager", "intervenir", "assurer", "réintégrer", "lever", "suspendre", "revoir", "protéger", "ordonner", "retirer", "procéder", "mener", "diligenter", "enquêter", "convoquer"],
    and: "et",
    in: "en",
    definite: ["le", "la", "l[’']", "du", "au"],
    mediaQualifiers: ["en ligne", "d'information", "d'informations", "d'investigation", "de presse"],
  },
  acronymBefore: [/(?:^|[\s(])(?:la|le|l[’']|les|du|des|au|aux)\s*$/iu, "article before an acronym", "secrétaire général de la "],
  initialHonorifics: ["M", "MM"],
  nameParticles: ["épouse", "veuve"],
  honorifics: ["mme", "mmes", "mm", "mlle", "me", "maître", "monsieur", "madame", "mademoiselle", "dr", "pr"],
  notNameWords: ["par", "pour", "dans", "selon", "lors", "depuis", "avec", "sans", "chez", "après", "avant", "pendant", "entre", "contre", "vers", "cet", "cette", "ces", "il", "elle", "ils", "elles", "nous", "mais", "ainsi", "alors", "puis", "cher", "chère", "chers", "chères"],
  roleHeads: [
    "président", "présidente", "vice-président", "vice-présidente", "secrétaire", "trésorier", "trésorière", "directeur", "directrice",
    "dirigeant", "dirigeante", "responsable", "porte-parole", "coordinateur", "coordinatrice", "délégué", "déléguée", "représentant",
    "représentante", "avocat", "avocate", "juge", "magistrat", "magistrate", "procureur", "procureure", "substitut", "substitute",
    "ministre", "maire", "gouverneur", "député", "députée", "sénateur", "sénatrice", "journaliste", "rédacteur", "rédactrice",
    "correspondant", "correspondante", "photographe", "enseignant", "enseignante", "professeur", "professeure", "gérant", "gérante",
    "fondateur", "fondatrice", "chef", "commissaire", "administrateur", "administratrice", "conseiller", "conseillère",
    "ambassadeur", "ambassadrice", "éditeur", "éditrice", "chroniqueur", "chroniqueuse", "animateur", "animatrice",
    "syndicaliste", "militant", "militante", "activiste", "manifestant", "manifestante", "opposant", "opposante",
    // Note: a post by its charge, its field after `de` (`chargé de communication`, `chargée de plaidoyer`).
    "chargé", "chargée",
    // Note: trial and election monitoring posts (`l'observatrice X`, `Observateur : Y`).
    "observateur", "observatrice",
    // Note: trades a letter names a worker by (`le chauffeur X`, `l'infirmière Y`).
    "chauffeur", "électricien", "électricienne", "ouvrier", "ouvrière", "infirmier", "infirmière", "mécanicien", "mécanicienne", "docker", "reporter",
  ],
  descriptions: ["syndicaliste", "militant", "militante", "activiste", "manifestant", "manifestante", "opposant", "opposante"],
  agentEnding: [/^\p{Ll}[\p{Ll}-]{2,}(?:eur|euse|rice|ier|ière|ien|ienne|iste)$/u, "a noun of an agent", "présentatrice"],
  notAgents: [
    // Note: months, ordinals and adjectives (`le premier`, `l'ancien président`, `le quotidien X`).
    "janvier", "février", "premier", "première", "dernier", "dernière", "entier", "entière", "particulier", "particulière",
    "régulier", "régulière", "singulier", "familier", "ancien", "ancienne", "quotidien", "quotidienne", "meilleur",
    "supérieur", "inférieur", "intérieur", "extérieur", "antérieur", "postérieur", "ultérieur", "majeur", "mineur",
    "rien", "bien", "lien", "chien", "combien", "soutien", "entretien", "ailleurs", "plusieurs", "leurs",
    // Note: things and abstractions.
    "quartier", "dossier", "papier", "métier", "chantier", "sentier", "cahier", "fichier", "clavier", "calendrier", "courrier",
    "panier", "atelier", "escalier", "pilier", "collier", "valeur", "honneur", "faveur", "couleur", "erreur", "chaleur",
    "douleur", "peur", "fleur", "cœur", "sœur", "labeur", "bonheur", "malheur", "rigueur", "vigueur", "longueur", "largeur",
    "hauteur", "profondeur", "grandeur", "ampleur", "humeur", "odeur", "vapeur", "terreur", "horreur", "fureur", "rumeur",
    "saveur", "ferveur", "moteur", "secteur", "ordinateur", "ascenseur", "liste", "piste", "matrice", "cicatrice",
    // Note: who wrote a text or did a deed, no post (`l'auteur de l'article`).
    "auteur", "autrice",
  ],
  fieldHeads: ["chargé", "chargée"],
  roleModifier: [
    /^(?:adjointe?|exécuti(?:f|ve)|permanente?|sortante?|\p{Ll}{2,}(?:ale?|aux|ienn?e?|oise?|aise?|ique|aire))$/iu,
    "part of a role",
    "national",
  ],
  roleQualifiers: ["général", "générale", "généraux", "adjoint", "adjointe", "adjoints", "exécutif", "exécutive", "national", "nationale", "permanent", "permanente", "fédéral", "fédérale", "confédéral", "confédérale", "régional", "régionale", "départemental", "départementale", "provincial", "provinciale", "intérimaire", "sortant", "sortante"],
  roleOf: [/\s+(?:de\s+la|de\s+l[’']|du|des|de|d[’'])\s*$/iu, "of a body", "secrétaire général de la "],
  placeWords: ["république", "royaume", "principauté", "état", "états", "province", "région", "ville", "commune", "île", "îles", "nouvelle", "nouveau", "police", "gendarmerie", "justice", "détention"],
  placeBefore: [
    /(?:^|[^\p{L}])(?:(?:tribunal|cour|prison|ville|province|région|commune|université|préfecture|wilaya|département|village|quartier|camp|centre|hôpital|section|centrale|usine|mine|port|gare|marché|localité)\s+(?:(?!de\b|du\b|d[’'])\p{Ll}+\s+)?(?:de\s+(?:la\s+)?|d[’']|du\s+)|(?:quartier|rue|avenue|boulevard|place|cité|lycée|collège|école|hôpital|stade|building|immeuble|centre\s+pénitentiaire|maison\s+d[’']arrêt)\s+)$/iu,
    "place after a body or place noun",
    "par le tribunal de ",
  ],
  documentHeads: ["code", "loi", "décret", "ordonnance", "constitution", "convention", "charte", "déclaration", "pacte", "article", "arrêté", "règlement"],
  articles: ["le", "la", "les", "l"],
  determiners: ["le", "la", "les", "l", "au", "aux", "du", "son", "sa", "ses", "leur", "leurs", "notre", "nos"],
  nominalModifiers: ["adjoint", "adjointe"],
  companyNouns: ["entreprise", "société", "firme", "multinationale", "compagnie", "usine", "filiale", "coopérative", "sous-traitant"],
  mediaNouns: ["quotidien", "hebdomadaire", "mensuel", "bimensuel", "journal", "revue", "site d['’]information", "site (?:[Ww]eb|[Ii]nternet)", "média", "(?:directeur|directrice) de (?:la )?publication (?:de|du)", "rédact(?:eur|rice) en chef (?:de|du)", "agence de presse", "agence (?:en ligne|d['’]information)", "chaîne", "station de radio", "radio", "télévision (?:privée|locale)",
    // Note: a bare `site` and `radio` open a title as their qualified forms do (`correspondant du site X Infos`, `la radio en ligne
    // X`); the qualifiers between are read by bodies.ts (`en ligne`, an adjective), `site Internet`/`site web` above are no title.
    "site"],
  // Note: not `au`, a Cantonese family name (`Au Loong-yu`).
  openingPrepositions: ["en"],
  // Note: not `dit`, which also closes a quotation (`« … », dit Jean Roux`).
  aka: ["de son vrai nom", "de son vrai prénom", "alias", "surnommé", "surnommée"],
  agentBefore: [/\p{Ll}(?:é|ée|és|ées)\s+par\s+(?:l[’']|la\s+|le\s+|les\s+)?$/iu, "agent of a passive", "Interrogé par "],
  announced: [
    /(?<!\p{L})(?:(?:prévue?s?|fixée?s?|programmée?s?|renvoyée?s?|reportée?s?|ajournée?s?)\s+(?:au|pour|à|le)|aura\s+lieu|auront\s+lieu|se\s+tiendra|se\s+tiendront|comparaîtr(?:a|ont)|prochaine\s+audience|sera\s+rendue?|devrai(?:en)?t\s+(?:être\s+(?:libérée?s?|relâchée?s?)|recouvrer\s+(?:la|sa|leur)\s+liberté|sortir\s+de\s+prison))(?!\p{L})/iu,
    "announced event",
    "l'audience en appel est fixée au ",
  ],
  months: ["janvier|janv", "février|fevrier|févr", "mars", "avril|avr", "mai", "juin", "juillet|juil", "août|aout", "septembre|sept", "octobre|oct", "novembre|nov", "décembre|decembre|déc"],
  monthBefore: [/\b(?:(?:à\s+la\s+)?(?:fin|début|mi-)(?:\s+de|\s*d[’'])?|en|entre|depuis|dès|courant|jusqu[’']en|avant|après|(?:au|le|du|ce)\s+mois\s+d[e’'])\s*$/iu, "time word before a month", "arrêté fin "],
  group: [/(?<!\p{L})(?:ont\s+(?:été|écopé|reçu)|écopent|reçoivent|sont\s+condamnée?s|se\s+voient\s+infliger|(?:tous|toutes)\s+(?:les\s+)?(?:deux|trois|quatre)|chacune?|respectivement|des\s+peines)(?!\p{L})/iu, "together", "X et Y ont été condamnés à"],
  // Note: and a possessive before the penalty of a clause naming nobody (`la cour d'appel a réduit sa peine à un an ferme`).
  pronoun: [/(?:^|[\s,;])(?:il|elle|lui|sa(?=\s*$|\s+(?:peine|condamnation)))(?!\p{L})/iu, "pronoun subject", "Il a aussi reçu "],
  pluralPronoun: [/(?<!\p{L})(?:les|leur)\s+(?:(?:a|ont|avait|avaient|aura|auront)\s+(?:\p{Ll}+\s+){0,3}?)?(?:condamn|inflig|impos|sanctionn|frapp)\p{L}*/iu, "plural object pronoun", "Le tribunal les a en outre condamnés"],
  bodySubject: [
    // Note: a body as the subject of a passive (`Le syndicat lui-même a été condamné à une `), or the object of an active (`a condamné la société à une `); not after `de`, `à` (`la présidente de la société a été condamnée`).
    /(?:(?<![\p{L}’'])(?<!(?:de|à|pour|par|contre|avec|chez)\s)(?:[Ll]e|[Ll]a|[Ll][’']|[Cc]e|[Cc]et|[Cc]ette|[Ss]on|[Ss]a|[Ll]eur|[Nn]otre)\s*(?:syndicat|société|entreprise|compagnie|employeur|journal|quotidien|hebdomadaire|média|radio|chaîne|station|association|fédération|organisation|éditeur|direction(?:\s+du\s+journal)?)(?:\s+(?:lui|elle)-même|\s+[\p{Lu}\d][^,.;:]{0,40}?)?(?:\s*,\s*[^,;.]{1,40},)?(?:\s+[\p{Ll}’'-]+){0,5}?\s+(?:condamné|sanctionné|frappé|puni)e?s?|(?:condamné|sanctionné|frappé)e?s?\s+(?:le|la|l[’'])\s*(?:syndicat|société|entreprise|compagnie|employeur|journal|quotidien|hebdomadaire|radio|chaîne|association|fédération|organisation|éditeur)(?:\s+[\p{Lu}\d][^,.;:]{0,40}?)?\s+(?:à|au|d[’']))(?:\s+[\p{Ll}’'-]+){0,4}\s*$/u,
    "a body penalised",
    "Le syndicat lui-même a été condamné à une ",
  ],
  namesAfter: [/^\s*(?:,\s*)?(?:à|contre)\s+(?:chacune?\s+(?:de|d[’'])\s*)?(?:l[’']|(?:le|la|les|ses|leurs)\s+)?(?:(?:[\p{Ll}-]+\s+){0,4}|\p{Ll}[^.;:]{0,100},\s+)(?:(?:M|MM|Mme|Mlle|Me|Dr)\.?\s+)?$/u, "to the names after (an apposition ends in a comma)", " à l'encontre de "],
  listGlue: [/^(?:\s*,\s*|\s+)(?:et\s+(?:(?:à|contre)\s+)?(?:(?:le|la|l[’']|les)\s*)?(?:[\p{Ll}-]+,?\s+){0,3})?(?:(?:M|MM|Mme|Mlle|Me|Dr)\.?\s+)?$/u, "list of names (a role after `et` may stand in commas)", ", et la trésorière, "],
};
