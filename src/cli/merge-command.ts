/** `casebook merge OUT... --out DIR`: combine the outputs of shards or other runs (docs/scaling.md). */
import { MergeError, mergeRuns, planMerge } from "../batch/merge.js";
import { formats, summaryLines } from "./extract-command.js";
import { UsageError, type Flags } from "./flags.js";
import { runInterruptible } from "./interruptible.js";

/** Runs the command; returns the exit code (2 when the runs cannot be merged). */
export async function mergeCommand(flags: Flags, positionals: string[]): Promise<number> {
  const out = flags.string("out");
  if (out === undefined) throw new UsageError("merge needs --out DIR, the folder to write the merged output to", "merge");
  if (positionals.length === 0) throw new UsageError("merge needs the output folders of the runs to merge", "merge");
  const quiet = flags.boolean("quiet");
  const format = flags.string("format");
  const outcome = await runInterruptible(async (hooks) => {
    try {
      const plan = await planMerge(positionals, { out, allowPartial: flags.boolean("allow-partial") });
      return await mergeRuns(plan, {
        out,
        ...(format !== undefined ? { formats: formats(format) } : {}),
        ...(flags.boolean("csv-bom") ? { csvBom: true } : {}),
        ...(flags.boolean("no-report") ? { report: false } : {}),
        ...hooks,
      });
    } catch (error) {
      if (error instanceof MergeError) throw new UsageError(error.message);
      throw error;
    }
  }, { quiet });
  if ("code" in outcome) return outcome.code;
  const summary = outcome.value;
  const merge = summary.merge;
  if (merge && merge.missing_shards.length > 0) {
    console.error(`casebook: merged without shard${merge.missing_shards.length > 1 ? "s" : ""} ${merge.missing_shards.join(", ")} (${merge.missing_documents} documents missing)`);
  }
  if (!quiet) process.stdout.write(summaryLines(summary, `${out}/`).replace(/ in /, ` merged from ${positionals.length} runs in `));
  return summary.failed > 0 ? 1 : 0;
}
