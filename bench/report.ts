/** Formats bench measures as a table and the ratios the targets are stated in. */
import type { Measure } from "./child.js";
import type { ThreadSplit } from "./threads.js";

/** One row of the table: a named measure. */
export interface Row {
  name: string;
  measure: Measure;
}

const fixed = (value: number, digits: number): string => value.toFixed(digits);

/** Words per second of a measure (wall clock). */
export const wordsPerSecond = (m: Measure): number => m.words / m.seconds;

/** Words per CPU second of a measure: its cost, whatever else loads the machine. */
export const wordsPerCpuSecond = (m: Measure): number => m.words / m.cpuSeconds;

/** A plain-text table: docs/s, words/s, MB/s and peak RSS per row. */
export function table(rows: Row[]): string {
  const head = ["run", "docs", "words", "MB", "s", "CPU s", "docs/s", "words/s", "MB/s", "words/CPU s", "peak RSS MB", "load", "failed"];
  const body = rows.map(({ name, measure: m }) => [
    name,
    String(m.docs),
    String(m.words),
    fixed(m.bytes / 1e6, 2),
    fixed(m.seconds, 2),
    fixed(m.cpuSeconds, 2),
    fixed(m.docs / m.seconds, 1),
    fixed(wordsPerSecond(m), 0),
    fixed(m.bytes / 1e6 / m.seconds, 3),
    fixed(wordsPerCpuSecond(m), 0),
    fixed(m.rssMb, 0),
    fixed(m.load, 1),
    String(m.failed),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(head), ...body.map(line)].join("\n");
}

/** A ratio against its target, e.g. `casebook / compromise floor  1.12  (target ≥ 1.0)  ok`. */
export function ratio(name: string, value: number, target: string, met: boolean): string {
  return `${name.padEnd(60)} ${fixed(value, 2).padStart(6)}  (target ${target})  ${met ? "ok" : "MISSED"}`;
}

/** Where a run's CPU went, e.g. `CPU s by thread, 1 worker   workers 21.5  main 1.8  other 4.8`. */
export function threadSplit(name: string, split: ThreadSplit): string {
  const parts = [`workers ${fixed(split.workers, 1)}`, `main ${fixed(split.main, 1)}`, `other (V8 compiler, libuv) ${fixed(split.other, 1)}`];
  return `${name.padEnd(60)} ${parts.join("  ")}`;
}
