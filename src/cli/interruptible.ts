/**
 * What `extract` and `merge` share around a run: a progress bar, Ctrl-C (SIGINT) — or SIGTERM,
 * SIGHUP — stopping the run through an AbortSignal, and the exit code 128 + the signal's number
 * (130, 143, 129) of a run so stopped (files already committed stay, unfinished ones are dropped:
 * run.ts). With `--stdout`, a reader that stops early (`| head`) closes the pipe; the run then
 * stops quietly with exit code 0.
 */
import { constants } from "node:os";
import type { Processed } from "../pipeline.js";
import { createProgress } from "./progress.js";

/**
 * The signals that stop a run cleanly. Note: SIGTERM (`kill`, a job scheduler's stop, a CI
 * runner's cancel) and SIGHUP (a closed terminal) ended the process at once by default, with no
 * word on standard error; handled, the run says what stopped it and ends as Ctrl-C does. A second
 * signal of the same kind ends the process at once.
 */
const STOPPING = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
type Stopping = (typeof STOPPING)[number];

/** What the run says when a signal stops it. */
const stoppedText = (signal: Stopping): string => (signal === "SIGINT" ? "interrupted" : `stopped by ${signal}`);

/** What the run is handed: the signal that stops it and the callback that moves the bar. */
export interface RunHooks {
  signal: AbortSignal;
  onDocument: (processed: Processed, done: number, total: number) => void;
}

/** How a run ended: its value, or the exit code of a run stopped by Ctrl-C or a closed pipe. */
export type Outcome<T> = { value: T } | { code: number };

export async function runInterruptible<T>(run: (hooks: RunHooks) => Promise<T>, { quiet, stdout = false }: { quiet: boolean; stdout?: boolean }): Promise<Outcome<T>> {
  const progress = await createProgress(!quiet);
  const controller = new AbortController();
  let stoppedBy: Stopping | null = null;
  const handlers = STOPPING.map((signal) => {
    const handler = (): void => {
      stoppedBy ??= signal;
      controller.abort(new Error(stoppedText(signal)));
    };
    return [signal, handler] as const;
  });
  let pipeClosed = false;
  const closed = (error: NodeJS.ErrnoException): void => {
    if (error.code !== "EPIPE") throw error;
    pipeClosed = true;
    controller.abort(error);
  };
  for (const [signal, handler] of handlers) process.once(signal, handler);
  if (stdout) process.stdout.on("error", closed);
  try {
    const value = await run({ signal: controller.signal, onDocument: (processed, done, total) => progress.tick(done, total, processed.result.document.id) });
    progress.stop();
    return { value };
  } catch (error) {
    progress.stop();
    if (pipeClosed) return { code: 0 };
    if (controller.signal.aborted) {
      const signal = stoppedBy ?? "SIGINT";
      console.error(`${stoppedText(signal)}: unfinished files were not written`);
      return { code: 128 + constants.signals[signal] };
    }
    throw error;
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
}
