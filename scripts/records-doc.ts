/**
 * docs/records.md's field tables, generated from src/records.ts: the fields, their order and
 * types from the zod schemas, their meaning from the comment above each field (and each
 * schema's own comment). The rest of docs/records.md is written by hand; only the part between
 * the markers is replaced. `npm run docs:records` rewrites it; tests/write/records-doc.test.ts
 * fails when the two disagree.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import type { z } from "zod";
import * as records from "../src/records.js";

export const START = "<!-- records:start (generated from src/records.ts by `npm run docs:records`: edit there) -->";
export const END = "<!-- records:end -->";

/** The repository's root, from scripts/ (tests) or dist/scripts/ (the built script). */
function root(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return existsSync(join(here, "../package.json")) ? join(here, "..") : join(here, "../..");
}

export const RECORDS_TS = join(root(), "src/records.ts");
export const RECORDS_MD = join(root(), "docs/records.md");

interface Declared {
  /** The schema it extends (`Provenance.extend({…})`), if any. */
  base: string | null;
  doc: string;
  fields: Map<string, string>;
}

const flat = (text: string) => text.replace(/\s*\n\s*/g, " ").trim();

function jsDoc(node: ts.Node): string {
  return flat(
    ts
      .getJSDocCommentsAndTags(node)
      .filter(ts.isJSDoc)
      .map((d) => ts.getTextOfJSDocComment(d.comment) ?? "")
      .join(" "),
  );
}

/** Every `const X = z.object({…})` or `Y.extend({…})` of records.ts, with the comments on it and its fields. */
export function declarations(source: string): Map<string, Declared> {
  const file = ts.createSourceFile("records.ts", source, ts.ScriptTarget.ES2022, true);
  const out = new Map<string, Declared>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (!init || !ts.isCallExpression(init) || !ts.isPropertyAccessExpression(init.expression) || !ts.isIdentifier(declaration.name)) continue;
      const method = init.expression.name.text;
      const target = init.expression.expression;
      const literal = init.arguments[0];
      if ((method !== "object" && method !== "extend") || !literal || !ts.isObjectLiteralExpression(literal)) continue;
      const fields = new Map<string, string>();
      for (const property of literal.properties) {
        if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) fields.set(property.name.text, jsDoc(property));
      }
      const base = method === "extend" && ts.isIdentifier(target) ? target.text : null;
      out.set(declaration.name.text, { base, doc: jsDoc(statement), fields });
    }
  }
  return out;
}

/** A field's comment, looked up through the schemas it extends. */
function meaning(declared: Map<string, Declared>, schema: string, field: string): string {
  for (let name: string | null = schema; name; name = declared.get(name)?.base ?? null) {
    const text = declared.get(name)?.fields.get(field);
    if (text) return text;
  }
  return "";
}

/** Names of the schemas a field may hold, to print `Mention` rather than `object`. */
const NAMED = new Map<unknown, string>([
  [records.Mention, "Mention"],
  [records.Message, "Message"],
  [records.Money, "Money"],
  [records.Failure, "Failure"],
]);

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
}

/** A field's type in words: `integer ≥ 0`, `list of string`, `one of …`, `… or null`. */
export function typeOf(schema: z.ZodType): string {
  const named = NAMED.get(schema);
  if (named) return named;
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const inner = (s: z.ZodType | undefined) => (s ? typeOf(s) : "?");
  switch (def.type) {
    case "nullable":
      return `${inner(def.innerType)} or null`;
    case "optional":
      return `${inner(def.innerType)}, optional`;
    case "default":
      return inner(def.innerType);
    case "array":
      return `list of ${inner(def.element)}`;
    case "enum":
      return `one of ${Object.values(def.entries ?? {}).map((v) => `\`${v}\``).join(", ")}`;
    case "number": {
      const { format, minValue } = schema as unknown as { format: string | null; minValue: number | null };
      const integer = format === "safeint" || format === "int32";
      return `${integer ? "integer" : "number"}${minValue === 0 ? " ≥ 0" : ""}`;
    }
    case "object":
      return "object";
    default:
      return def.type;
  }
}

/** The records documented, in the order a reader meets them, with where each is found. */
export const SECTIONS: { schema: string; title: string; where: string }[] = [
  { schema: "Case", title: "case", where: "a row of `cases.csv` and of `cases.json` (columns in this order, `document` before `person_id`)" },
  { schema: "DocumentRecord", title: "document", where: "`document` in `json/<id>.json`; a row of `documents.csv`; table `documents`" },
  { schema: "Person", title: "person", where: "`people` in `json/<id>.json`; a row of `people.csv`; table `people`" },
  { schema: "Organisation", title: "organisation", where: "`organisations` in `json/<id>.json`; `organisations.csv`; table `organisations`" },
  { schema: "DateRecord", title: "date", where: "`dates` in `json/<id>.json`; `dates.csv`; table `dates`" },
  { schema: "Sentence", title: "sentence", where: "`sentences` in `json/<id>.json`; `sentences.csv`; table `sentences`" },
  { schema: "Fine", title: "fine", where: "`fines` in `json/<id>.json`; `fines.csv`; table `fines`" },
  { schema: "PersonAcross", title: "person across the letters", where: "a row of `persons.csv` and `persons.json`; table `persons` (with `person_records`)" },
  { schema: "PersonKeyRow", title: "person key of a record", where: "a row of `person_keys.csv` and `person_keys.json`; table `person_records` (`key` for `person_key`)" },
  { schema: "Mention", title: "Mention", where: "each item of a person's or organisation's `mentions` (in CSV: `text [start-end]`)" },
  { schema: "Money", title: "Money", where: "each item of a fine's `money` and of a person's `fine_totals` (in CSV: `219 EUR`)" },
  { schema: "Message", title: "Message", where: "each item of a document's `errors` and `warnings` (in CSV: `CODE: message`)" },
  { schema: "RunSummary", title: "run", where: "`run.json`" },
];

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** The generated part of docs/records.md (between the markers, exclusive). */
export function recordsSection(source: string): string {
  const declared = declarations(source);
  const out: string[] = [];
  for (const { schema, title, where } of SECTIONS) {
    const zod = (records as unknown as Record<string, z.ZodObject>)[schema];
    if (!zod) throw new Error(`records.ts has no ${schema}`);
    out.push(`### ${title}`, "", `Where: ${where}.`, "");
    const doc = declared.get(schema)?.doc;
    if (doc) out.push(doc, "");
    out.push("| field | type | meaning |", "|---|---|---|");
    for (const [field, type] of Object.entries(zod.shape as Record<string, z.ZodType>)) {
      out.push(`| \`${field}\` | ${cell(typeOf(type))} | ${cell(meaning(declared, schema, field))} |`);
    }
    out.push("");
  }
  return `\n${out.join("\n")}`;
}

/** docs/records.md with its generated part replaced by `section`. */
export function withSection(markdown: string, section: string): string {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/records.md lacks the markers ${START} … ${END}`);
  return `${markdown.slice(0, start + START.length)}${section}${markdown.slice(end)}`;
}

async function main(): Promise<void> {
  const section = recordsSection(await readFile(RECORDS_TS, "utf8"));
  const markdown = await readFile(RECORDS_MD, "utf8");
  const next = withSection(markdown, section);
  if (next !== markdown) await writeFile(RECORDS_MD, next);
  console.log(next === markdown ? "docs/records.md is up to date" : "docs/records.md rewritten from src/records.ts");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
