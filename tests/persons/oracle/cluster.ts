// The in-memory clustering as it was before it spilled to disk (main at 971ab7a), kept as the
// oracle the disk-backed one (src/persons/cluster.ts) must match exactly (cluster-spill.test.ts).
/**
 * Clustering a run's person records into persons, precision first (a wrong merge corrupts a
 * dataset; a missed one leaves two rows). In order:
 *   1. records with one strong key (key.ts) are one person, unless the letters tie them to
 *      different countries (namesakes: one person per country, the key qualified `@by`);
 *   2. two strong names whose first names are one given name (variants.ts) and whose last names
 *      are spelling variants (romanise.ts's sound rules, Daitch–Mokotoff and Jaro–Winkler from
 *      talisman) are one person when supporting evidence agrees (evidence.ts); a name with an
 *      extra middle name or patronymic is checked the same way;
 *   3. initials and a surname join the one person with that surname and initial, with evidence.
 * A bare surname or given name never joins anything. Every merge is recorded with its evidence.
 */
import { similarity as jaroWinkler } from "talisman/metrics/jaro-winkler.js";
import daitchMokotoff from "talisman/phonetics/daitch-mokotoff.js";
import type { PersonEntry } from "../../../src/persons/entries.js";
import { countriesOf, countryConflict, sameCountry, supportingEvidence } from "./evidence.js";
import { nameForm } from "../../../src/persons/key.js";
import { applyRules, SOUND_RULES } from "../../../src/persons/romanise.js";

import type { Cluster, Merge } from "../../../src/persons/cluster.js";

export type { Cluster, Merge };

/** Jaro–Winkler similarity of two last names' sound forms above which they may be variants. */
const SIMILAR_SURNAMES = 0.85;

const byEntry = (a: PersonEntry, b: PersonEntry) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);
const distinct = (values: string[]) => [...new Set(values)].sort();

/** Step 1: records by key, split by country where the letters name different ones. */
function byKey(entries: readonly PersonEntry[]): Cluster[] {
  const groups = new Map<string, PersonEntry[]>();
  for (const e of entries) push(groups, e.key, e);
  const clusters: Cluster[] = [];
  for (const [key, group] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const countries = countriesOf(group);
    const parts = countries.size < 2 ? [{ key, entries: group }] : [...countries].sort().map((c) => ({ key: `${key}@${c.toLowerCase()}`, entries: group.filter((e) => e.country === c) }));
    if (countries.size >= 2 && group.some((e) => e.country === null)) parts.push({ key, entries: group.filter((e) => e.country === null) });
    for (const part of parts) {
      const names = distinct(part.entries.map((e) => e.name));
      const merges: Merge[] = names.slice(1).map((name) => ({ rule: "same-key", variants: [names[0] ?? "", name], why: `one key (${part.key})` }));
      clusters.push({ key: part.key, entries: part.entries.sort(byEntry), merges });
    }
  }
  return clusters;
}

const fullest = new WeakMap<Cluster, string[]>();

/** The cluster's fullest strong name's tokens (memoised: clusters are compared often). */
function tokensOf(cluster: Cluster): string[] {
  let tokens = fullest.get(cluster);
  if (!tokens) {
    tokens = cluster.entries.map((e) => nameForm(e.name)).filter((f) => f.strong).map((f) => f.tokens).sort((a, b) => b.length - a.length)[0] ?? [];
    fullest.set(cluster, tokens);
  }
  return tokens;
}

const sounds = new Map<string, string>();
/** A last name's sound form (romanise.ts's sound rules), memoised. */
function sound(token: string): string {
  let out = sounds.get(token);
  if (out === undefined) {
    out = applyRules(token, SOUND_RULES);
    if (sounds.size > 100_000) sounds.clear();
    sounds.set(token, out);
  }
  return out;
}

/** Why two strong clusters are one person by steps 2 (spelling variants, fuller names), or null. */
function variantMerge(a: Cluster, b: Cluster): Merge | null {
  const [x, y] = [tokensOf(a), tokensOf(b)];
  if (x.length < 2 || y.length < 2 || x[0] !== y[0]) return null;
  const [lastX, lastY] = [sound(x.at(-1) ?? ""), sound(y.at(-1) ?? "")];
  const sameLast = lastX === lastY;
  // Note: both last names already share a Daitch–Mokotoff code (the block they were paired in).
  if (!sameLast && jaroWinkler(lastX, lastY) < SIMILAR_SURNAMES) return null;
  const [middleX, middleY] = [x.slice(1, -1), y.slice(1, -1)];
  if (middleX.length > 0 && middleY.length > 0 && middleX.join(" ") !== middleY.join(" ")) return null;
  if (countryConflict(a.entries, b.entries)) return null;
  const evidence = supportingEvidence(a.entries, b.entries) ?? (sameLast ? sameCountry(a.entries, b.entries) : null);
  if (!evidence) return null;
  const rule = middleX.length !== middleY.length ? "fuller-name" : "spelling-variant";
  return { rule, variants: [a.entries[0]?.name ?? "", b.entries[0]?.name ?? ""], why: evidence };
}

