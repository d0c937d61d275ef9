/** The CLI's help texts, generated from the option table: the whole CLI's, and each command's. */
import { OPTIONS, type CommandName, type OptionRow } from "./option-table.js";

const SUMMARY: Record<CommandName, { synopsis: string; line: string; about: string }> = {
  extract: {
    synopsis: "casebook extract [PATH...] [options]",
    line: "Extract records from letters (files, folders or -; default: input/)",
    about:
      "Extract records from letters: files or folders (walked recursively; default: input/),\n" +
      "or - for one document read from standard input.",
  },
  eval: {
    synopsis: "casebook eval --expected DIR --actual DIR [options]",
    line: "Compare extracted records with expected ones",
    about: "Compare extracted records with expected ones: P/R/F1 per record type and overall.",
  },
  merge: {
    synopsis: "casebook merge OUT... --out DIR [options]",
    line: "Combine the outputs of shards (or runs over other documents) into one",
    about:
      "Combine the output folders of runs over disjoint documents — the shards of one input\n" +
      "(--shard i/N) or runs over other inputs — into one, as a single run would have written it.",
  },
};

const EXIT_CODES = `Exit codes: 0 all documents processed; 1 some documents failed (the rest were written),
or eval below its minimum; 2 bad usage, no input, or runs that cannot be merged; 130 interrupted.`;

function line(o: OptionRow): string {
  const flag = o.display ?? `--${o.name}${o.value ? ` ${o.value}` : ""}`;
  const lead = o.short ? `-${o.short}, ${flag}` : `    ${flag}`;
  return `  ${lead.padEnd(24)}${lead.length >= 24 ? " " : ""}${o.help}`;
}

function lines(rows: readonly OptionRow[]): string {
  return rows
    .filter((o) => !o.hidden)
    .map(line)
    .join("\n");
}

const ofCommand = (command: CommandName): OptionRow[] => OPTIONS.filter((o) => o.commands.includes(command));
const GLOBAL = OPTIONS.filter((o) => o.commands.length === 0);

/** `casebook --help`: both commands and all their options. */
export const USAGE = `Usage: casebook <command> [options]

Commands:
  extract [PATH...]   ${SUMMARY.extract.line}
  eval                ${SUMMARY.eval.line}
  merge OUT...        ${SUMMARY.merge.line}

extract options:
${lines(ofCommand("extract"))}

eval options:
${lines(ofCommand("eval"))}

merge options:
${lines(ofCommand("merge"))}

${lines(GLOBAL)}

${EXIT_CODES}`;

/** `casebook <command> --help`: that command's options only. */
export function commandUsage(command: CommandName): string {
  const { synopsis, about } = SUMMARY[command];
  return `Usage: ${synopsis}

${about}

Options:
${lines(ofCommand(command))}
${lines(GLOBAL)}

${EXIT_CODES}`;
}
