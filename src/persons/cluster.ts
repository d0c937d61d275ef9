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
 *
 * It runs over the store (store.ts), not over arrays: the records, step 1's groups (parts)
 * and the blocks they are compared in live in SQLite tables read a page at a time, so what it
 * holds in memory is one key's records or one block's parts and a union-find of 4 bytes a part,
 * whatever the number of documents (docs/scaling.md). Tables are walked in the order the
 * in-memory version walked its arrays, so the result is the same to the byte.
 */
import { similarity as jaroWinkler } from "talisman/metrics/jaro-winkler.js";
import daitchMokotoff from "talisman/phonetics/daitch-mokotoff.js";
import type { PersonEntry } from "./entries.js";
import { countriesOf, countryConflict, evidenceOf, sameCountry, supportingEvidence, type Evidence } from "./evidence.js";
import { nameForm } from "./key.js";
import { applyRules, SOUND_RULES } from "./romanise.js";
import { entryOf, PersonStore, sortKey, type Row } from "./store.js";

/** One merge, for an analyst to check and undo: the two names and why. */
export interface Merge {
  rule: "same-key" | "spelling-variant" | "fuller-name" | "initials";
  variants: [string, string];
  why: string;
}

export interface Cluster {
  key: string;
  entries: PersonEntry[];
  merges: Merge[];
}

/** A group of step 1 (records of one key, one country) as steps 2 and 3 read it. */
interface Part extends Evidence {
  key: string;
  /** The first record's name (records ordered by document, then person id). */
  first: string;
  strong: boolean;
  /** The fullest strong name's tokens. */
  tokens: string[];
  initials: boolean;
  /** Letters it is found in, copies aside. */
  letters: number;
  merges: Merge[];
}

/** Jaro–Winkler similarity of two last names' sound forms above which they may be variants. */
const SIMILAR_SURNAMES = 0.85;
/** Rows read at once from a table. */
const PAGE = 1000;

const byEntry = (a: PersonEntry, b: PersonEntry) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);
const distinct = (values: string[]) => [...new Set(values)].sort();

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

/** Whether a name is initials and a surname (`A. S. Muhammed`), the only weak names step 3 reads. */
function isInitials(name: string): boolean {
  const tokens = nameForm(name).tokens;
  return tokens.length >= 2 && tokens.slice(0, -1).every((t) => t.length === 1) && (tokens.at(-1)?.length ?? 0) > 1;
}

/** A part of step 1 from its records (sorted here by document and person id). */
function partOf(key: string, entries: PersonEntry[]): Part {
  const names = distinct(entries.map((e) => e.name));
  const merges: Merge[] = names.slice(1).map((name) => ({ rule: "same-key", variants: [names[0] ?? "", name], why: `one key (${key})` }));
  entries.sort(byEntry);
  const forms = entries.map((e) => nameForm(e.name));
  const first = entries[0]?.name ?? "";
  return {
    key,
    first,
    strong: forms.some((f) => f.strong),
    // Note: a stable sort: the first of the longest strong names.
    tokens: forms.filter((f) => f.strong).map((f) => f.tokens).sort((a, b) => b.length - a.length)[0] ?? [],
    initials: isInitials(first),
    letters: new Set(entries.filter((e) => !e.copyOf).map((e) => e.document)).size,
    ...evidenceOf(entries),
    merges,
  };
}

/** Step 1 for one key's records (in input order): one part, or one per country. */
function partsOf(key: string, group: PersonEntry[]): { key: string; entries: PersonEntry[] }[] {
  const countries = countriesOf(group);
  if (countries.size < 2) return [{ key, entries: group }];
  const parts = [...countries].sort().map((c) => ({ key: `${key}@${c.toLowerCase()}`, entries: group.filter((e) => e.country === c) }));
  if (group.some((e) => e.country === null)) parts.push({ key, entries: group.filter((e) => e.country === null) });
  return parts;
}