/** Why a weak cluster (initials and a surname) is the strong one, or null. */
function initialsMerge(weak: Cluster, strong: Cluster): Merge | null {
  const form = nameForm(weak.entries[0]?.name ?? "");
  const initials = form.tokens.slice(0, -1);
  const full = tokensOf(strong);
  if (initials.length === 0 || initials.some((t) => t.length !== 1) || full.at(-1) !== form.tokens.at(-1)) return null;
  if (!full[0]?.startsWith(initials[0] ?? "") || countryConflict(weak.entries, strong.entries)) return null;
  const evidence = supportingEvidence(weak.entries, strong.entries);
  return evidence ? { rule: "initials", variants: [weak.entries[0]?.name ?? "", strong.entries[0]?.name ?? ""], why: evidence } : null;
}

/** The key a merged cluster keeps: the member key found in most letters, then the fullest, then the first. */
function chooseKey(parts: readonly Cluster[]): string {
  const strong = parts.filter((p) => p.entries.some((e) => nameForm(e.name).strong));
  const ranked = (strong.length ? strong : parts).map((p) => ({ key: p.key, letters: new Set(p.entries.filter((e) => !e.copyOf).map((e) => e.document)).size, tokens: tokensOf(p).length }));
  ranked.sort((a, b) => b.letters - a.letters || b.tokens - a.tokens || (a.key < b.key ? -1 : 1));
  return ranked[0]?.key ?? "";
}

/** Whether a name is initials and a surname (`A. S. Muhammed`), the only weak names step 3 reads. */
function isInitials(cluster: Cluster): boolean {
  const tokens = nameForm(cluster.entries[0]?.name ?? "").tokens;
  return tokens.length >= 2 && tokens.slice(0, -1).every((t) => t.length === 1) && (tokens.at(-1)?.length ?? 0) > 1;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Clusters a run's person entries into persons, deterministically (the input order does not matter). */
export function cluster(entries: readonly PersonEntry[]): Cluster[] {
  const clusters = byKey(entries);
  const parent = clusters.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  const merges = new Map<number, Merge[]>();
  const strong = clusters.map((c) => c.entries.some((e) => nameForm(e.name).strong));
  // Note: blocking by first name and the last name's sound code keeps the comparison near
  // linear on a large batch; a cluster sits in one block per code of its last name.
  const blocks = new Map<string, number[]>();
  const byLast = new Map<string, number[]>();
  clusters.forEach((c, i) => {
    if (!strong[i]) return;
    const tokens = tokensOf(c);
    for (const code of daitchMokotoff(sound(tokens.at(-1) ?? ""))) push(blocks, `${tokens[0] ?? ""} ${code}`, i);
    push(byLast, tokens.at(-1) ?? "", i);
  });
  for (const members of blocks.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i] ?? 0, members[j] ?? 0];
        if (find(a) === find(b)) continue;
        const merge = variantMerge(clusters[a] as Cluster, clusters[b] as Cluster);
        if (merge) {
          parent[find(b)] = find(a);
          push(merges, a, merge);
        }
      }
    }
  }
  clusters.forEach((weak, w) => {
    if (strong[w] || !isInitials(weak)) return;
    const last = nameForm(weak.entries[0]?.name ?? "").tokens.at(-1) ?? "";
    const found = (byLast.get(last) ?? []).map((i) => ({ i, merge: initialsMerge(weak, clusters[i] as Cluster) }));
    const fitting = found.filter((f) => f.merge !== null);
    // Note: initials that fit two different people join neither.
    if (new Set(fitting.map((f) => find(f.i))).size === 1 && fitting[0]?.merge) {
      parent[find(w)] = find(fitting[0].i);
      push(merges, w, fitting[0].merge);
    }
  });
  const groups = new Map<number, number[]>();
  clusters.forEach((_, i) => push(groups, find(i), i));
  const out = [...groups.values()].map((members) => {
    const parts = members.map((i) => clusters[i] as Cluster);
    return {
      key: chooseKey(parts),
      entries: parts.flatMap((p) => p.entries).sort(byEntry),
      merges: [...parts.flatMap((p) => p.merges), ...members.flatMap((i) => merges.get(i) ?? [])],
    };
  });
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : byEntry(a.entries[0] as PersonEntry, b.entries[0] as PersonEntry)));
}
