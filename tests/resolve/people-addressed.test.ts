/** `M. Surname` in a French letter is Monsieur Surname, the person named in full (session 15). Made-up names. */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";
import { addressedSurname } from "../../src/resolve/people-addressed.js";

const people = (text: string, language = "en"): { name: string; aliases: string[] }[] =>
  analyse(text, { ...DEFAULT_OPTIONS, language }).records.people.map((p) => ({ name: p.name, aliases: p.aliases }));

describe("an initial-like form of address before a surname", () => {
  it("reads `M.` as a form of address in French only", () => {
    expect(addressedSurname(["M.", "Traoré"], "fr")).toBe("Traoré");
    expect(addressedSurname(["MM.", "Traoré"], "fr")).toBe("Traoré");
    expect(addressedSurname(["M.", "Traoré"], "en")).toBeNull();
    expect(addressedSurname(["S.", "Traoré"], "fr")).toBeNull();
    expect(addressedSurname(["M.", "Jean", "Traoré"], "fr")).toBeNull();
  });

  it("folds `M. Diarra` into the one person named `… Diarra` in full, whatever the given name's initial", () => {
    const text =
      "Le syndicat dénonce la condamnation de M. Oumar Diarra, délégué du personnel, et de Mme Awa Coulibaly, trésorière, par le tribunal de Ségou le 4 mars 2025. " +
      "Nous relevons que M. Diarra, détenu depuis son arrestation, n'a pu voir son avocat. Le tribunal a condamné Mme Coulibaly à trois mois avec sursis.";
    const found = people(text, "fr");
    expect(found.map((p) => p.name)).toEqual(["Oumar Diarra", "Awa Coulibaly"]);
    expect(found[0]?.aliases).toContain("M. Diarra");
  });

  it("leaves an English letter's initial and surname a person of their own", () => {
    const text = "The union's president, K. Raman, and its treasurer, M. Raman, were fined Rs 5,000 each by the court on 3 March 2025.";
    expect(people(text).map((p) => p.name).sort()).toEqual(["K. Raman", "M. Raman"]);
  });
});

describe("a form of address shared with names before one given name (session 19)", () => {
  it("folds `Ato Dawit` into the one person named in full before with that given name", () => {
    const text =
      "The Federal High Court convicted Dawit Mekonnen Haile, managing editor of the weekly, and Selam Girma Tadesse, its reporter, on 4 April 2024. " +
      "Ato Dawit was sentenced to three years in prison.";
    const found = people(text);
    expect(found.map((p) => p.name)).toEqual(["Dawit Mekonnen Haile", "Selam Girma Tadesse"]);
    expect(found[0]?.aliases).toContain("Ato Dawit");
  });

  it("folds Thai `Khun Somchai` the same way", () => {
    const text = "Police arrested Somchai Phromsri, the union's president, in Samut Prakan. Khun Somchai was fined 20,000 baht on 16 January.";
    const found = people(text);
    expect(found.map((p) => p.name)).toEqual(["Somchai Phromsri"]);
    expect(found[0]?.aliases).toContain("Khun Somchai");
  });

  it("keeps the pair a name of its own when nobody named before has that given name", () => {
    const text = "The sprinter Ato Boldon spoke at the rally. Kwame Mensah, the union's secretary, was arrested on 3 March 2024.";
    expect(people(text).map((p) => p.name)).toContain("Ato Boldon");
  });
});
