/**
 * The persons stage of a batch: documents pass through in input order as they are written
 * (copies are marked then), and once all are in, their people are clustered into persons.
 * Only what linking needs is kept per person (entries.ts), so memory stays small.
 */
import type { DocumentResult, PersonKeyRow } from "../records.js";
import { cluster, type Cluster } from "./cluster.js";
import { CopyFinder } from "./copies.js";
import { entriesOf, type PersonEntry } from "./entries.js";

export class PersonsStage {
  private readonly copies = new CopyFinder();
  private readonly entries: PersonEntry[] = [];
  /** Each original document's people's countries by key, for its copies to take. */
  private readonly countries = new Map<string, Map<string, string | null>>();
  /**
   * Takes one document, in input order: sets `copy_of` when it copies an earlier one and
   * returns true when the document record changed (its formatted rows are then stale).
   */
  add(result: DocumentResult, text: string): boolean {
    let changed = false;
    if (result.document.status === "ok") {
      const copyOf = this.copies.add(result.document.id, text);
      if (copyOf !== null && result.document.copy_of !== copyOf) {
        result.document.copy_of = copyOf;
        changed = true;
      }
      const entries = entriesOf(result, text);
      // Note: a copy is the same letter, so its people are tied to the countries the original's
      // are (a letterhead's address beside a signature must not make a namesake of the signer).
      const original = result.document.copy_of === null ? undefined : this.countries.get(result.document.copy_of);
      if (original) for (const e of entries) e.country = original.get(e.key) ?? e.country;
      else this.countries.set(result.document.id, new Map(entries.map((e) => [e.key, e.country])));
      this.entries.push(...entries);
    }
    return changed;
  }

  /** The persons of every document taken so far. */
  persons(): Cluster[] {
    return cluster(this.entries);
  }

  /**
   * For each person record taken, in the order taken (input order, then people.csv's), the key
   * of the person `clusters` (this stage's `persons()`) put it in: person_keys.csv's rows.
   */
  *personKeys(clusters: readonly Cluster[]): Generator<PersonKeyRow> {
    const keyOf = new Map<PersonEntry, string>();
    for (const c of clusters) for (const e of c.entries) keyOf.set(e, c.key);
    for (const e of this.entries) yield { document: e.document, person_id: e.personId, person_key: keyOf.get(e) ?? e.key };
  }
}
