/**
 * The files a run writes beside the per-document ones, in the order a newcomer reads them:
 * listed in run.json (`outputs`), linked from the report, described in the README. One list,
 * so the three never disagree.
 */

export interface OutputChoice {
  json: boolean;
  csv: boolean;
  jsonl: boolean;
  sqlite: boolean;
  /** The report is written (it also needs `json`). */
  report: boolean;
}

export interface OutputFile {
  /** Relative to the output folder, `/`-separated; a folder ends with `/`. */
  path: string;
  about: string;
}

/** The outputs a run with these choices writes, cases first. */
export function outputFiles(choice: OutputChoice): OutputFile[] {
  const files: [boolean, string, string][] = [
    [choice.csv, "cases.csv", "one row per penalty: who, role, organisation, what, how long or how much, when"],
    [choice.json, "cases.json", "the rows of cases.csv as JSON, each with its document"],
    [choice.csv, "persons.csv", "one row per person across the letters, with the evidence for each merge"],
    [choice.json, "persons.json", "the rows of persons.csv as JSON"],
    [choice.csv, "person_keys.csv", "each person record (document, person_id) with the key of its person across the letters"],
    [choice.json, "person_keys.json", "the rows of person_keys.csv as JSON"],
    [choice.csv, "documents.csv", "one row per document: format, letter date, status, errors"],
    ...(["people", "organisations", "dates", "sentences", "fines"] as const).map((stem): [boolean, string, string] => [choice.csv, `${stem}.csv`, `every ${stem === "people" ? "person" : stem.slice(0, -1)} record`]),
    [choice.json, "json/", "one file per document: its document record and every record"],
    [choice.json, "text/", "each document's normalised text, which every offset points into"],
    [choice.json, "schema.json", "JSON Schema of json/*.json"],
    [choice.jsonl, "records.jsonl", "every record, one JSON object a line"],
    [choice.sqlite, "casebook.sqlite", "the records in SQLite tables, with keys, indexes and views"],
    [true, "run.json", "what the run did: counts, failures, warnings, time taken, these outputs"],
    [choice.report && choice.json, "report/index.html", "this review report"],
    [true, "state/", "what --incremental and merge read: each document's records and a manifest"],
  ];
  return files.filter(([on]) => on).map(([, path, about]) => ({ path, about }));
}
