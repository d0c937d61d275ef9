/**
 * casebook's output formats opened by their real consumers: records.jsonl by Debian's jq,
 * casebook.sqlite by the sqlite3 shell, a `--csv-bom` CSV converted to XLSX by LibreOffice
 * headless, and the pipe form
 * (`cat letter | casebook extract - --stdout | jq`). Each runs the built CLI.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT, runCli } from "../helpers/cli.js";
import { tool } from "./tools.js";

// Made-up people, with the letters a Windows code page cannot hold.
const LETTER = `Dear Colleagues,

On 9 August 2020 the court sentenced Анна Ковалёва to 15 days of administrative detention.
On 12 August 2020 José Núñez was fined 500 EUR for taking part in the strike.
`;

const jq = tool("jq");
const soffice = tool("soffice");
const sqlite3 = tool("sqlite3");

let work = "";
let out = "";
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "casebook-formats-"));
  const input = join(work, "in");
  await mkdir(input);
  await writeFile(join(input, "a.txt"), LETTER);
  await writeFile(join(input, "b.md"), LETTER.replace("Dear Colleagues", "# Urgent appeal"));
  out = join(work, "out");
  const run = await runCli(["extract", input, "--out", out, "--format", "json,csv,jsonl,sqlite", "--csv-bom", "--concurrency", "1", "--no-report", "--quiet"]);
  expect(run.code, run.stderr).toBe(0);
}, 120_000);

function lines(text: string): Record<string, unknown>[] {
  return text.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("--format jsonl", () => {
  it("writes records.jsonl: one line per record, each with its type and document, the same records as the JSON", async () => {
    const records = lines(await readFile(join(out, "records.jsonl"), "utf8"));
    for (const id of ["a.txt", "b.md"]) {
      const result = JSON.parse(await readFile(join(out, "json", `${id}.json`), "utf8"));
      const own = records.filter((r) => r.document === id);
      expect(own[0]).toMatchObject({ type: "document", id });
      expect(own.filter((r) => r.type === "person").map((r) => r.name)).toEqual(result.people.map((p: { name: string }) => p.name));
      expect(own.filter((r) => r.type === "fine")).toHaveLength(result.fines.length);
    }
    expect((await readdir(out)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it.skipIf(!jq.present)(`is read by jq${jq.present ? "" : ` (${jq.skipReason})`}`, () => {
    const file = join(out, "records.jsonl");
    const run = (filter: string): string => {
      const child = spawnSync("jq", ["-r", filter, file], { encoding: "utf8" });
      expect(child.status, child.stderr).toBe(0);
      return child.stdout;
    };
    expect(run('has("type") and has("document")').trim().split("\n").every((v) => v === "true")).toBe(true);
    const people = run('select(.type == "person") | [.document, .name] | @tsv');
    expect(people).toContain("a.txt\tАнна Ковалёва");
    expect(people).toContain("b.md\tJosé Núñez");
    expect(run('select(.type == "fine") | "\\(.document) \\(.amount) \\(.currency)"')).toContain("a.txt 500 EUR");
  });

  it("is byte-identical on a rerun", async () => {
    const again = join(work, "again");
    const run = await runCli(["extract", join(work, "in"), "--out", again, "--format", "jsonl,sqlite", "--concurrency", "2", "--quiet"]);
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(join(again, "records.jsonl"), "utf8")).toBe(await readFile(join(out, "records.jsonl"), "utf8"));
    expect((await readFile(join(again, "casebook.sqlite"))).equals(await readFile(join(out, "casebook.sqlite")))).toBe(true);
    // Note: without the json format no JSON is written, so no report either; state/ is what --incremental and merge read.
    expect((await readdir(again)).sort()).toEqual(["casebook.sqlite", "records.jsonl", "run.json", "state"]);
  }, 120_000);
});

describe("--format sqlite", () => {
  it.skipIf(!sqlite3.present)(`is opened by the sqlite3 shell: keys hold, the views answer${sqlite3.present ? "" : ` (${sqlite3.skipReason})`}`, async () => {
    const db = join(out, "casebook.sqlite");
    const sql = (query: string): string[][] => {
      const child = spawnSync("sqlite3", ["-readonly", "-separator", "\t", db, query], { encoding: "utf8" });
      expect(child.status, child.stderr).toBe(0);
      return child.stdout.trimEnd().split("\n").filter((line) => line !== "").map((line) => line.split("\t"));
    };
    expect(sql("PRAGMA integrity_check")).toEqual([["ok"]]);
    expect(sql("PRAGMA foreign_key_check")).toEqual([]);
    expect(sql("SELECT id, status FROM documents ORDER BY id")).toEqual([["a.txt", "ok"], ["b.md", "ok"]]);
    // The same records as the JSON, person by person.
    const result = JSON.parse(await readFile(join(out, "json", "a.txt.json"), "utf8"));
    expect(sql("SELECT name FROM people WHERE document = 'a.txt' ORDER BY \"start\"").map(([name]) => name)).toEqual(result.people.map((p: { name: string }) => p.name));
    const penalties = sql("SELECT document, penalty, person, kind, days, amount, currency, date FROM penalties WHERE document = 'a.txt'");
    expect(penalties).toEqual(
      expect.arrayContaining([
        ["a.txt", "sentence", "Анна Ковалёва", "administrative detention", "15", "", "", "2020-08-09"],
        ["a.txt", "fine", "José Núñez", "", "", "500.0", "EUR", "2020-08-12"],
      ]),
    );
    expect(sql("SELECT currency, fines, total, documents FROM fines_by_currency")).toEqual([["EUR", "2", "1000.0", "2"]]);
    // Mentions point into the normalised texts, stored beside them.
    const [mention] = sql("SELECT m.text, substr(t.text, m.\"start\" + 1, m.\"end\" - m.\"start\") FROM mentions m JOIN texts t USING (document) WHERE m.record_type = 'person' LIMIT 1");
    expect(mention?.[1]).toBe(mention?.[0]);
    expect(sql("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%person%' AND name NOT LIKE 'sqlite_%'").map(([name]) => name).sort()).toEqual([
      "fines_person", "people_person_key", "person_records_key", "persons_name", "sentences_person",
    ]);
    // Persons across the letters, joined from people: the same woman in both files is one person.
    expect(sql("SELECT s.name, COUNT(*) FROM persons s JOIN person_records r USING (key) JOIN people p ON p.document = r.document AND p.id = r.person_id WHERE s.name = 'Анна Ковалёва' GROUP BY s.key")).toEqual([["Анна Ковалёва", "2"]]);
  });
});

/** The text of every cell of an XLSX workbook's first sheet, row by row. */
async function xlsxCells(path: string): Promise<string[][]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const decode = (xml: string): string =>
    xml
      .replace(/<[^>]+>/g, "")
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  const shared = [...((await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => decode(m[1] ?? ""));
  const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  return [...sheet.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((c) => {
      const value = decode(/<v>([\s\S]*?)<\/v>/.exec(c[2] ?? "")?.[1] ?? /<is>([\s\S]*?)<\/is>/.exec(c[2] ?? "")?.[1] ?? "");
      return /t="s"/.test(c[1] ?? "") ? (shared[Number(value)] ?? "") : value;
    }),
  );
}

describe("--csv-bom", () => {
  it("starts every CSV with a UTF-8 byte-order mark, once", async () => {
    for (const name of ["documents.csv", "people.csv", "fines.csv"]) {
      const bytes = await readFile(join(out, name));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3, 4).toString()).toMatch(/[a-z]/);
      expect(bytes.subarray(3).includes(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    }
  });

  it.skipIf(!soffice.present)(
    `gives LibreOffice the Cyrillic and accented names intact in an XLSX${soffice.present ? "" : ` (${soffice.skipReason})`}`,
    async () => {
      const xlsx = join(work, "xlsx");
      // Note: a profile of its own, so that a LibreOffice already open (or another test) does
      // not take the conversion; 44,34,76 = comma, double quote, UTF-8 (what Excel reads from
      // the mark: LibreOffice 7.4 does not sniff it and falls back to Windows-1252).
      const child = spawnSync(
        "soffice",
        [`-env:UserInstallation=file://${join(work, "lo-profile")}`, "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", xlsx, join(out, "people.csv")],
        { encoding: "utf8", timeout: 180_000 },
      );
      expect(child.status, child.stderr).toBe(0);
      const rows = await xlsxCells(join(xlsx, "people.xlsx"));
      const header = rows[0] ?? [];
      // The mark is taken as the encoding, not as part of the first column's name.
      expect(header).toEqual(expect.arrayContaining(["document", "name"]));
      expect(header[0]).toMatch(/^[a-z]/);
      const names = rows.slice(1).map((row) => row[header.indexOf("name")]);
      expect(names).toEqual(expect.arrayContaining(["Анна Ковалёва", "José Núñez"]));
    },
    200_000,
  );
});

describe("pipes: extract - and --stdout", () => {
  it("reads a document from standard input and writes JSON Lines to standard output, messages on stderr", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "casebook-pipe-"));
    const child = spawnSync(process.execPath, [CLI, "extract", "-", "--stdout", "--name", "appeal.md", "--concurrency", "1"], {
      cwd,
      input: LETTER,
      encoding: "utf8",
    });
    expect(child.status, child.stderr).toBe(0);
    const records = lines(child.stdout);
    expect(records[0]).toMatchObject({ type: "document", document: "appeal.md", id: "appeal.md", source: "-", format: "markdown" });
    expect(records.filter((r) => r.type === "person").map((r) => r.name)).toEqual(expect.arrayContaining(["Анна Ковалёва", "José Núñez"]));
    expect(child.stderr).toContain("1 documents (1 ok, 0 failed)");
    // Nothing written: no output/ folder where it ran.
    expect(await readdir(cwd)).toEqual([]);
  }, 120_000);

  it("detects the format from the bytes, and writes stdin's document to files like any other", async () => {
    const pdf = await readFile(join(ROOT, "input", "ituc-belarus-2020.pdf"));
    const dir = join(work, "from-stdin");
    const child = spawnSync(process.execPath, [CLI, "extract", "-", "--out", dir, "--no-report", "--concurrency", "1", "--quiet"], { input: pdf, encoding: "utf8" });
    expect(child.status, child.stderr).toBe(0);
    const result = JSON.parse(await readFile(join(dir, "json", "stdin.json"), "utf8"));
    expect(result.document).toMatchObject({ id: "stdin", source: "-", format: "pdf", status: "ok" });
    // The temporary file it went through leaves no trace in the output.
    expect(await readFile(join(dir, "documents.csv"), "utf8")).not.toContain("casebook-stdin");
  }, 120_000);

  it("stops quietly, exit 0, when the reader closes the pipe early (| head)", async () => {
    const input = join(work, "many");
    await mkdir(input);
    for (let i = 0; i < 6; i++) await writeFile(join(input, `letter-${i}.txt`), LETTER);
    const child = spawn(process.execPath, [CLI, "extract", input, "--stdout", "--concurrency", "1"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -1`: read the first chunk, then close the pipe.
    const first = await new Promise<string>((resolve) => child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString())));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(JSON.parse(first.split("\n")[0] ?? "")).toMatchObject({ type: "document", document: "letter-0.txt" });
    expect(code, stderr).toBe(0);
    expect(stderr).not.toMatch(/Error|\n\s+at /);
  }, 120_000);

  it("refuses what does not go with a pipe, in one line", async () => {
    const both = await runCli(["extract", "-", "--stdout", "--format", "csv"]);
    expect(both.code).toBe(2);
    expect(both.stderr.split("\n")[0]).toBe("casebook: --stdout writes JSON Lines to standard output and no files: it takes no --format");
    const name = await runCli(["extract", "input", "--name", "x"]);
    expect(name.code).toBe(2);
    expect(name.stderr.split("\n")[0]).toBe("casebook: --name names a document read from standard input (-)");
  });
});
