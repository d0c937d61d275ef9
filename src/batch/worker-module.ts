/**
 * The worker's module (the pipeline and the writers' formatting, in one file once built) and what
 * crosses to it: where it is, for a worker thread and for the main thread of a small batch
 * (main-thread.ts), without loading piscina.
 */
import { bundleOr } from "../bundle-url.js";
import type { ProcessOptions } from "../options.js";
import type { BatchOptions } from "./processor.js";

/**
 * The worker module beside this one: once compiled, `worker.bundle.js` (the worker and what it
 * imports in one file, scripts/bundle-worker.ts) when it is at least as new as `worker.js`, else
 * `worker.js`; under vitest or tsx, where this file is the .ts source, `worker.ts`, loaded
 * through tsx (a dev dependency). Note: the date check keeps a tsc-only build from running the
 * code of an older bundle. `folder` is for tests.
 */
export function workerUrl(folder = new URL("./", import.meta.url)): URL {
  return bundleOr(new URL("worker.js", folder), new URL("worker.bundle.js", folder), new URL("worker.ts", folder));
}

/**
 * Only the options a worker needs, without the batch's own (functions and signals such
 * as a caller's `onDocument` cannot be cloned to another thread).
 */
export function workerOptions(options: BatchOptions): ProcessOptions {
  const entries = Object.entries(options).filter(
    ([key, value]) =>
      key !== "concurrency" && key !== "timeoutMs" && typeof value !== "function" && !(value instanceof EventTarget),
  );
  return Object.fromEntries(entries) as unknown as ProcessOptions;
}
