import { chmod, mkdtemp, readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { CLI, ROOT, runCli } from "./helpers/cli.js";

const LETTER = "Dear Colleagues,\n\nOn 9 August 2020 Sergei Dylevsky was sentenced to 10 days in prison.\n";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "casebook-cli-"));
  // Note: the folder is opened to everyone so the unreadable-file test can run as nobody.
  await chmod(work, 0o777);
});

async function folder(name: string, files: Record<string, string | Buffer>): Promise<string> {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o777);
  for (const [file, content] of Object.entries(files)) await writeFile(join(dir, file), content);
  return dir;
}

/**
 * Imports built modules in a fresh process whose module loader refuses "compromise": the exit
 * status tells whether any of them, or what they import, loads it.
 */
function importsCompromise(modules: string[]): boolean {
  const hooks = `export async function resolve(specifier, context, next) {
    if (specifier === "compromise") throw new Error("compromise was loaded");
    return next(specifier, context);
  }`;
  const register = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
  // Note: compromise is loaded with require() (its bundled build), which the ESM hook does not see
  // (the CommonJS module cache shows it), or, the build's prebuilt one in dist/compromise, run
  // through a code cache (vm.Script, src/batch/code-cache.ts): the files read show that one.
  const watchReads = `const { default: fs } = await import("node:fs");
    const { createRequire, syncBuiltinESMExports } = await import("node:module");
    const read = [];
    const readFileSync = fs.readFileSync;
    fs.readFileSync = (path, ...rest) => { read.push(String(path)); return readFileSync(path, ...rest); };
    syncBuiltinESMExports();`;
  const cjsCheck = `const loaded = [...Object.keys(createRequire(import.meta.url).cache), ...read];
    if (loaded.some((k) => k.includes("/node_modules/compromise/") || k.includes("/dist/compromise/"))) throw new Error("compromise was loaded");`;
  const imports = [watchReads, ...modules.map((m) => `await import(${JSON.stringify(pathToFileURL(join(ROOT, m)).href)});`), cjsCheck].join("\n");
  const child = spawnSync(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(register)}`, "--input-type=module", "-e", imports], { encoding: "utf8" });
  return child.status !== 0 && child.stderr.includes("compromise was loaded");
}

describe("casebook CLI", () => {
  it("keeps compromise off the main thread's modules: only the worker's module loads the extractors", () => {
    // Note: the main thread only reads, schedules and writes; compromise there cost ~50 MB of
    // peak memory and a second of CPU (the bench's runs had it, through DEFAULT_OPTIONS). It
    // loads the worker's module itself only for a small batch of short texts (batch/main-thread.ts).
    expect(importsCompromise(["dist/src/cli/eval-command.js", "dist/src/cli/extract-command.js", "dist/src/batch/run.js", "dist/src/options.js"])).toBe(false);
    expect(importsCompromise(["dist/src/pipeline.js"])).toBe(true);
  });

  it("prints help and version", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Exit codes");
    const version = await runCli(["--version"]);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("exits 2 on bad usage and on no input", async () => {
    expect((await runCli(["extract", "--no-such-flag"])).code).toBe(2);
    expect((await runCli(["extract", join(work, "missing")])).code).toBe(2);
    const empty = await folder("empty", {});
    const run = await runCli(["extract", empty, "--out", join(work, "out-empty")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no documents");
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });

  it("processes a folder, exit 0, with JSON, text, CSV, schema and run.json", async () => {
    const input = await folder("good", { "a.txt": LETTER });
    await mkdir(join(input, "2020"));
    await writeFile(join(input, "2020", "b.md"), LETTER);
    const out = join(work, "out-good");
    const run = await runCli(["extract", input, "--out", out, "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect((await readdir(out)).sort()).toEqual(
      expect.arrayContaining(["documents.csv", "people.csv", "fines.csv", "run.json", "schema.json", "json", "text"]),
    );
    const result = JSON.parse(await readFile(join(out, "json", "2020", "b.md.json"), "utf8"));
    expect(result.document.id).toBe("2020/b.md");
    const text = await readFile(join(out, "text", "a.txt.txt"), "utf8");
    expect(text).toContain("Sergei Dylevsky");
    const summary = JSON.parse(await readFile(join(out, "run.json"), "utf8"));
    expect(summary).toMatchObject({ documents: 2, ok: 2, failed: 0 });
  });

  it("reports each bad document with a code, writes the rest, exits 1", async () => {
    const input = await folder("mixed", {
      "good.txt": LETTER,
      "empty.txt": "",
      "secret.txt": LETTER,
      "huge.txt": Buffer.alloc(50 * 1024 * 1024, "a"),
    });
    await chmod(join(input, "secret.txt"), 0o000);
    const out = join(work, "out-mixed");
    await mkdir(out);
    await chmod(out, 0o777);
    // Note: root reads mode-000 files, so as root the CLI runs as nobody to prove the case —
    // when nobody can run it from where the repository is checked out.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const nobodyCanRun = process.getuid?.() !== 0 || spawnSync(process.execPath, ["-e", `require("fs").accessSync(${JSON.stringify(CLI)})`], asNobody).status === 0;
    const run = await runCli(["extract", input, "--out", out], nobodyCanRun ? asNobody : {});
    expect(run.code).toBe(1);
    const csv = await readFile(join(out, "documents.csv"), "utf8");
    expect(csv).toMatch(/^empty\.txt,.*failed.*EMPTY_FILE/m);
    expect(csv).toMatch(/^huge\.txt,.*failed.*TOO_LARGE/m);
    if (nobodyCanRun) expect(csv).toMatch(/^secret\.txt,.*failed.*UNREADABLE/m);
    expect(csv).toMatch(/^good\.txt,.*,ok,/m);
    expect(run.stderr).toMatch(/empty\.txt: .*\[EMPTY_FILE\]/);
    const good = JSON.parse(await readFile(join(out, "json", "good.txt.json"), "utf8"));
    expect(good.document.status).toBe("ok");
  });

  it("reports an unreadable file as UNREADABLE (privileges dropped after loading, as root)", async () => {
    const dir = await folder("unreadable", { "secret.txt": LETTER });
    const secret = join(dir, "secret.txt");
    await chmod(secret, 0o000);
    const pipeline = JSON.stringify(new URL("../dist/src/pipeline.js", import.meta.url).href);
    const script = `const { processFile } = await import(${pipeline});
      if (process.getuid() === 0) { process.setgid(65534); process.setuid(65534); }
      const { result } = await processFile(${JSON.stringify(secret)}, "secret.txt");
      console.log(JSON.stringify(result.document));`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(child.status, child.stderr).toBe(0);
    const document = JSON.parse(child.stdout);
    expect(document).toMatchObject({ id: "secret.txt", status: "failed" });
    expect(document.errors.map((e: { code: string }) => e.code)).toEqual(["UNREADABLE"]);
  });

  it("gives every bad fixture its own error code and still writes the good letter", async () => {
    const bad = ["binary.dat", "binary.txt", "empty.txt", "encrypted.pdf", "not-a-zip.docx", "truncated.pdf", "zip-not-docx.docx"];
    const files: Record<string, string | Buffer> = { "letter.md": LETTER };
    for (const name of bad) files[name] = await readFile(join("fixtures/bad", name));
    files["windows-1252.txt"] = await readFile("fixtures/bad/windows-1252.txt");
    const input = await folder("bad", files);
    const out = join(work, "out-bad");
    const run = await runCli(["extract", input, "--out", out, "--no-ocr"]);
    expect(run.code).toBe(1);
    const csv = await readFile(join(out, "documents.csv"), "utf8");
    const expected: Record<string, string> = {
      "binary.dat": "UNKNOWN_FORMAT",
      "binary.txt": "BINARY_TEXT",
      "empty.txt": "EMPTY_FILE",
      "encrypted.pdf": "PDF_ENCRYPTED",
      "not-a-zip.docx": "DOCX_CORRUPT",
      "truncated.pdf": "PDF_CORRUPT",
      "zip-not-docx.docx": "DOCX_CORRUPT",
    };
    for (const [name, code] of Object.entries(expected)) {
      expect(csv).toMatch(new RegExp(`^${name.replace(".", "\\.")},.*,failed,.*${code}`, "m"));
      expect(run.stderr).toContain(`[${code}]`);
    }
    expect(csv).toMatch(/^windows-1252\.txt,.*,ok,.*ENCODING_GUESSED/m);
    const letter = JSON.parse(await readFile(join(out, "json", "letter.md.json"), "utf8"));
    expect(letter.people.map((p: { name: string }) => p.name)).toContain("Sergei Dylevsky");
    expect(letter.sentences).toHaveLength(1);
  });

  it("gives byte-identical output for the same input, whatever the concurrency", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`letter-${i}.txt`] = LETTER.repeat(i + 1);
    const input = await folder("same", files);
    const first = join(work, "out-same-1");
    const second = join(work, "out-same-2");
    expect((await runCli(["extract", input, "--out", first, "--concurrency", "1"])).code).toBe(0);
    expect((await runCli(["extract", input, "--out", second, "--concurrency", "2"])).code).toBe(0);
    for (const file of ["documents.csv", "people.csv", "dates.csv", "sentences.csv", "json/letter-3.txt.json"]) {
      expect(await readFile(join(second, file), "utf8")).toBe(await readFile(join(first, file), "utf8"));
    }
  });
});

describe("casebook CLI messages (issue 17.6)", () => {
  /** One line saying what is wrong (and, for usage mistakes, where the help is), never a stack. */
  function oneLine(stderr: string): string {
    expect(stderr).not.toMatch(/\n\s+at /);
    return stderr.split("\n")[0] ?? "";
  }

  it("names an unknown option and suggests the closest one, exit 2", async () => {
    const run = await runCli(["extract", "input", "--outt", "x"]);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe("casebook: unknown option --outt (did you mean --out?)");
    expect(run.stderr).toContain("casebook extract --help");
    expect(oneLine((await runCli(["--outt", "x"])).stderr)).toBe("casebook: unknown option --outt (did you mean --out?)");
    expect(oneLine((await runCli(["extract", "--conc", "2"])).stderr)).toBe("casebook: unknown option --conc (did you mean --concurrency?)");
    expect(oneLine((await runCli(["eval", "--expectd", "a"])).stderr)).toBe("casebook: unknown option --expectd (did you mean --expected?)");
    expect(oneLine((await runCli(["extract", "--frobnicate"])).stderr)).toBe("casebook: unknown option --frobnicate");
    expect(oneLine((await runCli(["extract", "-x"])).stderr)).toBe("casebook: unknown option -x");
  });

  it("says which option needs a value, takes none, or belongs to the other command", async () => {
    const missing = await runCli(["extract", "--out"]);
    expect(missing.code).toBe(2);
    expect(oneLine(missing.stderr)).toBe("casebook: option --out needs a value (--out DIR)");
    expect(oneLine((await runCli(["extract", "--out", "--quiet"])).stderr)).toBe("casebook: option --out needs a value (--out DIR)");
    expect(oneLine((await runCli(["extract", "--quiet=yes"])).stderr)).toBe("casebook: option --quiet takes no value");
    const other = await runCli(["extract", "--expected", "x"]);
    expect(other.code).toBe(2);
    expect(oneLine(other.stderr)).toBe("casebook: --expected is an option of casebook eval, not of extract");
  });

  it("suggests a command, or extract for a path given as one", async () => {
    const typo = await runCli(["extarct"]);
    expect(typo.code).toBe(2);
    expect(oneLine(typo.stderr)).toBe("casebook: unknown command extarct (did you mean extract?)");
    expect(oneLine((await runCli(["letters/"])).stderr)).toBe("casebook: unknown command letters/ (to read it: casebook extract letters/)");
  });

  it("reports a missing path in one line, exit 2", async () => {
    const missing = join(work, "no-such-folder");
    const run = await runCli(["extract", missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`casebook: ${missing} not found\n`);
    // Note: with no path the default input/ is read; in a folder without one, it is named.
    const bare = await runCli([], { cwd: work });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toBe("casebook: input/ not found\n");
  });

  it("reports eval's missing folders in one line, exit 2, never a stack trace", async () => {
    const expected = join(work, "no-expected");
    const actual = join(work, "no-actual");
    const run = await runCli(["eval", "--expected", expected, "--actual", actual]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`casebook: ${expected} not found (--expected)\n`);
    const noActual = await runCli(["eval", "--expected", "fixtures/expected", "--actual", actual]);
    expect(noActual.code).toBe(2);
    expect(noActual.stderr).toBe(`casebook: ${actual} not found (--actual)\n`);
    const file = await runCli(["eval", "--expected", "package.json", "--actual", "fixtures/expected"]);
    expect(file.stderr).toBe("casebook: package.json is not a folder (--expected)\n");
    const empty = await folder("eval-empty", {});
    const none = await runCli(["eval", "--expected", empty, "--actual", empty]);
    expect(none.code).toBe(2);
    expect(oneLine(none.stderr)).toContain("no expected-records files");
    const broken = await folder("eval-broken", { "a.json": "{ not json" });
    const unparsed = await runCli(["eval", "--expected", broken, "--actual", empty]);
    expect(unparsed.code).toBe(2);
    expect(unparsed.stderr.trim().split("\n")).toHaveLength(1);
    expect(unparsed.stderr).toMatch(/^casebook: a JSON file in .*eval-broken does not parse/);
    expect(oneLine((await runCli(["eval", "--expected", empty, "--actual", empty, "--min-f1", "2"])).stderr)).toBe(
      'casebook: --min-f1 needs a number from 0 to 1, not "2"',
    );
  });

  it("shows each command's own options for `<command> --help`", async () => {
    const extract = await runCli(["extract", "--help"]);
    expect(extract.code).toBe(0);
    expect(extract.stdout).toMatch(/^Usage: casebook extract/);
    expect(extract.stdout).toContain("--concurrency N");
    expect(extract.stdout).not.toContain("--expected");
    const evaluate = await runCli(["eval", "-h"]);
    expect(evaluate.code).toBe(0);
    expect(evaluate.stdout).toMatch(/^Usage: casebook eval/);
    expect(evaluate.stdout).toContain("--json FILE");
    expect(evaluate.stdout).toContain("--min-f1-<type> X");
    expect(evaluate.stdout).not.toContain("--concurrency");
    const global = await runCli(["--help"]);
    expect(global.stdout).toContain("extract options:");
    expect(global.stdout).toContain("eval options:");
  });
});

describe("casebook eval --json", () => {
  let expectedDir = "";
  let actualDir = "";
  beforeAll(async () => {
    const person = (name: string) => ({ name, aliases: [], roles: [], organisation: null });
    expectedDir = await folder("json-expected", {
      "a.md.json": JSON.stringify({ document: "a.md", letter_date: "2020-08-09", people: [person("Mira Tolvanen"), person("Olek Brandt")] }),
    });
    actualDir = await folder("json-actual", {
      "a.md.json": JSON.stringify({ document: { id: "a.md", letter_date: "2020-08-09" }, people: [{ name: "Mira Tolvanen", aliases: [] }] }),
    });
  });

  it("writes the metrics to standard output with -, the table to stderr", async () => {
    const run = await runCli(["eval", "--expected", expectedDir, "--actual", actualDir, "--json", "-"]);
    expect(run.code).toBe(0);
    const metrics = JSON.parse(run.stdout);
    expect(metrics).toMatchObject({
      schema: "casebook-eval/1",
      overall: { tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 },
      types: { people: { tp: 1, fn: 1 }, fines: { tp: 0, fp: 0, fn: 0, f1: 1 } },
      letter_date: { correct: 1, total: 1, accuracy: 1 },
      unpaired: [],
      minima: {},
      failures: [],
      passed: true,
    });
    expect(metrics.overall.f1).toBeCloseTo(2 / 3);
    expect(metrics.documents).toEqual([
      expect.objectContaining({ document: "a.md", actual: "a.md", letter_date: { expected: "2020-08-09", actual: "2020-08-09", correct: true } }),
    ]);
    expect(Object.keys(metrics.documents[0].types)).toEqual(["people", "organisations", "dates", "sentences", "fines"]);
    expect(run.stderr).toMatch(/overall\s+\|\s+1\.000\s+0\.500\s+0\.667/);
  });

  it("writes a file beside the table, keeps --min-f1's exit code and lists what failed", async () => {
    const file = join(work, "metrics", "eval.json");
    const run = await runCli(["eval", "--expected", expectedDir, "--actual", actualDir, "--json", file, "--min-f1-people", "0.9"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("FAILED: people F1 0.667 < 0.900");
    const metrics = JSON.parse(await readFile(file, "utf8"));
    expect(metrics).toMatchObject({ minima: { people: 0.9 }, failures: ["people F1 0.667 < 0.900"], passed: false });
    expect((await readdir(join(work, "metrics"))).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