/** Why two strong parts are one person by step 2 (spelling variants, fuller names), or null. */
function variantMerge(a: Part, b: Part): Merge | null {
  const [x, y] = [a.tokens, b.tokens];
  if (x.length < 2 || y.length < 2 || x[0] !== y[0]) return null;
  const [lastX, lastY] = [sound(x.at(-1) ?? ""), sound(y.at(-1) ?? "")];
  const sameLast = lastX === lastY;
  // Note: both last names already share a Daitch–Mokotoff code (the block they were paired in).
  if (!sameLast && jaroWinkler(lastX, lastY) < SIMILAR_SURNAMES) return null;
  const [middleX, middleY] = [x.slice(1, -1), y.slice(1, -1)];
  if (middleX.length > 0 && middleY.length > 0 && middleX.join(" ") !== middleY.join(" ")) return null;
  if (countryConflict(a, b)) return null;
  const evidence = supportingEvidence(a, b) ?? (sameLast ? sameCountry(a, b) : null);
  if (!evidence) return null;
  const rule = middleX.length !== middleY.length ? "fuller-name" : "spelling-variant";
  return { rule, variants: [a.first, b.first], why: evidence };
}

/** Why a weak part (initials and a surname) is the strong one, or null. */
function initialsMerge(weak: Part, strong: Part): Merge | null {
  const form = nameForm(weak.first);
  const initials = form.tokens.slice(0, -1);
  const full = strong.tokens;
  if (initials.length === 0 || initials.some((t) => t.length !== 1) || full.at(-1) !== form.tokens.at(-1)) return null;
  if (!full[0]?.startsWith(initials[0] ?? "") || countryConflict(weak, strong)) return null;
  const evidence = supportingEvidence(weak, strong);
  return evidence ? { rule: "initials", variants: [weak.first, strong.first], why: evidence } : null;
}

/** The key a merged cluster keeps: the member key found in most letters, then the fullest, then the first. */
function chooseKey(parts: readonly Part[]): string {
  const strong = parts.filter((p) => p.strong);
  const ranked = (strong.length ? strong : parts).map((p) => ({ key: p.key, letters: p.letters, tokens: p.tokens.length }));
  ranked.sort((a, b) => b.letters - a.letters || b.tokens - a.tokens || (a.key < b.key ? -1 : 1));
  return ranked[0]?.key ?? "";
}

const SCHEMA = `
  CREATE INDEX IF NOT EXISTS entries_sort ON entries (sort);
  CREATE TABLE parts (idx INTEGER PRIMARY KEY, data TEXT NOT NULL, weak_initials INTEGER NOT NULL, entries TEXT NOT NULL);
  CREATE TABLE blocks (block TEXT PRIMARY KEY, first INTEGER NOT NULL UNIQUE);
  CREATE TABLE block_members (block TEXT NOT NULL, idx INTEGER NOT NULL);
  CREATE INDEX block_members_block ON block_members (block);
  CREATE TABLE lasts (last TEXT NOT NULL, idx INTEGER NOT NULL);
  CREATE INDEX lasts_last ON lasts (last);
  CREATE TABLE step_merges (idx INTEGER NOT NULL, merge TEXT NOT NULL);
  CREATE INDEX step_merges_idx ON step_merges (idx);
  CREATE TABLE roots (idx INTEGER PRIMARY KEY, root INTEGER NOT NULL);
  CREATE TABLE finals (root INTEGER PRIMARY KEY, key TEXT NOT NULL, sort BLOB NOT NULL);
  CREATE INDEX finals_sort ON finals (sort, root);
`;

/** The persons of a store's records, once clustered: re-readable lists, streamed from the store. */
export interface Clustering {
  /** The persons, in key order. */
  clusters(): Generator<Cluster>;
  /** For each record, in the order added, the key of the person it is in. */
  keys(): Generator<{ document: string; personId: string; key: string }>;
}

