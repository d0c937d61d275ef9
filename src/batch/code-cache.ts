/**
 * A CommonJS file run with a V8 code cache (issue 19): compiled through `vm.Script` with the
 * `cachedData` an earlier run wrote beside it, so that V8 takes the bytecode of every function the
 * earlier run compiled instead of parsing and compiling them again. Why: a one-letter run compiles
 * the worker's 1.7 MB bundle lazily while it imports it and reads its first letter; with the cache
 * the import and first letter cost ~12% less CPU (docs/performance.md, "Small batches, session 17").
 *
 * The cache is written on first use, never by the build nor committed: once the caller has run the
 * code (`save()`, after its first document, so that the functions that document compiled are in
 * it), to `<file>.<key>.cache`, where the key names Node's version and the process's flags, after
 * the SHA-256 of the source it was made from (a cache of another source is not used). V8 checks a
 * cache against its own version, its flags and the source's length and rejects one that does not
 * fit (`cachedDataRejected`); a rejected, missing or unreadable cache only costs the compile it
 * would have saved, and the cache is written again. A folder that cannot be written (a read-only
 * install) keeps no cache; nothing fails.
 */
import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { threadId } from "node:worker_threads";

/** A module run with a code cache, and the step that writes its cache once it has run. */
export interface CachedModule<T> {
  exports: T;
  /** Whether V8 took the cache found beside the file. */
  fromCache: boolean;
  /** Writes the cache when none was taken; once, never throws. */
  save(): void;
}

/** A flag of Node or V8 (`--max-old-space-size=1024`), not code given with `-e` or `-p`. */
const isFlag = (arg: string): boolean => arg.startsWith("--") && !/^--(?:eval|print)\b/u.test(arg);

/**
 * The cache file of `file` for this process: Node's version and the V8 flags given to it
 * (`execArgv`, NODE_OPTIONS) in its name, so that runs under other flags (the CLI's shebang, a test
 * run without them) each keep their own instead of overwriting one another's.
 */
export function cacheFileOf(file: string): string {
  const key = createHash("sha256")
    .update([process.version, process.arch, ...process.execArgv.filter(isFlag), process.env.NODE_OPTIONS ?? ""].join("\0"))
    .digest("hex")
    .slice(0, 12);
  return `${file}.${key}.cache`;
}

/** Bytes of the SHA-256 of the source that open a cache file. */
const DIGEST_BYTES = 32;

/**
 * V8's part of the cache written for `digest` (the source's SHA-256), or undefined when there is
 * none or it was written for another source. Note: V8 checks a cache against the source's length
 * only, not its text: a rebuilt bundle of the same length would run the old bundle's compiled
 * functions (tested), so each cache file opens with the digest of the source it was made from.
 */
function readCache(path: string, digest: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  return bytes.length > DIGEST_BYTES && bytes.subarray(0, DIGEST_BYTES).equals(digest) ? bytes.subarray(DIGEST_BYTES) : undefined;
}

/**
 * Runs the CommonJS file at `url` as Node would (`exports`, `require`, `module`, `__filename`,
 * `__dirname`) plus the `globals` given, by name, as further parameters of its function.
 * Note: code run by `vm.Script` has no `import()` on Node 20 (without `--experimental-vm-modules`);
 * a file that needs one calls a function given among `globals` (scripts/lazy-imports.ts).
 */
export function runCached<T>(url: URL, globals: Readonly<Record<string, unknown>> = {}): CachedModule<T> {
  const file = fileURLToPath(url);
  const cacheFile = cacheFileOf(file);
  const names = ["exports", "require", "module", "__filename", "__dirname", ...Object.keys(globals)];
  const source = `(function (${names.join(", ")}) {\n${readFileSync(file, "utf8")}\n})`;
  // Note: of the source as compiled, parameters included (another set of globals is another source).
  const digest = createHash("sha256").update(source).digest();
  const cachedData = readCache(cacheFile, digest);
  const script = new vm.Script(source, {
    filename: file,
    lineOffset: -1,
    cachedData,
  });
  const fromCache = cachedData !== undefined && script.cachedDataRejected === false;
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file), ...Object.values(globals));
  let saved = fromCache;
  return {
    exports: module.exports,
    fromCache,
    save(): void {
      if (saved) return;
      saved = true;
      // Note: threads of one process may write at once; each its own file, renamed into place.
      const temporary = `${cacheFile}.${process.pid}-${threadId}.tmp`;
      try {
        writeFileSync(temporary, Buffer.concat([digest, script.createCachedData()]));
        renameSync(temporary, cacheFile);
      } catch {
        rmSync(temporary, { force: true });
      }
    },
  };
}
