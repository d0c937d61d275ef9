/** `casebook merge OUT... --out DIR`: combine the outputs of shards or other runs (docs/scaling.md). */
import { MergeError, mergeRuns, planMerge } from "../batch/merge.js";
import type { RunSummary } from "../records.js";
import { formats, summaryLines } from "./extract-command.js";
import { UsageError, type Flags } from "./flags.js";
import { createProgress } from "./progress.js";

/** Runs the command; returns the exit code (2 when the runs cannot be merged). */
export async function mergeCommand(flags: Flags, positionals: string[]): Promise<number> {
  const out = flags.string("out");
  if (out === undefined) throw new UsageError("merge needs --out DIR, the folder to write the merged output to", "merge");
  if (positionals.length === 0) throw new UsageError("merge needs the output folders of the runs to merge", "merge");
  const quiet = flags.boolean("quiet");
  const format = flags.string("format");
  let summary: RunSummary;
  const progress = createProgress(!quiet);
  const controller = new AbortController();
  const interrupt = (): void => controller.abort(new Error("interrupted"));
  process.once("SIGINT", interrupt);
  try {
    const plan = await planMerge(positionals, { out, allowPartial: flags.boolean("allow-partial") });
    summary = await mergeRuns(plan, {
      out,
      ...(format !== undefined ? { formats: formats(format) } : {}),
      ...(flags.boolean("csv-bom") ? { csvBom: true } : {}),
      ...(flags.boolean("no-report") ? { report: false } : {}),
      signal: controller.signal,
      onDocument: (processed, done, total) => progress.tick(done, total, processed.result.document.id),
    });
  } catch (error) {
    progress.stop();
    if (error instanceof MergeError) throw new UsageError(error.message);
    if (controller.signal.aborted) {
      console.error("interrupted: unfinished files were not written");
      return 130;
    }
    throw error;
  } finally {
    process.off("SIGINT", interrupt);
  }
  progress.stop();
  const merge = summary.merge;
  if (merge && merge.missing_shards.length > 0) {
    console.error(`casebook: merged without shard${merge.missing_shards.length > 1 ? "s" : ""} ${merge.missing_shards.join(", ")} (${merge.missing_documents} documents missing)`);
  }
  if (!quiet) process.stdout.write(summaryLines(summary, `${out}/`).replace(/ in /, ` merged from ${positionals.length} runs in `));
  return summary.failed > 0 ? 1 : 0;
}
