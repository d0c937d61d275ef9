/**
 * Browser code of the report, part 3a: the columns of each table, and what the person and
 * kind filters look at in each record type.
 */
export const COLUMNS_SCRIPT = String.raw`
const num = true;
function column(key, label, get, isNumber) {
  return { key: key, label: label, get: get, num: !!isNumber };
}
const docColumn = column("doc", "Document", (rec, doc) => doc.document.id);
const ruleColumn = column("rules", "Rules", (rec) => rec.rules.join("\n"));
const COLUMNS = {
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
/** What the person and kind filters look at, per table (absent: the filter does not apply). */
const PERSON_OF = {
  people: (rec) => [rec.name].concat(rec.aliases),
  sentences: (rec) => [rec.person || ""],
  fines: (rec) => [rec.person || ""],
};
const KIND_OF = {
  documents: (rec) => rec.status,
  sentences: (rec) => rec.kind || "(none)",
  fines: (rec) => rec.currency || rec.unit || "(none)",
  dates: (rec) => (/^\d{4}-\d{2}-\d{2}$/.test(rec.value) ? "day" : /^\d{4}-\d{2}$/.test(rec.value) ? "month" : "year-less"),
};
`;
