/**
 * compromise with its model built at build time: `dist/compromise/three.cjs` (compromise's own
 * sources, bundled by esbuild) and `dist/compromise/model.json` (the model compromise builds at
 * load: lexicon, inflections, tag set, rules; scripts/compromise-model.ts), run by
 * `npm run build`. Why: every worker thread loads compromise before its first letter, and most
 * of that load (~300 ms of CPU: unpacking and conjugating its lexicon, then deep-copying it into
 * the model) rebuilds the same data every time (docs/performance.md, issue 19).
 *
 * How: the plugins are installed as compromise installs them (methods, compute, hooks, the View's
 * API), but while the bundle loads, `extend` leaves out what builds the model (`model`,
 * `irregulars`, `tags`, `words`, `frozen`), the pre-tagger's model module (the costly part) is not
 * bundled at all, and the model read from model.json takes the place of the world's model.
 *
 * The build checks the result against compromise's own build (`require("compromise")`): the
 * model read back must equal the model compromise builds, and both must tag and find people
 * alike on the seed letters. When a check fails (a new compromise, say), the two files are
 * removed with a warning, and `src/extract/nlp.ts` loads compromise's own build, as it does when
 * they are missing or older than the installed compromise.
 */
import { build, type Plugin } from "esbuild";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { decodeModel, encodeModel } from "./compromise-model.js";

const require = createRequire(import.meta.url);
const out = fileURLToPath(new URL("../compromise/", import.meta.url));
const bundleFile = join(out, "three.cjs");
const modelFile = join(out, "model.json");
const codec = fileURLToPath(new URL("./compromise-model.js", import.meta.url));
const letters = fileURLToPath(new URL("../../fixtures/letters/", import.meta.url));

type Nlp = ((text: string) => Doc) & { model(): unknown; world(): World; version: string };
interface Doc {
  json(options?: object): unknown;
  people(): Doc;
}
interface World {
  methods: object;
  compute: object;
  hooks: string[];
}

/** compromise's own CommonJS build: `builds/three/compromise-three.cjs`; its sources are two folders up. */
const stockFile = require.resolve("compromise");
const root = join(dirname(stockFile), "../..");
const EXTEND = join(root, "src/API/extend.js");
const PRE_TAGGER_MODEL = join(root, "src/2-two/preTagger/model/index.js");
const OPENING = "const extend = function (plugin, world, View, nlp) {";

/** The edits: `extend` leaves out the model while the bundle loads; the pre-tagger's model module is empty. */
const prebuilt: Plugin = {
  name: "compromise-prebuilt",
  setup(b) {
    b.onResolve({ filter: /^casebook:loading$/ }, () => ({ path: "loading", namespace: "casebook" }));
    b.onLoad({ filter: /.*/, namespace: "casebook" }, () => ({ contents: "export default { on: true }", loader: "js" }));
    b.onLoad({ filter: /extend\.js$/ }, (args) => {
      if (args.path !== EXTEND) return undefined;
      const source = readFileSync(args.path, "utf8");
      if (!source.includes(OPENING)) throw new Error(`compromise's extend() changed: ${OPENING} not found`);
      const strip =
        "const __casebookStrip = ({ model, irregulars, tags, words, frozen, ...rest }) => rest;\n" +
        "import __casebookLoading from 'casebook:loading';\n";
      return {
        contents: strip + source.replace(OPENING, `${OPENING}\n  if (__casebookLoading.on && !isArray(plugin)) plugin = __casebookStrip(plugin);`),
        loader: "js",
      };
    });
    b.onLoad({ filter: /model[\\/]index\.js$/ }, (args) =>
      args.path === PRE_TAGGER_MODEL ? { contents: "export default {}", loader: "js" } : undefined,
    );
  },
};

const ENTRY = `
const loading = require("casebook:loading").default;
const nlp = require(${JSON.stringify(join(root, "src/three.js"))}).default;
const { decodeModel } = require(${JSON.stringify(codec)});
// Note: compromise's View reads the world's first model object, not nlp._world.model, so the
// model read is poured into the objects compromise made (one, two, three: still empty here).
const model = nlp._world.model;
const built = decodeModel(require("node:fs").readFileSync(require("node:path").join(__dirname, "model.json"), "utf8"));
for (const [key, part] of Object.entries(built)) {
  if (Object.keys(model[key] ?? {}).length > 0) throw new Error("compromise's model was not left empty");
  model[key] = Object.assign(model[key] ?? {}, part);
}
loading.on = false;
module.exports = nlp;
`;

const SENTENCE = "On 12 May 2021 the Minsk court sentenced Maria Kolesnikova to 11 years in prison and fined Dr. Ales Bialiatski's colleagues 5,000 rubles.";

/** A parse's JSON without its terms' ids, which compromise draws at random. */
function withoutIds(json: unknown): unknown {
  return JSON.parse(JSON.stringify(json, (key, value: unknown) => (key === "id" ? undefined : value)));
}

/** Why the prebuilt compromise differs from compromise's own build, or null when it does not. */
function difference(stock: Nlp, mine: Nlp): string | null {
  if (!isDeepStrictEqual(mine.model(), stock.model())) return "the model differs";
  const shape = (world: World): unknown => ({
    methods: Object.fromEntries(Object.entries(world.methods).map(([k, v]) => [k, Object.keys(v as object).sort()])),
    compute: Object.keys(world.compute).sort(),
    hooks: world.hooks,
  });
  if (!isDeepStrictEqual(shape(mine.world()), shape(stock.world()))) return "the methods, compute or hooks differ";
  if (mine.version !== stock.version) return "the version differs";
  const seeds = existsSync(letters) ? readdirSync(letters).filter((f) => f.endsWith(".md")) : [];
  const texts: [string, string][] = [["a sentence", SENTENCE], ...seeds.map((name): [string, string] => [name, readFileSync(join(letters, name), "utf8")])];
  for (const [name, text] of texts) {
    if (!isDeepStrictEqual(withoutIds(mine(text).json()), withoutIds(stock(text).json()))) return `${name}: the tags differ`;
    const people = (nlp: Nlp): unknown => withoutIds(nlp(text).people().json({ offset: true }));
    if (!isDeepStrictEqual(people(mine), people(stock))) return `${name}: the people differ`;
  }
  return null;
}

const stock = require(stockFile) as Nlp;
mkdirSync(out, { recursive: true });
try {
  // Note: the model is taken before any nlp() call, which would fill compromise's caches.
  const encoded = encodeModel(stock.model());
  if (!isDeepStrictEqual(decodeModel(encoded), stock.model())) throw new Error("the model does not read back equal");
  writeFileSync(modelFile, encoded);
  await build({
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: "compromise-prebuilt.cjs", loader: "js" },
    outfile: bundleFile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    plugins: [prebuilt],
    logLevel: "warning",
  });
  const why = difference(stock, require(bundleFile) as Nlp);
  if (why) throw new Error(why);
} catch (error) {
  // Note: CASEBOOK_DEBUG=1 keeps the two files and prints the whole error, to see what differs.
  if (process.env["CASEBOOK_DEBUG"]) console.error(error);
  else {
    rmSync(bundleFile, { force: true });
    rmSync(modelFile, { force: true });
  }
  console.warn(`warning: compromise with a prebuilt model not built (${(error as Error).message}); workers will load compromise's own build`);
}
