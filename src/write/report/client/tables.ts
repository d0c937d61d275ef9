/**
 * Browser code of the report, part 3: the cases sheet first (one row per penalty, as
 * cases.csv), then persons across the letters, documents and one table per record type,
 * sortable by any column and filtered by document, person, kind, free text and (from a
 * chart) one person across the letters. Rows are rendered a page at a time so thousands of
 * records stay quick.
 */
export const TABLES_SCRIPT = String.raw`
const PAGE = 300;
const TABLES = ["cases", "persons", "documents"].concat(TYPES);
const TABLE_LABELS = { cases: "Cases", persons: "Persons", documents: "Documents" };
const TABLE_TITLES = { cases: "One row per sentence or fine, as cases.csv", persons: "One row per person across the letters, as persons.csv" };
const table = { type: "cases", rows: {}, sort: {}, limit: PAGE, selected: null, key: -1 };
const ui = {
  tabs: document.getElementById("record-tabs"),
  doc: document.getElementById("filter-doc"),
  person: document.getElementById("filter-person"),
  kind: document.getElementById("filter-kind"),
  search: document.getElementById("filter-search"),
  status: document.getElementById("table-status"),
  head: document.getElementById("records-head"),
  body: document.getElementById("records-body"),
  more: document.getElementById("records-more"),
};

/**
 * What a table lists: { rec, doc, d, i, t, docs, k } where t and i name the record a row opens
 * in letter d (a case opens its sentence or fine, a person their first record).
 */
function itemsOf(type) {
  const items = [];
  if (type === "persons") {
    PERSONS.forEach((person, k) => items.push({ rec: person, doc: DOCS[person.records[0][0]], d: person.records[0][0], i: person.records[0][1],
      t: "people", docs: person.records.map((r) => r[0]), k: k }));
    return items;
  }
  DOCS.forEach((doc, d) => {
    if (type === "documents") items.push({ rec: doc.document, doc: doc, d: d, i: 0, t: "documents" });
    else if (type === "cases") for (const t of ["sentences", "fines"]) doc[t].forEach((rec, i) => items.push({ rec: rec, doc: doc, d: d, i: i, t: t }));
    else doc[type].forEach((rec, i) => items.push({ rec: rec, doc: doc, d: d, i: i, t: type }));
  });
  return items;
}

function rowsOf(type) {
  if (table.rows[type]) return table.rows[type];
  const rows = itemsOf(type).map((item) => {
    const cells = COLUMNS[type].map((col) => col.get(item.rec, item.doc, item));
    return {
      d: item.d, i: item.i, t: item.t, docs: item.docs || [item.d], cells: cells,
      links: COLUMNS[type].map((col) => (col.links ? col.links(item.rec) : null)),
      hay: cells.join(" ").toLowerCase(),
      person: PERSON_OF[type] ? PERSON_OF[type](item.rec, item).join(" ").toLowerCase() : "",
      kind: KIND_OF[type] ? KIND_OF[type](item.rec, item) : "",
      key: KEY_OF[type] ? KEY_OF[type](item.rec, item) : -1,
    };
  });
  table.rows[type] = rows;
  return rows;
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
function compare(a, b, isNumber) {
  const emptyA = a === null || a === undefined || a === "", emptyB = b === null || b === undefined || b === "";
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  return isNumber ? a - b : collator.compare(String(a), String(b));
}

function visibleRows() {
  const type = table.type;
  const doc = ui.doc.value, person = ui.person.value.trim().toLowerCase(), kind = ui.kind.value;
  const terms = ui.search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  let rows = rowsOf(type).filter((row) =>
    (doc === "" || row.docs.indexOf(Number(doc)) >= 0) &&
    (table.key < 0 || row.key === table.key) &&
    (person === "" || !PERSON_OF[type] || row.person.indexOf(person) >= 0) &&
    (kind === "" || !KIND_OF[type] || row.kind === kind) &&
    terms.every((term) => row.hay.indexOf(term) >= 0));
  const sort = table.sort[type];
  if (sort) {
    const isNumber = COLUMNS[type][sort.col].num;
    rows = rows.slice().sort((a, b) => sort.dir * compare(a.cells[sort.col], b.cells[sort.col], isNumber) || a.d - b.d || a.i - b.i);
  }
  return rows;
}

function renderHead() {
  clear(ui.head);
  const row = el("tr");
  COLUMNS[table.type].forEach((col, index) => {
    const th = el("th", col.num ? "num" : "");
    const sort = table.sort[table.type];
    th.setAttribute("aria-sort", sort && sort.col === index ? (sort.dir > 0 ? "ascending" : "descending") : "none");
    const button = el("button", "sort", col.label);
    button.type = "button";
    button.dataset.col = String(index);
    th.append(button);
    row.append(th);
  });
  ui.head.append(row);
}

function renderRows() {
  const rows = visibleRows();
  clear(ui.body);
  const shown = rows.slice(0, table.limit);
  for (const row of shown) {
    const tr = el("tr");
    tr.dataset.d = String(row.d);
    tr.dataset.i = String(row.i);
    tr.tabIndex = 0;
    if (table.selected === table.type + ":" + row.d + ":" + row.i) tr.classList.add("selected");
    tr.dataset.t = row.t;
    row.cells.forEach((value, index) => {
      const col = COLUMNS[table.type][index];
      const td = el("td", "col-" + col.key + (col.num ? " num" : ""), row.links[index] ? null : value === null ? "" : value);
      for (const link of row.links[index] || []) {
        const button = el("button", "link record-link", link.label);
        button.type = "button";
        Object.assign(button.dataset, { linkT: link.t, linkD: String(link.d), linkI: String(link.i) });
        td.append(button);
      }
      tr.append(td);
    });
    ui.body.append(tr);
  }
  if (!rows.length) {
    const td = el("td", "empty", "No records match.");
    td.colSpan = COLUMNS[table.type].length;
    ui.body.append(el("tr")).append(td);
  }
  ui.status.textContent = "Showing " + fmt(shown.length) + " of " + fmt(rows.length) + " (" + fmt(rowsOf(table.type).length) + " in all)" +
    (table.key >= 0 ? " · person: " + PERSONS[table.key].name + " (all spellings; Clear to undo)" : "");
  ui.more.hidden = rows.length <= table.limit;
}

function renderKinds() {
  const values = KIND_OF[table.type] ? Array.from(new Set(rowsOf(table.type).map((row) => row.kind))).sort() : [];
  const keep = ui.kind.value;
  clear(ui.kind);
  const all = el("option", "", "All kinds");
  all.value = "";
  ui.kind.append(all);
  for (const value of values) {
    const option = el("option", "", value);
    option.value = value;
    ui.kind.append(option);
  }
  ui.kind.value = values.indexOf(keep) >= 0 ? keep : "";
  ui.kind.disabled = !KIND_OF[table.type];
  ui.person.disabled = !PERSON_OF[table.type];
}

function showTable(type) {
  table.type = type;
  table.limit = PAGE;
  for (const tab of ui.tabs.querySelectorAll("button")) tab.setAttribute("aria-selected", String(tab.dataset.type === type));
  renderKinds();
  renderHead();
  renderRows();
}

function selectRow(tr) {
  for (const old of ui.body.querySelectorAll("tr.selected")) old.classList.remove("selected");
  tr.classList.add("selected");
  const d = Number(tr.dataset.d), i = Number(tr.dataset.i);
  table.selected = table.type + ":" + d + ":" + i;
  if (table.type === "documents") openDoc(d);
  else openRecord(tr.dataset.t, d, i);
}

/** Shows record i of letter d as the selected row of its table (from a click in the letter). */
function revealRow(type, d, i) {
  ui.doc.value = String(d);
  ui.person.value = "";
  ui.search.value = "";
  ui.kind.value = "";
  table.key = -1;
  table.selected = type + ":" + d + ":" + i;
  showTable(type);
  const row = ui.body.querySelector("tr[data-d=\"" + d + "\"][data-i=\"" + i + "\"]");
  if (row) row.scrollIntoView({ block: "nearest" });
}

function initTables() {
  for (const type of TABLES) {
    const tab = el("button", "tab" + (TYPES.indexOf(type) >= 0 ? " t-" + type : ""));
    tab.type = "button";
    tab.dataset.type = type;
    tab.setAttribute("role", "tab");
    if (TABLE_TITLES[type]) tab.title = TABLE_TITLES[type];
    const total = type === "persons" ? PERSONS.length : DOCS.reduce((sum, doc) =>
      sum + (type === "documents" ? 1 : type === "cases" ? doc.sentences.length + doc.fines.length : doc[type].length), 0);
    tab.append(el("span", "", TABLE_LABELS[type] || LABELS[type].plural), el("span", "count", fmt(total)));
    tab.addEventListener("click", () => { table.key = -1; showTable(type); });
    ui.tabs.append(tab);
  }
  DOCS.forEach((doc, index) => {
    const option = el("option", "", doc.document.id);
    option.value = String(index);
    ui.doc.append(option);
  });
  for (const input of [ui.doc, ui.person, ui.kind, ui.search]) {
    input.addEventListener("input", () => { table.limit = PAGE; table.key = -1; renderRows(); });
  }
  document.getElementById("filter-clear").addEventListener("click", () => {
    ui.doc.value = ""; ui.person.value = ""; ui.kind.value = ""; ui.search.value = "";
    table.key = -1;
    renderRows();
  });
  ui.more.addEventListener("click", () => { table.limit += PAGE; renderRows(); });
  ui.head.addEventListener("click", (event) => {
    const button = event.target.closest("button.sort");
    if (!button) return;
    const col = Number(button.dataset.col), sort = table.sort[table.type];
    table.sort[table.type] = { col: col, dir: sort && sort.col === col ? -sort.dir : 1 };
    renderHead();
    renderRows();
  });
  ui.body.addEventListener("click", (event) => {
    const link = event.target.closest("button.record-link");
    if (link) {
      openRecord(link.dataset.linkT, Number(link.dataset.linkD), Number(link.dataset.linkI));
      return;
    }
    const tr = event.target.closest("tr[data-d]");
    if (tr) selectRow(tr);
  });
  ui.body.addEventListener("keydown", (event) => {
    const tr = event.target.closest("tr[data-d]");
    if (tr && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); selectRow(tr); }
  });
  showTable(table.type);
}
`;
