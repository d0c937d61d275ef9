/** The result of a document the pool could not finish: timed out, or its worker died. */
import { message, type MessageCode } from "../messages.js";
import type { Processed } from "../pipeline.js";
import type { DocumentRecord } from "../records.js";
import type { Job } from "./processor.js";

/**
 * A failed document that keeps the job's id and source and carries one error, `code`.
 * Note: written out here rather than taken from pipeline.ts's `documentRecord`, which would
 * load every stage (compromise included) on the main thread that only schedules; the
 * `DocumentRecord` type makes the compiler flag any field added to the record.
 */
export function failedProcessed(job: Job, code: MessageCode, detail: string): Processed {
  const document: DocumentRecord = {
    id: job.id,
    source: job.path,
    format: null,
    sha256: null,
    letter_date: null,
    date_order: null,
    date_order_reason: null,
    characters: 0,
    words: 0,
    status: "failed",
    errors: [message(code, "error", detail)],
    warnings: [],
    ocr: false,
    ocr_pages: [],
    ocr_confidence: null,
  };
  return { result: { document, people: [], organisations: [], dates: [], sentences: [], fines: [] }, text: "" };
}
