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

/** Nouns that describe anyone, not a role the letter gives (`the two men`, `both defendants`). */
const ANYONE = /^(?:m[ae]n|wom[ae]n|people|persons?|defendants?|accused|others?|individuals?|colleagues?|members?)$/u;

/** The head noun of a role (`head nurse` → nurse, `president of the union` → president), lower case. */
function roleHead(role: string): string {
  const words = role.toLowerCase().split(/\s+(?:of|for|at|in|on)\s+/u)[0]?.split(/\s+/u) ?? [];
  return (words.at(-1) ?? "").replace(/[^\p{L}-]/gu, "");
}

/**
 * The people the letter gave the group's noun as their role (`the two reporters` → the people whose role is
 * `reporter`), when exactly as many as the group counts (session 23); else null.
 */
function byRole(mentions: readonly PersonMention[], group: Group, noun: RegExp): Person[] | null {
  if (group.noun === null || ANYONE.test(group.noun.toLowerCase())) return null;
  const people = distinct(mentions).filter((p) => p.roles.some((r) => noun.test(roleHead(r))));
  return people.length === group.size ? people : null;
}

/**
 * The people a sized definite group with a noun stands for: the people whose role is that noun, as many as the group
 * counts (byRole); else those the letter named together after the last penalty, as many as it counts, and described
 * with the noun before the penalty (a sentence before that names only some of them is passed over: `A, a head nurse,
 * and B were arrested … . In B's case … . … sentenced the two nurses`); else null.
 */
export function describedGroup(scope: DescribedScope, group: Group): Person[] | null {
  const { text, mentions } = scope;
  if (!group.definite || group.size === null || group.size < 2 || group.noun === null) return null;
  const noun = stemOf(group.noun);
  const roled = byRole(mentions, group, noun);
  if (roled) return roled;
  const last = scope.penalised.filter((p) => p.start < scope.at).reduce((a, p) => Math.max(a, p.start), -1);
  // Note: only when someone was penalised before: with nobody, the general group rules decide.
  if (last < 0) return null;
  const some = new Set<string>();
  for (const w of scope.previous.slice(0, 6)) {
    if (w.start <= last) return null;
    const named = distinct(mentions.filter((m) => m.start >= w.start && m.end <= w.end));
    if (named.length === 0) continue;
    if (named.some((p) => scope.penalised.some((q) => q.person.id === p.id))) return null;
    if (named.length < group.size) {
      for (const p of named) some.add(p.id);
      continue;
    }
    if (named.length !== group.size || [...some].some((id) => !named.some((p) => p.id === id))) return null;
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
