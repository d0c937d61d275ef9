/**
 * Browser code of the report, part 1: data, DOM helpers and the record tooltip.
 * Client parts are plain ES2020 kept as strings (the page inlines them under a CSP hash);
 * they build every node with createElement/textContent, never innerHTML.
 */
export const CORE_SCRIPT = String.raw`
const DATA = JSON.parse(document.getElementById("casebook-data").textContent);
const DOCS = DATA.documents;
const TYPES = ["people", "organisations", "dates", "sentences", "fines"];
const LABELS = DATA.labels;
/** People across the letters (persons.csv's rows), each with its records as [document index, people index]. */
const PERSONS = DATA.persons;
const CUSTODIAL = DATA.custodial;
const PERSON_AT = new Map();
PERSONS.forEach((person, k) => person.records.forEach((r) => PERSON_AT.set(r[0] + ":" + r[1], k)));
const PEOPLE_INDEX = DOCS.map((doc) => new Map(doc.people.map((p, i) => [p.id, i])));
/** The index in PERSONS of the person record personId of letter d, or -1. */
function personAcross(d, personId) {
  if (personId === null || personId === undefined) return -1;
  const i = PEOPLE_INDEX[d].get(personId);
  const k = i === undefined ? undefined : PERSON_AT.get(d + ":" + i);
  return k === undefined ? -1 : k;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
function svgEl(tag, attributes) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const name of Object.keys(attributes || {})) node.setAttribute(name, String(attributes[name]));
  return node;
}
function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}
function fmt(n) {
  return Number(n).toLocaleString("en", { maximumFractionDigits: 2 });
}
/** An amount with its currency code, or with its unit in the plural where it needs one. */
function amountText(amount, currency, unit) {
  if (currency) return fmt(amount) + " " + currency;
  return fmt(amount) + (unit ? " " + unit + (amount === 1 || /s$/.test(unit) ? "" : "s") : "");
}
function list(values) {
  return (values || []).join("; ");
}
function docIndexById(id) {
  return DOCS.findIndex((doc) => doc.document.id === id);
}

/** The fields an analyst checks, per record type, as [label, value] pairs. */
function fieldsOf(type, rec) {
  const money = (rec.money || []).map((m) => fmt(m.amount) + " " + m.currency).join(", ");
  const byType = {
    people: [["Name", rec.name], ["Aliases", list(rec.aliases)], ["Roles", list(rec.roles)],
      ["Organisation", rec.organisation], ["Mentions", rec.mentions ? rec.mentions.length : 0]],
    organisations: [["Name", rec.name], ["Acronym", rec.acronym], ["Aliases", list(rec.aliases)],
      ["Mentions", rec.mentions ? rec.mentions.length : 0]],
    dates: [["Text", rec.text], ["Value", rec.value]],
    sentences: [["Person", rec.person], ["Kind", rec.kind], ["Duration", rec.duration], ["Days", rec.days],
      ["Date", rec.date], ["Text", rec.text]],
    fines: [["Person", rec.person], ["Amount", amountText(rec.amount, rec.currency, rec.unit)],
      ["Money", money], ["Date", rec.date], ["Text", rec.text]],
  };
  return byType[type].concat([["Offsets", rec.start + "–" + rec.end], ["Rules", list(rec.rules)]]);
}

const tooltip = document.getElementById("tooltip");
function showTooltip(doc, refs, x, y) {
  clear(tooltip);
  for (const ref of refs) {
    const [type, index] = ref.split(":");
    const rec = doc[type][Number(index)];
    if (!rec) continue;
    const card = el("div", "tip-card");
    const head = el("div", "tip-head");
    head.append(el("span", "swatch t-" + type), el("span", "", LABELS[type].singular), el("span", "tip-id", rec.id));
    const fields = el("dl");
    for (const [label, value] of fieldsOf(type, rec)) {
      if (value === null || value === undefined || value === "") continue;
      fields.append(el("dt", label === "Rules" ? "rule" : "", label), el("dd", label === "Rules" ? "rule" : "", value));
    }
    card.append(head, fields);
    tooltip.append(card);
  }
  tooltip.hidden = false;
  const box = tooltip.getBoundingClientRect();
  const left = Math.min(x + 14, window.innerWidth - box.width - 8);
  const top = y + 18 + box.height > window.innerHeight ? y - box.height - 12 : y + 18;
  tooltip.style.left = Math.max(8, left) + "px";
  tooltip.style.top = Math.max(8, top) + "px";
}
function hideTooltip() {
  tooltip.hidden = true;
}
`;
