/**
 * compromise's model (its lexicon, inflection models, tag set and match rules: plain data, but
 * ~300 ms of CPU to build at every load) written to a string at build time and read back at
 * start. Used by scripts/bundle-compromise.ts (encode, and the check that the model read back is
 * the one compromise builds) and bundled into dist/compromise/three.cjs (decode).
 * Note: JSON cannot hold a RegExp or `undefined` (compromise's tag set has keys set to it), nor
 * say that two places hold the same object (compromise's lexicon gives `his`, `hers`, `their`…
 * one tag array); these are written as fix-ups, applied
 * after `JSON.parse`, so the model read back has the same regular expressions and the same
 * sharing as the one built.
 */

type Path = readonly (string | number)[];

/** A place to fix after parsing: a regular expression, an object met first at another path, or `undefined`. */
type Fixup = [Path, "re", string, string] | [Path, "ref", Path] | [Path, "undefined"];

interface Encoded {
  model: unknown;
  fixups: Fixup[];
}

/** The model as a JSON string; throws on what JSON and the fix-ups cannot hold (a function, a Map…). */
export function encodeModel(model: unknown): string {
  const fixups: Fixup[] = [];
  const seen = new Map<object, Path>();
  const walk = (value: unknown, path: Path): unknown => {
    if (value === null || typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number") {
      if (!Number.isFinite(value) || Object.is(value, -0)) throw new Error(`compromise model: ${path.join(".")} is ${value}`);
      return value;
    }
    if (value === undefined) {
      fixups.push([path, "undefined"]);
      return 0;
    }
    if (typeof value !== "object") throw new Error(`compromise model: ${path.join(".")} is a ${typeof value}`);
    const first = seen.get(value);
    if (first) {
      fixups.push([path, "ref", first]);
      return 0;
    }
    seen.set(value, path);
    if (value instanceof RegExp) {
      fixups.push([path, "re", value.source, value.flags]);
      return 0;
    }
    if (Array.isArray(value)) {
      if (Object.keys(value).length !== value.length) throw new Error(`compromise model: ${path.join(".")} is a sparse array`);
      return value.map((item, i) => walk(item, [...path, i]));
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`compromise model: ${path.join(".")} is no plain object`);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = walk(item, [...path, key]);
    return out;
  };
  const encoded: Encoded = { model: walk(model, []), fixups };
  return JSON.stringify(encoded);
}

/** The object at `path` below `root`. */
function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

/** The model `encodeModel` wrote. */
export function decodeModel(text: string): unknown {
  const { model, fixups } = JSON.parse(text) as Encoded;
  for (const fixup of fixups) {
    const path = fixup[0];
    const parent = at(model, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path[path.length - 1] as string | number;
    if (fixup[1] === "re") parent[key] = new RegExp(fixup[2], fixup[3]);
    else if (fixup[1] === "ref") parent[key] = at(model, fixup[2]);
    else parent[key] = undefined;
  }
  return model;
}
