/** `Aleksandr MIKHNEVICH`, `Cheung-fung FAN`: given name(s) then an all-caps surname, re-cased. */
import type { PersonCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { personCandidate, plausibleName } from "./names.js";
import { located } from "./scan.js";
import { isAllCaps, isCapitalised } from "./tokens.js";

/**
 * Abbreviations of common nouns, which after a capitalised word say what kind of thing it names
 * (`a Yerevan NGO`, `Kestrel LLC`, `the Lagos CSO`): no surname.
 */
const KIND_ABBREVIATIONS = new Set(["NGO", "NGOS", "INGO", "CSO", "CSOS", "ONG", "LLC", "LLP", "PLC", "LTD", "INC", "JSC", "CEO", "CFO", "FM", "TV"]);

export const capsSurnameRule: Extractor<PersonCandidate> = {
  id: "people/caps-surname",
  type: "person",
  extract(context) {
    return located(context).flatMap(({ chunk }) => {
      const { name } = chunk;
      const last = name.at(-1);
      if (!last || !isAllCaps(last.text) || !isCapitalised(name[0]?.text ?? "")) return [];
      // Note: an acronym the letter defines in brackets (`Observatorio … (OCLL)`) names a body, not a surname (`dijo Fumero Castillo al OCLL`).
      if (context.text.includes(`(${last.text})`) || KIND_ABBREVIATIONS.has(last.text.toUpperCase())) return [];
      if (!plausibleName(context.text, chunk)) return [];
      return [personCandidate(context.text, chunk)];
    });
  },
};
