import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const records = (text: string, language?: string) =>
  analyse(text, { ...DEFAULT_OPTIONS, ...(language ? { language } : {}) }).records.organisations.map((o) => ({ name: o.name, acronym: o.acronym }));

describe("a currency's code or sign before an amount", () => {
  it.each([
    ["en", "The court ordered them to pay the company VND 120 million in damages."],
    ["en", "A court fined a former official of the union Sh10,000 for incitement."],
    ["en", "The magistrate ordered the employer PKR 50,000 in costs."],
  ])("is no body (%s): %s", (language, text) => {
    expect(records(text, language)).toEqual([]);
  });

  it("is no word of the name it closes, nor its acronym", () => {
    expect(records("The regulator fined the satellite channel Nile Horizon TV EGP 25,000 for its report.")).toEqual([{ name: "Nile Horizon TV", acronym: null }]);
    expect(records("The media council fined the channel Radio Sawa Kurdistan IQD 5 million.").map((o) => o.name)).toEqual(["Radio Sawa Kurdistan"]);
  });

  it("leaves an acronym with a year or a convention's number after it", () => {
    expect(records("The Kenya Plantation Workers Union (KPWU) said KPWU 2024 congress was held.")).toEqual([{ name: "Kenya Plantation Workers Union", acronym: "KPWU" }]);
  });
});
