/**
 * Occupations as a class (session 16, ties16): a job noun compromise tags as a person by what they do
 * (`Actor`, lexicon or suffix rules) is a post next to a name though no list of ours names it. Invented
 * sentences, varied names, countries and word order; near-misses that are no one's post.
 */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../../src/pipeline.js";
import { isOccupation } from "../../../src/language/occupations.js";

const rolesOf = (text: string): Record<string, string[]> =>
  Object.fromEntries(analyse(text, DEFAULT_OPTIONS).records.people.map((p) => [p.name, p.roles]));

describe("the occupation class", () => {
  it.each(["headmaster", "photojournalist", "dockworker", "steelworkers", "contributor", "plumber", "bricklayers", "shopkeeper", "carpenter", "agronomist", "metalworker", "schoolteacher", "bus-driver"])(
    "holds %s",
    (word) => expect(isOccupation(word)).toBe(true),
  );
  it.each(["wife", "stepfather", "boy", "prisoner", "stranger", "businessman", "developer", "victim", "Carpenter", "table", "running", "grandmother", "frenchwoman"])(
    "does not hold %s",
    (word) => expect(isOccupation(word)).toBe(false),
  );
});

describe("an occupation next to a name is the person's post", () => {
  it.each([
    ["before the name", "Police in Arequipa detained the photojournalist Marisol Quispe Huamán on 3 May.", "Marisol Quispe Huamán", ["photojournalist"]],
    ["before a form of address", "The court refused to hear the school's headmaster, Mr Tadesse Alemu Bekele, as a witness.", "Tadesse Alemu Bekele", ["headmaster"]],
    ["in apposition with a qualifier", "Officers arrested Oksana Hrytsenko, a retired headmaster who ran the choir, at her home in Poltava.", "Oksana Hrytsenko", ["retired headmaster"]],
    ["in apposition, then a body", "Joaquim Mabunda, a freelance contributor to the weekly Savana, was fined.", "Joaquim Mabunda", ["freelance contributor"]],
    ["a suffix the lexicon lacks", "The tribunal sentenced the steelworker Radu Ionescu-Mihail to eight months.", "Radu Ionescu-Mihail", ["steelworker"]],
    ["two posts, the second after a body noun", "A fine was imposed on Lwazi Dube, a shift foreman and union steward at the smelter.", "Lwazi Dube", ["shift foreman", "union steward"]],
  ])("%s", (_, text, name, roles) => {
    expect(rolesOf(text)[name]).toEqual(roles);
  });

  it.each([
    ["a businessman is described, not posted", "The complaint was filed by businessman Arturo Villanueva Ruiz, who owns the quarry.", "Arturo Villanueva Ruiz"],
    ["a kin word is no post", "She was visited by her stepfather, Mr Kofi Mensah Boateng, in March.", "Kofi Mensah Boateng"],
  ])("no post: %s", (_, text, name) => {
    expect(rolesOf(text)[name] ?? []).toEqual([]);
  });

  it("a firm named after an agent noun is no person (`the developer, Harbour Crest Holdings`)", () => {
    const people = analyse("The lease went to the developer, Harbour Crest Holdings, in 2023.", DEFAULT_OPTIONS).records.people.map((p) => p.name);
    expect(people).not.toContain("Harbour Crest Holdings");
  });
});
