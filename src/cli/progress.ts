/** Progress on a terminal (a bar on stderr), nothing when piped or quiet. */
import cliProgress from "cli-progress";

export interface Progress {
  tick(done: number, total: number, id: string): void;
  stop(): void;
}

export function createProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { tick() {}, stop() {} };
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
