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
  const imports = modules.map((m) => `await import(${JSON.stringify(pathToFileURL(join(ROOT, m)).href)});`).join("\n");
  const child = spawnSync(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(register)}`, "--input-type=module", "-e", imports], { encoding: "utf8" });
  return child.status !== 0 && child.stderr.includes("compromise was loaded");
}

describe("casebook CLI", () => {
  it("keeps compromise off the main thread: only workers load the extractors", () => {
    // Note: the main thread only reads, schedules and writes; compromise there cost ~50 MB of
    // peak memory and a second of CPU (the bench's runs had it, through DEFAULT_OPTIONS).
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
