/**
 * The persons stage of a batch: documents pass through in input order as they are written
 * (copies are marked then), and once all are in, their people are clustered into persons.
 * Only what linking needs is kept per person (entries.ts), so memory stays small.
 */
import type { DocumentResult, PersonKeyRow } from "../records.js";
import { cluster, type Cluster } from "./cluster.js";
import { CopyFinder, signature } from "./copies.js";
import { entriesOf, type PersonEntry } from "./entries.js";

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

export class PersonsStage {
  private readonly copies = new CopyFinder();
  private readonly entries: PersonEntry[] = [];
  /** Each original document's people's countries by key, for its copies to take. */
  private readonly countries = new Map<string, Map<string, string | null>>();
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
      const copyOf = this.copies.addSignature(result.document.id, input.signature);
      if (copyOf !== null && result.document.copy_of !== copyOf) {
        result.document.copy_of = copyOf;
        changed = true;
      }
      // Note: copied, since a cached input may be shared; the batch sets copy_of and country.
      const entries = input.entries.map((e) => this.slim(e, result.document.id, result.document.copy_of));
      // Note: a copy is the same letter, so its people are tied to the countries the original's
      // are (a letterhead's address beside a signature must not make a namesake of the signer).
      const original = result.document.copy_of === null ? undefined : this.countries.get(result.document.copy_of);
      if (original) for (const e of entries) e.country = original.get(e.key) ?? e.country;
      else this.countries.set(result.document.id, new Map(entries.map((e) => [e.key, e.country])));
      this.entries.push(...entries);
    }
    return changed;
  }

  /** One copy of each string the entries hold (names, roles, organisations, keys recur across letters). */
  private readonly strings = new Map<string, string>();
  private intern<T extends string | null>(value: T): T {
    if (value === null) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as T;
    this.strings.set(value, value);
    return value;
  }

  /**
   * An entry as the stage keeps it until the end of the run: its strings shared with every other
   * entry's (a document's id once for all its people; a state read back gives each its own copy),
   * so that what the stage holds per document stays small (docs/scaling.md: merge memory).
   */
  private slim(e: PersonEntry, document: string, copyOf: string | null): PersonEntry {
    const i = <T extends string | null>(value: T): T => this.intern(value);
    return {
      document,
      personId: i(e.personId),
      name: i(e.name),
      key: i(e.key),
      copyOf,
      roles: e.roles.map(i),
      organisation: i(e.organisation),
      penalties: e.penalties.map((p) => ({ ...p, kind: i(p.kind), currency: i(p.currency), date: i(p.date) })),
      country: i(e.country),
    };
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
