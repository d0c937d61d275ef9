/** `Aleksandr MIKHNEVICH`, `Cheung-fung FAN`: given name(s) then an all-caps surname, re-cased. */
import type { PersonCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { personCandidate, plausibleName } from "./names.js";
import { located } from "./scan.js";
import { isAllCaps, isCapitalised } from "./tokens.js";

export const capsSurnameRule: Extractor<PersonCandidate> = {
  id: "people/caps-surname",
  type: "person",
  extract(context) {
    return located(context).flatMap(({ chunk }) => {
      const { name } = chunk;
      const last = name.at(-1);
      if (!last || !isAllCaps(last.text) || !isCapitalised(name[0]?.text ?? "")) return [];
      // Note: an acronym the letter defines in brackets (`Observatorio … (OCLL)`) names a body, not a surname (`dijo Fumero Castillo al OCLL`).
      if (context.text.includes(`(${last.text})`)) return [];
      if (!plausibleName(context.text, chunk)) return [];
      return [personCandidate(context.text, chunk)];
    });
  },
};
