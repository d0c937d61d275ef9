/** Small builders of expected and actual files for the evaluation tests. */
import { Actual, Expected } from "../../src/evaluate/types.js";

/** An expected file for `document`; missing lists are empty. */
export function expected(fields: Record<string, unknown> = {}): Expected {
  return Expected.parse({ document: "letter.txt", ...fields });
}

/** An actual result for `id`; missing lists are empty. */
export function actual(fields: Record<string, unknown> = {}, id = "letter.txt", letterDate: string | null = null): Actual {
  return Actual.parse({ document: { id, letter_date: letterDate }, ...fields });
}
