/** One-line descriptions of expected or actual records, for the per-document listing. */
import type { RecordType } from "../records.js";

type Loose = Record<string, unknown>;

const quote = (value: unknown): string => (typeof value === "string" && value !== "" ? `"${value}"` : "");
const at = (r: Loose): string => (typeof r.start === "number" ? ` @${r.start}` : "");
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

function person(r: Loose): string {
  const aliases = list(r.aliases);
  return `${String(r.name)}${aliases.length ? ` (aka ${aliases.join(", ")})` : ""}`;
}

function organisation(r: Loose): string {
  const acronym = typeof r.acronym === "string" && r.acronym !== r.name ? ` [${r.acronym}]` : "";
  const aliases = list(r.aliases);
  return `${String(r.name)}${acronym}${aliases.length ? ` (aka ${aliases.join(", ")})` : ""}`;
}

function penalty(r: Loose, what: string): string {
  const who = r.person === null || r.person === undefined ? "(no person)" : String(r.person);
  const date = typeof r.date === "string" ? ` on ${r.date}` : "";
  return `${who}: ${what}${date} ${quote(r.text)}`.trimEnd();
}

function money(r: Loose): string {
  const measure = [r.currency, r.unit].filter((v) => typeof v === "string").join(" ");
  return `${String(r.amount)}${measure ? ` ${measure}` : ""}`;
}

/** Describes a record of the given type, e.g. `Anatoly Bokun: 15 days detention "…"`. */
export function describe(type: RecordType, record: unknown): string {
  const r = (record ?? {}) as Loose;
  switch (type) {
    case "people":
      return person(r) + at(r);
    case "organisations":
      return organisation(r) + at(r);
    case "dates":
      return `${String(r.value)} ${quote(r.text)}`.trimEnd() + at(r);
    case "sentences":
      return penalty(r, `${String(r.days)} days${typeof r.kind === "string" ? ` ${r.kind}` : ""}`) + at(r);
    case "fines":
      return penalty(r, money(r)) + at(r);
  }
}
