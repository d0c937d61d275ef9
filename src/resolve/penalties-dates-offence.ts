/**
 * Dates of the act a ruling punishes (resolve/penalties-dates.ts): after a ruling's word, a cause
 * preposition opens the offence (`found A guilty over a sit-in held on 2 November`, `sentenced … for
 * "contempt", over his broadcast last October`, `condamnés pour une grève tenue le 3 janvier`,
 * `declarados culpables por una protesta realizada el 5 de enero`, `found guilty … after they filmed the
 * warehouse in March 2024`): a date inside it is the act's,
 * not the ruling's.
 */
import { GUILTY, PENALTY_PARTICIPLES, RULING_NOUNS, words } from "../language/rulings.js";
import type { Span } from "../records.js";

/** A ruling's word: its verb, participle or adjective, in English, French and Spanish. */
const RULING_WORD = new RegExp(String.raw`\b(?:${words(PENALTY_PARTICIPLES)}|${words(GUILTY)}|punished|sanctionnée?s?|sancionad[oa]s?)(?!\p{L})`, "giu");

/**
 * A cause preposition opening the act punished, or `after` opening a clause (`after they filmed`,
 * `after posting`; not `after a trial`, which may be the ruling's); `for` only before a gerund, a quoted
 * charge or a part taken (`for their role in the strike of March 2025`, `for his part in a June blockade`) (`for her speech on 14 January` keeps its date when the sentence has no other: decided before). Not a term or a count (`for 15 days`, `for the second
 * time`), nor Spanish `por` naming the court (`condenado por el Juzgado …`).
 */
const CAUSE =
  /\b(?:over|because(?:\s+of)?|in\s+connection\s+with|after(?=\s+(?:he|she|they|we|it)\s|\s+\p{L}+ing\b)|for(?=\s+(?:\p{L}+ing\b|["“]|(?:(?:his|her|their|its|the)\s+)?(?:alleged\s+)?(?:role|part|participation|involvement)\s+in\b)))\s|(?<!\p{L})(?:pour|por(?!\s+(?:el|la|los|las)\s+(?:juzgados?|tribunal(?:es)?|juez|jueza|jueces|cortes?|salas?|fiscal)\b))\s/iu;

/**
 * Anything that ends the offence's clause before the date: a new clause or sentence (not an abbreviation's dot before a
 * lower-case word: `because you led the workers of Crane Knitwear Co., Ltd. in their strike last August`), `for his role
 * in the strike, and on 23
 * June the court …`), a dash's aside (`for "contempt" – on 5
 * August, in open session`), or an apposition naming the ruling (`for "disobeying an officer", a ruling handed down on 29
 * October`, `pour « outrage », une décision rendue le 3 mai`).
 */
const CLAUSE_END = new RegExp(
  String.raw`\s[–—-]\s|\band\s+(?:was|were|then|later)\b|,\s*and\s+on\s|\bet\s+(?:a|ont)\s+été\b|\by\s+(?:fue|fueron)\b|,\s*(?:(?:in\s+)?(?:a|an|the|une?|la|le|les|el|los|las|una?)\s+)(?:${words(RULING_NOUNS)})(?!\p{L})`,
  "iu",
);

/** A sentence's or clause's end, case-sensitive: a dot before a lower-case word is an abbreviation's (`Co., Ltd. in`). */
const SENTENCE_END = /[;:]\s|[.!?]\s+(?!\p{Ll})/u;

/** True when `date` lies in the cause complement after the last ruling word of `text[from, date.start)`. */
export function offenceDate(text: string, from: number, date: Span): boolean {
  const lead = text.slice(from, date.start);
  const last = [...lead.matchAll(RULING_WORD)].pop();
  if (last?.index === undefined) return false;
  const rest = lead.slice(last.index + last[0].length);
  const cause = CAUSE.exec(rest);
  if (cause === null) return false;
  const clause = rest.slice(cause.index);
  return !CLAUSE_END.test(clause) && !SENTENCE_END.test(clause);
}
