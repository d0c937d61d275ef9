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
import type BetterSqlite3 from "better-sqlite3";
import { similarity as jaroWinkler } from "talisman/metrics/jaro-winkler.js";
import daitchMokotoff from "talisman/phonetics/daitch-mokotoff.js";
import type { PersonEntry } from "./entries.js";
import { countryConflict, EvidenceBuilder, sameCountry, supportingEvidence, type Evidence } from "./evidence.js";
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

/** A person whose records are read from the store when iterated (Clustering's `streamed`). */
export interface StreamedCluster {
  key: string;
  entries: Iterable<PersonEntry>;
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

/**
 * A part of step 1 from its records, given one at a time sorted by document and person id (then
 * input order): what it holds is the distinct names and evidence values, not the records, so a
 * person found in every letter of a large batch costs no more than one found in a few.
 */
class PartBuilder {
  private readonly names = new Set<string>();
  private readonly forms = new Map<string, ReturnType<typeof nameForm>>();
  private readonly evidence = new EvidenceBuilder();
  private first: string | null = null;
  private strong = false;
  private tokens: string[] | null = null;
  private letters = 0;
  private lastLetter: string | null = null;

  add(e: PersonEntry): void {
    this.first ??= e.name;
    this.names.add(e.name);
    let form = this.forms.get(e.name);
    if (!form) this.forms.set(e.name, (form = nameForm(e.name)));
    // Note: the first of the longest strong names, in record order.
    if (form.strong) {
      this.strong = true;
      if (this.tokens === null || form.tokens.length > this.tokens.length) this.tokens = form.tokens;
    }
    // Note: records come sorted by document, so a letter's records are next to each other.
    if (!e.copyOf && e.document !== this.lastLetter) {
      this.letters++;
      this.lastLetter = e.document;
    }
    this.evidence.add(e);
  }

