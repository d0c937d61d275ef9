/**
 * Reads a run's per-document output back (`json/**\/*.json` and `text/**\/*.txt`) into the
 * data the report page embeds, in sorted order (a few documents read ahead).
 */
import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { DocumentResult, PersonAcross } from "../../records.js";
import { schemaText } from "../json.js";
import { inSchemaOrder, type JsonSchema } from "./order.js";

/** One letter as the page sees it: its result plus the normalised text (null if missing). */
export interface ReportDocument extends DocumentResult {
  text: string | null;
}

/** A per-document file the report could not use, and why. */
export interface ReportProblem {
  file: string;
  reason: string;
}

/**
 * Which of the files the report reads the run has just written itself: those are read as they
 * are, the others (an earlier run's, a file edited since) checked against records.ts's schemas.
 * Why: the check loaded zod (~770 KB, ~35 ms of CPU) and compiled its parsers (~10 ms) on the
 * path after the last letter of every run, for files this very code had just formatted (issue 19).
 */
export interface Written {
  /** Document ids whose `json/<id>.json` this run wrote. */
  documents: ReadonlySet<string>;
  /** Whether this run wrote persons.json. */
  persons: boolean;
}

const NOTHING_WRITTEN: Written = { documents: new Set(), persons: false };

/** records.ts's schemas, loaded on the first file that needs a check. */
const schemas = async (): Promise<typeof import("../../records.js")> => import("../../records.js");

export interface ReportDocuments {
  documents: ReportDocument[];
  problems: ReportProblem[];
  /** persons.json's rows (people across the letters), or null when the run wrote none. */
  persons?: PersonAcross[] | null;
}

async function entries(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/**
 * Every `.json` file under `dir`, sorted. Note: symbolic links are skipped, not followed,
 * so a link loop or a link to a device cannot hang the report.
 */
async function jsonFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await entries(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await jsonFiles(path)));
    else if (entry.isFile() && entry.name.endsWith(".json")) found.push(path);
  }
  return found.sort();
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}

/** Documents whose two files are read ahead of the one being checked. */
const READ_AHEAD = 8;

/** A document's JSON file (or why it could not be read) and its text (null if missing). */
interface Read {
  json: string | { error: unknown };
  text: string | null;
}

async function readPair(path: string, textPath: string): Promise<Read> {
  const [json, text] = await Promise.all([readFile(path, "utf8").catch((error: unknown) => ({ error })), readText(textPath)]);
  return { json, text };
}

/**
 * Loads the document results under `outDir/json` with their texts from `outDir/text`: those
 * of `ids` when given (a run's own documents, in its order), else every file found there; the
 * files `written` lists are not checked against the schema (see `Written`).
 * Note: the files of the next few documents are read while one is checked; one at a time, each
 * read's latency on a loaded machine added up over a batch (issue 19).
 */
export async function collectDocuments(outDir: string, ids?: readonly string[], written: Written = NOTHING_WRITTEN): Promise<ReportDocuments> {
  const jsonDir = join(outDir, "json");
  const documents: ReportDocument[] = [];
  const problems: ReportProblem[] = [];
  const paths = ids ? ids.map((id) => join(jsonDir, `${id}.json`)) : await jsonFiles(jsonDir);
  // Note: the id is the file's path under json/ minus ".json", the same rule the JSON
  // writer uses, so the text is found even if the record's own id is odd.
  const idOf = (path: string): string => relative(jsonDir, path).split(sep).join("/").slice(0, -".json".length);
  const reads = new Map<number, Promise<Read>>();
  let resultSchema: Promise<JsonSchema> | undefined;
  for (let index = 0; index < paths.length; index++) {
    for (let ahead = index; ahead < Math.min(paths.length, index + READ_AHEAD); ahead++) {
      const path = paths[ahead] as string;
      if (!reads.has(ahead)) reads.set(ahead, readPair(path, join(outDir, "text", `${idOf(path)}.txt`)));
    }
    const read = await (reads.get(index) as Promise<Read>);
    reads.delete(index);
    const file = `json/${idOf(paths[index] as string)}.json`;
    let parsed: unknown;
    try {
      if (typeof read.json !== "string") throw read.json.error;
      parsed = JSON.parse(read.json);
    } catch (error) {
      problems.push({ file, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (written.documents.has(idOf(paths[index] as string))) {
      // Note: in the schema's key order, as the check below returns it (the page embeds it).
      documents.push({ ...(inSchemaOrder(await (resultSchema ??= schemaText().then((text) => JSON.parse(text) as JsonSchema)), parsed) as DocumentResult), text: read.text });
      continue;
    }
    const result = (await schemas()).DocumentResult.safeParse(parsed);
    if (!result.success) {
      problems.push({ file, reason: `not a document result: ${firstIssue(result.error.issues)}` });
      continue;
    }
    documents.push({ ...result.data, text: read.text });
  }
  return { documents, problems, persons: await readPersons(outDir, problems, written.persons) };
}

/** A schema check's first complaint, as `path message`. */
function firstIssue(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  return `${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim();
}

/** persons.json, or null when missing (the report then groups people by their record's key); checked unless `trusted` (this run wrote it). */
async function readPersons(outDir: string, problems: ReportProblem[], trusted: boolean): Promise<PersonAcross[] | null> {
  const text = await readText(join(outDir, "persons.json"));
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (trusted) return parsed as PersonAcross[];
    const [{ PersonAcross }, { z }] = await Promise.all([schemas(), import("zod")]);
    const checked = z.array(PersonAcross).safeParse(parsed);
    if (checked.success) return checked.data;
    problems.push({ file: "persons.json", reason: `not a list of persons: ${firstIssue(checked.error.issues)}` });
  } catch (error) {
    problems.push({ file: "persons.json", reason: error instanceof Error ? error.message : String(error) });
  }
  return null;
}
