import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const OCR_MODULE = fileURLToPath(new URL("../../src/read/ocr.ts", import.meta.url));
// Note: the child runs in a temporary cwd, where a bare `--import tsx` would not resolve.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const IMAGE = fileURLToPath(new URL("../../fixtures/ocr/signatures.png", import.meta.url));

// Note: loaded with --require, so it also runs in tesseract.js's own worker thread (workers
// inherit execArgv): any fetch, from any thread, is reported and fails.
const FETCH_GUARD = `
globalThis.fetch = async (url) => {
  process.stderr.write("FETCH_ATTEMPTED " + String(url) + "\\n");
  throw new Error("network is closed in this test");
};
`;

const CHILD = `
import { readFileSync } from "node:fs";
import { closeOcr, ocrImage } from ${JSON.stringify(OCR_MODULE)};
const page = await ocrImage(readFileSync(${JSON.stringify(IMAGE)}));
process.stdout.write(JSON.stringify(page));
await closeOcr();
`;

/** Whether `unshare -n` can give a child process its own network namespace with no links. */
function canUnshareNetwork(): boolean {
  return spawnSync("unshare", ["-n", "true"], { stdio: "ignore" }).status === 0;
}

describe("OCR offline", () => {
  const cwd = mkdtempSync(join(tmpdir(), "casebook-ocr-cwd-"));
  const scripts = mkdtempSync(join(tmpdir(), "casebook-ocr-scripts-"));
  afterAll(() => {
    rmSync(cwd, { recursive: true, force: true });
    rmSync(scripts, { recursive: true, force: true });
  });

  it("runs with the network closed, writes nothing to the cwd and lets the process exit", () => {
    // Note: a script file, not `-e`: worker threads inherit execArgv and reject --input-type.
    const guard = join(scripts, "fetch-guard.cjs");
    const script = join(scripts, "child.mts");
    writeFileSync(guard, FETCH_GUARD);
    writeFileSync(script, CHILD);
    const node = [process.execPath, "--require", guard, "--import", TSX, script];
    const unshare = canUnshareNetwork();
    const [command, ...args] = unshare ? ["unshare", "-n", ...node] : node;
    const closedPort = "http://127.0.0.1:9";
    const child = spawnSync(command ?? "node", args, {
      cwd,
      encoding: "utf8",
      // Note: with no timeout kill, a handle left open would show as a hung (killed) child.
      timeout: 90_000,
      env: { ...process.env, HTTP_PROXY: closedPort, HTTPS_PROXY: closedPort },
    });
    expect(child.signal, `the child did not exit by itself (unshare: ${unshare})`).toBeNull();
    expect(child.stderr).not.toContain("FETCH_ATTEMPTED");
    expect(child.status, child.stderr).toBe(0);
    const page = JSON.parse(child.stdout) as { text: string; confidence: number };
    expect(page.text).toContain("Anthony Bellanger");
    expect(readdirSync(cwd)).toEqual([]);
  }, 120_000);
});
