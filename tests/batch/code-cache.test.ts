/**
 * The worker's bundle run with a V8 code cache on the main thread of a small batch
 * (src/batch/code-cache.ts, src/batch/worker-module.ts, issue 19): the cache is written after a
 * first run and taken by the next, one that does not fit is set aside and written again, and the
 * CommonJS bundle gives the ESM bundle's records; compromise's prebuilt file keeps a cache of its own.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheFileOf, runCached } from "../../src/batch/code-cache.js";
import { loadWorkerModule } from "../../src/batch/worker-module.js";
import { ROOT } from "../helpers/cli.js";

// A made-up CommonJS module: a function worth caching, require(), a given URL and a given import function.
const MODULE = `"use strict";
const { basename } = require("node:path");
exports.name = basename(__filename);
exports.where = typeof __placeUrl === "string" ? __placeUrl : null;
exports.weigh = (words) => words.split(/\\s+/u).filter((word) => /^\\p{Lu}/u.test(word)).length;
exports.later = () => __later("node:os").then((os) => typeof os.cpus);
`;

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "casebook-code-cache-"));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

interface Made {
  name: string;
  where: string | null;
  weigh(words: string): number;
  later(): Promise<string>;
}

describe("runCached", () => {
  it("runs a CommonJS file with require and the given globals (a URL, an import function)", async () => {
    const file = join(folder, "plain.cjs");
    await writeFile(file, MODULE);
    const made = runCached<Made>(pathToFileURL(file), { __placeUrl: "file:///somewhere/else.js", __later: (specifier: string) => import(specifier) });
    expect(made.exports.name).toBe("plain.cjs");
    expect(made.exports.where).toBe("file:///somewhere/else.js");
    expect(made.exports.weigh("Amara Diallo met Tomasz in Kraków")).toBe(4);
    expect(await made.exports.later()).toBe("function");
    expect(made.fromCache).toBe(false);
  });

  it("writes the cache after a run and takes it at the next load, with the same results", async () => {
    const file = join(folder, "cached.cjs");
    await writeFile(file, MODULE);
    const first = runCached<Made>(pathToFileURL(file));
    expect(first.exports.weigh("Ngozi and Sipho of the Union")).toBe(3);
    expect(existsSync(cacheFileOf(file))).toBe(false);
    first.save();
    expect(existsSync(cacheFileOf(file))).toBe(true);
    const second = runCached<Made>(pathToFileURL(file));
    expect(second.fromCache).toBe(true);
    expect(second.exports.weigh("Ngozi and Sipho of the Union")).toBe(3);
    expect(second.exports.where).toBeNull();
  });

  it("sets aside a cache that does not fit (another source, damaged bytes) and writes it again", async () => {
    const file = join(folder, "changed.cjs");
    await writeFile(file, MODULE);
    runCached<Made>(pathToFileURL(file)).save();
    await writeFile(file, `${MODULE}exports.more = 1;\n`);
    const changed = runCached<Made & { more: number }>(pathToFileURL(file));
    expect(changed.fromCache).toBe(false);
    expect(changed.exports.more).toBe(1);
    changed.save();
    expect(runCached(pathToFileURL(file)).fromCache).toBe(true);
    // Note: a source this process has not compiled yet (V8 keeps what it compiled, cache or none).
    const source = `${MODULE}exports.damaged = 1;\n`;
    await writeFile(file, source);
    // The right digest of the source, then bytes V8 refuses.
    const compiled = `(function (exports, require, module, __filename, __dirname) {\n${source}\n})`;
    await writeFile(cacheFileOf(file), Buffer.concat([createHash("sha256").update(compiled).digest(), Buffer.from("not a code cache at all")]));
    const damaged = runCached<Made>(pathToFileURL(file));
    expect(damaged.fromCache).toBe(false);
    expect(damaged.exports.weigh("Olga Petrova")).toBe(2);
    damaged.save();
    expect((await readFile(cacheFileOf(file))).length).toBeGreaterThan(100);
  });

  it("does not take the cache of another source of the same length (V8 checks only the length)", async () => {
    const file = join(folder, "same-length.cjs");
    await writeFile(file, 'exports.kind = () => "Kenya";\n');
    const before = runCached<{ kind(): string }>(pathToFileURL(file));
    expect(before.exports.kind()).toBe("Kenya");
    before.save();
    await writeFile(file, 'exports.kind = () => "Ghana";\n');
    const after = runCached<{ kind(): string }>(pathToFileURL(file));
    expect(after.fromCache).toBe(false);
    expect(after.exports.kind()).toBe("Ghana");
    after.save();
    // Nor that of the same file run with other globals of names as long.
    const other = runCached<{ kind(): string }>(pathToFileURL(file), { __placeOne: 1 });
    expect(other.exports.kind()).toBe("Ghana");
    other.save();
    expect(runCached(pathToFileURL(file), { __placeTwo: 2 }).fromCache).toBe(false);
  });

  it("never fails when the cache cannot be written", async () => {
    const file = join(folder, "unwritable.cjs");
    await writeFile(file, MODULE);
    // Note: a folder where the cache file should be (root may write anywhere, so no permissions).
    await mkdir(cacheFileOf(file));
    const made = runCached<Made>(pathToFileURL(file));
    expect(() => made.save()).not.toThrow();
    expect(runCached(pathToFileURL(file)).fromCache).toBe(false);
  });

  it("keeps one cache per set of flags", () => {
    const key = (flags: string[]): string =>
      spawnSync(process.execPath, [...flags, "--input-type=module", "-e", `import { cacheFileOf } from ${JSON.stringify(pathToFileURL(join(ROOT, "dist/src/batch/code-cache.js")).href)}; process.stdout.write(cacheFileOf("/x.cjs"));`], { encoding: "utf8" }).stdout;
    const plain = key([]);
    expect(plain).toMatch(/^\/x\.cjs\.[0-9a-f]{12}\.cache$/u);
    expect(key([])).toBe(plain);
    expect(key(["--no-regexp-tier-up"])).not.toBe(plain);
  }, 60_000);
});

describe("loadWorkerModule", () => {
  it("runs the CommonJS bundle when it is at least as new as the compiled worker, else imports", async () => {
    const place = join(folder, "worker");
    await mkdir(place);
    const url = pathToFileURL(`${place}/`);
    await writeFile(join(place, "worker.js"), 'export const kind = "imported"; export async function processDocument() { return "esm"; }\n');
    await writeFile(join(place, "worker.bundle.js"), 'export const kind = "imported bundle"; export async function processDocument() { return "esm bundle"; }\n');
    await writeFile(join(place, "worker.bundle.cjs"), 'exports.kind = "cached"; exports.url = __casebookUrl; exports.processDocument = async () => "cjs";\n');
    for (const name of ["worker.js", "worker.bundle.js"]) await utimes(join(place, name), new Date(2026, 0, 1), new Date(2026, 0, 1));
    await utimes(join(place, "worker.bundle.cjs"), new Date(2026, 0, 2), new Date(2026, 0, 2));
    const cached = (await loadWorkerModule(url)) as unknown as { kind: string; url: string; processDocument(): Promise<string> };
    expect(cached.kind).toBe("cached");
    expect(cached.url).toBe(new URL("worker.bundle.js", url).href);
    expect(await cached.processDocument()).toBe("cjs");
    // The first document written, the cache is there for the next run.
    expect(existsSync(cacheFileOf(join(place, "worker.bundle.cjs")))).toBe(true);
    // A tsc-only build rewrites worker.js: the older bundles are left alone.
    await utimes(join(place, "worker.js"), new Date(2026, 0, 3), new Date(2026, 0, 3));
    expect(((await loadWorkerModule(url)) as unknown as { kind: string }).kind).toBe("imported");
  });

  it("gives the ESM bundle's records, with and without its cache", async () => {
    const letters = join(folder, "letters");
    await mkdir(letters);
    await writeFile(join(letters, "appeal.txt"), "Dear Minister,\n\nOn 12 June 2025 the court in Lusaka sentenced Chanda Mwape, secretary of the Zambia Teachers' Union (ZTU), to two years in prison and a fine of 8,000 kwacha.\n");
    await writeFile(join(letters, "alert.md"), "# Urgent appeal\n\n| Name | Role |\n|---|---|\n| Dilnoza Karimova | organiser |\n\nShe was detained on 4 March 2024 in Tashkent.\n");
    // Note: in processes of their own, under the CLI's flags (vitest would transform the bundles).
    const dist = (path: string): string => JSON.stringify(pathToFileURL(join(ROOT, "dist/src", path)).href);
    const script = `      const { loadWorkerModule } = await import(${dist("batch/worker-module.js")});
      const { DEFAULT_OPTIONS } = await import(${dist("options.js")});
      const worker = process.argv[1] === "esm" ? await import(${dist("batch/worker.bundle.js")}) : await loadWorkerModule();
      const out = [];
      for (const name of ["appeal.txt", "alert.md"]) out.push((await worker.processDocument(${JSON.stringify(letters)} + "/" + name, name, DEFAULT_OPTIONS)).json);
      process.stdout.write(JSON.stringify(out));`;
    const flags = ["--no-regexp-tier-up"];
    const run = (how: string): string => {
      const child = spawnSync(process.execPath, [...flags, "--input-type=module", "-e", script, how], { encoding: "utf8" });
      expect(child.status, child.stderr).toBe(0);
      expect(child.stderr).toBe("");
      return child.stdout;
    };
    const cacheFile = join(ROOT, "dist/src/batch", `worker.bundle.cjs.${spawnSync(process.execPath, [...flags, "--input-type=module", "-e", `import { cacheFileOf } from ${dist("batch/code-cache.js")}; process.stdout.write(cacheFileOf("").slice(1, -6));`], { encoding: "utf8" }).stdout}.cache`);
    await rm(cacheFile, { force: true });
    const esm = run("esm");
    expect(JSON.parse(esm)).toHaveLength(2);
    expect(esm).toContain("Chanda Mwape");
    expect(esm).toContain("Dilnoza Karimova");
    expect(run("cjs")).toBe(esm);
    expect(existsSync(cacheFile)).toBe(true);
    expect((await readFile(cacheFile)).length).toBeGreaterThan(100_000);
    expect(run("cjs")).toBe(esm);
    await rm(cacheFile, { force: true });
    // compromise's prebuilt file (dist/compromise/three.cjs, nlp.ts) keeps a cache of its own, written
    // after a first document from either bundle, then taken as it is (not written again).
    const compromiseCache = join(ROOT, "dist/compromise", basename(cacheFile).replace("worker.bundle.cjs", "three.cjs"));
    await rm(compromiseCache, { force: true });
    expect(run("esm")).toBe(esm);
    expect(existsSync(compromiseCache)).toBe(true);
    expect((await readFile(compromiseCache)).length).toBeGreaterThan(100_000);
    await rm(compromiseCache, { force: true });
    expect(run("cjs")).toBe(esm);
    const written = (await stat(compromiseCache)).mtimeMs;
    expect(run("cjs")).toBe(esm);
    expect((await stat(compromiseCache)).mtimeMs).toBe(written);
  }, 120_000);
});
