/**
 * schema.json made once at build time (scripts/schema-file.ts, src/write/json.ts) and the rule
 * that reads a build's copy only when it is current (src/prebuilt.ts): issue 19.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readPrebuilt } from "../../src/prebuilt.js";
import { resultJsonSchema } from "../../src/records.js";
import { formatJson, schemaText, writeSchema } from "../../src/write/json.js";
import { ROOT } from "../helpers/cli.js";

const temporary: string[] = [];
async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "casebook-prebuilt-"));
  temporary.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("a build's prebuilt copy", () => {
  it("is read when at least as new as its source, and not when older or missing", async () => {
    const dir = await scratch();
    const copy = join(dir, "table.json");
    const source = join(dir, "source.js");
    expect(readPrebuilt(copy, source)).toBeNull();
    await writeFile(source, "export {};");
    expect(readPrebuilt(copy, source)).toBeNull();
    await writeFile(copy, "[1]");
    await utimes(source, new Date(2026, 0, 1), new Date(2026, 0, 1));
    await utimes(copy, new Date(2026, 0, 1), new Date(2026, 0, 1));
    expect(readPrebuilt(copy, source)).toBe("[1]");
    await utimes(source, new Date(2026, 0, 2), new Date(2026, 0, 2));
    expect(readPrebuilt(copy, source)).toBeNull();
    await rm(source);
    expect(readPrebuilt(copy, source)).toBeNull();
  });
});

describe("schema.json", () => {
  it("is the result schema, formatted as casebook writes JSON", async () => {
    const dir = await scratch();
    await writeSchema(dir);
    const written = await readFile(join(dir, "schema.json"), "utf8");
    expect(written).toBe(formatJson(resultJsonSchema()));
    expect(await schemaText()).toBe(written);
  });

  it("is built by the build, equal to the schema the code defines", () => {
    // Note: the build's copy beside dist/src/write/json.js; `npm test` builds first.
    const prebuilt = join(ROOT, "dist/src/write/schema.prebuilt.json");
    expect(existsSync(prebuilt)).toBe(true);
    expect(readFileSync(prebuilt, "utf8")).toBe(formatJson(resultJsonSchema()));
  });
});
