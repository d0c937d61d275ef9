/** Progress on a terminal (a bar on stderr), nothing when piped or quiet. */

export interface Progress {
  tick(done: number, total: number, id: string): void;
  stop(): void;
}

/**
 * Note: cli-progress is loaded only for a bar (~40–80 ms of the main thread's start, issue 19):
 * `--quiet`, a pipe, CI and the benchmark never draw one.
 */
export async function createProgress(enabled: boolean): Promise<Progress> {
  if (!enabled || !process.stderr.isTTY) return { tick() {}, stop() {} };
  const { default: cliProgress } = await import("cli-progress");
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "{bar} {value}/{total} documents | {id}", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    tick(done, total, id) {
      if (!started) {
        bar.start(total, 0, { id: "" });
        started = true;
      }
      bar.update(done, { id });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
