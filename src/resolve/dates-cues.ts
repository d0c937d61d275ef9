/**
 * The words around a year-less date that say when it lies against its neighbours and the
 * letter, as rows `[pattern, label, example]` (a test checks each example): lists and ranges,
 * announced events, dates a decision sets, deadlines and requests, intervals, framing years and
 * narrative sequence.
 */

import { allVocabularies } from "../language/vocabulary.js";

/**
 * What joins the items of a list or range of dates, in English, French or Spanish (`entre agosto y
 * noviembre de 2020`, `du 3 au 5 mars 2024`): `[pattern, label, example]`.
 */
export const LIST_JOIN: readonly [RegExp, string, string] = [
  /^\s*(?:[-,;&–—]\s*(?:(?:and|et|y)\s*)?|(?:and|to|until|till|through|et|au|jusqu['’]au|al|hasta(?:\s+el)?|[àyea])\s*)$/iu,
  "list or range joiner",
  ", ",
];

/**
 * Between two dates of one sentence, a gapped list's next item: a comma or `and`, a capitalised name, and the
 * preposition (`released in October, Kwok in December and Leung in February 2026`, `Ana el 3 de mayo y Luis el 5`):
 * the second date shares the first's verb and follows it.
 */
export const GAPPED: readonly [RegExp, string, string] = [
  /^\s*(?:,\s*(?:and\s+|et\s+|y\s+)?|\s(?:and|et|y)\s+)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+(?:in|on|en|le|el)\s+(?:(?:late|early|mid|the|fin|début)\s+)?$/u,
  "a gapped list's next item",
  ", Kwok in ",
];

/**
 * An announced event: a future marker shortly before the date (`is now expected to be released in
 * late May`: an adverb may come between; an expected release, `should be released in August`, `devraient
 * recouvrer la liberté d'ici … avril`: h23 syria, h19 senegal). Note: not `next` ("the next day,
 * on 5 October" is narrative) nor `planned` ("police broke up the planned rally on 5 October").
 */
export const ANNOUNCED: readonly [RegExp, string, string] = [
  // Note: and the French and Spanish markers (`est fixée au`, `prevista para el`: language/fr.ts, es.ts `announced`).
  new RegExp(`\\b(?:will|shall|planning|plans? to|scheduled|upcoming|due to|is to|are to|going to|(?:so|in\\s+order)\\s+that\\s+\\S+\\s+(?:can|could|may|might)|(?:is|are)(?:\\s+(?:now|still|also|currently|widely|\\w+ly))?\\s+(?:expected|likely|set|slated|poised)\\s+to|(?:is|are)(?:\\s+(?:now|still|also|currently|widely|\\w+ly))?\\s+expected|(?:could|may|might) be|should\\s+be\\s+(?:released|freed|out)|(?:is|are)\\s+due\\s+(?:back\\s+)?(?:in|at|before)|next\\s+(?:hearing|session|sitting|court\\s+date|appearance)s?)\\b|${allVocabularies().map((v) => v.announced[0].source).join("|")}`, "iu"),
  "future marker",
  "we are planning to hand the petition in on",
];

/**
 * A `will` that looks back rather than ahead (`Members will recall our circular of February`): the
 * reader's memory of a past event, removed before the future markers are sought.
 */
export const RECALL: readonly [RegExp, string, string] = [
  /\bwill\s+(?:recall|remember|know|note|be\s+(?:aware|familiar)|have\s+(?:seen|read|heard|noted))\b/gi,
  "the reader's memory",
  "Members will recall our circular of ",
];

/**
 * An event the letter announces in the present tense (`whose trial resumes on 21 July`, `the
 * session, which opens on October 20`): shortly before the date, a verb of a fixed event in the
 * third person present. A chronology in the historical present reads the same way, so the date
 * takes the year nearest the letter's, before or after it, not the next one. Reported speech's
 * `would` (`said he would travel to Piraeus on June 3`) and a visit in the present (`when our
 * delegation visits Dhaka in January`) read the same way.
 */
export const SCHEDULED_PRESENT: readonly [RegExp, string, string] = [
  /\b(?:opens|reopens|begins|beginning|starts|starting|resumes|convenes|meets|closes|ends|expires|takes\s+place|is\s+held|sits|visits|travels|arrives|returns|would)\b[^.;,]{0,60}$/i,
  "an event in the present tense",
  "whose trial resumes on ",
];

/**
 * A clause right after the date that announces what happens on it (`before May 20, when the
 * appeal is due to be heard`; `le 3 avril, date à laquelle l'affaire sera jugée`): the date lies
 * ahead of the letter.
 */
export const ANNOUNCED_AFTER: readonly [RegExp, string, string] = [
  /^\s*(?:,\s*)?(?:when|where|on\s+which|at\s+which|the\s+day|date\s+(?:à\s+laquelle|de\s+la)|jour\s+où|lorsque|quand|cuando|fecha\s+en\s+(?:la\s+)?que|día\s+en\s+que)\b[^.;]{0,60}?\b(?:will|shall|is\s+due|are\s+due|(?:is|are)\s+(?:scheduled|expected|set|to)|sera|seront|doit|doivent|devra|se\s+tiendra|aura\s+lieu|será|serán|debe|deberá|tendrá\s+lugar)\b/iu,
  "a future clause after the date",
  ", when the appeal is due to be heard",
];

/**
 * A fronted date whose main clause tells what will happen (`on his release on 23 September, he is
 * likely to be charged again`; `le 3 avril, il sera jugé`): after the comma that closes the date's
 * phrase, a future marker before any verb in the past.
 */
export const FUTURE_MAIN_CLAUSE: readonly [RegExp, string, string] = [
  /^\s*,\s*(?:(?!\b(?:\p{L}{2,}ed|was|were|had|did)\b)[^.;,]){0,40}?\b(?:will|shall|(?:is|are)\s+(?:likely|expected|due|set|to)|faces?\s+(?:a\s+)?(?:new|further|fresh)|sera|seront|será|serán)\b/iu,
  "a future main clause after a fronted date",
  ", Mr Vorontsov is likely to be charged",
];

/**
 * Verbs in the future tense in French and Spanish (`présentera`, `se tiendront`, `presentará`,
 * `vencerá`, `será`): a date in their clause lies ahead. Lower case and read only in a letter of that
 * language (English `camera` or `Sandra` are no verbs).
 */
export const FUTURE_TENSE: Readonly<Record<string, RegExp>> = {
  fr: /(?<!\p{L})(?:\p{Ll}{2,}(?:er|ir|dr)(?:a|ont)|sera|seront|aura|auront|fera|feront|ira|iront)(?!\p{L})/u,
  es: /(?<!\p{L})\p{Ll}+(?:ará|erá|irá)n?(?!\p{L})/u,
};

/**
 * A call for or an announcement of a collective action held on the date (`have announced a march
 * in San Pedro Sula on March 8`, `appelle … à une journée de solidarité le 20 mars`, `convoca a una
 * jornada de protesta el 5 de junio`): near the letter, mostly after it, yet a strike called on a
 * day already past reads the same, so the nearest such day to the letter.
 */
export const CALLED_ACTION: readonly [RegExp, string, string] = [
  /\b(?:announc\w*|call(?:s|ed|ing)?(?:\s+for)?|plann?(?:s|ed|ing)?|organi[sz](?:es|ing)|(?:have|has)\s+organi[sz]ed|appel\w*|annonc\w*|convo\w*|llam\w*|anunci\w*)\b[^.;!?]{0,120}?\b(?:an?|the|its|their|une?|la|le|des|à|el)\s+(?:[\p{L}-]+\s+){0,3}?(?:march|strike|protest|rally|demonstration|vigil|day\s+of|week\s+of|sit-in|walkout|stoppage|picket|mobili[sz]ation|journée|grève|marche|manifestation|rassemblement|jornada|huelga|marcha|manifestación|movilización|concentración|paro|plantón)\b[^.;!?]{0,60}$/iu,
  "a collective action called or announced for the date",
  "Honduran labor confederations have announced a march in San Pedro Sula on ",
];

/**
 * A date a decision sets, right before the date: a hearing adjourned or postponed to it, set
 * or fixed for it, a detention extended or a remand until it, a time given until it (`he has been given until
 * 4 October to pay`). It lies a little after the
 * decision, which may be well before the letter: it takes its year from a dated decision in the
 * same sentence, else the year that puts it nearest the letter's date, before or after.
 */
export const SET_BY_DECISION: readonly [RegExp, string, string] = [
  /\b(?:adjourn(?:ed|s)?|postpone[ds]?|deferred|reschedul(?:ed|es?)|remand(?:ed|s)?|extended)\b[^.;]{1,50}?\b(?:to|until|till)\s+(?:the\s+)?$|\b(?:set|fixed|listed)\s+(?:for|to)\s+(?:(?:a\s+|the\s+)?(?:mention|hearing|trial|judge?ment|sentencing|ruling|decision|verdict)\s+(?:on\s+)?)?(?:the\s+)?$|\b(?:given|granted|allowed|ha[sd]|have)\s+(?:[a-z]+\s+){0,2}?(?:until|till)\s+(?:the\s+)?$/i,
  "a date set by a decision",
  "the magistrate denied them bail and remanded them in custody to ",
];

/**
 * A deadline the letter sets (`We ask you to release them before June 30`): `by`/`before` right
 * before the date, in a sentence that asks for something. Such a date lies ahead of the letter.
 */
export const DEADLINE: readonly [RegExp, RegExp, string] = [
  /\b(?:by|before|no\s+later\s+than|avant\s+l[ea]|antes\s+del?)\s+(?:the\s+)?$/i,
  // Note: and a French or Spanish appeal (`invite ses partenaires à signer la pétition avant le 31 mars`),
  // or an imperative opening the sentence or list item (`- Sign the online message of support before 1 March;`).
  /\b(?:we|I)\s+(?:\w+\s+)?(?:ask|urge|call\s+on|request|demand|expect|appeal\s+to|invite)\b|^[\s*•·>\-–—\d.)]*(?:(?:please|kindly)\s+[a-z]+|sign|send|write|e-?mail|join|attend|contact|submit|register|share|donate|forward|return|reply|respond|lobby|urge)\b|\b(?:invite|invitons|appelle|appelons|demande|demandons|exhorte|exhortons|pide|pedimos|exige|exigimos|insta|instamos|solicita|solicitamos)\b/i,
  "We ask your government to drop the charges before ",
];

/** A stated interval that orders the date against the other one (`eight months after`). */
export const INTERVAL: readonly [RegExp, string, string] = [
  /\b\w+\s+(?:days?|weeks?|months?|years?)\s+(after|later|before|earlier)\b/i,
  "interval between two dates",
  "comes eight months after he was arrested",
];

/**
 * A bare year that frames what follows in its sentence (`In 2019, he was arrested on 5 March`).
 * Note: not `since` (`who has worked in Kuwait since 2011, was arrested on 3 March` tells a span
 * up to now, not the arrest's year).
 */
export const FRAMING_YEAR: readonly [RegExp, string, string] = [
  /\b(?:in|during|throughout)\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)/gi,
  "framing year",
  "In 2019, he was arrested on",
];

/**
 * A date the letter places near its own time, before or after it: the run-up to a day
 * (`in the 30 days leading up to 3 May`, `ahead of 1 May`). Such a date takes the occurrence
 * nearest the letter's date: a campaign counting down to a day reads forward, a report of arrests
 * in the days leading up to it reads back, and both lie close to when the letter is written.
 */
export const NEAR_LETTER: readonly [RegExp, string, string] = [
  /\b(?:leading\s+up\s+to|(?:in\s+)?the\s+run[\s-]up\s+to|ahead\s+of|in\s+the\s+lead[\s-]up\s+to|countdown\s+to)\s+(?:the\s+)?$/i,
  "the run-up to a day",
  "in the 30 days leading up to ",
];

/**
 * A request whose action carries the date (`BSEK calls upon its committees to hold protests on
 * 9th August`): a present-tense appeal, then `to` and the requested verb, in the date's sentence.
 * The requested action lies near the letter, most often just after it. Note: present and present
 * perfect forms only (`called on` reports a past appeal, `has asked X to join … on 1 July` is a
 * standing one); initials' dots do not end the appeal (`urges the U.S. Department of State to`); a past participle right before the date (`the workers
 * arrested on 5 May`), `since`, or a past event's noun shortly before it (`to investigate the
 * killing of Ana Ruiz on 3 March`) dates another, past event (tested on the last 60 characters).
 */
// Note: and a call to action opening on its imperative (`Raise the case … ahead of the conference in June`, `- Write to …`),
// or a report's recommendation to an addressee (`To the Government: to consider a pardon … on the occasion of 20 May`: h23 timor).
export const REQUEST: readonly [RegExp, RegExp, string] = [
  /^[\s*•·-]*(?:Send|Write|Raise|Urge|Sign|Share|Join|Contact|Demand|Attend|Mobili[sz]e|Circulate|Publici[sz]e|Lobby|Take\s+part|Take\s+action|Ask\s+your|Call\s+on)\b|^[\s*•·-]*To\s+(?:the\s+)?[A-Z][^:.;]{1,80}:\s*to\s+[a-z]+|\b(?:calls?\s+(?:up)?on|calling\s+(?:up)?on|urges?|urging|invites?|inviting|asks?|asking|appeals?\s+to|requests?|encourages?|would\s+(?:be\s+grateful|welcome|appreciate)|look(?:s|ing)?\s+forward|ha(?:s|ve)\s+(?:asked|urged|invited|requested|called\s+(?:up)?on|appealed\s+to))\b(?:[^.;!?]|(?<=\b[A-Z])\.)+?\bto\s+[a-z]+/i,
  /\b(?:(?:[a-z]+(?:ed|en)|held|sent|put|caught|kept|lost|hurt|shot|hit|brought)\s+(?:on|in)|since|from)\s+(?:the\s+)?$|\b(?:killings?|murders?|deaths?|arrests?|detentions?|attacks?|assaults?|raids?|beatings?|dismissals?|abductions?|disappearances?|torture|shootings?|injur(?:y|ies))\b[^.;]*$/i,
  "BSEK calls upon all its state committees to hold protest demonstrations on ",
];

/**
 * Narrative sequence in one sentence, between a full date and a later year-less one: `and`
 * (or `then`, `later`, `subsequently`) before a verb in the past (`was tried on November 16, 2020,
 * and was officially informed of his sentence on August 3`): the second event follows the first.
 * The second row marks a flashback (`had`, `after`, `before`, `since`…), which cancels it.
 */
export const SEQUENCE: readonly [RegExp, RegExp, string] = [
  /\b(?:and|then|later|subsequently|afterwards)\s+(?:(?:then|later|subsequently)\s+)?(?:(?:was|were)\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|held|sent|took|gave|went|brought|put|told|found|began|came|left|got|made|kept|caught|beat|stood|won|lost)\b/i,
  /\b(?:had|having|before|earlier|previously|after|following|since|until|till|when|whose|which|who)\b/i,
  ", and was officially informed of his sentence on ",
];

/**
 * The stages a case passes through, in order: `[pattern, stage, example]`. Without a letter
 * date, two events in different sentences are ordered by their stages when the text gives no
 * other cue (`The sentencing took place on February 6` after `convicted on 10 December 2018`
 * is the February after; `On April 20 … arrested` before `sentenced on December 14th` is the
 * April before). Note: the word nearest the date in its sentence names its event.
 */
export const CASE_STAGES: readonly (readonly [RegExp, number, string])[] = [
  [/\b(?:strikes?|striking|protests?|protested|protesting|rall(?:y|ies)|demonstrations?|marche[ds]|gatherings?|sit-ins?|walk-?outs?|broke\s+up|broken\s+up|dispersed)\b/giu, 1, "the strike was broken up"],
  [/\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|abduct(?:ed|ion)|raid(?:s|ed)?|summon(?:s|ed)|taken\s+away|picked\s+up|apprehended|custody)\b/giu, 2, "police arrested him"],
  [/\b(?:charg(?:e|es|ed|ing)|indict(?:ed|ment)|prosecut(?:ed|ion)|accused)\b/giu, 3, "he was charged"],
  [/\b(?:trials?|tried|hearings?|heard|court\s+appearance)\b/giu, 4, "his trial opened"],
  [/\b(?:convict(?:ed|ion|ions)|found\s+guilty|verdicts?|acquitt(?:ed|al))\b/giu, 5, "he was convicted"],
  [/\b(?:sentenc(?:e|es|ed|ing)|jailed|imprisoned|fined|penalty)\b/giu, 6, "the sentencing took place"],
  [/\b(?:appeals?|appealed|upheld|overturned|quashed|cassation)\b/giu, 7, "the appeal court upheld"],
  [/\b(?:released|freed|pardon(?:ed)?|amnest(?:y|ied)|served\s+(?:his|her|their)\s+(?:term|sentence))\b/giu, 8, "he was freed"],
];

/** A repeated round of a case, after which its stages start over: `[pattern, label, example]`. */
export const NEW_ROUND: readonly [RegExp, string, string] = [
  /\b(?:again|anew|once\s+more|a\s+second\s+time|re-?arrested|re-?detained|re-?sentenced|another\s+(?:term|sentence|arrest))\b/iu,
  "a repeated round",
  "He was sentenced again on",
];
