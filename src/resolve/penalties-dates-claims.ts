/**
 * What claims a date for another event than a penalty's ruling (resolve/penalties-dates.ts): the words right
 * before it (`arrested on`, `the strike of`, `a report published on`, a law's name `Act of`), after it (`his
 * August 20, 2016, arrest`), between it and the penalty (`… was freed after serving`), or a relative clause
 * around it (`X, who took over the union in January 2024, was sentenced …`).
 */
import { PENALTY_PARTICIPLES, RULING_FINITE, words } from "../language/rulings.js";
import type { DateRecord, Span } from "../records.js";

/** A date right after one of these belongs to another event. */
// Note: a strike or protest dated by the noun before it (`after the strike of 2 April`, `la grève des 2 et
// 3 avril`, `la huelga del 4 de mayo`), an arrest at a time of day (`detained on the night of 5 April`, `taken away by police on`, `interpellés dans la nuit du`),
// or by its start (`la grève déclenchée le 2 septembre`, `a strike
// launched on 4 May`, hearings `which opened on 2 September`), an arrest's noun (`since their arrest on 21 November`), and French and Spanish arrests (`interpellés le`, `detenidos el`);
// a law's entry into force (`the Ordinance, which came into force on 23 March 2024`, `entrée en vigueur le`, `entró en vigor el`).
const OTHER_EVENT_WORDS =
  /\b(?:(?:arrested|detained|released|freed|charged|born|died|held|apprehended|abducted|summoned|searched|raided|since|(?<!\bthe\s)following|until|till|taken\s+(?:away|into\s+custody)(?:\s+by\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?)?)\s+(?:on\s+|in\s+|at\s+|from\s+)?|(?:arrests?|detention|release|abduction|dismissal)\s+(?:on|in)\s+|(?:(?:came|entered)\s+into\s+force|took\s+effect|(?:est\s+)?entrée?s?\s+en\s+vigueur|entr[óa]\s+en\s+vigor)\s+(?:on|in|le|el|en)\s+|(?:began|begun|started|launched|opened|déclenchée?s?|lancée?s?|entamée?s?|commencée?s?|iniciad[oa]s?|convocad[oa]s?)\s+(?:on|in|le|el|en)\s+|(?:strikes?|protests?|rall(?:y|ies)|demonstrations?|sit-ins?|walk-?outs?|grèves?|manifestations?|rassemblements?|huelgas?|protestas?|paros?|marchas?)\s+(?:of|on|in|des?|du|del?|el|en)\s+(?:the\s+)?|(?:interpellée?s?|arrêtée?s?|détenue?s?|libérée?s?|detenid[oa]s?|arrestad[oa]s?|capturad[oa]s?|liberad[oa]s?)\s+(?:le|el|en|depuis\s+le|desde\s+el|dans\s+la\s+nuit\s+du|(?:en\s+)?la\s+(?:noche|madrugada)\s+del)\s+)(?:(?:the\s+)?(?:night|morning|evening|afternoon|eve)\s+of\s+)?(?:\d{1,2}(?:er)?\s*(?:and|et|[y&\-–])\s*)?$/iu;
/**
 * Any event's past participle right before the date (`the sit-in organised on 3 March`, `a report published on`,
 * `le rassemblement organisé le 3 mars`, `la marcha realizada el 5 de enero`): the date is that event's. Written
 * in lower case (not a name: `sentenced Ahmed on 5 May`). Not a participle that tells or dates the ruling itself
 * (`sentenced on`, `delivered on`, `dated`, `condamnés le`, `dictada el`) or a case's end (`concluded on`).
 */
const EVENT_PARTICIPLE =
  /(?<!\p{L})(?!(?:sentenc|convict|jail|fin|imprison|condemn|impos|order|ordonn|ordenad|deliver|issu|pronounc|announc|pass|render|dat|decid|rul|tri|punish|sanction|penalis|penaliz|end|conclud|clos|condamn|prononc|jug|décid|inflig|sanctionn|condenad|dictad|sentenciad|multad|pronunciad|proferid|emitid|fechad|juzgad|castigad|sancionad|fallad)(?:ed|é|ée|és|ées|[oa]s?)?\s)\p{Ll}{2,}(?:ed|ée?s?|[ai]d[oa]s?)\s+(?:on|in|le|el|en)\s+(?:(?:the|el|le)\s+)?(?:\p{L}+,?\s+)?$/u;
/** A date right after one of these belongs to another event: OTHER_EVENT_WORDS or an event's participle. */
export const OTHER_EVENT_BEFORE = {
  test: (lead: string): boolean => (OTHER_EVENT_WORDS.test(lead) && !HEARING_HELD.test(lead)) || EVENT_PARTICIPLE.test(lead) || LAW_OF.test(lead),
};
/** A date followed by one of these belongs to another event (`his August 20, 2016, arrest`). */
export const OTHER_EVENT_AFTER = /^,?\s*(?:arrest|detention|release|protest|rally)\b/iu;
/**
 * Between the penalty and a date, another event (`on September 28 X was freed after serving`,
 * `… sentence due to a report published by the daily on Jan. 13, 2022`).
 */
export const EVENT_BETWEEN =
  /\b(?:freed|released|arrested|detained\s+(?:on|in)|charged|published|posted|written|wrote|reported|said|made|held|organi[sz]ed|announced|filed|submitted|took\s+place|broke\s+out|in\s+response|subsequently|afterwards|for\s+\w+ing)\b/iu;
