/**
 * The real consumers of casebook's output formats, as Debian packages them: `jq` (JSON Lines),
 * `soffice` from `libreoffice-calc-nogui` (CSV for spreadsheets), `sqlite3`. Tests skip, saying
 * so, when one is missing; CI installs them (.ci/run) and lists those it has in
 * CASEBOOK_REQUIRE_TOOLS, so that a test there fails instead of skipping.
 */
import { spawnSync } from "node:child_process";

export interface Tool {
  name: string;
  present: boolean;
  /** Why its tests are skipped, for the test name and the console. */
  skipReason: string;
}

const PACKAGES: Record<string, string> = { jq: "jq", soffice: "libreoffice-calc-nogui", sqlite3: "sqlite3" };

/** Looks `name` up on the PATH; throws when CI requires it and it is missing. */
export function tool(name: string): Tool {
  const present = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).status === 0;
  const skipReason = `skipped: no ${name} on the PATH (apt-get install -y ${PACKAGES[name] ?? name})`;
  const required = (process.env.CASEBOOK_REQUIRE_TOOLS ?? "").split(/[\s,]+/).includes(name);
  if (!present && required) throw new Error(`${name} is required (CASEBOOK_REQUIRE_TOOLS): ${skipReason}`);
  if (!present) console.warn(skipReason);
  return { name, present, skipReason };
}
