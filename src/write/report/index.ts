/**
 * The review report: `report/index.html`, one static page analysts open from the file system
 * to check each letter with its records marked in place. Built from the run's own output
 * files after the batch, so the batch never holds every document in memory.
 */
import { join } from "node:path";
import type { RunSummary } from "../../records.js";
import { writeFileAtomic } from "../atomic.js";
import { collectDocuments, type Written } from "./collect.js";
import { renderPage } from "./page.js";

/**
 * Reads `outDir/json` and `outDir/text` back — only the documents `ids` when given, so that
 * files left by an earlier run are not shown — and writes `outDir/report/index.html` atomically.
 * `written`: the files this run wrote itself, read without the schema's check (collect.ts).
 */
export async function writeReport(outDir: string, summary: RunSummary, ids?: readonly string[], written?: Written): Promise<void> {
  const documents = await collectDocuments(outDir, ids, written);
  await writeFileAtomic(join(outDir, "report", "index.html"), renderPage(summary, documents));
}
