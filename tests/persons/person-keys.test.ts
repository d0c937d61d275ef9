/**
 * person_keys.csv and person_keys.json (issue 15): every person record with the key of the
 * person across the letters it was clustered into, written after clustering. The same bytes
 * from a full run, an incremental run that grew the archive in two steps, and three shards run
 * apart and merged — with a spelling variant whose letters fall in different shards, a key that
 * changes when later letters add a more frequent spelling, namesakes in two countries and a copy.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { shardOf } from "../../src/batch/shard.js";
import { runCli } from "../helpers/cli.js";

const ARGS = ["--concurrency", "1", "--no-ocr", "--quiet", "--no-report"];
/** Made-up letters: Siarhei Kavalchuk / Sergei Kovalchuk (one union, one role), two Karim Haddads. */
const LETTERS: Record<string, string> = {
  "2021/pilots-by.txt":
    "Geneva, 14 June 2021\n\nDear Minister,\n\nThe Union of Harbour Pilots informs us that its chairman, Siarhei Kavalchuk, was sentenced on 2 June 2021 to 15 days of administrative detention by a court in Minsk, Belarus. The union's treasurer, Olga Sadouskaya, was fined 700 roubles on the same day.\n\nWe ask the authorities of Belarus to release Mr Kavalchuk at once and to stop harassing trade unionists.\n\nYours faithfully,\nMarit Olsbakken\nPresident\n",
  "2021/pilots-ru.txt":
    "Brussels, 20 June 2021\n\nDear Ambassador,\n\nWe are alarmed that Sergei Kovalchuk, chairman of the Union of Harbour Pilots, is held in Minsk after a court gave him 15 days of administrative detention on 2 June 2021.\n\nBelarus must free Sergei Kovalchuk and respect the freedom of association.\n\nSincerely,\nHenrik Dalvang\nGeneral Secretary\n",
  "2022/pilots-followup.txt":
    "Oslo, 3 February 2022\n\nDear Minister,\n\nSergei Kovalchuk, chairman of the Union of Harbour Pilots, was arrested again in Minsk on 25 January 2022 and sentenced to two years in prison on 1 February 2022. Belarus is punishing him for leading a lawful union.\n\nWe urge you to quash the sentence.\n\nYours sincerely,\nIngrid Tollefsen\nInternational Officer\n",
  "eg/engineers.txt":
    "Cairo, 9 March 2020\n\nDear Minister,\n\nKarim Haddad, president of the Syndicate of Marine Engineers, was sentenced in Cairo, Egypt, on 1 March 2020 to one year in prison after the syndicate called a strike. The Egyptian authorities must release Karim Haddad.\n\nYours faithfully,\nLeona Barrow\nDirector\n",
  "lb/engineers.txt":
    "Beirut, 5 October 2021\n\nDear Prime Minister,\n\nKarim Haddad, a nurse and the secretary of the Nurses' Guild of Lebanon, was fined 2,000,000 Lebanese pounds by a court in Beirut, Lebanon, on 28 September 2021 for organising a sit-in. Lebanon must lift the fine on Karim Haddad.\n\nYours sincerely,\nOwen Pritchard\nCampaigns Officer\n",
};
LETTERS["copies/pilots-by-scan.txt"] = LETTERS["2021/pilots-by.txt"] ?? "";
/** What the archive holds before it grows: the Belarusian spelling alone, the namesakes, the copy. */
const FIRST = ["2021/pilots-by.txt", "copies/pilots-by-scan.txt", "eg/engineers.txt", "lb/engineers.txt"];
const FILES = ["person_keys.csv", "person_keys.json"];

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "casebook-person-keys-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function writeInput(folder: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), LETTERS[name] ?? "");
  }
}

async function extract(...args: string[]): Promise<void> {
  const run = await runCli(["extract", ...args, ...ARGS]);
  expect(run.code, run.stderr).toBe(0);
}

const read = (out: string, file: string) => readFile(join(out, file), "utf8");
/** person_keys.csv's rows after the header, as [document, person_id, person_key]. */
const rows = async (out: string) => (await read(out, "person_keys.csv")).trim().split("\n").slice(1).map((line) => line.split(","));

it("gives every person record its person's key, the same from a full run, an incremental run and a merge of shards", async () => {
  const input = join(work, "in");
  await writeInput(input, Object.keys(LETTERS));
  const full = join(work, "full");
  await extract(input, "--out", full);

  // One row per people.csv row, in its order; the batch key where the name key differs.
  const people = (await read(full, "people.csv")).trim().split("\n").slice(1).map((line) => line.split(",").slice(0, 2).join(","));
  const keys = await rows(full);
  expect(keys.map(([document, id]) => `${document},${id}`)).toEqual(people);
  const keyOf = (document: string) => keys.find((row) => row[0] === document)?.[2];
  expect(keyOf("2021/pilots-by.txt")).toBe("sergei-kovalchuk");
  expect(keyOf("copies/pilots-by-scan.txt")).toBe("sergei-kovalchuk");
  expect(keyOf("2021/pilots-ru.txt")).toBe("sergei-kovalchuk");
  expect([keyOf("eg/engineers.txt"), keyOf("lb/engineers.txt")]).toEqual(["karim-hadad@eg", "karim-hadad@lb"]);
  expect(await read(full, "people.csv")).toMatch(/2021\/pilots-by\.txt,person-1,.*sergei-kavalchuk/);
  const json = JSON.parse(await read(full, "person_keys.json")) as { document: string; person_id: string; person_key: string }[];
  expect(json.map((r) => [r.document, r.person_id, r.person_key])).toEqual(keys);
  const summary = JSON.parse(await read(full, "run.json")) as { outputs: string[] };
  expect(summary.outputs).toEqual(expect.arrayContaining(FILES));

  // Incremental: the archive grows; the Belarusian spelling's key changes with the letters added.
  const grown = join(work, "grown");
  const incremental = join(work, "incremental");
  await writeInput(grown, FIRST);
  await extract(grown, "--out", incremental, "--incremental");
  expect((await rows(incremental)).find((row) => row[0] === "2021/pilots-by.txt")?.[2]).toBe("sergei-kavalchuk");
  await writeInput(grown, Object.keys(LETTERS).filter((name) => !FIRST.includes(name)));
  await extract(grown, "--out", incremental, "--incremental");
  const reuse = JSON.parse(await read(incremental, "run.json")) as { incremental: { unchanged: number; new: number } };
  expect(reuse.incremental).toMatchObject({ unchanged: FIRST.length, new: 2 });

  // Three shards, the two spellings in different ones, merged.
  expect(shardOf("2021/pilots-by.txt", 3)).not.toBe(shardOf("2021/pilots-ru.txt", 3));
  const shards = [1, 2, 3].map((i) => join(work, `shard-${i}`));
  for (const [i, out] of shards.entries()) await extract(input, "--out", out, "--shard", `${i + 1}/3`);
  const merged = join(work, "merged");
  const merge = await runCli(["merge", ...shards, "--out", merged, "--quiet"]);
  expect(merge.code, merge.stderr).toBe(0);

  for (const file of FILES) {
    const expected = await read(full, file);
    expect(await read(incremental, file), `${file}, incremental`).toBe(expected);
    expect(await read(merged, file), `${file}, merged`).toBe(expected);
  }
}, 300_000);
