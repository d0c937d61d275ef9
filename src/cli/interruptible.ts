/**
 * What `extract` and `merge` share around a run: a progress bar, Ctrl-C (SIGINT) stopping the
 * run through an AbortSignal, and the exit code 130 of an interrupted run (files already
 * committed stay, unfinished ones are dropped: run.ts). With `--stdout`, a reader that stops
 * early (`| head`) closes the pipe; the run then stops quietly with exit code 0.
 */
import type { Processed } from "../pipeline.js";
import { createProgress } from "./progress.js";

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
  const interrupt = (): void => controller.abort(new Error("interrupted"));
  let pipeClosed = false;
  const closed = (error: NodeJS.ErrnoException): void => {
    if (error.code !== "EPIPE") throw error;
    pipeClosed = true;
    controller.abort(error);
  };
  process.once("SIGINT", interrupt);
  if (stdout) process.stdout.on("error", closed);
  try {
    const value = await run({ signal: controller.signal, onDocument: (processed, done, total) => progress.tick(done, total, processed.result.document.id) });
    progress.stop();
    return { value };
  } catch (error) {
    progress.stop();
    if (pipeClosed) return { code: 0 };
    if (controller.signal.aborted) {
      console.error("interrupted: unfinished files were not written");
      return { code: 130 };
    }
    throw error;
  } finally {
    process.off("SIGINT", interrupt);
  }
}
