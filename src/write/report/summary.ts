/**
 * The run summary at the top of the report, rendered on the server side (it is small and
 * then readable even with scripts off): counts, failures with their messages, warnings.
 */
import type { Message, RunSummary } from "../../records.js";
import { RECORD_TYPES } from "../../records-plain.js";
import type { ReportProblem } from "./collect.js";
import { html, type SafeHtml } from "./html.js";
import { TYPE_LABELS } from "./types.js";
import { outputFiles } from "../outputs.js";

// Every output's description, by path (run.json lists only the paths).
const ABOUT = new Map(outputFiles({ json: true, csv: true, jsonl: true, sqlite: true, report: true }).map((f) => [f.path, f.about]));

/** Links to the run's other outputs, cases first; the report sits in `report/`, so each is `../`. */
function outputLinks(outputs: readonly string[]): SafeHtml | string {
  const files = outputs.filter((path) => path !== "report/index.html");
  if (files.length === 0) return "";
  const items = files.map((path) => html`<li><a href="../${path}">${path}</a> <span class="about">${ABOUT.get(path) ?? ""}</span></li>`);
  return html`<details class="outputs" open><summary>Files of this run</summary><ul>${items}</ul></details>`;
}

function card(label: string, value: number, note: string, type?: string): SafeHtml {
  const swatch = type ? html`<span class="swatch t-${type}"></span>` : "";
  return html`<div class="stat" data-stat="${type ?? label.toLowerCase()}">
<div class="stat-label">${swatch}${label}</div>
<div class="stat-value">${value.toLocaleString("en")}</div>
<div class="stat-note">${note}</div></div>`;
}

function messageRows(list: RunSummary["failures"]): SafeHtml[] {
  return list.flatMap(({ id, errors }) =>
    errors.map(
      (error: Message) => html`<tr><td class="doc-link"><button type="button" class="link" data-open-doc="${id}">${id}</button></td>
<td><code>${error.code}</code></td><td>${error.message}${error.cause && error.cause !== error.message ? html`<div class="cause">${error.cause}</div>` : ""}</td></tr>`,
    ),
  );
}

function messageTable(list: RunSummary["failures"]): SafeHtml {
  return html`<table class="messages"><thead><tr><th>Document</th><th>Code</th><th>Message</th></tr></thead>
<tbody>${messageRows(list)}</tbody></table>`;
}

/** The summary section; `loaded` is how many document results the report could read. */
export function renderSummary(summary: RunSummary, loaded: number, problems: ReportProblem[]): SafeHtml {
  const seconds = (summary.elapsed_ms / 1000).toFixed(1);
  const cards = [
    card("Documents", summary.documents, `${summary.ok} ok · ${summary.failed} failed`),
    card("Words", summary.words, `${seconds} s run · casebook ${summary.casebook}`),
    ...RECORD_TYPES.map((type) => card(TYPE_LABELS[type].plural, summary.counts[type], "records", type)),
  ];
  const notices: SafeHtml[] = [];
  if (loaded !== summary.documents) {
    notices.push(html`<p class="notice">The report found ${loaded} document results in <code>json/</code> but the run
processed ${summary.documents}: JSON output may be off for this run, or the folder holds files from an earlier run.</p>`);
  }
  for (const problem of problems) {
    notices.push(html`<p class="notice">Skipped <code>${problem.file}</code>: ${problem.reason}</p>`);
  }
  const failures = summary.failures.length
    ? html`<h3>Failures <span class="count">${summary.failures.length}</span></h3>${messageTable(summary.failures)}`
    : html`<p class="all-ok">Every document was processed.</p>`;
  const warnings = summary.warnings.length
    ? html`<details><summary>Warnings on ${summary.warnings.length} ${summary.warnings.length === 1 ? "document" : "documents"}</summary>${messageTable(summary.warnings)}</details>`
    : "";
  return html`<section id="summary" class="panel" aria-label="Run summary">
<div class="stats">${cards}</div>${notices}${failures}${warnings}${outputLinks(summary.outputs ?? [])}</section>`;
}
