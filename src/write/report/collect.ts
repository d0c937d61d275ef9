/**
 * Reads a run's per-document output back (`json/**\/*.json` and `text/**\/*.txt`) into the
 * data the report page embeds. Files are read one at a time, in sorted order.
 */
import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { z } from "zod";
import { DocumentResult, PersonAcross } from "../../records.js";

/** One letter as the page sees it: its result plus the normalised text (null if missing). */
export interface ReportDocument extends DocumentResult {
  text: string | null;
}

/** A per-document file the report could not use, and why. */
export interface ReportProblem {
  file: string;
  reason: string;
}

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

/**
 * Loads the document results under `outDir/json` with their texts from `outDir/text`: those
 * of `ids` when given (a run's own documents, in its order), else every file found there.
 */
export async function collectDocuments(outDir: string, ids?: readonly string[]): Promise<ReportDocuments> {
  const jsonDir = join(outDir, "json");
  const documents: ReportDocument[] = [];
  const problems: ReportProblem[] = [];
  const paths = ids ? ids.map((id) => join(jsonDir, `${id}.json`)) : await jsonFiles(jsonDir);
  for (const path of paths) {
    // Note: the id is the file's path under json/ minus ".json", the same rule the JSON
    // writer uses, so the text is found even if the record's own id is odd.
    const id = relative(jsonDir, path).split(sep).join("/").slice(0, -".json".length);
    const file = `json/${id}.json`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(path, "utf8"));
    } catch (error) {
      problems.push({ file, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const result = DocumentResult.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0];
      problems.push({ file, reason: `not a document result: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim() });
      continue;
    }
    documents.push({ ...result.data, text: await readText(join(outDir, "text", `${id}.txt`)) });
  }
  return { documents, problems, persons: await readPersons(outDir, problems) };
}

/** persons.json, or null when missing (the report then groups people by their record's key). */
async function readPersons(outDir: string, problems: ReportProblem[]): Promise<PersonAcross[] | null> {
  const text = await readText(join(outDir, "persons.json"));
  if (text === null) return null;
  try {
    const parsed = z.array(PersonAcross).safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    problems.push({ file: "persons.json", reason: `not a list of persons: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim() });
  } catch (error) {
    problems.push({ file: "persons.json", reason: error instanceof Error ? error.message : String(error) });
  }
  return null;
}
