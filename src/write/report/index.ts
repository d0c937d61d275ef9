/**
 * The review report: `report/index.html`, one static page analysts open from the file system
 * to check each letter with its records marked in place. Built from the run's own output
 * files after the batch, so the batch never holds every document in memory.
 */
import { join } from "node:path";
import type { RunSummary } from "../../records.js";
import { writeFileAtomic } from "../atomic.js";
import { collectDocuments } from "./collect.js";
import { renderPage } from "./page.js";

/**
 * Reads `outDir/json` and `outDir/text` back — only the documents `ids` when given, so that
 * files left by an earlier run are not shown — and writes `outDir/report/index.html` atomically.
 */
export async function writeReport(outDir: string, summary: RunSummary, ids?: readonly string[]): Promise<void> {
  const documents = await collectDocuments(outDir, ids);
  await writeFileAtomic(join(outDir, "report", "index.html"), renderPage(summary, documents));
}
