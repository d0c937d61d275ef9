/**
 * Browser code of the report, part 4: small charts across the batch — days of detention and
 * fines per person, and dated records per month. Clicking a bar filters the tables.
 */
export const CHARTS_SCRIPT = String.raw`
const TOP = 12;
function filterTable(type, person, search) {
  ui.person.value = person || "";
  ui.search.value = search || "";
  ui.doc.value = "";
  ui.kind.value = "";
  showTable(type);
  document.getElementById("records").scrollIntoView({ block: "start" });
}

function emptyChart(node, text) {
  node.append(el("p", "empty", text));
}

/** Horizontal bars: items are { label, value, text, max, onClick }. */
function barList(node, items, type) {
  const listNode = el("ol", "bars");
  for (const item of items) {
    const row = el("li");
    const button = el("button", "bar-row");
    button.type = "button";
    button.title = item.label + ": " + item.text;
    const track = el("span", "bar-track");
    const bar = el("span", "bar t-" + type);
    bar.style.width = Math.max(1.5, (100 * item.value) / (item.max || 1)) + "%";
    track.append(bar);
    button.append(el("span", "bar-label", item.label), track, el("span", "bar-value", item.text));
    button.addEventListener("click", item.onClick);
    row.append(button);
    listNode.append(row);
  }
  node.append(listNode);
}

function daysText(days) {
  const years = Math.floor(days / 365), rest = days % 365;
  return fmt(days) + " d" + (years ? " (" + years + " y " + Math.round(rest / 30) + " m)" : "");
}

function chartDays(node) {
  const totals = new Map();
  for (const doc of DOCS) for (const rec of doc.sentences) {
    if (!rec.person) continue;
    const entry = totals.get(rec.person) || { days: 0, n: 0 };
    entry.days += rec.days;
    entry.n += 1;
    totals.set(rec.person, entry);
  }
  const items = Array.from(totals, ([person, entry]) => ({ person: person, days: entry.days, n: entry.n }))
    .sort((a, b) => b.days - a.days || a.person.localeCompare(b.person)).slice(0, TOP);
  if (!items.length) return emptyChart(node, "No sentences with a named person.");
  const max = items[0].days;
  barList(node, items.map((item) => ({
    label: item.person, value: item.days, max: max, text: daysText(item.days),
    onClick: () => filterTable("sentences", item.person, ""),
  })), "sentences");
  if (totals.size > TOP) node.append(el("p", "chart-note", "Top " + TOP + " of " + totals.size + " people."));
}

function chartFines(node) {
  const totals = new Map();
  for (const doc of DOCS) for (const rec of doc.fines) {
    if (!rec.person) continue;
    const unit = rec.currency || rec.unit || "";
    const key = rec.person + "\u0000" + unit;
    const entry = totals.get(key) || { person: rec.person, unit: unit, currency: rec.currency, amount: 0 };
    entry.amount += rec.amount;
    totals.set(key, entry);
  }
  if (!totals.size) return emptyChart(node, "No fines on a named person.");
  const maxByUnit = new Map();
  for (const entry of totals.values()) maxByUnit.set(entry.unit, Math.max(maxByUnit.get(entry.unit) || 0, entry.amount));
  const items = Array.from(totals.values())
    .sort((a, b) => b.amount / maxByUnit.get(b.unit) - a.amount / maxByUnit.get(a.unit) || a.unit.localeCompare(b.unit) || b.amount - a.amount)
    .slice(0, TOP);
  barList(node, items.map((entry) => ({
    label: entry.person, value: entry.amount, max: maxByUnit.get(entry.unit), text: amountText(entry.amount, entry.currency, entry.currency ? null : entry.unit),
    onClick: () => filterTable("fines", entry.person, ""),
  })), "fines");
  node.append(el("p", "chart-note", "Bars compare amounts within the same currency or unit."));
}

function chartMonths(node) {
  const counts = new Map();
  for (const doc of DOCS) for (const rec of doc.dates) {
    const match = /^(\d{4})-(\d{2})/.exec(rec.value);
    if (match) counts.set(match[1] + "-" + match[2], (counts.get(match[1] + "-" + match[2]) || 0) + 1);
  }
  if (!counts.size) return emptyChart(node, "No dates with a year and month.");
  const keys = Array.from(counts.keys()).sort();
  const toIndex = (key) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
  const first = toIndex(keys[0]), last = toIndex(keys[keys.length - 1]);
  // Note: past ten years of span a month axis is unreadable, so the chart counts per year.
  const byYear = last - first > 120;
  const buckets = [];
  if (byYear) {
    for (let y = Math.floor(first / 12); y <= Math.floor(last / 12); y++) buckets.push({ key: String(y), n: 0 });
    for (const [key, n] of counts) buckets[Number(key.slice(0, 4)) - Math.floor(first / 12)].n += n;
  } else {
    for (let m = first; m <= last; m++) {
      const key = Math.floor(m / 12) + "-" + String((m % 12) + 1).padStart(2, "0");
      buckets.push({ key: key, n: counts.get(key) || 0 });
    }
  }
  const max = Math.max.apply(null, buckets.map((b) => b.n));
  const width = 560, height = 150, base = 128, pad = 24, step = (width - 2 * pad) / buckets.length;
  const chart = svgEl("svg", { viewBox: "0 0 " + width + " " + height, class: "months", role: "img" });
  chart.append(svgEl("line", { x1: pad, x2: width - pad, y1: base + 0.5, y2: base + 0.5, class: "axis" }));
  const labelEvery = Math.ceil(buckets.length / 8);
  buckets.forEach((bucket, k) => {
    const h = bucket.n ? Math.max(2, ((base - 14) * bucket.n) / max) : 0;
    const barWidth = Math.min(step * 0.7, 36);
    const bar = svgEl("rect", { x: pad + k * step + (step - barWidth) / 2, y: base - h, width: barWidth, height: h, rx: 1.5, class: "col t-dates" });
    const title = svgEl("title");
    title.textContent = bucket.key + ": " + bucket.n + " date" + (bucket.n === 1 ? "" : "s");
    bar.append(title);
    bar.addEventListener("click", () => filterTable("dates", "", bucket.key));
    chart.append(bar);
    if (bucket.n && bucket.n === max) chart.append(Object.assign(svgEl("text", { x: pad + k * step + step / 2, y: base - h - 3, class: "peak" }), { textContent: String(bucket.n) }));
    if (k % labelEvery === 0) chart.append(Object.assign(svgEl("text", { x: pad + k * step + step / 2, y: base + 14, class: "tick" }), { textContent: bucket.key }));
  });
  node.append(chart);
  node.append(el("p", "chart-note", (byYear ? "Per year" : "Per month") + " · click a bar to list its dates."));
}

function initCharts() {
  chartDays(document.getElementById("chart-days"));
  chartFines(document.getElementById("chart-fines"));
  chartMonths(document.getElementById("chart-months"));
}
`;
