/**
 * Session 24 (fines24): a sign several countries share takes the currency of the country the letter is
 * about, whichever country of the world it is. Made-up sentences and names, each with a near-miss.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { extract } from "../../../src/extract/index.js";
import { fineExtractors } from "../../../src/extract/fines/index.js";
import type { Extractor } from "../../../src/extract/types.js";
import { countryMentions, letterCountry } from "../../../src/extract/fines/countries.js";

function fines(text: string, language?: string): string[] {
  return extract(createContext(text, { dateOrder: "auto", ...(language ? { language } : {}) }), fineExtractors as Extractor[]).map((c) => {
    if (c.type !== "fine") throw new Error("not a fine");
    return `${c.amount}|${c.currency ?? c.unit}`;
  });
}

describe("a shared sign takes the currency of the letter's country, from the world's countries", () => {
  it.each([
    ["`$` in a letter about Brunei naming its neighbours", "Our Malaysian and Indonesian sisters stand with you. In Brunei, the court in Bandar Seri Begawan fined Lina Cruz $900; Bruneian law allows no appeal.", ["900|BND"]],
    ["`Rs` in a letter about Mauritius signed in South Africa", "Durban, South Africa. The court in Port Louis, Mauritius, fined Kevin Lebon Rs 15,000. We salute the Mauritian dockers.", ["15000|MUR"]],
    ["`K` in a letter about Papua New Guinea", "In Port Moresby, Papua New Guinea, the court fined Ruth Kaupa K2,500; our Fijian colleagues protested.", ["2500|PGK"]],
    ["`Nu` with no dot, in Bhutan", "In Thimphu, Bhutan, the court fined Sonam Dema Nu 15,000 for the post.", ["15000|BTN"]],
  ])("%s", (_, text, expected) => {
    expect(fines(text)).toEqual(expected);
  });
  it.each([
    ["`$` in a letter about the Philippines naming Brunei once", "From Manila: the court fined Rosa Lim $500, as a court in Brunei did last year. The Philippines must act; Filipino workers are watching.", ["500|USD"]],
    ["`Rs` in a letter about India naming Mauritius once", "In New Delhi, India, the court fined Anil Rao Rs 5,000. Indian unions and a Mauritian guest protested.", ["5000|INR"]],
    ["`K` in a letter about Zambia", "In Lusaka, Zambia, the court fined Mary Banda K3,000.", ["3000|ZMW"]],
  ])("keeps %s (near-miss)", (_, text, expected) => {
    expect(fines(text)).toEqual(expected);
  });

  it("counts a country the place rows do not hold by its names in the world data", () => {
    const text = "The court in Port Louis, Mauritius, ruled; the Mauritian union appealed.";
    expect(countryMentions(text).get("Mauritius")).toBe(3);
    expect(letterCountry(text)).toBe("Mauritius");
  });
  it("keeps the place rows' choices for the countries they hold (`Jordan` as a given name names no country)", () => {
    expect(letterCountry("Jordan Smith wrote to Jordan Lee.")).toBeNull();
  });
});

describe("a list's items take the country of their lead-in", () => {
  const digest = (item: string): string =>
    `In Suva, Fiji, the court fined Ana Vula $500. Fijian unions protested; Fiji's government said nothing.\n\nIn Honiara, Solomon Islands, the court sentenced two forestry workers.\n\n${item}`;
  it("reads a list item's `$` by the paragraph before it", () => {
    expect(fines(digest("* Ben Tala: a fine of $3,000\n* Rose Kiko: fined $1,500"))).toEqual(["500|FJD", "3000|SBD", "1500|SBD"]);
  });
  it("keeps the letter's country for a paragraph that is no list item (near-miss)", () => {
    expect(fines(digest("Ben Tala was also given a fine of $3,000."))).toEqual(["500|FJD", "3000|FJD"]);
  });
});
