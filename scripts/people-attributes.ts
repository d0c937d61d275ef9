/**
 * Scores the attributes of matched people (issue 17.1): the share whose `organisation` is the
 * gold's (the same body by any of its names: name, acronym or alias of either side's record) and
 * whose `roles` equal the gold's (as sets, case- and accent-insensitively).
 *   node dist/scripts/corpus.js --types people,organisations --out DIR
 *   node dist/scripts/people-attributes.js --actual DIR [--expected GOLD] [--verbose]
 * People are matched as `casebook eval` matches them (name or alias, one to one).
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadActual, loadExpected, pairDocuments } from "../src/evaluate/load.js";
import { scoreOptionalPerson, scorePerson } from "../src/evaluate/compare.js";
import { matchList } from "../src/evaluate/match.js";
import { normaliseName, organisationKeys } from "../src/evaluate/normalise.js";

interface Body {
  name: string;
  acronym?: string | null;
  aliases?: string[];
}
interface Named {
  name: string;
  aliases: string[];
  roles?: string[];
  organisation?: string | null;
}

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Every comparison key of the body called `surface` in `bodies`, or the surface's own key when none is. */
function bodyKeys(surface: string, bodies: readonly Body[]): Set<string> {
  const own = organisationKeys({ name: surface, acronym: null, aliases: [] });
  const body = bodies.find((b) => [...organisationKeys({ name: b.name, acronym: b.acronym ?? null, aliases: b.aliases ?? [] })].some((k) => own.has(k)));
  return body ? new Set([...own, ...organisationKeys({ name: body.name, acronym: body.acronym ?? null, aliases: body.aliases ?? [] })]) : own;
}

function sameBody(expected: string | null, actual: string | null, gold: readonly Body[], found: readonly Body[]): boolean {
  if (!expected || !actual) return !expected && !actual;
  const e = new Set([...bodyKeys(expected, gold), ...bodyKeys(expected, found)]);
  return [...bodyKeys(actual, found), ...bodyKeys(actual, gold)].some((k) => e.has(k));
}

const roleSet = (roles: readonly string[] | undefined): string => [...new Set((roles ?? []).map(normaliseName))].sort().join(" | ");

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const actualDir = at("--actual");
  if (!actualDir) throw new Error("--actual DIR is required (a corpus.js --out folder)");
  const expectedDir = resolve(at("--expected") ?? join(repoRoot(), "../shared/corpus/gold"));
  const verbose = argv.includes("--verbose");
  const expected = await loadExpected(expectedDir);
  const { results } = await loadActual(resolve(actualDir));
  const { pairs } = pairDocuments(expected, results);
  let people = 0;
  let organisations = 0;
  let roles = 0;
  let named = 0;
  let namedRight = 0;
  for (const { expected: e, actual: a } of pairs) {
    if (!a) continue;
    const raw = JSON.parse(await readFile(join(resolve(actualDir), "json", `${a.document.id}.json`), "utf8")) as { people: Named[]; organisations: Body[] };
    const { matched } = matchList(e.people, e.optional_people, raw.people, scorePerson, scoreOptionalPerson);
    const lines: string[] = [];
    for (const { expected: gold, actual: found } of matched) {
      people++;
      const orgRight = sameBody(gold.organisation, found.organisation ?? null, e.organisations, raw.organisations);
      const rolesRight = roleSet(gold.roles) === roleSet(found.roles);
      if (gold.organisation) {
        named++;
        if (orgRight) namedRight++;
      }
      if (orgRight) organisations++;
      if (rolesRight) roles++;
      if (!orgRight) lines.push(`    org   ${gold.name}: expected ${gold.organisation ?? "null"}, got ${found.organisation ?? "null"}`);
      if (!rolesRight) lines.push(`    roles ${gold.name}: expected [${roleSet(gold.roles)}], got [${roleSet(found.roles)}]`);
    }
    if (verbose && lines.length) console.log(`${e.document}\n${lines.join("\n")}`);
  }
  const share = (n: number, d: number): string => `${n}/${d} ${(d ? n / d : 1).toFixed(3)}`;
  console.log(`matched people ${people}: organisation ${share(organisations, people)} (where gold names one ${share(namedRight, named)}), roles ${share(roles, people)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
