/**
 * The tables of `casebook.sqlite`, derived from the records (src/records.ts) so that a field
 * added there becomes a column here: strings are TEXT, integers INTEGER, other numbers REAL,
 * booleans INTEGER (0/1), lists and objects JSON text (SQLite's json_each reads them).
 * Mentions get a table of their own; the views are what an analyst asks first.
 */
import type { z } from "zod";
import { CSV_SCHEMAS, PersonAcross, RECORD_TYPES } from "../records.js";

export type Table = keyof typeof CSV_SCHEMAS | "persons";
export type SqlType = "TEXT" | "INTEGER" | "REAL" | "JSON";

export interface Column {
  name: string;
  /** JSON is stored as TEXT; the writer serialises it. */
  type: SqlType;
  nullable: boolean;
}

/** Quotes an identifier (`end` is an SQL keyword). */
export const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function sqlType(field: z.ZodType): { type: SqlType; nullable: boolean } {
  let inner = field as unknown as { _zod: { def: { type: string; innerType?: unknown } }; format?: string | null };
  let nullable = false;
  while (inner._zod.def.type === "nullable" || inner._zod.def.type === "optional") {
    nullable = true;
    inner = inner._zod.def.innerType as typeof inner;
  }
  switch (inner._zod.def.type) {
    case "string":
    case "enum":
      return { type: "TEXT", nullable };
    case "number":
      return { type: inner.format === "safeint" || inner.format === "int32" ? "INTEGER" : "REAL", nullable };
    case "boolean":
      return { type: "INTEGER", nullable };
    default:
      return { type: "JSON", nullable };
  }
}

/** A table's columns: `document` first for record tables, as in the CSVs; mentions left out. */
export function columnsOf(table: Table): Column[] {
  const shape = table === "persons" ? PersonAcross.shape : CSV_SCHEMAS[table].shape;
  const fields = Object.entries(shape as Record<string, z.ZodType>)
    .filter(([name]) => name !== "mentions")
    .map(([name, field]) => ({ name, ...sqlType(field) }));
  return table === "documents" || table === "persons" ? fields : [{ name: "document", type: "TEXT", nullable: false }, ...fields];
}

function createTable(table: Table): string {
  const columns = columnsOf(table).map((c) => `${q(c.name)} ${c.type === "JSON" ? "TEXT" : c.type}${c.nullable ? "" : " NOT NULL"}`);
  const keys =
    table === "documents"
      ? ["PRIMARY KEY (id)"]
      : table === "persons"
        ? ["PRIMARY KEY (key)"]
        : ["PRIMARY KEY (document, id)", "FOREIGN KEY (document) REFERENCES documents (id)"];
  if (table === "sentences" || table === "fines") keys.push("FOREIGN KEY (document, person_id) REFERENCES people (document, id)");
  return `CREATE TABLE ${q(table)} (\n  ${[...columns, ...keys].join(",\n  ")}\n)`;
}

/** Every statement that makes an empty database, in order. */
export function schemaStatements(): string[] {
  const tables = (["documents", ...RECORD_TYPES, "persons"] as Table[]).map(createTable);
  return [
    ...tables,
    // Which person records (people) each person across the letters joins: one row per record.
    `CREATE TABLE person_records (
  key TEXT NOT NULL,
  document TEXT NOT NULL,
  person_id TEXT NOT NULL,
  PRIMARY KEY (document, person_id),
  FOREIGN KEY (key) REFERENCES persons (key),
  FOREIGN KEY (document, person_id) REFERENCES people (document, id)
)`,
    `CREATE TABLE mentions (
  document TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  text TEXT NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  FOREIGN KEY (document) REFERENCES documents (id)
)`,
    `CREATE TABLE texts (
  document TEXT NOT NULL PRIMARY KEY,
  text TEXT NOT NULL,
  FOREIGN KEY (document) REFERENCES documents (id)
)`,
    // Join columns and the values analysts filter on.
    `CREATE INDEX mentions_record ON mentions (document, record_type, record_id)`,
    `CREATE INDEX people_name ON people (name)`,
    `CREATE INDEX people_person_key ON people (person_key)`,
    `CREATE INDEX person_records_key ON person_records (key)`,
    `CREATE INDEX persons_name ON persons (name)`,
    `CREATE INDEX people_organisation ON people (organisation)`,
    `CREATE INDEX organisations_name ON organisations (name)`,
    `CREATE INDEX dates_value ON dates (value)`,
    `CREATE INDEX sentences_person ON sentences (document, person_id)`,
    `CREATE INDEX fines_person ON fines (document, person_id)`,
    `CREATE INDEX fines_currency ON fines (currency)`,
    `CREATE INDEX documents_letter_date ON documents (letter_date)`,
    // Every penalty with the person's organisation and roles, sentences and fines together.
    `CREATE VIEW penalties AS
SELECT s.document, 'sentence' AS penalty, s.person, s.person_id, p.organisation, p.roles, s.kind, s.duration, s.days,
       NULL AS amount, NULL AS currency, NULL AS unit, s.date, s.text, s."start", s."end"
  FROM sentences s LEFT JOIN people p ON p.document = s.document AND p.id = s.person_id
UNION ALL
SELECT f.document, 'fine', f.person, f.person_id, p.organisation, p.roles, NULL, NULL, NULL,
       f.amount, f.currency, f.unit, f.date, f.text, f."start", f."end"
  FROM fines f LEFT JOIN people p ON p.document = f.document AND p.id = f.person_id
ORDER BY 1, 15`,
    // Note: an amount in a non-currency unit (`basic amount`) has no currency: grouped by its unit.
    `CREATE VIEW fines_by_currency AS
SELECT currency, unit, COUNT(*) AS fines, SUM(amount) AS total, MIN(amount) AS smallest, MAX(amount) AS largest,
       COUNT(DISTINCT document) AS documents
  FROM fines GROUP BY currency, unit ORDER BY currency IS NULL, currency, unit`,
  ];
}
