/** `casebook eval`: score a run's records against expected ones. */
import { runEval } from "../evaluate/index.js";
import { RECORD_TYPES } from "../records.js";
import { UsageError, type Flags } from "./flags.js";

function threshold(flags: Flags, name: string): number | undefined {
  const value = flags.string(name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--${name} needs a number from 0 to 1`);
  return n;
}

export async function evalCommand(flags: Flags, _positionals: string[]): Promise<number> {
  const expected = flags.string("expected");
  const actual = flags.string("actual");
  if (!expected || !actual) throw new UsageError("eval needs --expected DIR and --actual DIR");
  const perType: Record<string, number> = {};
  for (const type of RECORD_TYPES) {
    const value = threshold(flags, `min-f1-${type}`);
    if (value !== undefined) perType[type] = value;
  }
  const overall = threshold(flags, "min-f1");
  const { report, ok } = await runEval({
    expected,
    actual,
    minF1: { ...perType, ...(overall === undefined ? {} : { overall }) },
    verbose: flags.boolean("verbose"),
  });
  console.log(report);
  return ok ? 0 : 1;
}
