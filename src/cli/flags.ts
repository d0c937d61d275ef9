/**
 * The command line, parsed with node:util's parseArgs against the option table, then checked
 * here so that every mistake reads as one line a person can act on: the unknown option with
 * the closest real one, the option that needs a value, the option of another command.
 */
import { parseArgs } from "node:util";
import { OPTIONS, optionsOf, type CommandName, type OptionRow } from "./option-table.js";
import { suggest } from "./suggest.js";

/** Bad usage: the CLI prints `casebook: <message>` (and the help hint when given) and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
  /** The command whose help to point to, or null for a mistake the help does not explain. */
  readonly help: CommandName | "casebook" | null;

  constructor(message: string, help: CommandName | "casebook" | null = null) {
    super(message);
    this.help = help;
  }
}

export const COMMAND_NAMES: readonly CommandName[] = ["extract", "eval", "merge"];

export interface Flags {
  string(name: string): string | undefined;
  boolean(name: string): boolean;
}

export interface CommandLine {
  /** The command named, or `extract` when none is. */
  command: CommandName;
  /** True when a command was named explicitly (its help is shown for `--help`). */
  named: boolean;
  flags: Flags;
  /** Positional arguments after the command name. */
  positionals: string[];
}

const BY_NAME = new Map(OPTIONS.map((o) => [o.name, o]));

function chooseCommand(positionals: string[]): { command: CommandName; named: boolean; rest: string[] } {
  const [first, ...rest] = positionals;
  if (first === undefined) return { command: "extract", named: false, rest: [] };
  if ((COMMAND_NAMES as readonly string[]).includes(first)) return { command: first as CommandName, named: true, rest };
  const near = suggest(first, COMMAND_NAMES);
  const hint = near ? `did you mean ${near}?` : /[./\\]|^-$/.test(first) ? `to read it: casebook extract ${first}` : null;
  throw new UsageError(`unknown command ${first}${hint ? ` (${hint})` : ""}`, "casebook");
}

/** Parses `argv` (without node and the script) into the command, its flags and positionals. */
export function parseCommandLine(argv: string[]): CommandLine {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const o of OPTIONS) options[o.name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  // Note: strict off so that every unknown option is seen here, where it gets a suggestion,
  // instead of parseArgs' own message (with its unbalanced quotes) for the first one.
  const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  // Note: an unknown option is reported before an unknown command, since the value it was
  // meant to take (`--outt DIR`) is then read as the command.
  let chosen: ReturnType<typeof chooseCommand> | UsageError;
  try {
    chosen = chooseCommand(parsed.positionals);
  } catch (error) {
    chosen = error as UsageError;
  }
  const scope = chosen instanceof UsageError ? null : chosen.command;
  const known = (scope ? optionsOf(scope) : OPTIONS).map((o) => `--${o.name}`);
  for (const token of parsed.tokens) {
    if (token.kind !== "option" || BY_NAME.has(token.name)) continue;
    const shown = token.rawName.startsWith("--") ? `--${token.name}` : token.rawName;
    const near = token.rawName.startsWith("--") ? suggest(shown, known) : undefined;
    throw new UsageError(`unknown option ${shown}${near ? ` (did you mean ${near}?)` : ""}`, scope ?? "casebook");
  }
  if (chosen instanceof UsageError) throw chosen;
  const { command, named, rest } = chosen;
  const allowed = optionsOf(command);
  for (const token of parsed.tokens) {
    if (token.kind !== "option") continue;
    const row = BY_NAME.get(token.name) as OptionRow;
    const shown = token.rawName.startsWith("--") ? `--${token.name}` : token.rawName;
    if (!allowed.includes(row)) {
      throw new UsageError(`${shown} is an option of casebook ${row.commands.join(", ")}, not of ${command}`, command);
    }
    if (row.type === "string") {
      const value = token.value;
      const takenOption = !token.inlineValue && value !== undefined && value.startsWith("--") && BY_NAME.has(value.slice(2).split("=")[0] ?? "");
      if (value === undefined || takenOption) throw new UsageError(`option ${shown} needs a value (${shown} ${row.value ?? "VALUE"})`, command);
    } else if (token.value !== undefined) {
      throw new UsageError(`option ${shown} takes no value`, command);
    }
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  return {
    command,
    named,
    positionals: rest,
    flags: {
      string: (name) => (typeof values[name] === "string" ? (values[name] as string) : undefined),
      boolean: (name) => values[name] === true,
    },
  };
}
