/**
 * Occupations as a class (issue ties16): a noun of a person by what they do, as compromise tags it
 * (`Actor`, from its lexicon or its suffix rules), written with an agent ending (`-er`, `-or`, `-ist`,
 * `-ian`, `-ant`, `-ent`, `-man`…). A role read from the class carries to job nouns no list of ours
 * names (`deckhand` aside: compromise does not know it): `headmaster`, `photojournalist`,
 * `contributor`, `plumber`, `bricklayer`, `steelworker`.
 * Note: compromise's `Actor` also holds people by kin, sex, age or state (`wife`, `boy`, `prisoner`,
 * `stranger`); the agent ending drops most, and the kin and state words left are named below.
 */
import { isActorNoun, lexiconTags } from "../extract/nlp.js";
import { memoised } from "../extract/memo.js";

/** Agent endings: what a person does (`teacher`, `editor`, `pianist`, `physician`, `attendant`, `fireman`). */
const AGENT = /(?:er|or|ist|ian|ant|ent|eur|man|woman|person|master|keeper|maker|writer|worker)$/u;
/** Kin words the agent ending lets through (`mother`, `stepfather`, `granddaughter`). */
const KIN = /(?:mother|father|brother|sister|daughter|parent)$/u;
/**
 * Agent nouns of a state or a relation to others, not of work: what a person is to someone or
 * what befell them (`prisoner`, `survivor`, `stranger`), or a belief or outlook (`optimist`).
 */
const STATES = new Set([
  "customer", "lover", "loser", "winner", "stranger", "traveler", "traveller", "wanderer", "sinner", "user", "visitor",
  "spectator", "survivor", "prisoner", "neighbor", "neighbour", "tenant", "inhabitant", "descendant", "occupant",
  "ancestor", "forebear", "forerunner", "progenitor", "originator", "instigator", "gentleman", "woman", "man", "human",
  "kinsman", "kinswoman", "layman", "optimist", "pessimist", "realist", "anarchist", "buddhist", "athiest", "character",
  "commenter", "dweller", "drifter", "foreigner", "outsider", "insider", "newcomer", "partner", "supporter", "follower",
  "believer", "admirer", "contender", "deserter", "squatter", "prankster", "smuggler", "burglar", "gambler", "jogger",
  "mentor", "confidant", "confidante", "patron", "superhuman", "nobleman", "noblewoman", "boogeyman",
  // Note: wealth or dealings, no post (`the complaint filed by businessman X`, gold: no role).
  "businessman", "businesswoman", "businessperson", "entrepreneur", "tycoon", "financier", "investor",
  // Note: agent nouns letters use of firms (`the developer, Coral Horizon Investments`).
  "developer", "manufacturer", "contractor", "subcontractor", "supplier", "distributor", "retailer", "exporter",
  "importer", "provider", "insurer", "lender", "carrier", "wholesaler", "employer", "buyer", "seller", "purchaser",
]);

/** True for a lower-case noun of an occupation, singular or plural (`headmaster`, `dockworkers`). */
export const isOccupation = memoised((word: string): boolean => {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false;
  const single = word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.replace(/(?<=[^s])s$/u, "");
  for (const form of new Set([word, single])) {
    if (!AGENT.test(form) || KIN.test(form) || STATES.has(form)) continue;
    if (isActorNoun(form) || compound(form)) return true;
  }
  return false;
});

/**
 * A closed compound of a known word and an occupation (`schoolteacher`, `bookseller`, `tea-picker`
 * aside): the occupation is at least five letters and in compromise's lexicon as one.
 */
function compound(word: string): boolean {
  for (let k = 3; k <= word.length - 5; k++) {
    const head = word.slice(0, k).replace(/-$/u, "");
    const tail = word.slice(k);
    if (head.length >= 3 && !STATES.has(tail) && lexiconTags(tail).includes("Actor") && AGENT.test(tail) && lexiconTags(head).length > 0) return true;
  }
  return false;
}
