/**
 * Two posts joined by `and` after a name are both the person's, and a plural possessive before a
 * post is part of it (session 23; heldout19–22: `a sweeper and women's representative`, `a teacher
 * in X and an organiser of Y`, `the union's women's officer`). Made-up names and bodies.
 */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../../src/pipeline.js";

const rolesOf = (text: string): Record<string, string[]> =>
  Object.fromEntries(analyse(text, DEFAULT_OPTIONS).records.people.map((p) => [p.name, p.roles]));

describe("posts joined by `and`", () => {
  it.each([
    ["a plural possessive in the second post", "A fifth accused, Parveen Akhtar, a cleaner and women's representative, was acquitted.", { "Parveen Akhtar": ["cleaner", "women's representative"] }],
    ["the place of the first post between", "Mr Tesfay Gebru, a primary-school teacher in Adigrat and an organiser of the parents' committee, was detained.", { "Tesfay Gebru": ["primary-school teacher", "organiser"] }],
    ["a plural possessive before the name", "The union's women's officer, Nurul Huda, was fined.", { "Nurul Huda": ["women's officer"] }],
  ])("gives each post (%s)", (_, text, expected) => {
    expect(rolesOf(text)).toMatchObject(expected);
  });

  it.each([
    ["a qualifier list is one post", "Lena Varga, a health and safety officer, was fined.", { "Lena Varga": ["health and safety officer"] }],
    ["a place list after the post is no second post", "Lena Varga, a teacher in Pécs and Győr, was fined.", { "Lena Varga": ["teacher"] }],
    ["a post in the possessive is whose the post is", "\"The law was misused,\" said Budi Santoso, the journalists' lawyer.", { "Budi Santoso": ["lawyer"] }],
    ["a medium's noun in the possessive refers back", "Police raided the weekly Harbour Voice. The newspaper's editor, Ana Kovač, was detained.", { "Ana Kovač": ["editor"] }],
    ["`and its` opens another person's post", "The Coastal Teachers' Union (CTU) called a strike. Omar Saleh, the union's treasurer and its secretary, Lina Haddad, were fined.", { "Omar Saleh": ["treasurer"] }],
  ])("adds no post (%s)", (_, text, expected) => {
    expect(rolesOf(text)).toMatchObject(expected);
  });
});
