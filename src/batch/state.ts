/**
 * A run's cached per-document state, `state/` in the output folder (docs/scaling.md): what
 * `--incremental` reuses and what `casebook merge` reads. Two file kinds, each versioned and
 * written atomically:
 * - `state/documents/<hh>/<sha256 of the id>.json`: one document as the pipeline gave it,
 *   before the batch-wide stages (persons, copies), with the sha256 of its bytes, the key of
 *   the casebook version and options it was processed with, and what the persons stage reads
 *   of it. Written as soon as the document is done, so a run killed midway leaves every
 *   finished document reusable. Two lines: everything but the text, then the text, so that a
 *   reader that needs no text (a reused document whose files are in place) never decodes it.
 * - `state/manifest.json`: the run's documents in output order, written last; a run that did not
 *   finish has none (it is removed when a run starts), so merge can tell a finished run.
 * Note: file names are hashes of the ids, so that no id (long, nested, odd characters) makes a
 * state path the system refuses; the id is inside the file.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { MessageCode } from "../messages.js";
import type { Processed } from "../pipeline.js";
import type { PersonsInput } from "../persons/index.js";
import type { DocumentResult } from "../records.js";
import { VERSION } from "../version.js";
import type { ProcessOptions } from "../options.js";
import { appendGathered, openAtomic, writeFileAtomic, type AtomicStream } from "../write/atomic.js";
import { formatJson } from "../write/json.js";

/** Bumped with any change to what a state file holds or means: older files are then not reused. */
export const STATE_FORMAT = "casebook-state/2";

export const STATE_FOLDER = "state";
const DOCUMENTS = "documents";
const MANIFEST = "manifest.json";

/** The options that change records; a run's key hashes them with casebook's version. */
export type RecordOptions = Pick<ProcessOptions, "dateOrder" | "ocr" | "ocrDpi" | "maxBytes" | "maxPages">;

export function recordOptions(options: ProcessOptions): RecordOptions {
  return { dateOrder: options.dateOrder, ocr: options.ocr, ocrDpi: options.ocrDpi, maxBytes: options.maxBytes, maxPages: options.maxPages ?? null } as RecordOptions;
}

/** What a cached document is valid for: the state format, casebook's version and the record options. */
export function stateKey(options: RecordOptions): string {
  return sha256(JSON.stringify([STATE_FORMAT, VERSION, options]));
}

