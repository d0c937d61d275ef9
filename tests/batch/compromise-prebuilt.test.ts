/**
 * compromise with its model built at build time (scripts/bundle-compromise.ts, issue 19,
 * docs/performance.md): the model's encoding keeps what JSON alone loses, the built compromise has
 * compromise's own model and tags as compromise does, and the worker loads it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { decodeModel, encodeModel } from "../../scripts/compromise-model.js";
import { ROOT } from "../helpers/cli.js";

const require = createRequire(import.meta.url);

interface Doc {
  json(options?: object): unknown;
  people(): Doc;
}
type Nlp = ((text: string) => Doc) & { model(): unknown };

/** A parse's JSON without its terms' ids, which compromise draws at random. */
const withoutIds = (json: unknown): unknown => JSON.parse(JSON.stringify(json, (key, value: unknown) => (key === "id" ? undefined : value)));

describe("compromise's model written and read back", () => {
  it("keeps regular expressions, undefined values and shared objects", () => {
    const tags = ["Possessive", "Pronoun"];
    const model = { lexicon: { his: tags, hers: tags, the: "Determiner" }, rules: [{ match: /^dr\.?$/iu, why: undefined }], n: 3, on: true, none: null };
    const back = decodeModel(encodeModel(model)) as typeof model;
    expect(isDeepStrictEqual(back, model)).toBe(true);
    expect(back.rules[0]?.match).toBeInstanceOf(RegExp);
    expect(back.rules[0]?.match.flags).toBe("iu");
    expect(Object.hasOwn(back.rules[0] ?? {}, "why")).toBe(true);
    expect(back.lexicon.his).toBe(back.lexicon.hers);
  });

  it("refuses what it cannot write", () => {
    expect(() => encodeModel({ f: () => 1 })).toThrow(/function/);
    expect(() => encodeModel({ m: new Map() })).toThrow(/plain object/);
    expect(() => encodeModel({ n: Number.NaN })).toThrow(/NaN/);
  });
});

describe("compromise built with its model (dist/compromise, npm run build)", () => {
  const stock = require("compromise") as Nlp;
  const built = require(join(ROOT, "dist/compromise/three.cjs")) as Nlp;

  it("has the model compromise builds", () => {
    expect(isDeepStrictEqual(built.model(), stock.model())).toBe(true);
  });

  it("tags the seed letters and finds their people as compromise does", () => {
    const letters = join(ROOT, "fixtures/letters");
    for (const name of readdirSync(letters).filter((f) => f.endsWith(".md"))) {
      const text = readFileSync(join(letters, name), "utf8");
      expect(withoutIds(built(text).json())).toEqual(withoutIds(stock(text).json()));
      expect(withoutIds(built(text).people().json({ offset: true }))).toEqual(withoutIds(stock(text).people().json({ offset: true })));
    }
  });

  it("is the compromise the worker's bundle and the compiled pipeline load", () => {
    // Note: compromise's prebuilt file is run through a code cache (vm.Script, code-cache.ts), not
    // require(): the child records the files it reads instead of looking in require.cache.
    for (const module of ["dist/src/batch/worker.bundle.js", "dist/src/extract/nlp.js"]) {
      const script = `const { default: fs } = await import("node:fs");
        const { createRequire, syncBuiltinESMExports } = await import("node:module");
        const read = [];
        const readFileSync = fs.readFileSync;
        fs.readFileSync = (path, ...rest) => { read.push(String(path)); return readFileSync(path, ...rest); };
        syncBuiltinESMExports();
        await import(${JSON.stringify(pathToFileURL(join(ROOT, module)).href)});
        console.log(JSON.stringify({ read, required: Object.keys(createRequire(import.meta.url).cache) }));`;
      const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
      expect(child.status, child.stderr).toBe(0);
      const { read, required } = JSON.parse(child.stdout) as { read: string[]; required: string[] };
      expect(read).toContain(join(ROOT, "dist/compromise/three.cjs"));
      expect(required.filter((path) => path.includes("/node_modules/compromise/"))).toEqual([]);
    }
  });
});
