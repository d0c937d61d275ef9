/**
 * What the main thread loads while the first worker thread starts or reads its first document,
 * because every run with a document read needs it right after that document; loaded on first
 * use instead, it sat between the first document's result and the files (issue 19).
 */
import { preloadCountries } from "../persons/country.js";
import { PersonStore } from "../persons/store.js";

/** Runs `load`; a throw is left for the stage that meets the same error where it is handled. */
function quietly(load: () => void): void {
  try {
    load();
  } catch {
    // Note: run from a timer, a throw would end the process.
  }
}

/** The persons stage's country table (~50–90 ms of CPU); called once the pool starts, while the main thread would only wait. */
export function warmMainThread(): void {
  quietly(preloadCountries);
}

/**
 * better-sqlite3 and its native module, which the persons stage's store opens at the first
 * document (~15–35 ms of wall time at load 10, on the path from that document's result to its
 * files). Called once the first worker thread has loaded its module, not while it starts: session
 * 9 suspected a native addon loaded beside a starting thread of three runs that died by a signal;
 * session 10 found another cause and 0 deaths in 82 runs with it preloaded even then
 * (docs/performance.md, "Deaths by a signal"), but after the load costs nothing.
 */
export function warmDatabase(): void {
  quietly(() => PersonStore.preload());
}
