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
import { analyse } from "../../../src/pipeline.js";
import { DEFAULT_OPTIONS } from "../../../src/options.js";

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
  it("gives a name of a country the rows hold to no other (`Kingston` is Jamaica's, not Norfolk Island's)", () => {
    expect(countryMentions("In Kingston, Jamaica, the Kingston court sat; Kingston was calm.").has("Norfolk Island")).toBe(false);
  });
  it("counts no dependent territory's capital, often a person's name (`Douglas`, `Stanley`)", () => {
    expect(letterCountry("In Lusaka, Zambia, Douglas Mwape and Stanley Banda were fined; Douglas Mwape and Stanley Banda appealed.")).toBe("Zambia");
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

describe("an equivalent after a place or time and its estimate word", () => {
  it.each([
    ["a dash, a place, then `roughly`", "In Aden, Yemen, Samir Nasser was fined YR 250,000 — in Aden, roughly US$ 150.", ["250000|YER"]],
    ["a comma, a time, then `about`", "In Sanaa, Yemen, Samir Nasser was fined YR 250,000, at today's rate, about US$ 450.", ["250000|YER"]],
  ])("%s", (_, text, expected) => {
    expect(fines(text)).toEqual(expected);
  });
  it("reads the equivalent as the fine's money", () => {
    const { records } = analyse("In Aden, Yemen, Samir Nasser was fined YR 250,000 — in Aden, roughly US$ 150.", DEFAULT_OPTIONS);
    expect(records.fines.map((f) => `${f.person}|${f.amount}|${f.currency}|${f.money.map((m) => `${m.amount} ${m.currency}`).join("+")}`)).toEqual(["Samir Nasser|250000|YER|150 USD"]);
  });
  it("keeps a second fine after a dash and a place (near-miss)", () => {
    expect(fines("In Aden, Yemen, Samir Nasser was fined YR 250,000 — in Aden, Ali Saleh was fined YR 100,000.")).toEqual(["250000|YER", "100000|YER"]);
  });
});

describe("the Yemeni rial's sign", () => {
  it("reads `YR`, a list of two sums shared out", () => {
    expect(fines("In Sanaa, Yemen, Nabil Adimi and Fuad Saleh were fined YR 500,000 and YR 300,000 respectively.")).toEqual(["500000|YER", "300000|YER"]);
  });
  it("reads no year after the sum as a second one (near-miss)", () => {
    expect(fines("In Sanaa, Yemen, the court fined Nabil Adimi YR 500,000 in the year 2024.")).toEqual(["500000|YER"]);
  });
});

describe("a fine verb opening its own clause is guarded by its own words", () => {
  it("reads `…, a good behaviour bond for two years, and fined K5,000`", () => {
    expect(fines("In Papua New Guinea, Tom Kila was sentenced to a year, suspended on condition that he enters into a good behaviour bond for two years, and fined K5,000.")).toEqual(["5000|PGK"]);
  });
  it.each([
    ["a bail sum before it", "In Papua New Guinea, Tom Kila was released on bail of K5,000."],
    ["a modal in the clause before", "In Papua New Guinea, Tom Kila could be jailed, and fined K5,000."],
  ])("reads none after %s (near-miss)", (_, text) => {
    expect(fines(text)).toEqual([]);
  });
});

describe("a table cell's guards read the cell", () => {
  const table = (penalty: string): string =>
    `Maseru, Lesotho, 3 July 2025.\n\nName\tCharge\tPenalty\nTeboho Lebona\tMalicious damage to property\t${penalty}\n\nWe ask for the fines to be lifted.`;
  it("reads `M3,000 fine` beside a charge of damage", () => {
    const { records } = analyse(table("M3,000 fine or 6 months' imprisonment"), DEFAULT_OPTIONS);
    expect(records.fines.map((f) => `${f.person}|${f.amount}|${f.currency}`)).toEqual(["Teboho Lebona|3000|LSL"]);
  });
  it("reads none where the cell itself is damages (near-miss)", () => {
    const { records } = analyse(table("a fine of M1,000 and M3,000 in damages"), DEFAULT_OPTIONS);
    expect(records.fines.map((f) => `${f.person}|${f.amount}|${f.currency}`)).toEqual(["Teboho Lebona|1000|LSL"]);
  });
});

describe("a sign after a name ends the name (people/name-words.ts)", () => {
  const fined = (text: string): string[] => analyse(text, DEFAULT_OPTIONS).records.fines.map((f) => `${f.person}|${f.amount}|${f.currency}`);
  it.each([
    ["capitals glued to a dollar sign", "In Belize City, Belize, the court fined Ana Flores BZ$2,000.", ["Ana Flores|2000|BZD"]],
    ["a country's own sign (CLDR)", "In Port Vila, Vanuatu, the court fined Ana Kalo VT 20,000.", ["Ana Kalo|20000|VUV"]],
  ])("%s", (_, text, expected) => {
    expect(fined(text)).toEqual(expected);
  });
  it("keeps capitals that end a name before an aside and a sign (near-miss)", () => {
    expect(fined("In Seoul, South Korea, the court fined Kim Ji HO, a reporter, $500.")).toEqual(["Kim Ji Ho|500|USD"]);
  });
});
