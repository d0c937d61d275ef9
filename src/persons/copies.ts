/**
 * Copies of one letter among a batch's documents (the same letter as PDF, DOCX, Markdown and
 * a scan): near-duplicate normalised texts, found with MinHash signatures (talisman) over word
 * shingles and locality-sensitive bands, so each document is compared with the few that share
 * a band, not with every earlier one. Documents come in input order; a copy points at the
 * first earlier document it matches (`copy_of`).
 */
import createMinHash from "talisman/hash/minhash.js";
import { similarity } from "talisman/metrics/minhash.js";
import { foldText } from "./fold.js";

const HASHES = 64;
const BANDS = 32;
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

/** Mulberry32: a seeded generator, so signatures are the same in every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const minHash = createMinHash({ hashes: HASHES, rng: seeded(15) });

/** The MinHash signature of a text's word shingles, or null for a text too short to compare. */
export function signature(text: string): number[] | null {
  const words = foldText(text).match(/[a-z0-9]+/g) ?? [];
  if (words.length < MIN_WORDS) return null;
  const shingles: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.push(words.slice(i, i + SHINGLE).join(" "));
  return minHash(shingles);
}

/** Finds, for each document in turn, the first earlier one it copies. */
export class CopyFinder {
  private readonly bands = new Map<string, string[]>();
  private readonly signatures = new Map<string, number[]>();
  private readonly order = new Map<string, number>();
  private readonly originals = new Map<string, string>();

  /** The id of the earliest document seen so far that `text` copies, or null; then remembers it. */
  add(id: string, text: string): string | null {
    const own = signature(text);
    if (!own) return null;
    const candidates = new Set<string>();
    const keys: string[] = [];
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${own.slice(band * ROWS, (band + 1) * ROWS).join(",")}`;
      keys.push(key);
      for (const other of this.bands.get(key) ?? []) candidates.add(other);
    }
    let original: string | null = null;
    for (const other of [...candidates].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0))) {
      const theirs = this.signatures.get(other);
      if (theirs && similarity(own, theirs) >= COPY_SIMILARITY) {
        original = this.originals.get(other) ?? other;
        break;
      }
    }
    if (original) this.originals.set(id, original);
    this.order.set(id, this.order.size);
    this.signatures.set(id, own);
    for (const key of keys) {
      const list = this.bands.get(key);
      if (list) list.push(id);
      else this.bands.set(key, [id]);
    }
    return original;
  }
}
