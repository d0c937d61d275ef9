/** `casebook eval`: score a run's records against expected ones. */
import { stat } from "node:fs/promises";
import { checkMinima, runEval } from "../evaluate/index.js";
import { metricsJson } from "../evaluate/report.js";
import { RECORD_TYPES, type RecordType } from "../records.js";
import { writeFileAtomic } from "../write/atomic.js";
import { formatJson } from "../write/json.js";
import { UsageError, type Flags } from "./flags.js";

function threshold(flags: Flags, name: string): number | undefined {
  const value = flags.string(name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--${name} needs a number from 0 to 1, not "${value}"`, "eval");
  return n;
}

/** Fails with one line when `dir` is missing or not a folder. */
async function requireFolder(flag: string, dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new UsageError(`${dir} not found (--${flag})`);
  if (!info.isDirectory()) throw new UsageError(`${dir} is not a folder (--${flag})`);
}

/**
 * A file the evaluation could not read or parse is the user's data, not a bug: one line, exit 2.
 * Note: loadExpected names the file in its own errors; JSON.parse's do not, hence the folders.
 */
function readingError(error: unknown, expected: string, actual: string): UsageError | null {
  if (!(error instanceof Error)) return null;
  if (error instanceof SyntaxError) return new UsageError(`a JSON file in ${expected} does not parse: ${error.message}`);
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code === "string" && code.startsWith("E")) return new UsageError(`cannot read ${expected} or ${actual}: ${error.message}`);
  if (error.message.includes("not an expected-records file")) return new UsageError(error.message.split("\n")[0] ?? error.message);
  return null;
}

export async function evalCommand(flags: Flags, positionals: string[]): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`eval takes no paths (got ${positionals.join(" ")}); use --expected DIR --actual DIR`, "eval");
  const expected = flags.string("expected");
  const actual = flags.string("actual");
  if (!expected || !actual) throw new UsageError("eval needs --expected DIR and --actual DIR", "eval");
  const minima: Partial<Record<RecordType | "overall", number>> = {};
  for (const type of RECORD_TYPES) {
    const value = threshold(flags, `min-f1-${type}`);
    if (value !== undefined) minima[type] = value;
  }
  const overall = threshold(flags, "min-f1");
  if (overall !== undefined) minima.overall = overall;
  const json = flags.string("json");
  await requireFolder("expected", expected);
  await requireFolder("actual", actual);
  let outcome;
  try {
    outcome = await runEval({ expected, actual, minF1: minima, verbose: flags.boolean("verbose") });
  } catch (error) {
    throw readingError(error, expected, actual) ?? error;
  }
  const { report, ok, scores } = outcome;
  if (scores.documents.length === 0) throw new UsageError(`no expected-records files (JSON with a "document" field) in ${expected}`);
  // Note: with `--json -` standard output carries the JSON alone, so the table goes to stderr.
  if (json === "-") {
    process.stderr.write(report);
    process.stdout.write(formatJson(metricsJson(scores, minima, checkMinima(scores, minima))));
  } else {
    if (json !== undefined) await writeFileAtomic(json, formatJson(metricsJson(scores, minima, checkMinima(scores, minima))));
    process.stdout.write(report);
  }
  return ok ? 0 : 1;
}
