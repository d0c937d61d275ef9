#!/usr/bin/env -S node --max-old-space-size=1024 --single-threaded-gc --no-regexp-tier-up
/**
 * casebook's command line (src/cli/main.ts). Once built, it runs `cli.bundle.js`: the main
 * thread's modules in a few files (scripts/bundle-cli.ts), each command's and each lazy stage's
 * code in a file of its own, so what loads on first use still does. Why: Node's ES-module loader
 * pays per module (resolve, read, compile, link), and the main thread loads ~175 of them in a
 * run (issue 19, docs/performance.md, "Small batches, session 14").
 */
import { bundleOr } from "./bundle-url.js";

const here = new URL("./", import.meta.url);
await import(bundleOr(new URL("cli/main.js", here), new URL("cli.bundle.js", here), new URL("cli/main.ts", here)).href);
