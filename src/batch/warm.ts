/**
 * What the main thread loads while the first worker thread starts, because every run with a
 * document read needs it right after that document: the persons stage's country table
 * (~50–90 ms of CPU). Loaded on first use instead, it sat between the first document's result
 * and the files (issue 19). Note: not the database's native module (~30 ms): a native addon
 * loaded while a worker thread starts is the one change of session 9 that could explain three
 * runs that died by a signal (1 in ~40), so it stays loaded on first use.
 */
import { preloadCountries } from "../persons/country.js";

/** Loads them; called once the pool starts, while the main thread would only wait. */
export function warmMainThread(): void {
  try {
    preloadCountries();
  } catch {
    // Note: run from a timer, a throw would end the process; the stage meets the same error where it is handled.
  }
}
