/**
 * A definite group named by a noun (`both union leaders`, `the two reporters`) stands for the people the
 * letter last described with that noun, not for whoever was penalised last: `A and B … were sentenced. ¶
 * C and D are the union's general secretary and treasurer … both leaders were arrested … ¶ The court
 * sentenced both union leaders to two years` → C and D. A newer set, named after the last penalty, wins
 * over the people penalised when its own sentence or a later one before the penalty uses the group's noun.
 */
import type { Person, Span } from "../records.js";
import { distinct, type PersonMention } from "./penalties-antecedents.js";
import { groupIn, type Group } from "./penalties-groups.js";

/** What the rule reads of the letter around one penalty. */
export interface DescribedScope {
  text: string;
  mentions: readonly PersonMention[];
  /** Earlier windows, nearest first. */
  previous: readonly Span[];
  /** The start of the penalty's own window. */
  windowStart: number;
  /** Every person penalised so far, with where the penalty stands. */
  penalised: readonly { person: Person; start: number }[];
  /** Where the penalty stands. */
  at: number;
}

/** The noun's stem for a search (`leaders` → `leader`, `women` → `wom(?:a|e)n`). */
function stemOf(noun: string): RegExp {
  const word = noun.toLowerCase();
  const stem = /(?:wo)?men$/u.test(word) ? word.replace(/men$/u, "m[ae]n") : word.replace(/(?<=[^s])s$/u, "");
  return new RegExp(`(?<![\\p{L}-])${stem}s?(?![\\p{L}-])`, "iu");
}

/**
 * The people a sized definite group with a noun stands for when the letter named them, as many as the
 * group counts, after the last penalty and described them with the noun before the penalty; else null.
 */
export function describedGroup(scope: DescribedScope, group: Group): Person[] | null {
  const { text, mentions } = scope;
  if (!group.definite || group.size === null || group.size < 2 || group.noun === null) return null;
  const last = scope.penalised.filter((p) => p.start < scope.at).reduce((a, p) => Math.max(a, p.start), -1);
  // Note: only when someone was penalised before: with nobody, the general group rules decide.
  if (last < 0) return null;
  const noun = stemOf(group.noun);
  for (const w of scope.previous.slice(0, 6)) {
    if (w.start <= last) return null;
    const named = distinct(mentions.filter((m) => m.start >= w.start && m.end <= w.end));
    if (named.length === 0) continue;
    if (named.length !== group.size || named.some((p) => scope.penalised.some((q) => q.person.id === p.id))) return null;
    return noun.test(text.slice(w.start, scope.windowStart)) ? named : null;
  }
  return null;
}

/**
 * A counted definite group in the sentence right before a plural pronoun, when that sentence names
 * nobody (`… the court convicted the three of … . The court sentenced them to seven years each.`): the
 * pronoun's antecedent is that group, nearer than any names further back; else null.
 */
export function groupBeforePronoun(text: string, mentions: readonly PersonMention[], previous: readonly Span[]): Group | null {
  const w = previous[0];
  if (!w || mentions.some((m) => m.start >= w.start && m.end <= w.end)) return null;
  const sentence = text.slice(w.start, w.end);
  const group = groupIn(sentence, false);
  // Note: `Two of the three were convicted`: a part of the group, not the group.
  if (!group || /\bof\s+$/iu.test(sentence.slice(0, group.index))) return null;
  return group.definite && group.size !== null && group.size >= 2 && group.part !== true ? group : null;
}
