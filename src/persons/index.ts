/**
 * The persons stage of a batch: documents pass through in input order as they are written
 * (copies are marked then), and once all are in, their people are clustered into persons.
 * Only what linking needs is kept per person (entries.ts), on disk (store.ts), so memory stays flat.
 */
import type { DocumentResult, PersonKeyRow } from "../records.js";
import { clusterStore, type Cluster, type Clustering, type StreamedCluster } from "./cluster.js";
import { CopyFinder, signature } from "./copies.js";
import { entriesOf, type PersonEntry } from "./entries.js";
import { PersonStore } from "./store.js";

/**
 * What the stage reads of one document, from its records and text alone: its text's copy
 * signature and its people's entries. A run keeps it in each document's state (batch/state.ts),
 * so that a reused or merged document is linked without its text being read again.
 */
export interface PersonsInput {
  signature: number[] | null;
  entries: PersonEntry[];
}

/** The stage's input of a document (null for a failed one, which the stage skips). */
export function personsInput(result: DocumentResult, text: string): PersonsInput | null {
  if (result.document.status !== "ok") return null;
  // Note: `copy_of` is the batch's to set (add); a document's own entries never carry one.
  return { signature: signature(text), entries: entriesOf({ ...result, document: { ...result.document, copy_of: null } }, text) };
}

/**
 * Note: what the stage gathers — each person record's entry, each text's copy signature — goes
 * to a temporary database (store.ts) as each document comes, and the persons are clustered
 * there and read back one at a time: a run or a merge holds no more in memory for 200,000
 * documents than for 200 (docs/scaling.md). Close it when done (`close`), which deletes it.
 */
export class PersonsStage {
  private opened: { store: PersonStore; copies: CopyFinder } | null = null;
  private clustered: Clustering | null = null;

  /** The store, opened at the first document (a run of none never loads SQLite). */
  private get parts(): { store: PersonStore; copies: CopyFinder } {
    if (!this.opened) {
      const store = new PersonStore();
      this.opened = { store, copies: new CopyFinder(store) };
    }
    return this.opened;
  }

  /**
   * Takes one document, in input order: sets `copy_of` when it copies an earlier one and
   * returns true when the document record changed (its formatted rows are then stale).
   * `input` is the document's personsInput, when a run kept it; else it is computed from `text`
   * (given as a function when reading it costs: a reused document's text is decoded on demand).
   */
  add(result: DocumentResult, text: string | (() => string), kept?: PersonsInput | null): boolean {
    const input = kept !== undefined ? kept : personsInput(result, typeof text === "string" ? text : text());
    let changed = false;
    if (result.document.status === "ok" && input) {
      const { store, copies } = this.parts;
      const copyOf = copies.addSignature(result.document.id, input.signature);
      if (copyOf !== null && result.document.copy_of !== copyOf) {
        result.document.copy_of = copyOf;
        changed = true;
      }
      // Note: a copy is the same letter, so its people are tied to the countries the original's
      // are (a letterhead's address beside a signature must not make a namesake of the signer).
      const original = result.document.copy_of === null ? null : store.countries(result.document.copy_of);
      for (const e of input.entries) {
        // Note: copied, since a cached input may be shared; the batch sets copy_of and country.
        store.add({ ...e, document: result.document.id, copyOf: result.document.copy_of, country: original?.get(e.key) ?? e.country });
      }
    }
    return changed;
  }

  /** The clustering of every document taken so far (done once, at the first call). */
  private clustering(): Clustering {
    this.clustered ??= clusterStore(this.parts.store);
    return this.clustered;
  }

  /** The persons of every document taken, in key order, read from the store one at a time. */
  clusters(): Iterable<Cluster> {
    return { [Symbol.iterator]: () => this.clustering().clusters() };
  }

  /** As `clusters`, each person's records read from the store as they are iterated (what a run writes from). */
  streamed(): Iterable<StreamedCluster> {
    return { [Symbol.iterator]: () => this.clustering().streamed() };
  }

  /** The persons of every document taken, as one array (for small batches and tests). */
  persons(): Cluster[] {
    return [...this.clusters()];
  }

  /**
   * For each person record taken, in the order taken (input order, then people.csv's), the key
   * of the person it was clustered into: person_keys.csv's rows.
   */
  *personKeys(): Generator<PersonKeyRow> {
    for (const { document, personId, key } of this.clustering().keys()) yield { document, person_id: personId, person_key: key };
  }

  /** Deletes what the stage kept (its temporary database). */
  close(): void {
    this.opened?.copies.close();
    this.opened?.store.close();
    this.opened = null;
    this.clustered = null;
  }
}
