/**
 * The report page: one self-contained HTML file. A Content-Security-Policy forbids every
 * network access and allows only the page's own inline script and style, by hash; letter
 * data travels as escaped JSON that the script renders with textContent.
 */
import { createHash } from "node:crypto";
import type { RunSummary } from "../../records.js";
import { CLIENT_SCRIPT } from "./client/index.js";
import type { ReportDocuments } from "./collect.js";
import { html, jsonForScript, raw } from "./html.js";
import { STYLE } from "./style.js";
import { renderSummary } from "./summary.js";
import { TYPE_LABELS } from "./types.js";
import { reportPersons } from "./people.js";
import { CUSTODIAL_KINDS } from "../kinds.js";

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The policy for the page: nothing from the network, only the hashed script and style. */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

// Note: terms held (prison, detention) and terms not held (suspended, probation, restricted
// freedom…) are separate charts, and fines one list per currency: they never add up (issue 17).
const WORKSPACE = raw(`<div class="charts" aria-label="Charts">
<section class="panel"><h2>Days held per person</h2><p class="chart-sub">Prison, detention and administrative detention</p><div id="chart-days"></div></section>
<section class="panel"><h2>Terms not held per person</h2><p class="chart-sub">Suspended, probation, restricted freedom, house arrest, corrective labour, bans: each kind apart</p><div id="chart-other"></div></section>
<section class="panel"><h2>Fines per person, by currency</h2><p class="chart-sub">Each currency or unit on its own scale, never summed across them</p><div id="chart-fines"></div></section>
<section class="panel"><h2>Dated records per month</h2><div id="chart-months"></div></section>
</div>
<div class="workspace">
<section id="records" class="panel" aria-label="Records">
<div id="record-tabs" class="tabs" role="tablist"></div>
<div class="filters">
<select id="filter-doc" aria-label="Document"><option value="">All documents</option></select>
<input id="filter-person" type="text" placeholder="Person" aria-label="Person">
<select id="filter-kind" aria-label="Kind"></select>
<input id="filter-search" type="search" placeholder="Search records" aria-label="Search">
<button id="filter-clear" type="button">Clear</button>
</div>
<p id="table-status" class="table-status"></p>
<div class="table-wrap"><table id="records-table"><thead id="records-head"></thead><tbody id="records-body"></tbody></table>
<button id="records-more" type="button" hidden>Show more</button></div>
</section>
<section id="letter" class="panel" aria-label="Letter">
<div class="toolbar">
<button id="letter-prev" type="button" aria-label="Previous letter">&#8592;</button>
<select id="letter-picker" aria-label="Letter"></select>
<button id="letter-next" type="button" aria-label="Next letter">&#8594;</button>
</div>
<div id="letter-meta"></div>
<div id="letter-legend" class="legend" aria-label="Legend"></div>
<p id="letter-status" class="notice"></p>
<div id="letter-body"></div>
</section>
</div>`);

/** Renders the whole page for a run summary and the documents read back from its output. */
export function renderPage(summary: RunSummary, { documents, problems, persons }: ReportDocuments): string {
  if (/<\/script|<!--/i.test(CLIENT_SCRIPT)) throw new Error("the report script must not contain </script or <!--");
  const data = jsonForScript({ labels: TYPE_LABELS, custodial: CUSTODIAL_KINDS, documents, persons: reportPersons(documents, persons) });
  const policy = contentSecurityPolicy(CLIENT_SCRIPT, STYLE);
  const subtitle = `${summary.documents} documents · casebook ${summary.casebook}`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>casebook review report</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<header class="top"><h1>casebook review report</h1><p>${subtitle}</p></header>
<main>
${renderSummary(summary, documents.length, problems)}
<noscript><p class="notice">Scripts are off: the summary above is complete, but tables, charts and letters need JavaScript.</p></noscript>
${WORKSPACE}
</main>
<div id="tooltip" role="tooltip" hidden></div>
<script type="application/json" id="casebook-data">${raw(data)}</script>
<script>${raw(CLIENT_SCRIPT)}</script>
</body>
</html>
`.value;
}
