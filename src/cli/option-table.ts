/**
 * Every command-line option, once: the parser, the per-command help and the "did you mean"
 * suggestions all read this table, so an option added here is parsed, checked and documented.
 */
import { RECORD_TYPES } from "../records-plain.js";

export type CommandName = "extract" | "eval" | "merge";

export interface OptionRow {
  name: string;
  type: "string" | "boolean";
  /** The commands that take it; empty for the global ones (help, version). */
  commands: readonly CommandName[];
  /** What its value looks like in the help (`DIR`, `N`); string options only. */
  value?: string;
  short?: string;
  help: string;
  /** Left out of the help, which describes it on another row (`--min-f1-<type>`). */
  hidden?: boolean;
  /** How the help writes the flag, when not `--name VALUE`. */
  display?: string;
}

const EXTRACT = ["extract"] as const;
const EVAL = ["eval"] as const;
const MERGE = ["merge"] as const;
/** Options of both extract and merge: what is written, and how much is said. */
const WRITE = ["extract", "merge"] as const;

export const OPTIONS: readonly OptionRow[] = [
  { name: "out", type: "string", commands: WRITE, value: "DIR", help: "where to write (default: output/; merge: required)" },
  { name: "format", type: "string", commands: WRITE, value: "LIST", help: "json,csv,jsonl,sqlite (default: json,csv; merge: the runs')" },
  { name: "csv-bom", type: "boolean", commands: WRITE, help: "start each CSV with a UTF-8 byte-order mark (for Excel)" },
  { name: "stdout", type: "boolean", commands: EXTRACT, help: "write the records as JSON Lines to standard output, no files" },
  { name: "name", type: "string", commands: EXTRACT, value: "ID", help: "the id of a document read from standard input (default: stdin)" },
  { name: "concurrency", type: "string", commands: EXTRACT, value: "N", help: "documents processed at once, on worker threads (default: cores)" },
  { name: "timeout", type: "string", commands: EXTRACT, value: "S", help: "per-document time limit in seconds (default: 60)" },
  { name: "max-size", type: "string", commands: EXTRACT, value: "MB", help: "larger files fail with TOO_LARGE (default: 25)" },
  { name: "max-pages", type: "string", commands: EXTRACT, value: "N", help: "PDFs with more pages fail with PDF_TOO_MANY_PAGES (default: 2000)" },
  { name: "date-order", type: "string", commands: EXTRACT, value: "ORDER", help: "numeric dates: dmy, mdy or auto (default: auto, decided per document)" },
  { name: "language", type: "string", commands: EXTRACT, value: "CODE", help: "the documents' language, ISO 639-1: en, fr, es (default: detected per document)" },
  { name: "no-ocr", type: "boolean", commands: EXTRACT, help: "do not OCR scanned pages and images" },
  { name: "ocr-dpi", type: "string", commands: EXTRACT, value: "N", help: "render resolution for OCR (default: 300)" },
  { name: "incremental", type: "boolean", commands: EXTRACT, help: "reuse what the last run into --out found in unchanged documents" },
  { name: "shard", type: "string", commands: EXTRACT, value: "i/N", help: "process part i of N (auto/N: i from JOB_COMPLETION_INDEX, 0-based)" },
  { name: "no-report", type: "boolean", commands: WRITE, help: "do not write output/report/index.html" },
  { name: "allow-partial", type: "boolean", commands: MERGE, help: "merge even when shards are missing (run.json names them)" },
  { name: "quiet", type: "boolean", commands: WRITE, short: "q", help: "print nothing but errors" },
  { name: "expected", type: "string", commands: EVAL, value: "DIR", help: "expected records (one JSON per document)" },
  { name: "actual", type: "string", commands: EVAL, value: "DIR", help: "a run's output folder (its json/ files) or a folder of result JSON" },
  { name: "json", type: "string", commands: EVAL, value: "FILE", help: "also write the metrics as JSON to FILE (- for standard output)" },
  { name: "min-f1", type: "string", commands: EVAL, value: "X", help: "exit 1 if the overall F1 is below X" },
  ...RECORD_TYPES.map(
    (type, i): OptionRow => ({
      name: `min-f1-${type}`,
      type: "string",
      commands: EVAL,
      value: "X",
      help: `the same for one record type (${RECORD_TYPES.join(", ")})`,
      display: "--min-f1-<type> X",
      hidden: i > 0,
    }),
  ),
  { name: "verbose", type: "boolean", commands: EVAL, help: "list what was missed and what was extra, per document" },
  { name: "help", type: "boolean", commands: [], short: "h", help: "show this help" },
  { name: "version", type: "boolean", commands: [], short: "v", help: "show the version" },
];

/** The options `command` takes, global ones included. */
export function optionsOf(command: CommandName): OptionRow[] {
  return OPTIONS.filter((o) => o.commands.length === 0 || o.commands.includes(command));
}
