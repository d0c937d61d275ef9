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

/**
 * An article right before the words (`on the Hong Kong SAR Government`), or a postcode after them closing the line (`Melbourne
 * VIC 3000`): a place and its region's code, not a given name and a surname.
 */
const ARTICLE_BEFORE = /(?<!\p{L})(?:the|The|la|La|le|Le|el|El)[ \u00a0]+$/u;
const POSTCODE_AFTER = /^[ \u00a0]+\d{4,6}[ \t]*(?:\n|$)/u;

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
      const start = chunk.tokens[0]?.start ?? 0;
      if (ARTICLE_BEFORE.test(context.text.slice(Math.max(0, start - 5), start)) || POSTCODE_AFTER.test(context.text.slice(last.end, last.end + 10))) return [];
      if (!plausibleName(context.text, chunk)) return [];
      return [personCandidate(context.text, chunk)];
    });
  },
};
