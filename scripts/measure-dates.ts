/**
 * The library comparison behind the dates stage: compromise-dates against chrono-node on the
 * development corpus, each parsing paragraph by paragraph with the same reference date and
 * the same minimal filter (a month stated), scored by value as `scripts/corpus.ts` scores
 * dates; then chrono-node with casebook's document-level reasoning (the shipped stage); then the
 * whole pipeline on every format of the seed letter in `fixtures/letters/`.
 * Run: `npx tsx scripts/measure-dates.ts [corpus-dir]`.
 */
// Note: this script imports compromise and both date libraries directly, for the measurement
// only; the pipeline itself uses chrono-node through src/extract/dates/chrono.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import nlp from "compromise";
import datesPlugin from "compromise-dates";
import { createContext } from "../src/extract/context.js";
import { dateExtractors } from "../src/extract/dates/index.js";
import { scoreDate, scoreOptionalDate } from "../src/evaluate/compare.js";
import { matchList } from "../src/evaluate/match.js";
import type { DateCandidate } from "../src/records.js";
import { resolveDates } from "../src/resolve/dates.js";

nlp.plugin(datesPlugin);

interface Value {
  text: string;
  value: string;
}
interface Letter {
  id: string;
  text: string;
  reference: string;
  dates: Value[];
  optional: Value[];
}
type Parse = (text: string, reference: string) => Value[];

const paragraphs = (text: string): string[] => text.split(/\n\s*\n/).filter((p) => p.trim() !== "");

const compromiseDates: Parse = (text, reference) =>
  paragraphs(text).flatMap((p) => {
    const found = (nlp(p) as unknown as { dates(o: object): { json(): { text: string; dates?: { start: string; unit: string } }[] } })
      .dates({ today: reference, dmy: true, timezone: "UTC" })
      .json();
    return found.flatMap((d) => {
      const unit = d.dates?.unit;
      const start = d.dates?.start ?? "";
      return unit === "day" ? [{ text: d.text, value: start.slice(0, 10) }] : unit === "month" ? [{ text: d.text, value: start.slice(0, 7) }] : [];
    });
  });

const chronoRaw: Parse = (text, reference) =>
  paragraphs(text).flatMap((p) =>
    chrono.en.GB.parse(p, new Date(`${reference}T12:00:00Z`)).flatMap((r) => {
      if (!r.start.isCertain("month")) return [];
      const iso = r.start.date().toISOString();
      return [{ text: r.text, value: r.start.isCertain("day") ? iso.slice(0, 10) : iso.slice(0, 7) }];
    }),
  );

const casebook: Parse = (text) => {
  const context = createContext(text, { dateOrder: "auto" });
  const found = dateExtractors.flatMap((e) => e.extract(context).map((c): DateCandidate => ({ ...c, rule: e.id })));
  return resolveDates(context, found).dates;
};

function load(dir: string): Letter[] {
  return readdirSync(join(dir, "letters"))
    .filter((f) => f.endsWith(".txt") && !f.startsWith("ituc-"))
    .sort()
    .map((file) => {
      const id = file.replace(/\.txt$/, "");
      const gold = JSON.parse(readFileSync(join(dir, "gold", `${id}.json`), "utf8")) as {
        letter_date: string | null;
        dates: Value[];
        optional_dates: Value[];
      };
      const text = readFileSync(join(dir, "letters", file), "utf8").split("\n").slice(2).join("\n");
      // Note: both libraries get the gold letter date as reference (generous to both alike).
      return { id, text, reference: gold.letter_date ?? "2000-01-01", dates: gold.dates, optional: gold.optional_dates };
    });
}

function measure(name: string, parse: Parse, letters: Letter[]): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let words = 0;
  const started = performance.now();
  for (const letter of letters) {
    const found = parse(letter.text, letter.reference);
    const result = matchList(letter.dates, letter.optional, found, scoreDate, scoreOptionalDate);
    tp += result.matched.length;
    fp += result.extra.length;
    fn += result.missed.length;
    words += letter.text.split(/\s+/).length;
  }
  const seconds = (performance.now() - started) / 1000;
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  const f1 = (2 * p * r) / (p + r || 1);
  const rate = Math.round(words / seconds);
  console.log(`${name.padEnd(34)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  TP ${tp} FP ${fp} FN ${fn}  ${rate} words/s`);
}

const dir = process.argv[2] ?? process.env.CASEBOOK_CORPUS ?? "../shared/corpus";
const letters = load(dir);
for (const [name, parse] of [["compromise-dates (raw)", compromiseDates], ["chrono-node en.GB (raw)", chronoRaw], ["chrono-node + casebook reasoning", casebook]] as const) {
  parse("warm up on 5 May 2020.", "2020-01-01");
  measure(name, parse, letters);
}

const seed = JSON.parse(readFileSync(join(dir, "gold", "ituc-belarus-2020.json"), "utf8")) as { letter_date: string; dates: Value[] };
const fixtures = "fixtures/letters";
// Note: imported late so that the comparison above runs even while another stage is broken.
const { processFile } = await import("../src/pipeline.js");
for (const file of readdirSync(fixtures).sort()) {
  const { result } = await processFile(join(fixtures, file), file);
  const found = matchList(seed.dates, [], result.dates, scoreDate, scoreOptionalDate);
  const letter = result.document.letter_date === seed.letter_date ? "letter date ok" : `letter date ${result.document.letter_date}`;
  console.log(`seed ${file.padEnd(36)} TP ${found.matched.length} FP ${found.extra.length} FN ${found.missed.length}  ${letter}  ${result.document.date_order}`);
}
