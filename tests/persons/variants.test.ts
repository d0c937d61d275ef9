import { describe, expect, it } from "vitest";
import { nameTokens } from "../../src/persons/fold.js";
import { canonicalGiven, GIVEN_NAME_EQUIVALENTS, sameGivenName, spell } from "../../src/persons/variants.js";

const given = (name: string) => canonicalGiven(spell(nameTokens(name).join("")));

describe("given-name equivalents", () => {
  it("never puts one form in two rows", () => {
    const seen = new Map<string, string>();
    for (const row of GIVEN_NAME_EQUIVALENTS) {
      for (const form of row) {
        const spelled = spell(nameTokens(form).join(""));
        expect(seen.get(spelled) ?? row[0], `${form} is in ${seen.get(spelled)} and ${row[0]}`).toBe(row[0]);
        seen.set(spelled, row[0] ?? "");
      }
    }
  });

  it.each([
    ["Siarhei", "Sergey"],
    ["Сергей", "Sergei"],
    ["Сяргей", "Siarhei"],
    ["Mohamed", "Muhammad"],
    ["Esmail", "Ismail"],
    ["Aleś", "Alexander"],
    ["Lizaveta", "Elizaveta"],
    ["Hüseyin", "Hossein"],
    ["Dzmitry", "Dmitriy"],
  ])("%s and %s are one given name", (a, b) => {
    expect(given(a)).toBe(given(b));
  });

  it.each([
    ["Sergei", "Siarhiej Alexei"],
    ["Ali", "Alexander"],
    ["Hassan", "Hossein"],
    ["Maria", "Maryam"],
    ["Anna", "Alena"],
  ])("%s and %s are not", (a, b) => {
    expect(sameGivenName(spell(nameTokens(a).join("")), spell(nameTokens(b).join("")))).toBe(false);
  });
});
