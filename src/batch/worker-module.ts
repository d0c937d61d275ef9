/**
 * The worker's module (the pipeline and the writers' formatting, in one file once built) and what
 * crosses to it: where it is, for a worker thread and for the main thread of a small batch
 * (main-thread.ts), without loading piscina.
 */
import { bundleOr } from "../bundle-url.js";
import type { ProcessOptions } from "../options.js";
import { runCached } from "./code-cache.js";
import type { BatchOptions } from "./processor.js";

/** The worker's module as a thread or the main thread loads it. */
export type WorkerModule = typeof import("./worker.js");

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
 * The module a worker thread runs: once built and fresh (see `loadWorkerModule`),
 * `worker-cached.js`, which runs the CommonJS bundle with its code cache as the main thread does;
 * else the module `workerUrl` names. `folder` is for tests.
 */
export function threadUrl(folder = new URL("./", import.meta.url)): URL {
  return cjsFresh(folder) ? new URL("worker-cached.js", folder) : workerUrl(folder);
}

/** Whether `worker.bundle.cjs` is there and at least as new as the compiled worker. */
function cjsFresh(folder: URL): boolean {
  const cjs = new URL("worker.bundle.cjs", folder);
  return bundleOr(new URL("worker.js", folder), cjs, new URL("worker.ts", folder)).href === cjs.href;
}

/**
 * The worker's module for the main thread (main-thread.ts) and for a thread (worker-cached.ts): once built, `worker.bundle.cjs` (the
 * ESM bundle's code as CommonJS, scripts/bundle-worker.ts) run with a V8 code cache
 * (code-cache.ts), whose cache is written after the first document (or task); else, or when that fails,
 * the module `workerUrl` names, imported. Note: the same date check as `workerUrl` (the CommonJS
 * bundle only when at least as new as `worker.js`); `import.meta.url` in it is the ESM bundle's URL,
 * so that it finds compromise, the schema and the packages where the ESM bundle does, and its lazy
 * packages are imported from here (scripts/lazy-imports.ts).
 */
export async function loadWorkerModule(folder = new URL("./", import.meta.url)): Promise<WorkerModule> {
  const cjs = new URL("worker.bundle.cjs", folder);
  // Note: like the import it replaces, the load waits for the main thread's own pending work
  // (the run's modules being read) instead of blocking it at once.
  await new Promise((resolve) => setImmediate(resolve));
  if (cjsFresh(folder)) {
    try {
      const globals = { __casebookUrl: new URL("worker.bundle.js", folder).href, __casebookImport: (specifier: string) => import(specifier) };
      const cached = runCached<WorkerModule>(cjs, globals);
      const { processDocument, default: processTask } = cached.exports;
      const saving =
        <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
        async (...args: A): Promise<R> => {
          try {
            return await f(...args);
          } finally {
            cached.save();
          }
        };
      return { ...cached.exports, processDocument: saving(processDocument), default: saving(processTask) };
    } catch {
      // Not readable or not runnable: the module a thread imports.
    }
  }
  return (await import(workerUrl(folder).href)) as WorkerModule;
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