export function sha256(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** Failures that may not happen again (the machine was busy, a worker died): never reused. */
const TRANSIENT: ReadonlySet<string> = new Set<MessageCode>(["TIMEOUT", "OUT_OF_MEMORY", "WORKER_CRASHED"]);

/**
 * Whether a document's result may be reused by the next run over the same bytes: not when its
 * bytes could not be read (`sha256` null) or it failed in a way that may not happen again.
 */
export function isReusable(sha256: string | null, result: DocumentResult): boolean {
  const code = result.document.errors[0]?.code;
  return sha256 !== null && !(code !== undefined && TRANSIENT.has(code));
}

/** One document's state file. */
export interface DocumentState {
  format: typeof STATE_FORMAT;
  id: string;
  /** sha256 of the document's bytes; null when it could not be read (a walk error). */
  sha256: string | null;
  key: string;
  /** False for a failure that may not happen again (a time-out, a crashed worker): processed again next time. */
  reusable: boolean;
  result: DocumentResult;
  /** What the persons stage reads of the document (persons/index.ts): kept so that a reused document needs no text. */
  persons: PersonsInput | null;
  text: string;
}

/** The state file's bytes: the state without its text on one line, the text (a JSON string) on the next. */
export function formatDocumentState(state: DocumentState): string {
  const { text, ...head } = state;
  // Note: JSON.stringify never writes a raw line break, so each part is one line.
  return `${JSON.stringify(head)}\n${JSON.stringify(text)}\n`;
}

/**
 * A state file read back, or null when it is damaged or not a state of this format. The text is
 * decoded when first read (a getter), from the file's bytes kept until then.
 */
export function parseDocumentState(raw: Buffer): DocumentState | null {
  const line = raw.indexOf(10);
  if (line < 0) return null;
  let head: Omit<DocumentState, "text">;
  try {
    head = JSON.parse(raw.toString("utf8", 0, line)) as Omit<DocumentState, "text">;
  } catch {
    return null;
  }
  if (head.format !== STATE_FORMAT) return null;
  let text: string | null = null;
  return Object.defineProperty(head, "text", {
    enumerable: true,
    get: () => (text ??= JSON.parse(raw.toString("utf8", line + 1)) as string),
  }) as DocumentState;
}

export function documentStatePath(out: string, id: string): string {
  const name = sha256(id);
  return join(out, STATE_FOLDER, DOCUMENTS, name.slice(0, 2), `${name}.json`);
}

export async function writeDocumentState(out: string, state: DocumentState): Promise<void> {
  // Note: no indent: these files are read back by programs, not people.
  await writeFileAtomic(documentStatePath(out, state.id), formatDocumentState(state));
}

/**
 * A document's state, or null when there is none or it is not of this format.
 * Note: a damaged file cannot come from atomic writes, but one damaged by hand is only a cache miss.
 */
export async function readDocumentState(out: string, id: string): Promise<DocumentState | null> {
  let raw: Buffer;
  try {
    raw = await readFile(documentStatePath(out, id));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const state = parseDocumentState(raw);
  return state?.id === id ? state : null;
}

/** The document as the writer takes it; its text is still decoded only when read. */
export function processedOf(state: DocumentState): Processed {
  let text: string | null = null;
  return Object.defineProperty({ result: state.result } as Processed, "text", {
    enumerable: true,
    get: () => text ?? state.text,
    set: (value: string) => (text = value),
  });
}

/** Every document state file under `out`: its path and the hashed id in its name. */
export async function listDocumentStates(out: string): Promise<{ path: string; name: string }[]> {
  const root = join(out, STATE_FOLDER, DOCUMENTS);
  let folders: string[];
  try {
    folders = await readdir(root);
  } catch {
    return [];
  }
  const files: { path: string; name: string }[] = [];
  for (const folder of folders.sort()) {
    const names = await readdir(join(root, folder)).catch(() => [] as string[]);
    for (const name of names.sort()) if (/^[\da-f]{64}\.json$/.test(name)) files.push({ path: join(root, folder, name), name: name.slice(0, 64) });
  }
  return files;
}

/** Which part of a listing a run processed (`--shard i/N`). */
export interface ShardSpec {
  index: number;
  count: number;
}

/** A document of a run: its position in the full listing, id and bytes' hash. */
export type DocumentEntry = [ordinal: number, id: string, sha256: string | null];

/**
 * One document of a manifest: a DocumentEntry and the `copy_of` its written files carry (what
 * lets the next incremental run leave those files as they are; persons/copies.ts).
 */
export type ManifestEntry = [ordinal: number, id: string, sha256: string | null, copyOf: string | null];

export interface Manifest {
  format: typeof STATE_FORMAT;
  casebook: string;
  key: string;
  options: RecordOptions;
  /** The output formats, CSV byte-order mark and report of the run: merge's defaults. */
  output: { formats: string[]; csv_bom: boolean; report: boolean };
  shard: ShardSpec | null;
  /** The whole listing the run chose from (all shards'): how many documents, and a hash of their ids. */
  listing: { documents: number; sha256: string };
  documents: ManifestEntry[];
  /**
   * What lets the next `--incremental` run over the same documents keep every output as it is
   * (incremental-fresh.ts); null when a document is to be processed again (a time-out, an
   * unreadable file), absent in a manifest of a casebook before it.
   */
  outputs?: ManifestOutputs | null;
}

/** The manifest's last field: what the run wrote, as hashes (the same for every run that writes the same bytes). */
export interface ManifestOutputs {
  /** sha256 of the documents' `source`s in output order (the listing's hash names their ids only). */
  sources: string;
  /** sha256 of run.json's fields that the documents decide (incremental-fresh.ts's recordsSummary). */
  summary: string;
  /** Each output file the run wrote but run.json and the report, with the sha256 of its bytes, in outputs.ts's order. */
  files: Record<string, string>;
}

/**
 * What the last finished run wrote, by id: its bytes' hash and the `copy_of` of its JSON file;
 * null when that run's files may not be this run's (no manifest, other key, no JSON written).
 * Note: a run removes the manifest before it changes anything, so a manifest present means the
 * output files are the ones that run wrote.
 */
export function writtenBy(manifest: Manifest | null, key: string): Map<string, { sha256: string | null; copyOf: string | null }> | null {
  if (manifest === null || manifest.key !== key || !manifest.output.formats.includes("json")) return null;
  return new Map(manifest.documents.map(([, id, hash, copyOf]) => [id, { sha256: hash, copyOf: copyOf ?? null }]));
}

export function manifestPath(out: string): string {
  return join(out, STATE_FOLDER, MANIFEST);
}

/** The manifest's text up to its documents' list: indented JSON. */
const manifestOpening = (head: Omit<Manifest, "documents" | "outputs">): string => `${formatJson({ ...head, documents: [] }).replace(/"documents": \[\]\n\}\n$/, "")}"documents": [`;
const manifestLine = (entry: ManifestEntry, first: boolean): string => `${first ? "\n" : ",\n"}    ${JSON.stringify(entry)}`;
const manifestClosing = (empty: boolean, outputs: ManifestOutputs | null | undefined): string =>
  `${empty ? "" : "\n  "}]${outputs === undefined ? "" : `,\n  "outputs": ${JSON.stringify(outputs, null, 2).replace(/\n/g, "\n  ")}`}\n}\n`;

/** Indented JSON but for the documents, one a line: a manifest of 200,000 documents stays readable. */
export function formatManifest(manifest: Manifest): string {
  const { documents, outputs, ...head } = manifest;
  return `${manifestOpening(head)}${documents.map((entry, i) => manifestLine(entry, i === 0)).join("")}${manifestClosing(documents.length === 0, outputs)}`;
}

/**
 * A manifest written as a run writes its documents, a line each, to a temporary file that becomes
 * the manifest on `commit` (last, as writeManifest would): the bytes of formatManifest, without
 * the run holding a line a document until its end (a merge of 10,000 documents held 3 MB).
 */
export class ManifestWriter {
  private empty = true;
  private constructor(private readonly file: AtomicStream) {}

  static async open(out: string, head: Omit<Manifest, "documents" | "outputs">): Promise<ManifestWriter> {
    const writer = new ManifestWriter(await openAtomic(manifestPath(out)));
    await writer.append(manifestOpening(head));
    return writer;
  }

  private async append(text: string): Promise<void> {
    await appendGathered(this.file, text);
  }

  /** Adds one document, in output order. */
  async add(entry: ManifestEntry): Promise<void> {
    await this.append(manifestLine(entry, this.empty));
    this.empty = false;
  }

  /** Ends the manifest with its `outputs` (none given: a manifest without the field). */
  async commit(outputs?: ManifestOutputs | null): Promise<void> {
    await this.append(manifestClosing(this.empty, outputs));
    await this.file.commit();
  }

  async abort(): Promise<void> {
    await this.file.abort();
  }
}

export async function writeManifest(out: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(manifestPath(out), formatManifest(manifest));
}

/** Removed when a run starts: only a finished run has a manifest. */
export async function removeManifest(out: string): Promise<void> {
  await rm(manifestPath(out), { force: true });
}

export async function readManifest(out: string): Promise<Manifest | null> {
  let raw: string;
  try {
    raw = await readFile(manifestPath(out), "utf8");
  } catch {
    return null;
  }
  const manifest = JSON.parse(raw) as Manifest;
  if (manifest.format !== STATE_FORMAT) throw new Error(`${manifestPath(out)} is of format ${String(manifest.format)}, not ${STATE_FORMAT}`);
  return manifest;
}

/** A hash of a listing's ids in order: shards of one listing share it. */
export function listingHash(ids: readonly string[]): string {
  const hash = createHash("sha256");
  for (const id of ids) hash.update(`${id}\n`);
  return hash.digest("hex");
}
