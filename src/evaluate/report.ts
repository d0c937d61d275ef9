/**
 * Readable reports: a table of P/R/F1 with TP/FP/FN per record type and overall (one column
 * group per run, so a baseline sits beside casebook), and a per-document listing.
 */
import { RECORD_TYPES, type RecordType } from "../records.js";
import { accuracy, ATTRIBUTES, type Attribute, type AttributeTally } from "./attributes.js";
import { aggregate } from "./evaluate.js";
import { add, score, zero } from "./score.js";
import type { DocumentEvaluation, Score, Scores } from "./types.js";

/** One run's scores under a label; `types` are the record types the run attempts. */
export interface Column {
  label: string;
  scores: Scores;
  types?: readonly RecordType[];
  /** False when the run does not attempt letter dates (shown as `-`). */
  letterDate?: boolean;
}

const fixed = (value: number): string => value.toFixed(3);
const cells = (s: Score): string[] => [fixed(s.precision), fixed(s.recall), fixed(s.f1), String(s.tp), String(s.fp), String(s.fn)];
const HEAD = ["P", "R", "F1", "TP", "FP", "FN"];
const WIDTHS = [6, 6, 6, 5, 5, 5];

const NAME = 20;

function row(name: string, groups: (string[] | null)[]): string {
  const parts = groups.map((group) =>
    (group ?? HEAD.map(() => "-")).map((cell, i) => cell.padStart(WIDTHS[i] ?? 6)).join(" "),
  );
  return [name.padEnd(NAME), ...parts].join("  |").replace(/\s+$/, "");
}

/**
 * The score table; `types` limits the rows. When a column attempts fewer types (a baseline),
 * an extra row sums every column over those shared types, so overall figures compare like
 * with like; the plain overall row is each column's own `overall`.
 */
export function formatTable(columns: readonly Column[], types: readonly RecordType[] = RECORD_TYPES): string {
  const width = HEAD.map((h, i) => h.padStart(WIDTHS[i] ?? 6)).join(" ").length;
  const lines = [
    ["".padEnd(NAME), ...columns.map((c) => c.label.padStart(width))].join("  |"),
    row("type", columns.map(() => HEAD)),
  ];
  for (const type of types) {
    lines.push(row(type, columns.map((c) => (!c.types || c.types.includes(type) ? cells(c.scores.byType[type]) : null))));
  }
  lines.push(row("overall", columns.map((c) => cells(c.scores.overall))));
  const shared = types.filter((type) => columns.every((c) => !c.types || c.types.includes(type)));
  if (shared.length < types.length && shared.length > 0) {
    const name = `overall ${shared.map((type) => type.slice(0, 3)).join("+")}`.slice(0, NAME);
    lines.push(row(name, columns.map((c) => cells(aggregate(c.scores.documents, [], shared).overall))));
  }
  lines.push(
    row(
      "letter_date",
      columns.map((c) => {
        if (c.letterDate === false) return null;
        const l = c.scores.letterDate;
        return [`${l.correct}/${l.total}`, "", fixed(l.accuracy), "", "", ""];
      }),
    ),
  );
  return lines.join("\n");
}

/**
 * The attributes of matched records (issue 17): correct of those the expected records state,
 * and how many matched records state one where the expected record states none.
 */
export function formatAttributes(scores: Scores): string {
  const lines = [`${"attribute".padEnd(NAME)}  ${"correct".padStart(9)}  ${"accuracy".padStart(8)}  ${"spurious".padStart(8)}`];
  for (const name of ATTRIBUTES) {
    const t = scores.attributes[name];
    lines.push(`${name.padEnd(NAME)}  ${`${t.correct}/${t.total}`.padStart(9)}  ${fixed(accuracy(t)).padStart(8)}  ${String(t.spurious).padStart(8)}`);
  }
  const l = scores.letterDate;
  lines.push(`${"letter_date".padEnd(NAME)}  ${`${l.correct}/${l.total}`.padStart(9)}  ${fixed(l.accuracy).padStart(8)}`);
  return lines.join("\n");
}

/** What one document missed and what it produced in excess, type by type. */
export function formatDocument(doc: DocumentEvaluation, types: readonly RecordType[] = RECORD_TYPES): string {
  const source = doc.actual === null ? "NO ACTUAL FILE" : doc.actual;
  const ld = doc.letterDate;
  const lines = [
    `${doc.document}  (actual: ${source})`,
    `  letter_date: expected ${ld.expected ?? "null"}, got ${ld.actual ?? "null"}${ld.correct ? "" : "  ✗"}`,
  ];
  for (const type of types) {
    const c = doc.counts[type];
    const optional = doc.ignored[type];
    const note = optional.length ? `, optional ${optional.length}` : "";
    if (c.fp === 0 && c.fn === 0) {
      if (c.tp > 0 || optional.length) lines.push(`  ${type}: all ${c.tp} found${note}`);
    } else {
      lines.push(`  ${type}: TP ${c.tp}, missed ${c.fn}, extra ${c.fp}${note}`);
    }
    for (const item of doc.missed[type]) lines.push(`    - missed ${item}`);
    for (const item of doc.extra[type]) lines.push(`    + extra  ${item}`);
    for (const item of optional) lines.push(`    ~ optional ${item}`);
  }
  return lines.join("\n");
}

