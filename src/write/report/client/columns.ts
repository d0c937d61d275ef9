/**
 * Browser code of the report, part 3a: the columns of each table, and what the person and
 * kind filters look at in each. A column's `get(rec, doc, item)` gives its text (sorted and
 * searched); `links(rec)` gives buttons that open records in the letter.
 */
export const COLUMNS_SCRIPT = String.raw`
const num = true;
function column(key, label, get, isNumber, links) {
  return { key: key, label: label, get: get, num: !!isNumber, links: links || null };
}
const docColumn = column("doc", "Document", (rec, doc) => doc.document.id);
const ruleColumn = column("rules", "Rules", (rec) => rec.rules.join("\n"));
function totalsText(totals) {
  return totals.map((t) => fmt(t.amount) + " " + t.currency).join("; ");
}
function otherText(other) {
  return other.map((o) => (o.kind || "kind not stated") + " " + daysText(o.days)).join("; ");
}
function daysText(days) {
  const years = Math.floor(days / 365), rest = days % 365;
  return fmt(days) + " d" + (years ? " (" + years + " y " + Math.round(rest / 30) + " m)" : "");
}
/** The person a penalty names, as [person record, person across], either null. */
function caseItemPerson(rec, item) {
  const person = rec.person_id === null ? null : item.doc.people[PEOPLE_INDEX[item.d].get(rec.person_id)] || null;
  const k = personAcross(item.d, rec.person_id);
  return [person, k >= 0 ? PERSONS[k] : null];
}
const COLUMNS = {
  cases: [column("person", "Person", (rec) => rec.person),
    column("roles", "Roles", (rec, doc, item) => { const p = caseItemPerson(rec, item)[0]; return p ? list(p.roles) : ""; }),
    column("organisation", "Organisation", (rec, doc, item) => { const p = caseItemPerson(rec, item)[0]; return p ? p.organisation : ""; }),
    column("penalty", "Penalty", (rec, doc, item) => (item.t === "sentences" ? "sentence" : "fine")),
    column("kind", "Kind", (rec, doc, item) => (item.t === "sentences" ? rec.kind : "")),
    column("duration", "Duration", (rec, doc, item) => (item.t === "sentences" ? rec.duration : "")),
    column("days", "Days", (rec, doc, item) => (item.t === "sentences" ? rec.days : null), num),
    column("amount", "Amount", (rec, doc, item) => (item.t === "fines" ? rec.amount : null), num),
    column("unit", "Currency / unit", (rec, doc, item) => (item.t === "fines" ? rec.currency || rec.unit : "")),
    column("date", "Date", (rec) => rec.date),
    column("letter_date", "Letter date", (rec, doc) => doc.document.letter_date),
    column("text", "Text", (rec) => rec.text), docColumn],
  persons: [column("name", "Name", (rec) => rec.name), column("variants", "Variants", (rec) => list(rec.variants)),
    column("letters", "Letters", (rec) => rec.documents.length, num,
      (rec) => rec.records.map((r) => ({ label: DOCS[r[0]].document.id, t: "people", d: r[0], i: r[1] }))),
    column("roles", "Roles", (rec) => list(rec.roles)), column("organisations", "Organisations", (rec) => list(rec.organisations)),
    column("sentences", "Sentences", (rec) => rec.sentences, num),
    column("custodial_days", "Days held", (rec) => rec.custodial_days, num),
    column("other_days", "Terms not held", (rec) => otherText(rec.other_days)),
    column("fines", "Fines", (rec) => totalsText(rec.fine_totals)),
    column("key", "Key", (rec) => rec.key)],
  documents: [docColumn, column("status", "Status", (rec) => rec.status),
    column("letter_date", "Letter date", (rec) => rec.letter_date), column("words", "Words", (rec) => rec.words, num)]
    .concat(TYPES.map((type) => column(type, LABELS[type].plural, (rec, doc) => doc[type].length, num)))
    .concat([column("messages", "Messages", (rec) => rec.errors.concat(rec.warnings).map((m) => m.code).join(" "))]),
  people: [docColumn, column("name", "Name", (rec) => rec.name), column("aliases", "Aliases", (rec) => list(rec.aliases)),
    column("roles", "Roles", (rec) => list(rec.roles)), column("organisation", "Organisation", (rec) => rec.organisation),
    column("mentions", "Mentions", (rec) => rec.mentions.length, num), ruleColumn],
  organisations: [docColumn, column("name", "Name", (rec) => rec.name), column("acronym", "Acronym", (rec) => rec.acronym),
    column("aliases", "Aliases", (rec) => list(rec.aliases)), column("mentions", "Mentions", (rec) => rec.mentions.length, num), ruleColumn],
  dates: [docColumn, column("text", "Text", (rec) => rec.text), column("value", "Value", (rec) => rec.value), ruleColumn],
  sentences: [docColumn, column("person", "Person", (rec) => rec.person), column("kind", "Kind", (rec) => rec.kind),
    column("duration", "Duration", (rec) => rec.duration), column("days", "Days", (rec) => rec.days, num),
    column("date", "Date", (rec) => rec.date), column("text", "Text", (rec) => rec.text), ruleColumn],
  fines: [docColumn, column("person", "Person", (rec) => rec.person), column("amount", "Amount", (rec) => rec.amount, num),
    column("unit", "Currency / unit", (rec) => rec.currency || rec.unit),
    column("money", "Money", (rec) => rec.money.map((m) => fmt(m.amount) + " " + m.currency).join(", ")),
    column("date", "Date", (rec) => rec.date), column("text", "Text", (rec) => rec.text), ruleColumn],
};
/** The names the person filter matches, per table (absent: the filter does not apply): a person's every spelling. */
function namesAcross(k) {
  return k >= 0 ? PERSONS[k].variants : [];
}
const PERSON_OF = {
  cases: (rec, item) => [rec.person || ""].concat(namesAcross(personAcross(item.d, rec.person_id))),
  persons: (rec) => [rec.name].concat(rec.variants),
  people: (rec, item) => [rec.name].concat(rec.aliases, namesAcross(personAcross(item.d, rec.id))),
  sentences: (rec, item) => [rec.person || ""].concat(namesAcross(personAcross(item.d, rec.person_id))),
  fines: (rec, item) => [rec.person || ""].concat(namesAcross(personAcross(item.d, rec.person_id))),
};
/** The person across the letters a row is about, for a chart's click (-1: none). */
const KEY_OF = {
  cases: (rec, item) => personAcross(item.d, rec.person_id),
  persons: (rec, item) => item.k,
  people: (rec, item) => personAcross(item.d, rec.id),
  sentences: (rec, item) => personAcross(item.d, rec.person_id),
  fines: (rec, item) => personAcross(item.d, rec.person_id),
};
const KIND_OF = {
  cases: (rec, item) => (item.t === "sentences" ? "sentence: " + (rec.kind || "(none)") : "fine: " + (rec.currency || rec.unit || "(none)")),
  documents: (rec) => rec.status,
  sentences: (rec) => rec.kind || "(none)",
  fines: (rec) => rec.currency || rec.unit || "(none)",
  dates: (rec) => (/^\d{4}-\d{2}-\d{2}$/.test(rec.value) ? "day" : /^\d{4}-\d{2}$/.test(rec.value) ? "month" : "year-less"),
};
`;
