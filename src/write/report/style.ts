/** The report page's one inline stylesheet (allowed by the page's CSP through its hash). */
export const STYLE = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --soft: #f5f7fa; --accent: #1d4ed8;
  --people: #2563eb; --organisations: #059669; --dates: #d97706; --sentences: #dc2626; --fines: #7c3aed; }
* { box-sizing: border-box; }
body { margin: 0; background: #eef1f5; color: var(--ink);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.top { display: flex; align-items: baseline; gap: 14px; padding: 14px 24px; background: #fff;
  border-bottom: 1px solid var(--line); }
header.top h1 { margin: 0; font-size: 18px; font-weight: 650; letter-spacing: -0.01em; }
header.top p { margin: 0; color: var(--muted); }
main { padding: 16px 24px 24px; }
h2 { margin: 0 0 10px; font-size: 13px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
h3 { margin: 16px 0 8px; font-size: 14px; }
code { font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; background: var(--soft);
  padding: 1px 4px; border-radius: 3px; }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 18px; margin-bottom: 16px; }
.stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; }
.stat { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.stat-label { color: var(--muted); font-size: 12px; display: flex; align-items: center; gap: 6px; }
.stat-value { font-size: 24px; font-weight: 650; font-variant-numeric: tabular-nums; }
.stat-note { color: var(--muted); font-size: 12px; }
.count { display: inline-block; min-width: 20px; padding: 0 6px; margin-left: 6px; border-radius: 9px;
  background: var(--soft); color: var(--muted); font-size: 11.5px; text-align: center; font-variant-numeric: tabular-nums; }
.all-ok { color: #047857; margin: 12px 0 0; }
.notice { margin: 8px 0; padding: 6px 10px; border-left: 3px solid #f59e0b; background: #fffbeb; }
.notice.error { border-color: var(--sentences); background: #fef2f2; }
.cause { color: var(--muted); font-size: 12px; }
.empty { color: var(--muted); font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th { text-align: left; font-weight: 600; background: #f9fafb; border-bottom: 1px solid var(--line); }
.table-wrap th { position: sticky; top: 0; z-index: 1; }
td { padding: 6px 8px; border-bottom: 1px solid #eef0f2; vertical-align: top; overflow-wrap: break-word; }
.table-wrap td.col-doc { font-size: 12px; color: var(--muted); min-width: 8em; max-width: 12em; }
.table-wrap td.col-text { min-width: 16em; }
.table-wrap td.col-rules { white-space: pre; font: 11.5px/1.5 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; color: var(--muted); }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.messages th { padding: 6px 8px; }
details summary { cursor: pointer; margin-top: 12px; color: var(--muted); }
button { font: inherit; color: inherit; }
button.link { border: 0; background: none; padding: 0; color: var(--accent); cursor: pointer; text-align: left; }
button.link:hover { text-decoration: underline; }
.charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; }
.chart-sub { margin: -6px 0 8px; color: var(--muted); font-size: 12px; }
h3.currency { margin: 10px 0 4px; font-size: 12.5px; color: var(--muted); }
.currency-group:first-child h3.currency { margin-top: 0; }
button.record-link { display: block; font-size: 12px; }
details.outputs ul { margin: 6px 0 0; padding-left: 18px; columns: 2; }
details.outputs li { break-inside: avoid; }
details.outputs .about { color: var(--muted); font-size: 12px; }
.charts .panel { margin: 0; min-width: 0; }
.bars { list-style: none; margin: 0; padding: 0; }
.bar-row { display: grid; grid-template-columns: minmax(90px, 34%) 1fr auto; align-items: center; gap: 8px; width: 100%;
  border: 0; background: none; padding: 3px 0; cursor: pointer; text-align: left; font-size: 12.5px; }
.bar-row:hover .bar-label { color: var(--accent); }
.bar-label { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.bar-track { height: 10px; background: var(--soft); border-radius: 5px; overflow: hidden; }
.bar { display: block; height: 100%; border-radius: 5px; }
.bar-value { color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
.chart-note { margin: 8px 0 0; color: var(--muted); font-size: 11.5px; }
svg.months { width: 100%; height: auto; display: block; }
svg.months .axis { stroke: #cbd2d9; }
svg.months .col { cursor: pointer; }
svg.months .col:hover { opacity: 0.75; }
svg.months text { font-size: 10px; fill: var(--muted); text-anchor: middle; }
.workspace { display: grid; grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr); gap: 16px; align-items: start; margin-top: 16px; }
.workspace .panel { margin: 0; height: calc(100vh - 32px); position: sticky; top: 16px; display: flex; flex-direction: column; }
.tabs { display: flex; flex-wrap: wrap; gap: 4px; border-bottom: 1px solid var(--line); margin-bottom: 10px; }
.tab { border: 0; background: none; padding: 7px 10px; cursor: pointer; border-bottom: 2px solid transparent; color: var(--muted); }
.tab[aria-selected="true"] { color: var(--ink); font-weight: 600; border-bottom-color: var(--ink); }
.tab.t-people[aria-selected="true"] { border-bottom-color: var(--people); }
.tab.t-organisations[aria-selected="true"] { border-bottom-color: var(--organisations); }
.tab.t-dates[aria-selected="true"] { border-bottom-color: var(--dates); }
.tab.t-sentences[aria-selected="true"] { border-bottom-color: var(--sentences); }
.tab.t-fines[aria-selected="true"] { border-bottom-color: var(--fines); }
.filters { display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.5fr) auto; gap: 8px; margin-bottom: 8px; }
.filters select, .filters input, .toolbar select, .toolbar button { font: inherit; font-size: 13px; padding: 5px 8px;
  border: 1px solid #cbd2d9; border-radius: 5px; background: #fff; }
.filters :disabled { opacity: 0.45; }
.filters button, .toolbar button { cursor: pointer; }
.table-status { color: var(--muted); font-size: 12px; margin: 0 0 6px; }
.table-wrap { flex: 1; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
th button.sort { border: 0; background: none; padding: 7px 8px; width: 100%; text-align: inherit; font-weight: 600; cursor: pointer; white-space: nowrap; }
th[aria-sort="ascending"] button.sort::after { content: " \\25B2"; font-size: 9px; }
th[aria-sort="descending"] button.sort::after { content: " \\25BC"; font-size: 9px; }
#records-body tr { cursor: pointer; }
#records-body tr:hover { background: #f5f7fa; }
#records-body tr.selected { background: #eff6ff; box-shadow: inset 3px 0 0 var(--accent); }
#records-more { margin: 8px auto; display: block; }
#records-more[hidden] { display: none; }
.toolbar { display: flex; gap: 6px; align-items: center; }
.toolbar select { flex: 1; min-width: 0; }
.letter-title { display: flex; align-items: center; gap: 8px; margin: 12px 0 2px; font-size: 15px; overflow-wrap: anywhere; }
.badge { font-size: 11px; font-weight: 600; padding: 1px 7px; border-radius: 9px; text-transform: uppercase; }
.badge.ok { background: #d1fae5; color: #065f46; }
.badge.failed { background: #fee2e2; color: #991b1b; }
.letter-facts { margin: 0 0 6px; color: var(--muted); font-size: 12.5px; }
.fact-label::after { content: ": "; }
.fact { color: var(--ink); margin-right: 14px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; padding: 8px 0 10px; border-bottom: 1px solid var(--line); }
.chip { display: inline-flex; align-items: center; gap: 5px; font-size: 12.5px; padding: 2px 8px 2px 4px;
  border: 1px solid var(--line); border-radius: 12px; cursor: pointer; user-select: none; }
.chip input { margin: 0; }
.chip .count { margin-left: 0; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; flex: none; }
.swatch.t-people, .bar.t-people { background: var(--people); }
.swatch.t-organisations, .bar.t-organisations { background: var(--organisations); }
.swatch.t-dates, .bar.t-dates { background: var(--dates); }
.swatch.t-sentences, .bar.t-sentences { background: var(--sentences); }
.swatch.t-fines, .bar.t-fines { background: var(--fines); }
rect.t-dates { fill: var(--dates); }
#letter-status:empty { display: none; }
#letter-body { flex: 1; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; padding: 14px 6px 40px 2px;
  font: 15px/1.75 Charter, "Iowan Old Style", Georgia, "DejaVu Serif", serif; }
mark.hl { cursor: pointer; color: inherit; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; background: var(--entity-bg, var(--phrase-bg, transparent));
  box-shadow: inset 0 -2px 0 var(--underline, transparent); }
mark.t-sentences { --phrase-bg: #fee2e2; --underline: var(--sentences); }
mark.t-fines { --phrase-bg: #ede9fe; --underline: var(--fines); }
mark.t-dates { --entity-bg: #fde68a; }
mark.t-organisations { --entity-bg: #a7f3d0; }
mark.t-people { --entity-bg: #bfdbfe; }
.hide-sentences mark.t-sentences, .hide-fines mark.t-fines { --phrase-bg: initial; --underline: initial; }
.hide-dates mark.t-dates, .hide-organisations mark.t-organisations, .hide-people mark.t-people { --entity-bg: initial; }
mark.hl.is-target { background: #fef08a; box-shadow: inset 0 -2px 0 #111827; }
mark.hl.flash { animation: flash 1.6s ease-out; }
@keyframes flash { 0%, 40% { background: #f59e0b; } 100% { background: #fef08a; } }
#tooltip { position: fixed; z-index: 10; max-width: 380px; background: #111827; color: #f9fafb; border-radius: 6px;
  padding: 8px 10px; font-size: 12.5px; box-shadow: 0 6px 20px rgba(0,0,0,0.25); pointer-events: none; }
.tip-card + .tip-card { margin-top: 8px; padding-top: 8px; border-top: 1px solid #374151; }
.tip-head { display: flex; align-items: center; gap: 6px; font-weight: 600; margin-bottom: 4px; }
.tip-id { color: #9ca3af; font-weight: 400; margin-left: auto; }
#tooltip dl { display: grid; grid-template-columns: auto 1fr; gap: 1px 10px; margin: 0; }
#tooltip dt { color: #9ca3af; }
#tooltip dd { margin: 0; overflow-wrap: anywhere; }
#tooltip .rule { color: #fcd34d; }
@media (max-width: 1100px) {
  .charts, .workspace { grid-template-columns: 1fr; }
  .workspace .panel { position: static; height: 80vh; }
}
`;
