/**
 * Copies of one letter among a batch's documents (the same letter as PDF, DOCX, Markdown and
 * a scan): near-duplicate normalised texts, found with MinHash signatures over word shingles
 * (compared with talisman's MinHash similarity) and locality-sensitive bands, so each document is compared with the few that share
 * a band, not with every earlier one. Documents come in input order; a copy points at the
 * first earlier document it matches (`copy_of`).
 */
import type { Statement } from "better-sqlite3";
import { similarity } from "talisman/metrics/minhash.js";
import { PersonStore } from "./store.js";

const HASHES = 32;
const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Words per shingle: long enough that two different letters on one topic share few. */
const SHINGLE = 4;
/**
 * Estimated Jaccard similarity of shingles above which two texts are one letter. The seed
 * letter's six files (letterheads, an OCR'd scan) measure 0.7 to 1.0 against each other;
 * different letters on one case measure under 0.2 (docs/persons.md).
 */
export const COPY_SIMILARITY = 0.6;
/** Texts shorter than this many words are too short to call copies (a stub, a one-line note). */
const MIN_WORDS = 40;

/** Seeds of the signature's hash functions: fixed, so every run and machine agrees. */
const SEEDS = Array.from({ length: HASHES }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

/** A 32-bit mix (murmur3's finaliser). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a of a word. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The MinHash signature of a text's word shingles, or null for a text too short to compare.
 * Note: computed with 32-bit integer hashing; talisman's own MinHash (CRC32 and float modular
 * arithmetic per hash) took 8.3 s for 300 bench documents on the shared machine, this about 0.2 s.
 */
export function signature(text: string): number[] | null {
  // Note: a plain class (every letter from U+00C0 on) is three times faster than \p{L} here.
  const words = text.toLowerCase().match(/[a-z0-9\u00c0-\uffff]+/g) ?? [];
  if (words.length < MIN_WORDS) return null;
  const hashes = words.map(wordHash);
  const mins = new Array<number>(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= hashes.length; i++) {
    let shingle = 0;
    for (let k = 0; k < SHINGLE; k++) shingle = mix(shingle ^ (hashes[i + k] ?? 0));
    // Note: one shingle in four, chosen by its own hash so every copy keeps the same ones: the
    // estimate of the similarity stays unbiased at a quarter of the cost.
    if ((shingle & 3) !== 0) continue;
    for (let j = 0; j < HASHES; j++) {
      const h = mix(shingle ^ (SEEDS[j] ?? 0));
      if (h < (mins[j] ?? 0)) mins[j] = h;
    }
  }
  return mins;
}

/**
 * Finds, for each document in turn, the first earlier one it copies.
 * Note: the band lists and signatures live in the store's tables (store.ts), so that a batch's
 * memory does not grow with its documents. A band's list is read in the order documents came,
 * and the candidates are walked in that order by merging the lists (the earliest head first,
 * each head one indexed look-up) and the walk stops at the first match. Collecting and sorting
 * every candidate instead made a batch of many copies of one letter quadratic (2,000 copies:
 * 0.9 s of a rerun's 5.5 CPU s on the shared machine).
 */
export class CopyFinder {
  private readonly store: PersonStore;
  private readonly own: boolean;
  private places = 0;
  private readonly insertSignature: Statement;
  private readonly insertBand: Statement;
  private readonly nextInBand: Statement;
  private readonly signatureAt: Statement;

  /** `store`: where the lists are kept (the persons stage's); by default a store in memory of its own. */
  constructor(store?: PersonStore) {
    this.own = store === undefined;
    this.store = store ?? new PersonStore(":memory:");
    const { db } = this.store;
    db.exec(`
      CREATE TABLE signatures (place INTEGER PRIMARY KEY, id TEXT NOT NULL, original TEXT, signature BLOB);
      CREATE TABLE bands (band TEXT NOT NULL, place INTEGER NOT NULL);
      CREATE INDEX bands_band ON bands (band, place);
    `);
    this.insertSignature = db.prepare("INSERT INTO signatures (place, id, original, signature) VALUES (?, ?, ?, ?)");
    this.insertBand = db.prepare("INSERT INTO bands (band, place) VALUES (?, ?)");
    this.nextInBand = db.prepare("SELECT place FROM bands WHERE band = ? AND place > ? ORDER BY place LIMIT 1").pluck();
    this.signatureAt = db.prepare("SELECT id, original, signature FROM signatures WHERE place = ?");
  }

  /** The id of the earliest document seen so far that `text` copies, or null; then remembers it. */
  add(id: string, text: string): string | null {
    return this.addSignature(id, signature(text));
  }

  /** As `add`, from the text's signature (`signature(text)`, which a run's state keeps). */
  addSignature(id: string, own: readonly number[] | Uint32Array | null): string | null {
    const place = this.places++;
    if (!own) {
      this.insertSignature.run(place, id, null, null);
      this.store.written();
      return null;
    }
    const mine = Uint32Array.from(own);
    const keys: string[] = [];
    for (let band = 0; band < BANDS; band++) keys.push(`${band}:${mine.subarray(band * ROWS, (band + 1) * ROWS).join(",")}`);
    const original = this.firstMatch(mine, keys);
    this.insertSignature.run(place, id, original, Buffer.from(mine.buffer, mine.byteOffset, mine.byteLength));
    for (const key of keys) this.insertBand.run(key, place);
    this.store.written();
    return original;
  }

  /** The original of the earliest candidate (in order) similar enough to `own`, or null. */
  private firstMatch(own: Uint32Array, keys: readonly string[]): string | null {
    const next = (key: string, after: number) => (this.nextInBand.get(key, after) as number | undefined) ?? Infinity;
    const heads = keys.map((key) => next(key, -1));
    for (;;) {
      const best = Math.min(...heads);
      if (best === Infinity) return null;
      const row = this.signatureAt.get(best) as { id: string; original: string | null; signature: Buffer | null } | undefined;
      if (row?.signature) {
        const theirs = new Uint32Array(row.signature.buffer.slice(row.signature.byteOffset, row.signature.byteOffset + row.signature.byteLength));
        if (similarity(own, theirs) >= COPY_SIMILARITY) return row.original ?? row.id;
      }
      // Note: a document in several of these bands is met once.
      heads.forEach((head, l) => {
        if (head === best) heads[l] = next(keys[l] ?? "", best);
      });
    }
  }

  /** Frees its own store (a store given is its owner's to close). */
  close(): void {
    if (this.own) this.store.close();
  }
}
