/** The result of a document the pool could not finish: timed out, or its worker died. */
import { message, type MessageCode } from "../messages.js";
import type { Processed } from "../pipeline.js";
import { emptyDocument, emptyRecords } from "../records-plain.js";
import type { Job } from "./processor.js";

/** A failed document that keeps the job's id and source and carries one error, `code`. */
export function failedProcessed(job: Job, code: MessageCode, detail: string): Processed {
  const document = { ...emptyDocument(job.id, job.path), status: "failed" as const, errors: [message(code, "error", detail)] };
  return { result: { document, ...emptyRecords() }, text: "" };
}
