/**
 * The persons stage in a real run (the built CLI): person keys in the record CSVs and JSON,
 * `copy_of` on the second file of one letter, persons.csv counting its cases once, and the
 * same persons files whatever the concurrency.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(root, "dist", "src", "cli.js");
let input = "";
let work = "";

async function extract(out: string, concurrency: number): Promise<void> {
  await promisify(execFile)(process.execPath, [CLI, "extract", input, "--out", out, "--quiet", "--no-report", "--concurrency", String(concurrency)]);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "casebook-persons-run-"));
  input = join(work, "in");
  await mkdir(input);
  await copyFile(join(root, "input", "ituc-belarus-2020.md"), join(input, "a-letter.md"));
  await copyFile(join(root, "input", "ituc-belarus-2020.docx"), join(input, "b-letter.docx"));
  for (const name of ["by-metalworkers-2021.txt", "by-metalworkers-2021-ru.txt"]) await copyFile(join(root, "fixtures", "persons", "letters", name), join(input, name));
}, 60_000);

describe("persons in a run", () => {
  it("keys people and penalties, marks the copy and counts its cases once, deterministically", { timeout: 240_000 }, async () => {
    await extract(join(work, "one"), 1);
    await extract(join(work, "two"), 2);
    const read = (dir: string, file: string) => readFile(join(work, dir, file), "utf8");
    const copy = JSON.parse(await read("one", "json/b-letter.docx.json")) as { document: { copy_of: string | null }; people: { name: string; person_key: string }[] };
    expect(copy.document.copy_of).toBe("a-letter.md");
    expect(copy.people.find((p) => p.name === "Nikolay Zimin")?.person_key).toBe("nikolai-zimin");
    expect(await read("one", "documents.csv")).toContain("a-letter.md");
    expect((await read("one", "sentences.csv")).split("\n")[0]).toContain("person_key");
    expect((await read("one", "cases.csv")).split("\n")[0]).toContain("person_key");
    const persons = JSON.parse(await read("one", "persons.json")) as { key: string; documents: string[]; sentences: number; sentence_days: number }[];
    expect(persons.find((p) => p.key === "nikolai-zimin")).toMatchObject({ documents: ["a-letter.md", "b-letter.docx"], sentences: 1, sentence_days: 15 });
    expect(persons.find((p) => p.key === "aleksander-zhaleznyak")?.documents).toEqual(["by-metalworkers-2021-ru.txt", "by-metalworkers-2021.txt"]);
    for (const file of ["persons.json", "persons.csv", "people.csv", "documents.csv"]) expect(await read("two", file)).toBe(await read("one", file));
  });
});
