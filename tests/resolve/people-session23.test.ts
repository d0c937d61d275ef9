/** People on unseen letters, session 23 (names23): initials opening a name. Made-up names. */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const people = (text: string, language = "en"): { name: string; aliases: string[] }[] =>
  analyse(text, { ...DEFAULT_OPTIONS, language }).records.people.map((p) => ({ name: p.name, aliases: p.aliases }));

describe("a name opened by an initial (session 23)", () => {
  it("finds an initial and one word as a person, and the penalty goes to them", () => {
    const text = "In 2019 the union's founder, the late K. Velusamy, was sentenced to one year's imprisonment. S. Arjun and R. Kavya sit on its committee.";
    expect(people(text).map((p) => p.name)).toEqual(["K. Velusamy", "S. Arjun", "R. Kavya"]);
    expect(analyse(text, DEFAULT_OPTIONS).records.sentences.map((s) => s.person)).toEqual(["K. Velusamy"]);
  });

  it("folds `G. Batbold` into the one person named `Ganzorig Batbold`", () => {
    const text = "The court upheld the conviction of G. Batbold, chairman of the drivers' union. Ganzorig Batbold was convicted in February of organising a sit-in.";
    const found = people(text);
    expect(found.map((p) => p.name)).toEqual(["Ganzorig Batbold"]);
    expect(found[0]?.aliases).toContain("G. Batbold");
  });

  it("does not fold an initial that is not the given name's, nor one two people could own", () => {
    const other = "The court upheld the conviction of S. Batbold, chairman of the drivers' union. Ganzorig Batbold was convicted in February of organising a sit-in.";
    expect(people(other).map((p) => p.name).sort()).toEqual(["Ganzorig Batbold", "S. Batbold"]);
    const two = "A. Rahim, the treasurer, was fined. Amina Rahim and Anwar Rahim, two organisers, were jailed for a month.";
    expect(people(two).map((p) => p.name)).toContain("A. Rahim");
  });

  it("reads a section's letter at a line's start as a label, not an initial", () => {
    const text = "V. Caso Minero\n\nEl tribunal condenó a Rubén Darío Salcedo a dos años de prisión.";
    expect(people(text, "es").map((p) => p.name)).toEqual(["Rubén Darío Salcedo"]);
  });
});
