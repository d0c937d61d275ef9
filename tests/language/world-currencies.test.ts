/** Every country's currencies by its names, from world-countries: the fallback for shared signs and names. */
import { describe, expect, it } from "vitest";
import { worldCurrency } from "../../src/language/world-currencies.js";

const RUPEES = ["INR", "PKR", "NPR", "LKR", "MUR", "SCR"];

describe("worldCurrency", () => {
  it.each([
    ["a capital written with a hyphen", "Port-Louis, le 4 décembre 2024", "MUR"],
    ["a French adjective of nationality", "Les dockers mauriciens ont été condamnés.", "MUR"],
    ["a demonym", "The Seychellois fisherman was fined.", "SCR"],
    ["the country named most", "Colombo, Sri Lanka. A Sri Lankan court, unlike one in Delhi, fined him.", "LKR"],
  ])("reads %s", (_, text, code) => {
    expect(worldCurrency(RUPEES, text)).toBe(code);
  });

  it.each([
    ["no country", "The court fined him."],
    ["two countries named as often", "Port-Louis and Colombo"],
    ["a single candidate code", "Port-Louis"],
  ])("gives none for %s", (_, text) => {
    expect(worldCurrency(text === "Port-Louis" ? ["MUR"] : RUPEES, text)).toBeNull();
  });

  it("leaves out a word the caller ignores (a place ending a person's name)", () => {
    const text = "Ana Lucía Pérez de Santiago paid the fine.";
    expect(worldCurrency(["CLP", "MXN"], text)).toBe("CLP");
    expect(worldCurrency(["CLP", "MXN"], text, (t, at) => t.slice(at).startsWith("Santiago"))).toBeNull();
  });
});
