/** Command-line flags, parsed with node:util's parseArgs (strict: unknown flags are errors). */
import { parseArgs } from "node:util";
import { RECORD_TYPES } from "../records.js";

/** Bad usage: the CLI prints it with the help hint and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

const STRING_FLAGS = [
  "out", "format", "concurrency", "timeout", "max-size", "max-pages", "date-order", "ocr-dpi",
  "expected", "actual", "min-f1", ...RECORD_TYPES.map((t) => `min-f1-${t}`),
];
const BOOLEAN_FLAGS = ["no-ocr", "no-report", "quiet", "verbose", "help", "version"];
const SHORT: Record<string, string> = { help: "h", version: "v", quiet: "q" };

export interface Flags {
  string(name: string): string | undefined;
  boolean(name: string): boolean;
}

export function parseFlags(argv: string[]): { flags: Flags; positionals: string[] } {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const name of STRING_FLAGS) options[name] = { type: "string" };
  for (const name of BOOLEAN_FLAGS) {
    const short = SHORT[name];
    options[name] = short ? { type: "boolean", short } : { type: "boolean" };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  return {
    positionals: parsed.positionals,
    flags: {
      string: (name) => (typeof values[name] === "string" ? (values[name] as string) : undefined),
      boolean: (name) => values[name] === true,
    },
  };
}
