/**
 * The recipes of docs/scaling.md (issue 14), read from the document itself so that what people
 * copy is what is tested: the GitHub Actions workflow against SchemaStore's github-workflow.json
 * (as embedded in @action-validator/core), the Kubernetes Jobs against the Kubernetes OpenAPI
 * schema (kubernetes-models' validators, compiled with ajv), and every casebook command in them
 * against casebook's own option table. The Jobs are also checked strictly, as `kubectl apply
 * --validate=strict` would (kubernetes-models' validators let unknown fields through): each is
 * type-checked by the TypeScript compiler as a literal of kubernetes-types' `Job` (the API's
 * types, generated from its OpenAPI schema), whose excess-property check refuses any field the
 * API does not have, at any depth. The Containerfile is not built here (no container
 * engine, no registry with its base images); it is checked by dockerfile-utils' validator (the
 * one behind the Dockerfile language server of VS Code's Docker extension: instructions, their
 * flags and arguments, stages named by --from), every problem counted, and what it copies must exist.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { validate as validateDockerfile, ValidationSeverity } from "dockerfile-utils";
import { Job } from "kubernetes-models/batch/v1/Job";
import { describe, expect, it } from "vitest";
import ts from "typescript";
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
    // And strict: a misspelt key of a job is refused.
    expect(JSON.stringify(validateWorkflow(WORKFLOW.replace(/runs-on: ubuntu-latest\n/, "runs-on: ubuntu-latest\n    timeout-minute: 30\n")).errors)).toMatch(/timeout-minute/);
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

/** The TypeScript compiler's complaints about `object` as a literal of kubernetes-types' batch/v1 Job. */
function strictJobErrors(object: unknown): string[] {
  // Note: a file of its own in the repository, so that the package resolves as the tests' imports do.
  const file = join(ROOT, "tests/cli/__strict-job.ts");
  const source = `import type { Job } from "kubernetes-types/batch/v1.js";\nexport const job: Job = ${JSON.stringify(object, null, 2)};\n`;
  const options: ts.CompilerOptions = { strict: true, noEmit: true, skipLibCheck: true, types: [], module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, lib: ["lib.es5.d.ts"] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => (name === file ? ts.createSourceFile(name, source, version) : read(name, version, ...rest));
  const base = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || base(name);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, " "));
}

describe("the Kubernetes manifests, strictly", () => {
  const objects = [SHARDS, MERGE].map((text) => parse(text) as { spec: { template: { spec: { containers: Record<string, unknown>[] } } } });

  it("hold no field the Kubernetes API does not know", () => {
    for (const object of objects) expect(strictJobErrors(object)).toEqual([]);
  });

  it.each([
    ["a misspelt field of the Job's spec", (job: (typeof objects)[number]) => ({ ...job, spec: { ...job.spec, paralelism: 3 } }), /paralelism/],
    ["a field of another object, deep in the pod", (job: (typeof objects)[number]) => ({ ...job, spec: { ...job.spec, template: { spec: { ...job.spec.template.spec, containers: [{ ...job.spec.template.spec.containers[0], imagePullPolice: "Always" }] } } } }), /imagePullPolice/],
    ["a field at the top", (job: (typeof objects)[number]) => ({ ...job, specs: {} }), /specs/],
  ])("refuse %s", (_, change, field) => {
    const errors = strictJobErrors(change(objects[0] as (typeof objects)[number]));
    expect(errors.join("\n")).toMatch(field);
    // kubernetes-models' validators alone let it through: the strict check is the one that catches it.
    expect(() => new Job(change(objects[0] as (typeof objects)[number]) as never).validate()).not.toThrow();
  });
});

describe("the Containerfile", () => {
  const containerfile = readFileSync(join(ROOT, "Containerfile"), "utf8");
  /** Every problem the validator finds, warnings too, as `line: message`. */
  const problems = (text: string): string[] =>
    validateDockerfile(text, { deprecatedMaintainer: ValidationSeverity.ERROR, emptyContinuationLine: ValidationSeverity.ERROR, instructionCasing: ValidationSeverity.ERROR, instructionCmdMultiple: ValidationSeverity.ERROR, instructionEntrypointMultiple: ValidationSeverity.ERROR, instructionHealthcheckMultiple: ValidationSeverity.ERROR, instructionJSONInSingleQuotes: ValidationSeverity.ERROR, instructionWorkdirRelative: ValidationSeverity.ERROR }).map(
      (d) => `${d.range.start.line + 1}: ${d.message}`,
    );

  it("passes dockerfile-utils' validator with every check an error", () => {
    expect(problems(containerfile)).toEqual([]);
  });

  it.each([
    ["a misspelt instruction", (t: string) => t.replace("WORKDIR /app", "WORKDRI /app"), /Unknown instruction: WORKDRI/],
    ["a misspelt flag", (t: string) => t.replace("COPY --from=build /app/dist", "COPY --frm=build /app/dist"), /Unknown flag: frm/],
    ["an instruction without its argument", (t: string) => t.replace("USER node", "USER"), /no arguments/],
    ["a second ENTRYPOINT", (t: string) => `${t}ENTRYPOINT ["node"]\n`, /ENTRYPOINT/],
  ])("the validator refuses %s", (_, change, message) => {
    expect(problems(change(containerfile)).join("\n")).toMatch(message);
  });

  it("copies files that exist and runs the CLI that is built", () => {
    for (const match of containerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
      for (const path of (match[1] ?? "").split(/\s+/)) expect(existsSync(join(ROOT, path)), path).toBe(true);
    }
    expect(containerfile).toMatch(/dist\/src\/cli\.js/);
    expect(existsSync(join(ROOT, "dist/src/cli.js"))).toBe(true);
  });
});
