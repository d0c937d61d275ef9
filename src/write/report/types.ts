/** Display names of the record types, shared by the server-rendered parts of the report. */
import type { RecordType } from "../../records.js";

/** Singular and plural labels of each record type, in `RECORD_TYPES` order. */
export const TYPE_LABELS: Record<RecordType, { singular: string; plural: string }> = {
  people: { singular: "Person", plural: "People" },
  organisations: { singular: "Organisation", plural: "Organisations" },
  dates: { singular: "Date", plural: "Dates" },
  sentences: { singular: "Sentence", plural: "Sentences" },
  fines: { singular: "Fine", plural: "Fines" },
};
