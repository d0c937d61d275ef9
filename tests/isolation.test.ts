/**
 * Most test files share their worker's module graph (vitest.config.ts, `isolate: false`); a file that
 * replaces a module would leak its mock into the files after it, so every such file must be listed as
 * isolated. This reads the test sources and fails on one that mocks a module but is not listed.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { expect, it } from "vitest";
import { ISOLATED } from "../vitest.config.js";

const ROOT = join(import.meta.dirname, "..");
const MOCKS = /\bvi\s*\.\s*(?:mock|doMock|unmock|doUnmock)\s*\(/u;

async function testFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map(async (e) => (e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [])));
  return nested.flat();
}

it("runs every test file that mocks a module in a module graph of its own", async () => {
  const files = await testFiles(join(ROOT, "tests"));
  const mocking: string[] = [];
  for (const file of files) if (MOCKS.test(await readFile(file, "utf8"))) mocking.push(relative(ROOT, file));
  expect(mocking.length).toBeGreaterThan(0);
  expect(mocking.filter((f) => !ISOLATED.includes(f))).toEqual([]);
});

it("lists only files that exist", async () => {
  const files = new Set((await testFiles(join(ROOT, "tests"))).map((f) => relative(ROOT, f)));
  expect(ISOLATED.filter((f) => !files.has(f))).toEqual([]);
});
