/**
 * What the main thread loads while the first worker thread starts, because every run with a
 * document read needs it right after that document: the persons stage's country table
 * (~50–90 ms of CPU) and its database's native module (~30 ms). Loaded on their first use
 * instead, they sat between the first document's result and the files (issue 19).
 */
import { createRequire } from "node:module";
import { preloadCountries } from "../persons/country.js";

/** Loads them; called once the pool starts, while the main thread would only wait. */
export function warmMainThread(): void {
  try {
    preloadCountries();
    // Note: the persons store (src/persons/store.ts) requires it on the first document.
    createRequire(import.meta.url)("better-sqlite3");
  } catch {
    // Note: run from a timer, a throw would end the process; the stage meets the same error where it is handled.
  }
}
