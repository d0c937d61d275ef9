/**
 * The Node and V8 flags a build of the CLI runs with, read from its shebang
 * (`#!/usr/bin/env -S node --flag …`), so that the bench runs each build — this one and a
 * `--baseline` — the way `casebook` runs it, and a flag added to the shebang needs no copy here.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** This build's compiled CLI. */
export const THIS_CLI = fileURLToPath(new URL("../src/cli.js", import.meta.url));

/** The flags of a shebang line: the words after `node`, or none when the line runs no `node`. */
export function shebangFlags(line: string): string[] {
  if (!line.startsWith("#!")) return [];
  const words = line.slice(2).trim().split(/\s+/u);
  const node = words.findIndex((word) => word === "node" || word.endsWith("/node"));
  return node < 0 ? [] : words.slice(node + 1).filter((word) => word.startsWith("--"));
}

/** The flags the CLI at `cli` (default: this build's) runs with. */
export function cliFlags(cli: string = THIS_CLI): string[] {
  const head = readFileSync(cli, "utf8").slice(0, 512);
  return shebangFlags(head.split("\n", 1)[0] ?? "");
}
