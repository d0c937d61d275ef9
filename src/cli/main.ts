/**
 * casebook's command line: a thin shell that parses flags, runs a command and sets the
 * exit code (0 all processed, 1 some documents failed or eval below minimum, 2 bad usage).
 */
import type { Flags } from "./flags.js";
import type { CommandName } from "./option-table.js";
import { parseCommandLine, UsageError } from "./flags.js";

type Command = (flags: Flags, positionals: string[]) => Promise<number>;

/**
 * Each command's module, loaded when that command runs. Note: not static imports, so that
 * `extract` starts its first worker thread before the main thread loads the batch, the writers
 * and zod (docs/performance.md, "Start-up"); the help texts load only for --help.
 */
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  extract: async () => (await import("./extract-command.js")).extractCommand,
  eval: async () => (await import("./eval-command.js")).evalCommand,
  merge: async () => (await import("./merge-command.js")).mergeCommand,
};

async function main(argv: string[]): Promise<number> {
  const { command, named, flags, positionals } = parseCommandLine(argv);
  if (flags.boolean("help")) {
    const { commandUsage, USAGE } = await import("./usage.js");
    console.log(named ? commandUsage(command) : USAGE);
    return 0;
  }
  if (flags.boolean("version")) {
    console.log((await import("../version.js")).VERSION);
    return 0;
  }
  // Note: `extract` starts its first worker thread itself, once its flags are checked and its
  // inputs hold a document (cli/extract-command.ts).
  const run = await COMMANDS[command]();
  return run(flags, positionals);
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