/**
 * Between the penalty and a date after it, the term's end (`received a suspended sentence of two years …; his
 * suspension ended last September`: h22 mongolia; `his term expired in May`, `sa peine a pris fin en mai`).
 */
export const TERM_END_BETWEEN = /\b(?:ended|expired|lapsed|ran\s+out|was\s+(?:fully\s+)?served|(?:a|ont)\s+pris\s+fin|a\s+expiré|terminó|expiró|venció|concluyó)(?!\p{L})/iu;

/**
 * A sitting at which the ruling may be given (`At the last hearing, held on 18.02.2025, the court convicted …`,
 * `l'audience tenue le`): `held` there does not claim the date; what follows it decides (EVENT_BETWEEN).
 */
const HEARING_HELD = /\b(?:hearings?|sessions?|sittings?|audiences?|audiencias?)(?:\s+\p{L}+)?,?\s+(?:held|tenue?s?|celebrad[oa]s?)\s+(?:on|le|el)\s+$/iu;
/**
 * A law, code or decree named with its date (`the Public Order Act of 12 March 2014`, `Law No. 5 of 12 May 2019`,
 * `la loi n° 88-13 du 10 août 2016`, `el Decreto-Ley 12 de 2018`): the date names the text, not a ruling.
 */
// Note: and a letter or message named by its date (`As we understand it from your message of 31 May, X was given 90 days`: h23
// liberia; `our letter of 14 April`, `our circular of 24 June`: h11, h18): the date names the text.
const LAW_OF =
  /(?<!\p{L})(?:law|act|code|decree|ordinance|proclamation|loi|décret(?:-loi)?|ordonnance|arrêté|ley|decreto(?:-ley)?|código|(?:your|our|their|his|her|votre|notre|leur|su|nuestr[oa])\s+(?:message|letter|e-?mail|circular|statement|communiqué|lettre|courrier|courriel|carta|mensaje|correo|comunicado))(?:\s+(?:no\.?|n°|nº|n\.º|number|núm\.?|número)\s*[\w./-]+)?\s+(?:of|dated|du|de|del)\s+$/iu;

/** A comma's aside opening with a preposition between a date and its clause (`On 28 May, after a trial held behind closed doors, the court …`). */
const ASIDE = /,\s*(?:after|before|following|during|amid|at|in|despite|après|lors\s+de|tras|después\s+de|durante)\b[^,;.]*,/giu;
/** A ruling's verb: what a date leads to when it is the ruling's (`On 12 May, the court convicted X of … for organising …`). */
const RULING_VERB = new RegExp(String.raw`(?<!\p{L})(?:${words(PENALTY_PARTICIPLES)}|${words(RULING_FINITE)}|found\s+(?:\S+\s+){1,6}?guilty)(?!\p{L})`, "iu");

/**
 * True when another event stands between a date and the penalty after it (EVENT_BETWEEN): not inside a comma's
 * aside (`On 28 May, after a trial held behind closed doors, the court sentenced …`), and not after the ruling's
 * own verb (`On 12 May, the court convicted X of coercion for organising a picket, and sentenced him …`).
 */
export function eventBefore(between: string): boolean {
  const told = between.replace(ASIDE, ",");
  const event = EVENT_BETWEEN.exec(told);
  return event !== null && !RULING_VERB.test(told.slice(0, event.index));
}

/**
 * A relative pronoun opening a clause after a comma (`, who took over …`, `, quien asumió …`, `, qui dirige …`), perhaps
 * inside an apposition (`, a driver who addressed the workers on …`, `, un chauffeur qui …`).
 */
const RELATIVE_OPENS = /,\s*(?:(?:an?|the|his|her|their|its|une?|le|la|les|el|los|las)\s+[^,;]{0,40}?\s)?(?:who|whom|whose|which|qui|dont|quien(?:es)?|cuy[oa]s?)\s[^,;]*$/iu;

/**
 * True when a date lies in a relative clause set off by commas that does not hold the penalty (`Asel T., who
 * took over as chair in January 2024, was sentenced …`, `X, quien asumió … en enero de 2024, fue condenada`):
 * the clause tells of something else. Not `X, who was sentenced on 4 June to two years, has appealed`.
 */
/**
 * True when a date lies in a relative clause set off by commas that tells no ruling (`Ter-Avetisyan, who was accused of
 * pushing a guard on 22 April, was given …`): read from another sentence, it dates what the clause tells, not a ruling.
 */
export function inRelativeAside(text: string, date: DateRecord, window: Span): boolean {
  const opens = RELATIVE_OPENS.exec(text.slice(window.start, date.start));
  if (!opens) return false;
  const close = text.indexOf(",", date.end);
  if (close < 0 || close > window.end) return false;
  return !RULING_VERB.test(text.slice(window.start + opens.index, close));
}

export function inRelativeClause(text: string, date: DateRecord, site: Span & { window: Span }): boolean {
  const opens = RELATIVE_OPENS.exec(text.slice(site.window.start, date.start));
  if (!opens) return false;
  const start = site.window.start + opens.index;
  const close = text.indexOf(",", date.end);
  const end = close < 0 || close > site.window.end ? site.window.end : close;
  return site.start >= end || site.end <= start;
}
