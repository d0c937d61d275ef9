import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../../src/pipeline.js";

const bodies = (text: string) => analyse(text, DEFAULT_OPTIONS).records.organisations.map((o) => ({ name: o.name, aliases: o.aliases }));

describe("places closing a body's name", () => {
  it.each([
    ["We thank the UNDP Country Office for Sri Lanka and the Maldives for its support.", "UNDP Country Office for Sri Lanka and the Maldives"],
    ["The Bar Council of Trinidad and Tobago and the Law Society replied.", "Bar Council of Trinidad and Tobago"],
    ["The Dockers' Federation of South Africa and the Comoros protested.", "Dockers' Federation of South Africa and the Comoros"],
  ])("goes on over `and the` after a country of several words: %s", (text, name) => {
    expect(bodies(text).map((b) => b.name)).toContain(name);
  });

  it("starts another body at `and the` before a body's name", () => {
    expect(bodies("The Union of Journalists of Costa Rica and the Press Freedom Foundation replied.").map((b) => b.name)).toEqual(["Union of Journalists of Costa Rica", "Press Freedom Foundation"]);
  });

  it.each([
    ["Contact the Press Solidarity Fund - Almaty and Bishkek for details.", "Press Solidarity Fund", "Press Solidarity Fund - Almaty and Bishkek"],
    ["The Domestic Workers' Network – Gulf wrote to the minister.", "Domestic Workers' Network", "Domestic Workers' Network – Gulf"],
    ["Ana Ruiz\nFederación de Mineros – Bolivia\n", "Federación de Mineros", "Federación de Mineros – Bolivia"],
  ])("keeps the places after a spaced dash in the mention: %s", (text, name, alias) => {
    expect(bodies(text)).toContainEqual({ name, aliases: [alias] });
  });

  it.each([
    ["The Miners' Union – Nairobi branch replied.", "a branch named by its place"],
    ["The Teachers' Union – Kenya's largest – said so.", "a possessive aside"],
    ["Georgian Dockers' Union – Batumi, 5 May 2024", "a dateline's town"],
    ["The Bakers' Union – Harvest Quarterly reported it.", "a title after the dash"],
  ])("adds no place: %s (%s)", (text) => {
    expect(bodies(text).flatMap((b) => b.aliases)).toEqual([]);
  });
});
