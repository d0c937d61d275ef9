/**
 * The recipes of docs/scaling.md (issue 14), read from the document itself so that what people
 * copy is what is tested: the GitHub Actions workflow against SchemaStore's github-workflow.json
 * (as embedded in @action-validator/core), the Kubernetes Jobs against the Kubernetes OpenAPI
 * schema (kubernetes-models' validators, compiled with ajv), and every casebook command in them
 * against casebook's own option table. The Containerfile is not built here (no container
 * engine); what it copies must exist.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { Job } from "kubernetes-models/batch/v1/Job";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, parse } from "yaml";
import { parseCommandLine } from "../../src/cli/flags.js";
import { ROOT } from "../helpers/cli.js";

const DOC = readFileSync(join(ROOT, "docs/scaling.md"), "utf8");

/** The ```yaml block of docs/scaling.md whose first line is `# <name>`. */
function block(name: string): string {
  for (const match of DOC.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    const body = match[1] ?? "";
    if (body.startsWith(`# ${name}\n`)) return body;
  }
  throw new Error(`no yaml block named ${name} in docs/scaling.md`);
}

/** The casebook command lines in a shell string, as argument lists (after `casebook`). */
function casebookCommands(shell: string): string[][] {
  return shell
    .split(/\|\||&&|;/)
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words.includes("casebook"))
    .map((words) => words.slice(words.indexOf("casebook") + 1));
}

const WORKFLOW = block(".github/workflows/casebook-shards.yml");
const SHARDS = block("casebook-shards.yaml");
const MERGE = block("casebook-merge.yaml");

describe("the GitHub Actions workflow", () => {
  it("is valid against the github-workflow schema", () => {
    expect(validateWorkflow(WORKFLOW).errors).toEqual([]);
    // The check is real: a job without runs-on is refused.
    expect(validateWorkflow(WORKFLOW.replace(/runs-on: ubuntu-latest\n/, "")).errors).not.toEqual([]);
  });

  it("runs one shard per matrix entry, then merges them all, with options casebook knows", () => {
    const workflow = parse(WORKFLOW) as { jobs: Record<string, { strategy?: { matrix: { shard: number[] } }; steps: { run?: string }[]; needs?: string }> };
    const shards = workflow.jobs.extract?.strategy?.matrix.shard ?? [];
    // Note: the matrix expression, as the first shard would run it.
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? casebookCommands(step.run.replaceAll("${{ matrix.shard }}", "1")) : [])));
    const extract = runs.find((args) => args[0] === "extract") as string[];
    const merge = runs.find((args) => args[0] === "merge") as string[];
    expect(extract[extract.indexOf("--shard") + 1]).toBe(`1/${shards.length}`);
    expect(merge.filter((arg) => arg.startsWith("shards/shard-"))).toEqual(shards.map((i) => `shards/shard-${i}`));
    expect(workflow.jobs.merge?.needs).toBe("extract");
    for (const args of runs) expect(() => parseCommandLine(args)).not.toThrow();
  });
});

describe("the Kubernetes manifests", () => {
  const jobs = [SHARDS, MERGE].map((text) => {
    const documents = parseAllDocuments(text);
    expect(documents.length).toBe(1);
    return documents[0]?.toJS() as { spec: { completions?: number; parallelism?: number; completionMode?: string; template: { spec: { containers: { command: string[] }[] } } } };
  });

  it("are valid Jobs against the Kubernetes schema", () => {
    for (const job of jobs) expect(() => new Job(job as never).validate()).not.toThrow();
    // The check is real: a completion mode Kubernetes does not have is refused.
    expect(() => new Job({ ...(jobs[0] as object), spec: { ...jobs[0]?.spec, completionMode: "Sharded" } } as never).validate()).toThrow(/completionMode/);
  });

  it("run N indexed shards with --shard auto/N, and merge the N folders they write", () => {
    const [shards, merge] = jobs as [(typeof jobs)[number], (typeof jobs)[number]];
    expect(shards.spec.completionMode).toBe("Indexed");
    const n = shards.spec.completions as number;
    expect(shards.spec.parallelism).toBe(n);
    const extract = casebookCommands(shards.spec.template.spec.containers[0]?.command.at(-1) ?? "")[0] as string[];
    expect(extract[extract.indexOf("--shard") + 1]).toBe(`auto/${n}`);
    const out = extract[extract.indexOf("--out") + 1] as string;
    const merged = casebookCommands(merge.spec.template.spec.containers[0]?.command.at(-1) ?? "")[0] as string[];
    expect(merged.filter((arg) => arg.startsWith(out.replace("$JOB_COMPLETION_INDEX", "")))).toEqual(
      Array.from({ length: n }, (_, i) => out.replace("$JOB_COMPLETION_INDEX", String(i))),
    );
    for (const args of [extract, merged]) expect(() => parseCommandLine(args)).not.toThrow();
  });
});

describe("the Containerfile", () => {
  it("copies files that exist and runs the CLI that is built", () => {
    const containerfile = readFileSync(join(ROOT, "Containerfile"), "utf8");
    for (const match of containerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
      for (const path of (match[1] ?? "").split(/\s+/)) expect(existsSync(join(ROOT, path)), path).toBe(true);
    }
    expect(containerfile).toMatch(/dist\/src\/cli\.js/);
    expect(existsSync(join(ROOT, "dist/src/cli.js"))).toBe(true);
  });
});
