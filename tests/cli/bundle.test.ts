/**
 * The main thread's bundle (scripts/bundle-cli.ts, issue 19): its entry loads at start only the
 * flags' modules, and each command, the batch, zod and the report stay files loaded on first
 * use; `bundleOr` runs a bundle only when it is at least as new as the compiled module.
 */
import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bundleOr } from "../../src/bundle-url.js";
import { ROOT } from "../helpers/cli.js";

interface Output {
  imports: { path: string; kind: string; external?: boolean }[];
  inputs: Record<string, unknown>;
}

/** esbuild's metafile of the last build (`npm test` builds first). */
const outputs = (JSON.parse(readFileSync(join(ROOT, "dist/src/cli.bundle-meta.json"), "utf8")) as { outputs: Record<string, Output> }).outputs;

/** The output file holding a compiled module. */
function chunkOf(module: string): string {
  const found = Object.entries(outputs).find(([, output]) => module in output.inputs);
  if (!found) throw new Error(`${module} is in no output`);
  return found[0];
}

/** What loading `file` loads at once (static imports, not `import()`): modules and packages. */
function loadedWith(file: string, seen = new Set<string>(), packages = new Set<string>()): { modules: string[]; packages: string[] } {
  if (!seen.has(file)) {
    seen.add(file);
    for (const { path, kind, external } of outputs[file]?.imports ?? []) {
      if (kind !== "import-statement") continue;
      if (external) packages.add(path);
      else loadedWith(path, seen, packages);
    }
  }
  const modules = [...seen].flatMap((f) => Object.keys(outputs[f]?.inputs ?? {}));
  return { modules, packages: [...packages].filter((p) => !p.startsWith("node:")) };
}

describe("the CLI's bundle", () => {
  it("loads only the flags at start; commands, the batch and the report on first use, zod only where a schema is checked", () => {
    const start = loadedWith("dist/src/cli.bundle.js");
    expect(start.modules).toContain("dist/src/cli/flags.js");
    expect(start.packages).toEqual([]);
    for (const lazy of ["extract-command", "eval-command", "merge-command", "usage"]) expect(start.modules).not.toContain(`dist/src/cli/${lazy}.js`);
    expect(start.modules.some((m) => m.includes("node_modules/zod/"))).toBe(false);
    // Note: `extract` starts its thread (piscina) before it loads the batch, the writers and zod.
    const extract = loadedWith(chunkOf("dist/src/cli/extract-command.js"));
    expect(extract.packages).toEqual([]);
    expect(extract.modules.some((m) => m.includes("node_modules/zod/") || m.includes("/batch/run.js") || m.includes("/batch/thread.js"))).toBe(false);
    expect(loadedWith(chunkOf("dist/src/batch/thread.js")).packages).toEqual(["piscina"]);
    // Neither the batch nor the report loads zod (schema.json is built at build time, the report checks only files an earlier run left).
    const zod = (chunk: string): boolean => loadedWith(chunkOf(chunk)).modules.some((m) => m.includes("node_modules/zod/"));
    expect(zod("dist/src/batch/run.js")).toBe(false);
    expect(zod("dist/src/write/report/index.js")).toBe(false);
    // The check sees zod where it is loaded; the report and the pipeline are chunks of their own.
    expect(zod("dist/src/records.js")).toBe(true);
    expect(loadedWith(chunkOf("dist/src/batch/run.js")).modules).not.toContain("dist/src/write/report/index.js");
    expect(loadedWith(chunkOf("dist/src/batch/processor.js")).modules).not.toContain("dist/src/pipeline.js");
  });

  it("keeps compromise, chrono and the readers off the batch's path: only the workers load them", () => {
    const batch = loadedWith(chunkOf("dist/src/batch/run.js"));
    for (const worker of ["compromise", "chrono-node", "pdf-parse", "mammoth", "tesseract.js", "better-sqlite3"]) expect(batch.packages).not.toContain(worker);
    expect(batch.modules.some((m) => m.includes("node_modules/chrono-node/") || m.includes("dist/src/extract/"))).toBe(false);
  });
});

describe("bundleOr", () => {
  let dir: string | null = null;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("runs the bundle only when it is at least as new as the compiled module", async () => {
    dir = await mkdtemp(join(tmpdir(), "casebook-bundle-"));
    const at = (name: string): URL => pathToFileURL(join(dir as string, name));
    const pick = (): string => bundleOr(at("main.js"), at("main.bundle.js"), at("main.ts")).pathname.split("/").pop() as string;
    expect(pick()).toBe("main.ts");
    await writeFile(at("main.js"), "");
    expect(pick()).toBe("main.js");
    await writeFile(at("main.bundle.js"), "");
    await utimes(at("main.js"), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(pick()).toBe("main.bundle.js");
    await utimes(at("main.bundle.js"), new Date(2019, 0, 1), new Date(2019, 0, 1));
    expect(pick()).toBe("main.js");
  });
});
