/**
 * Copies of one letter among a batch's documents (the same letter as PDF, DOCX, Markdown and
 * a scan): near-duplicate normalised texts, found with MinHash signatures over word shingles
 * (compared with talisman's MinHash similarity) and locality-sensitive bands, so each document is compared with the few that share
 * a band, not with every earlier one. Documents come in input order; a copy points at the
 * first earlier document it matches (`copy_of`).
 */
import { similarity } from "talisman/metrics/minhash.js";

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
 * Note: a band's list holds documents in the order they came, so the candidates are walked in
 * that order by merging the lists (the earliest head first) and the walk stops at the first
 * match. Collecting and sorting every candidate instead made a batch of many copies of one
 * letter quadratic (2,000 copies: 0.9 s of a rerun's 5.5 CPU s on the shared machine).
 */
export class CopyFinder {
  private readonly bands = new Map<string, number[]>();
  /** Every document's signature, by its place in the order they came (null: too short). */
  private readonly signatures: (Uint32Array | null)[] = [];
  /** The original (`copy_of`) of each document, by place; null for an original. */
  private readonly originals: (string | null)[] = [];
  private readonly ids: string[] = [];

  /** The id of the earliest document seen so far that `text` copies, or null; then remembers it. */
  add(id: string, text: string): string | null {
    return this.addSignature(id, signature(text));
  }

  /** As `add`, from the text's signature (`signature(text)`, which a run's state keeps). */
  addSignature(id: string, own: readonly number[] | Uint32Array | null): string | null {
    const place = this.ids.length;
    this.ids.push(id);
    if (!own) {
      this.signatures.push(null);
      this.originals.push(null);
      return null;
    }
    const mine = Uint32Array.from(own);
    const lists: number[][] = [];
    const keys: string[] = [];
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${mine.subarray(band * ROWS, (band + 1) * ROWS).join(",")}`;
      keys.push(key);
      const list = this.bands.get(key);
      if (list) lists.push(list);
    }
    const original = this.firstMatch(mine, lists);
    this.signatures.push(mine);
    this.originals.push(original);
    for (const key of keys) {
      const list = this.bands.get(key);
      if (list) list.push(place);
      else this.bands.set(key, [place]);
    }
    return original;
  }

  /** The original of the earliest candidate (in order) similar enough to `own`, or null. */
  private firstMatch(own: Uint32Array, lists: readonly number[][]): string | null {
    const heads = lists.map(() => 0);
    let last = -1;
    for (;;) {
      let best = -1;
      let which = -1;
      for (let l = 0; l < lists.length; l++) {
        const list = lists[l] as number[];
        let h = heads[l] as number;
        // Note: a document in several of these bands is met once.
        while (h < list.length && (list[h] as number) <= last) h++;
        heads[l] = h;
        if (h < list.length && (best === -1 || (list[h] as number) < best)) [best, which] = [list[h] as number, l];
      }
      if (which === -1) return null;
      last = best;
      const theirs = this.signatures[best];
      if (theirs && similarity(own, theirs) >= COPY_SIMILARITY) return this.originals[best] ?? this.ids[best] ?? null;
    }
  }
}
