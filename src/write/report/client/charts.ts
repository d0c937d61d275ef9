/**
 * Browser code of the report, part 4: small charts across the batch, per person across the
 * letters (PERSONS: every spelling of one person is one bar, a copy of a letter counts once) —
 * days held, terms not held by kind, fines per currency — and dated records per month.
 * Clicking a bar filters the tables.
 */
export const CHARTS_SCRIPT = String.raw`
const TOP = 12;
function filterTable(type, person, search) {
  table.key = -1;
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

/** Shows the cases of person k (every spelling, every letter) in the cases sheet. */
function filterPerson(k) {
  ui.person.value = "";
  ui.search.value = "";
  ui.doc.value = "";
  ui.kind.value = "";
  table.key = k;
  showTable("cases");
  document.getElementById("records").scrollIntoView({ block: "start" });
}

/** Days held (prison, detention) per person across the letters: never a suspended or probation term. */
function chartDays(node) {
  const items = PERSONS.map((person, k) => ({ person: person, k: k })).filter((item) => item.person.custodial_days > 0)
    .sort((a, b) => b.person.custodial_days - a.person.custodial_days || a.person.name.localeCompare(b.person.name));
  if (!items.length) return emptyChart(node, "No prison or detention term on a named person.");
  const max = items[0].person.custodial_days;
  barList(node, items.slice(0, TOP).map((item) => ({
    label: item.person.name, value: item.person.custodial_days, max: max, text: daysText(item.person.custodial_days),
    onClick: () => filterPerson(item.k),
  })), "sentences");
  if (items.length > TOP) node.append(el("p", "chart-note", "Top " + TOP + " of " + items.length + " people."));
}

/** Terms not held per person and kind: a suspended term and a probation term are two bars, not one sum. */
function chartOther(node) {
  const items = [];
  PERSONS.forEach((person, k) => person.other_days.forEach((other) => items.push({ person: person, k: k, kind: other.kind || "kind not stated", days: other.days })));
  items.sort((a, b) => b.days - a.days || a.person.name.localeCompare(b.person.name) || a.kind.localeCompare(b.kind));
  if (!items.length) return emptyChart(node, "No suspended, probation or other term not held on a named person.");
  const max = items[0].days;
  barList(node, items.slice(0, TOP).map((item) => ({
    label: item.person.name + " · " + item.kind, value: item.days, max: max, text: daysText(item.days),
    onClick: () => filterPerson(item.k),
  })), "sentences");
  if (items.length > TOP) node.append(el("p", "chart-note", "Top " + TOP + " of " + items.length + "."));
}

/** Fines per person, one list per currency or unit, each on its own scale. */
function chartFines(node) {
  const byCurrency = new Map();
  PERSONS.forEach((person, k) => person.fine_totals.forEach((total) => {
    if (!byCurrency.has(total.currency)) byCurrency.set(total.currency, []);
    byCurrency.get(total.currency).push({ person: person, k: k, amount: total.amount });
  }));
  if (!byCurrency.size) return emptyChart(node, "No fines on a named person.");
  const currencies = Array.from(byCurrency.keys()).sort((a, b) => byCurrency.get(b).length - byCurrency.get(a).length || a.localeCompare(b));
  for (const currency of currencies) {
    const items = byCurrency.get(currency).sort((a, b) => b.amount - a.amount || a.person.name.localeCompare(b.person.name));
    const group = el("div", "currency-group");
    group.dataset.currency = currency;
    group.append(el("h3", "currency", currency || "(no currency)"));
    barList(group, items.slice(0, TOP).map((item) => ({
      label: item.person.name, value: item.amount, max: items[0].amount,
      text: amountText(item.amount, /^[A-Z]{3}$/.test(currency) ? currency : null, /^[A-Z]{3}$/.test(currency) ? null : currency),
      onClick: () => filterPerson(item.k),
    })), "fines");
    if (items.length > TOP) group.append(el("p", "chart-note", "Top " + TOP + " of " + items.length + " people."));
    node.append(group);
  }
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
  chartOther(document.getElementById("chart-other"));
  chartFines(document.getElementById("chart-fines"));
  chartMonths(document.getElementById("chart-months"));
}
`;
