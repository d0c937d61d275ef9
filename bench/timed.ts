/**
 * Runs a command in this process and prints, at exit, what the whole process cost (all threads):
 * one JSON line on standard error, `TIMED {"cpuSeconds":…,"rssMb":…}`. The parent times the wall
 * clock from spawn to exit, so Node's own start counts, as it does for a user.
 *   timed.js cli <casebook args…>       the compiled CLI, as `casebook` runs (CASEBOOK_CLI: another build's)
 *   timed.js compromise <list.json>     bare compromise: load it, `nlp()` each file's text
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`TIMED ${JSON.stringify({ cpuSeconds: (user + system) / 1e6, rssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
});

const [mode, ...rest] = process.argv.slice(2);
if (mode === "cli") {
  const cli = process.env["CASEBOOK_CLI"] ?? fileURLToPath(new URL("../src/cli.js", import.meta.url));
  process.argv = [process.argv[0] ?? "node", cli, ...rest];
  await import(cli);
} else if (mode === "compromise") {
  // Note: its bundled CommonJS build, the quickest way to load it (TRAPS.md).
  const nlp = createRequire(import.meta.url)("compromise") as (text: string) => unknown;
  const files = JSON.parse(await readFile(rest[0] ?? "", "utf8")) as { path: string }[];
  for (const file of files) nlp(await readFile(file.path, "utf8"));
} else {
  throw new Error(`unknown mode ${String(mode)}`);
}
