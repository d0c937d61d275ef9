/**
 * A name followed by an apposition: `Sergei Dylevsky, a representative of the MTZ strike
 * committee`, `Jalal Uddin, 42,`, `Lee Cheuk-yan is the former general secretary of the HKCTU`.
 */
import type { PersonCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { personCandidate, plausibleName } from "./names.js";
import { roleAfter } from "./roles.js";
import { located } from "./scan.js";

export const appositionRule: Extractor<PersonCandidate> = {
  id: "people/apposition",
  type: "person",
  extract(context) {
    const { text } = context;
    return located(context).flatMap(({ chunk, sentence }) => {
      if (!plausibleName(text, chunk)) return [];
      const after = roleAfter(text, chunk.name.at(-1)?.end ?? 0, sentence.end);
      if (!after.evidence) return [];
      return [personCandidate(text, chunk, [...(after.role ? [after.role] : []), ...after.also], after.organisation)];
    });
  },
};
