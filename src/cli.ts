#!/usr/bin/env -S node --max-old-space-size=1024 --single-threaded-gc
/**
 * casebook's command line: a thin shell that parses flags, runs a command and sets the
 * exit code (0 all processed, 1 some documents failed or eval below minimum, 2 bad usage).
 */
import { evalCommand } from "./cli/eval-command.js";
import { extractCommand } from "./cli/extract-command.js";
import { parseCommandLine, UsageError } from "./cli/flags.js";
import { mergeCommand } from "./cli/merge-command.js";
import { commandUsage, USAGE } from "./cli/usage.js";
import { VERSION } from "./version.js";

const COMMANDS = { extract: extractCommand, eval: evalCommand, merge: mergeCommand } as const;

async function main(argv: string[]): Promise<number> {
  const { command, named, flags, positionals } = parseCommandLine(argv);
  if (flags.boolean("help")) {
    console.log(named ? commandUsage(command) : USAGE);
    return 0;
  }
  if (flags.boolean("version")) {
    console.log(VERSION);
    return 0;
  }
  return COMMANDS[command](flags, positionals);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      const help = error.help === null ? "" : `\nRun 'casebook${error.help === "casebook" ? "" : ` ${error.help}`} --help' for usage.`;
      console.error(`casebook: ${error.message}${help}`);
      process.exitCode = 2;
    } else {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 70;
    }
  },
);
