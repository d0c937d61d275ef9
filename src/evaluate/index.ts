/**
 * `casebook eval`: scores actual results against expected records. Pure apart from reading
 * the two folders; the CLI prints `report` and sets the exit code from `ok`.
 */
import { RECORD_TYPES, type RecordType } from "../records.js";
import { evaluatePairs } from "./evaluate.js";
import { pairsByLanguage } from "./languages.js";
import { loadActual, loadExpected, pairDocuments } from "./load.js";
import { formatAttributes, formatListing, formatPerDocument, formatTable } from "./report.js";
import type { Scores } from "./types.js";

export { evaluateDocument } from "./document.js";
export { aggregate, evaluatePairs } from "./evaluate.js";
export { loadActual, loadExpected, pairDocuments, type LoadedActual, type Pair } from "./load.js";
export { formatAttributes, formatListing, formatPerDocument, formatTable, type Column } from "./report.js";
export type { Actual, DocumentEvaluation, Expected, Score, Scores } from "./types.js";

/** A minimum F1: one figure for the overall score, or per record type (and `overall`). */
export type MinF1 = number | Partial<Record<RecordType | "overall", number>>;

export interface EvalOptions {
  expected: string;
  actual: string;
  minF1?: MinF1;
  verbose?: boolean;
}

/** Lists every F1 below its minimum, e.g. `people F1 0.512 < 0.800`. */
export function checkMinima(scores: Scores, minF1: MinF1 | undefined): string[] {
  if (minF1 === undefined) return [];
  const minima: Partial<Record<RecordType | "overall", number>> = typeof minF1 === "number" ? { overall: minF1 } : minF1;
  const failures: string[] = [];
  for (const key of [...RECORD_TYPES, "overall"] as const) {
    const min = minima[key];
    if (min === undefined) continue;
    const f1 = key === "overall" ? scores.overall.f1 : scores.byType[key].f1;
    if (f1 < min) failures.push(`${key} F1 ${f1.toFixed(3)} < ${min.toFixed(3)}`);
  }
  return failures;
}

/** Reads both folders, scores them and returns the printable report; `ok` is false below a minimum. */
export async function runEval(options: EvalOptions): Promise<{ report: string; ok: boolean; scores: Scores }> {
  const actual = await loadActual(options.actual);
  const { pairs, unpaired } = pairDocuments(await loadExpected(options.expected), actual.results);
  const scores = evaluatePairs(pairs, unpaired);
  const failures = checkMinima(scores, options.minF1);
  const parts = [formatTable([{ label: "casebook", scores }]), formatAttributes(scores)];
  const languages = pairsByLanguage(pairs);
  if (languages.length > 1) {
    const columns = languages.map((group) => ({ label: `${group.language} (${group.pairs.length})`, scores: evaluatePairs(group.pairs) }));
    parts.push(`By language (documents):\n${formatTable(columns)}`);
  }
  if (actual.invalid.length) parts.push(`Not document results (ignored):\n  ${actual.invalid.join("\n  ")}`);
  const absent = scores.documents.filter((doc) => doc.actual === null).map((doc) => doc.document);
  if (absent.length) parts.push(`No actual file for: ${absent.join(", ")}`);
  if (options.verbose) parts.push(formatPerDocument(scores), formatListing(scores));
  parts.push(failures.length ? `FAILED: ${failures.join("; ")}` : `${pairs.length} documents scored`);
  return { report: parts.join("\n\n") + "\n", ok: failures.length === 0, scores };
}
