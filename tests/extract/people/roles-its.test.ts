/**
 * A post after `its` set off by commas before a name is that name's, not the name's before it
 * (`its president, K. Anbarasan, its general secretary, M. Revathi`; session 14, h14b). Made-up names.
 */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../../src/pipeline.js";

const rolesOf = (text: string): Record<string, string[]> =>
  Object.fromEntries(analyse(text, DEFAULT_OPTIONS).records.people.map((p) => [p.name, p.roles]));

describe("a post after `its` before a name", () => {
  it.each([
    ["names opened by an initial", "The union's office-bearers are its president, K. Anbarasan, its general secretary, M. Revathi, and its treasurer, P. Selvakumar.",
      { "K. Anbarasan": ["president"], "M. Revathi": ["general secretary"], "P. Selvakumar": ["treasurer"] }],
    ["a form of address", "The union's officers are its chair, Mr. Tomas Okafor, its secretary, Ms. Rana Haddad.",
      { "Tomas Okafor": ["chair"], "Rana Haddad": ["secretary"] }],
  ])("is the next name's (%s)", (_, text, expected) => {
    expect(rolesOf(text)).toMatchObject(expected);
  });

  it("stays the name's before it when no name follows (`K. Anbarasan, its general secretary, said`)", () => {
    expect(rolesOf("The union's leader, K. Anbarasan, its general secretary, said the talks had failed.")["K. Anbarasan"]).toContain("general secretary");
  });
});