/** Clusters the records of `store` (its entries table); run once per store. */
export function clusterStore(store: PersonStore): Clustering {
  store.flush();
  const { db } = store;
  db.exec(SCHEMA);
  db.exec("BEGIN");
  const insertPart = db.prepare("INSERT INTO parts (idx, data, weak_initials, entries) VALUES (?, ?, ?, ?)");
  const setPart = db.prepare("UPDATE entries SET part = ? WHERE seq = ?");
  const insertBlock = db.prepare("INSERT OR IGNORE INTO blocks (block, first) VALUES (?, ?)");
  const insertMember = db.prepare("INSERT INTO block_members (block, idx) VALUES (?, ?)");
  const insertLast = db.prepare("INSERT INTO lasts (last, idx) VALUES (?, ?)");
  let count = 0;
  let blocks = 0;
  const addPart = (key: string, rows: { seq: number; entry: PersonEntry }[]): void => {
    const entries = rows.map((r) => r.entry);
    const part = partOf(key, entries);
    const idx = count++;
    // Note: the part's records (sorted by partOf) are kept with it, so that a person is read back
    // with one look-up a part: read one by one from the entries table, where a part's records
    // lie scattered, they cost a page read each (most of the clustering's time on 6,000 letters).
    insertPart.run(idx, JSON.stringify(part), part.strong || !part.initials ? 0 : 1, JSON.stringify(entries));
    for (const r of rows) setPart.run(idx, r.seq);
    if (!part.strong) return;
    // Note: blocking by first name and the last name's sound code keeps the comparison near
    // linear on a large batch; a part sits in one block per code of its last name.
    for (const code of daitchMokotoff(sound(part.tokens.at(-1) ?? ""))) {
      const block = `${part.tokens[0] ?? ""} ${code}`;
      if (insertBlock.run(block, blocks).changes > 0) blocks++;
      insertMember.run(block, idx);
    }
    insertLast.run(part.tokens.at(-1) ?? "", idx);
  };
  // Step 1: the records by key (in key order, each key's in input order), a page at a time.
  const page = db.prepare("SELECT * FROM entries WHERE (sort, seq) > (?, ?) ORDER BY sort, seq LIMIT ?");
  let group: { seq: number; entry: PersonEntry }[] = [];
  let after: [Buffer, number] = [Buffer.alloc(0), -1];
  for (;;) {
    const rows = page.all(...after, PAGE) as Row[];
    for (const row of rows) {
      const entry = entryOf(row);
      if (group.length > 0 && group[0]?.entry.key !== entry.key) {
        const key = group[0]?.entry.key ?? "";
        const split = partsOf(key, group.map((g) => g.entry));
        const seqOf = new Map(group.map((g) => [g.entry, g.seq]));
        for (const p of split) addPart(p.key, p.entries.map((entry) => ({ seq: seqOf.get(entry) ?? 0, entry })));
        group = [];
      }
      group.push({ seq: row.seq as number, entry });
    }
    const last = rows.at(-1);
    if (!last) break;
    after = [last.sort as Buffer, last.seq as number];
  }
  if (group.length > 0) {
    const seqOf = new Map(group.map((g) => [g.entry, g.seq]));
    for (const p of partsOf(group[0]?.entry.key ?? "", group.map((g) => g.entry))) addPart(p.key, p.entries.map((entry) => ({ seq: seqOf.get(entry) ?? 0, entry })));
  }
  db.exec("COMMIT; BEGIN");

  const parent = new Int32Array(count).map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[i] !== root) [parent[i], i] = [root, parent[i] ?? root];
    return root;
  };
  const partData = db.prepare("SELECT data FROM parts WHERE idx = ?").pluck();
  const cache = new Map<number, Part>();
  const partAt = (idx: number): Part => {
    let part = cache.get(idx);
    if (!part) {
      if (cache.size > 10_000) cache.clear();
      part = JSON.parse(partData.get(idx) as string) as Part;
      cache.set(idx, part);
    }
    return part;
  };
  const insertMerge = db.prepare("INSERT INTO step_merges (idx, merge) VALUES (?, ?)");
  // Step 2: within each block, in the order blocks were first met.
  const blockPage = db.prepare("SELECT block, first FROM blocks WHERE first > ? ORDER BY first LIMIT ?");
  const membersOf = db.prepare("SELECT idx FROM block_members WHERE block = ? ORDER BY rowid").pluck();
  for (let from = -1; ; ) {
    const rows = blockPage.all(from, PAGE) as { block: string; first: number }[];
    for (const { block } of rows) {
      const members = membersOf.all(block) as number[];
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const [a, b] = [members[i] ?? 0, members[j] ?? 0];
          if (find(a) === find(b)) continue;
          const merge = variantMerge(partAt(a), partAt(b));
          if (merge) {
            parent[find(b)] = find(a);
            insertMerge.run(a, JSON.stringify(merge));
          }
        }
      }
    }
    const last = rows.at(-1);
    if (!last) break;
    from = last.first;
  }
  // Step 3: each weak part of initials, in order, against the strong parts of its surname.
  const weakPage = db.prepare("SELECT idx FROM parts WHERE weak_initials = 1 AND idx > ? ORDER BY idx LIMIT ?").pluck();
  const byLast = db.prepare("SELECT idx FROM lasts WHERE last = ? ORDER BY rowid").pluck();
  for (let from = -1; ; ) {
    const weakOnes = weakPage.all(from, PAGE) as number[];
    for (const w of weakOnes) {
      const weak = partAt(w);
      const last = nameForm(weak.first).tokens.at(-1) ?? "";
      const found = (byLast.all(last) as number[]).map((i) => ({ i, merge: initialsMerge(weak, partAt(i)) }));
      const fitting = found.filter((f) => f.merge !== null);
      // Note: initials that fit two different people join neither.
      if (new Set(fitting.map((f) => find(f.i))).size === 1 && fitting[0]?.merge) {
        parent[find(w)] = find(fitting[0].i);
        insertMerge.run(w, JSON.stringify(fitting[0].merge));
      }
    }
    from = weakOnes.at(-1) ?? Infinity;
    if (weakOnes.length === 0) break;
  }
  // The persons: each part's root, then each root's key.
  const insertRoot = db.prepare("INSERT INTO roots (idx, root) VALUES (?, ?)");
  for (let i = 0; i < count; i++) {
    insertRoot.run(i, find(i));
    store.written();
  }
  db.exec("CREATE INDEX roots_root ON roots (root, idx)");
  db.exec("COMMIT; BEGIN");
  const insertFinal = db.prepare("INSERT INTO finals (root, key, sort) VALUES (?, ?, ?)");
  const rootPage = db.prepare("SELECT root, idx FROM roots WHERE (root, idx) > (?, ?) ORDER BY root, idx LIMIT ?");
  let members: Part[] = [];
  let current = -1;
  const closeRoot = (): void => {
    if (members.length === 0) return;
    const key = chooseKey(members);
    insertFinal.run(current, key, sortKey(key));
    store.written();
  };
  for (let after: [number, number] = [-1, -1]; ; ) {
    const rows = rootPage.all(...after, PAGE) as { root: number; idx: number }[];
    for (const { root, idx } of rows) {
      if (root !== current) {
        closeRoot();
        [members, current] = [[], root];
      }
      members.push(partAt(idx));
    }
    const last = rows.at(-1);
    if (!last) break;
    after = [last.root, last.idx];
  }
  closeRoot();
  store.flush();
  cache.clear();
  return {
    *clusters() {
      const finalPage = db.prepare("SELECT root, key, sort FROM finals WHERE (sort, root) > (?, ?) ORDER BY sort, root LIMIT ?");
      const partsOfRoot = db.prepare("SELECT idx FROM roots WHERE root = ? ORDER BY idx").pluck();
      const entriesOfPart = db.prepare("SELECT entries FROM parts WHERE idx = ?").pluck();
      const mergesOf = db.prepare("SELECT merge FROM step_merges WHERE idx = ? ORDER BY rowid").pluck();
      for (let after: [Buffer, number] = [Buffer.alloc(0), -1]; ; ) {
        const rows = finalPage.all(...after, PAGE) as { root: number; key: string; sort: Buffer }[];
        for (const { root, key } of rows) {
          const idxs = partsOfRoot.all(root) as number[];
          const entries = idxs.flatMap((idx) => JSON.parse(entriesOfPart.get(idx) as string) as PersonEntry[]).sort(byEntry);
          const merges = [
            ...idxs.flatMap((idx) => (JSON.parse(partData.get(idx) as string) as Part).merges),
            ...idxs.flatMap((idx) => (mergesOf.all(idx) as string[]).map((m) => JSON.parse(m) as Merge)),
          ];
          yield { key, entries, merges };
        }
        const last = rows.at(-1);
        if (!last) break;
        after = [last.sort, last.root];
      }
    },
    *keys() {
      const keyPage = db.prepare(
        "SELECT e.seq AS seq, e.document AS document, e.person_id AS personId, f.key AS key FROM entries e JOIN roots r ON r.idx = e.part JOIN finals f ON f.root = r.root WHERE e.seq > ? ORDER BY e.seq LIMIT ?",
      );
      for (let from = -1; ; ) {
        const rows = keyPage.all(from, PAGE) as { seq: number; document: string; personId: string; key: string }[];
        for (const { document, personId, key } of rows) yield { document, personId, key };
        const last = rows.at(-1);
        if (!last) break;
        from = last.seq;
      }
    },
  };
}

/** Clusters person entries into persons, deterministically (the input order does not matter). */
export function cluster(entries: readonly PersonEntry[]): Cluster[] {
  const store = new PersonStore(":memory:");
  try {
    for (const e of entries) store.add(e);
    return [...clusterStore(store).clusters()];
  } finally {
    store.close();
  }
}