  part(key: string): Part {
    const names = [...this.names].sort();
    const merges: Merge[] = names.slice(1).map((name) => ({ rule: "same-key", variants: [names[0] ?? "", name], why: `one key (${key})` }));
    const first = this.first ?? "";
    return { key, first, strong: this.strong, tokens: this.tokens ?? [], initials: isInitials(first), letters: this.letters, ...this.evidence.evidence(), merges };
  }
}

/**
 * Step 1's parts of one key: one, or (when its records tie it to two countries or more) one per
 * country, in country order, and one of its records tied to none. Each names how its records
 * are chosen among the key's (`where`, SQL over the entries table, with its parameters).
 */
function partsOf(key: string, countries: readonly string[], unplaced: boolean): { key: string; where: string; params: string[] }[] {
  if (countries.length < 2) return [{ key, where: "", params: [] }];
  const parts = [...countries].sort().map((c) => ({ key: `${key}@${c.toLowerCase()}`, where: " AND country = ?", params: [c] }));
  if (unplaced) parts.push({ key, where: " AND country IS NULL", params: [] });
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
  CREATE INDEX IF NOT EXISTS entries_order ON entries (sort, doc_sort, pid_sort);
  CREATE TABLE parts (idx INTEGER PRIMARY KEY, data TEXT NOT NULL, weak_initials INTEGER NOT NULL);
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
  /**
   * The persons, in key order, each with its records read from the store as they are iterated
   * (in document and person id order), so that no person is held whole: a person found in every
   * letter of a 10,000-letter merge was most of its peak memory. Iterate a person's records
   * before taking the next person.
   */
  streamed(): Generator<StreamedCluster>;
  /** For each record, in the order added, the key of the person it is in. */
  keys(): Generator<{ document: string; personId: string; key: string }>;
}

/** Clusters the records of `store` (its entries table); run once per store. */
export function clusterStore(store: PersonStore): Clustering {
  store.flush();
  const { db } = store;
  db.exec(SCHEMA);
  db.exec("BEGIN");
  const insertPart = db.prepare("INSERT INTO parts (idx, data, weak_initials) VALUES (?, ?, ?)");
  const insertBlock = db.prepare("INSERT OR IGNORE INTO blocks (block, first) VALUES (?, ?)");
  const insertMember = db.prepare("INSERT INTO block_members (block, idx) VALUES (?, ?)");
  const insertLast = db.prepare("INSERT INTO lasts (last, idx) VALUES (?, ?)");
  let count = 0;
  let blocks = 0;
  const addPart = (part: Part): number => {
    const idx = count++;
    insertPart.run(idx, JSON.stringify(part), part.strong || !part.initials ? 0 : 1);
    if (!part.strong) return idx;
    // Note: blocking by first name and the last name's sound code keeps the comparison near
    // linear on a large batch; a part sits in one block per code of its last name.
    for (const code of daitchMokotoff(sound(part.tokens.at(-1) ?? ""))) {
      const block = `${part.tokens[0] ?? ""} ${code}`;
      if (insertBlock.run(block, blocks).changes > 0) blocks++;
      insertMember.run(block, idx);
    }
    insertLast.run(part.tokens.at(-1) ?? "", idx);
    return idx;
  };
  // Step 1: the keys in key order; each key's records split by country, each part's records read
  // a page at a time in document and person id order (then input order). Note: a key's records
  // are never all in memory: in the bench's letters every person is in every letter, and holding
  // a key's records was most of a 10,000-document merge's peak memory.
  const nextKey = db.prepare("SELECT sort, key FROM entries WHERE sort > ? ORDER BY sort LIMIT 1");
  const countriesOfKey = db.prepare("SELECT DISTINCT country FROM entries WHERE sort = ? AND country IS NOT NULL").pluck();
  const unplacedOfKey = db.prepare("SELECT 1 FROM entries WHERE sort = ? AND country IS NULL LIMIT 1").pluck();
  const statements = new Map<string, { page: BetterSqlite3.Statement; mark: BetterSqlite3.Statement }>();
  const statementsOf = (where: string) => {
    let found = statements.get(where);
    if (!found) {
      found = {
        page: db.prepare(`SELECT * FROM entries WHERE sort = ?${where} AND (doc_sort, pid_sort, seq) > (?, ?, ?) ORDER BY doc_sort, pid_sort, seq LIMIT ?`),
        mark: db.prepare(`UPDATE entries SET part = ? WHERE sort = ?${where}`),
      };
      statements.set(where, found);
    }
    return found;
  };
  for (let sort: Buffer = Buffer.alloc(0); ; ) {
    const next = nextKey.get(sort) as { sort: Buffer; key: string } | undefined;
    if (!next) break;
    sort = next.sort;
    const countries = countriesOfKey.all(sort) as string[];
    for (const { key, where, params } of partsOf(next.key, countries, unplacedOfKey.get(sort) !== undefined)) {
      const { page, mark } = statementsOf(where);
      const builder = new PartBuilder();
      for (let after: [Buffer, Buffer, number] = [Buffer.alloc(0), Buffer.alloc(0), -1]; ; ) {
        const rows = page.all(sort, ...params, ...after, PAGE) as Row[];
        for (const row of rows) builder.add(entryOf(row));
        const last = rows.at(-1);
        if (!last) break;
        after = [last.doc_sort as Buffer, last.pid_sort as Buffer, last.seq as number];
      }
      mark.run(addPart(builder.part(key)), sort, ...params);
      store.written();
    }
  }
  db.exec("CREATE INDEX entries_part ON entries (part, doc_sort, pid_sort)");
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
    *streamed() {
      const finalPage = db.prepare("SELECT root, key, sort FROM finals WHERE (sort, root) > (?, ?) ORDER BY sort, root LIMIT ?");
      const partsOfRoot = db.prepare("SELECT idx FROM roots WHERE root = ? ORDER BY idx").pluck();
      const entryPage = db.prepare("SELECT * FROM entries WHERE part = ? AND (doc_sort, pid_sort, seq) > (?, ?, ?) ORDER BY doc_sort, pid_sort, seq LIMIT ?");
      const mergesOf = db.prepare("SELECT merge FROM step_merges WHERE idx = ? ORDER BY rowid").pluck();
      /** A part's records in document and person id order (then input order), a page at a time. */
      function* partRows(idx: number): Generator<Row> {
        for (let after: [Buffer, Buffer, number] = [Buffer.alloc(0), Buffer.alloc(0), -1]; ; ) {
          const rows = entryPage.all(idx, ...after, PAGE) as Row[];
          yield* rows;
          const last = rows.at(-1);
          if (!last) return;
          after = [last.doc_sort as Buffer, last.pid_sort as Buffer, last.seq as number];
        }
      }
      const order = (a: Row, b: Row) =>
        Buffer.compare(a.doc_sort as Buffer, b.doc_sort as Buffer) || Buffer.compare(a.pid_sort as Buffer, b.pid_sort as Buffer) || (a.seq as number) - (b.seq as number);
      /** A person's records: its parts' merged in that order (the order byEntry sorts them in). */
      function* personEntries(idxs: readonly number[]): Generator<PersonEntry> {
        const cursors = idxs.map((idx) => partRows(idx));
        const heads = cursors.map((c) => c.next());
        for (;;) {
          let best = -1;
          heads.forEach((head, i) => {
            if (!head.done && (best < 0 || order(head.value, (heads[best] as IteratorYieldResult<Row>).value) < 0)) best = i;
          });
          if (best < 0) return;
          yield entryOf((heads[best] as IteratorYieldResult<Row>).value);
          heads[best] = (cursors[best] as Generator<Row>).next();
        }
      }
      for (let after: [Buffer, number] = [Buffer.alloc(0), -1]; ; ) {
        const rows = finalPage.all(...after, PAGE) as { root: number; key: string; sort: Buffer }[];
        for (const { root, key } of rows) {
          const idxs = partsOfRoot.all(root) as number[];
          const merges = [
            ...idxs.flatMap((idx) => (JSON.parse(partData.get(idx) as string) as Part).merges),
            ...idxs.flatMap((idx) => (mergesOf.all(idx) as string[]).map((m) => JSON.parse(m) as Merge)),
          ];
          yield { key, merges, entries: { [Symbol.iterator]: () => personEntries(idxs) } };
        }
        const last = rows.at(-1);
        if (!last) break;
        after = [last.sort, last.root];
      }
    },
    *clusters() {
      for (const { key, entries, merges } of this.streamed()) yield { key, entries: [...entries], merges };
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
