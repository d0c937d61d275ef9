import { describe, expect, it } from "vitest";
import { foldPlace, isPlaceName, placeTable } from "../../src/language/place-names.js";

describe("place names (towns of several words)", () => {
  it("keeps towns of 5,000 people or more whose name has two words or a hyphen, folded", () => {
    const table = placeTable([
      { name: "Mae Sot", altName: "", population: 52_000 },
      { name: "Florence", altName: "Firenze", population: 380_000 },
      { name: "Tiny Hamlet", altName: "", population: 900 },
      { name: "Bình Dương", altName: "Binh Duong Town", population: 20_000 },
      { name: "Saint-Étienne", altName: "", population: 170_000 },
    ]);
    expect(table).toEqual(["binh duong", "binh duong town", "mae sot", "saint-etienne"]);
  });

  it("folds diacritics, case and spaces", () => {
    expect(foldPlace("  Bình\u00a0Dương ")).toBe("binh duong");
  });

  it("knows real towns of several words and no one-word town nor a common person's name", () => {
    expect(isPlaceName("Novi Sad")).toBe(true);
    expect(isPlaceName("Khon Kaen")).toBe(true);
    expect(isPlaceName("Bandar Seri Begawan")).toBe(true);
    expect(isPlaceName("Florence")).toBe(false);
    expect(isPlaceName("Mark Brown")).toBe(false);
    expect(isPlaceName("Somchai Phromsri")).toBe(false);
  });
});
