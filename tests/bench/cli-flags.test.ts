/**
 * The bench runs each CLI build with the flags of its own shebang (bench/cli-flags.ts), and the
 * shebang, `npm start` and the kernel's limit on a shebang line agree.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliFlags, shebangFlags } from "../../bench/cli-flags.js";

const SOURCE = new URL("../../src/cli.ts", import.meta.url);

describe("shebangFlags", () => {
  it("reads the flags after node, through env -S or a path to node", () => {
    expect(shebangFlags("#!/usr/bin/env -S node --max-old-space-size=512 --stack-size=900")).toEqual(["--max-old-space-size=512", "--stack-size=900"]);
    expect(shebangFlags("#!/opt/node20/bin/node --single-threaded-gc")).toEqual(["--single-threaded-gc"]);
    expect(shebangFlags("#!/usr/bin/env node")).toEqual([]);
  });

  it("gives nothing for a line that is no shebang or runs no node", () => {
    expect(shebangFlags("// --max-old-space-size=512")).toEqual([]);
    expect(shebangFlags("#!/bin/sh --posix")).toEqual([]);
    expect(shebangFlags("")).toEqual([]);
  });
});

describe("cliFlags", () => {
  it("reads another build's CLI file", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-flags-"));
    const cli = join(dir, "cli.js");
    writeFileSync(cli, "#!/usr/bin/env -S node --initial-old-space-size=16\nconsole.log(1);\n");
    expect(cliFlags(cli)).toEqual(["--initial-old-space-size=16"]);
  });

  it("this CLI's shebang fits the kernel's line limit and matches npm start", () => {
    const line = readFileSync(SOURCE, "utf8").split("\n", 1)[0] ?? "";
    // Note: Linux before 5.1 reads 127 bytes of a shebang line and cuts the rest.
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(127);
    const flags = shebangFlags(line);
    expect(flags).toContain("--max-old-space-size=1024");
    const start = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> }).scripts["start"] ?? "";
    expect(start.startsWith(`node ${flags.join(" ")} dist/src/cli.js`)).toBe(true);
  });
});