/** One line per document: F1 per type (`-` when nothing was expected or found) and overall. */
export function formatPerDocument(scores: Scores, types: readonly RecordType[] = RECORD_TYPES): string {
  const width = Math.max(8, ...scores.documents.map((doc) => doc.document.length));
  const head = ["document".padEnd(width), ...types.map((t) => t.slice(0, 6).padStart(6)), "overall", "letter_date"].join("  ");
  const lines = scores.documents.map((doc) => {
    const f1s = types.map((type) => {
      const c = doc.counts[type];
      return (c.tp + c.fp + c.fn === 0 ? "-" : fixed(score(c).f1)).padStart(6);
    });
    const all = score(types.map((type) => doc.counts[type]).reduce(add, zero()));
    return [doc.document.padEnd(width), ...f1s, fixed(all.f1).padStart(7), doc.letterDate.correct ? "ok" : "✗"].join("  ");
  });
  return [head, ...lines].join("\n");
}

/** The listing for every document of a run. */
export function formatListing(scores: Scores, types: readonly RecordType[] = RECORD_TYPES): string {
  const parts = scores.documents.map((doc) => formatDocument(doc, types));
  if (scores.unpaired.length) parts.push(`Not scored (no expected file): ${scores.unpaired.join(", ")}`);
  return parts.join("\n\n");
}

/** A score as `eval --json` writes it: the rates, then the counts they come from. */
export interface ScoreJson {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** `casebook eval --json`: the contract a CI dashboard reads (README, "Metrics for CI"). */
export interface MetricsJson {
  /** Bumped when a field changes meaning or goes away; new fields may appear without it. */
  schema: "casebook-eval/1";
  overall: ScoreJson;
  types: Record<RecordType, ScoreJson>;
  letter_date: { correct: number; total: number; accuracy: number };
  /** Attributes of matched records (person organisation and roles, penalty dates): tallies and accuracy. */
  attributes: Record<Attribute, AttributeTally & { accuracy: number }>;
  documents: {
    document: string;
    actual: string | null;
    overall: ScoreJson;
    types: Record<RecordType, ScoreJson>;
    letter_date: { expected: string | null; actual: string | null; correct: boolean };
  }[];
  /** Actual results with no expected file: listed, not scored. */
  unpaired: string[];
  /** The `--min-f1*` figures asked for, the ones missed (`people F1 0.512 < 0.800`), and the verdict. */
  minima: Partial<Record<RecordType | "overall", number>>;
  failures: string[];
  passed: boolean;
}

const scoreJson = (s: Score): ScoreJson => ({ precision: s.precision, recall: s.recall, f1: s.f1, tp: s.tp, fp: s.fp, fn: s.fn });

const byType = (scoreOf: (type: RecordType) => Score): Record<RecordType, ScoreJson> =>
  Object.fromEntries(RECORD_TYPES.map((type) => [type, scoreJson(scoreOf(type))])) as Record<RecordType, ScoreJson>;

/** The machine-readable metrics of an evaluation; `failures` as `checkMinima` lists them. */
export function metricsJson(
  scores: Scores,
  minima: Partial<Record<RecordType | "overall", number>> = {},
  failures: string[] = [],
): MetricsJson {
  return {
    schema: "casebook-eval/1",
    overall: scoreJson(scores.overall),
    types: byType((type) => scores.byType[type]),
    letter_date: { ...scores.letterDate },
    attributes: Object.fromEntries(ATTRIBUTES.map((name) => [name, { ...scores.attributes[name], accuracy: accuracy(scores.attributes[name]) }])) as MetricsJson["attributes"],
    documents: scores.documents.map((doc) => ({
      document: doc.document,
      actual: doc.actual,
      overall: scoreJson(score(RECORD_TYPES.map((type) => doc.counts[type]).reduce(add, zero()))),
      types: byType((type) => score(doc.counts[type])),
      letter_date: { ...doc.letterDate },
    })),
    unpaired: [...scores.unpaired],
    minima: { ...minima },
    failures: [...failures],
    passed: failures.length === 0,
  };
}
