/**
 * A lawyer's form of address written as a post (`Advocate A`) gives way to the post stated before it
 * (`Their lawyer, Advocate A` → `lawyer`; session 23, heldout20 and heldout22, three writers). Made-up names.
 */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../../src/pipeline.js";

const rolesOf = (text: string): Record<string, string[]> =>
  Object.fromEntries(analyse(text, DEFAULT_OPTIONS).records.people.map((p) => [p.name, p.roles]));

describe("a post set off before `Advocate` and a name", () => {
  it.each([
    ["a possessive pronoun", "Their lawyer, Advocate Tendai Marowa, said an appeal would be filed.", { "Tendai Marowa": ["lawyer"] }],
    ["a qualified post", "The facts were confirmed by the defence counsel, Advocate Ruksana Baig, on Monday.", { "Ruksana Baig": ["defence counsel"] }],
    ["a body after the name", "Our counsel, Advocate Peter Mlambo of the Harare Legal Aid Trust, will appeal.", { "Peter Mlambo": ["counsel"] }],
  ])("is the person's role (%s)", (_, text, expected) => {
    expect(rolesOf(text)).toMatchObject(expected);
  });

  it.each([
    ["no post before it", "Advocate Nirosha Perera told the court that the charge was unlawful."],
    ["no comma: the words before are no apposition", "The court heard Advocate Nirosha Perera on Monday."],
  ])("leaves `Advocate` the role (%s)", (_, text) => {
    expect(rolesOf(text)["Nirosha Perera"]).toEqual(["Advocate"]);
  });
});

describe("a form of address that is no lawyer's", () => {
  it("leaves the post to the tie (`our branch treasurer, Sister A`)", () => {
    expect(rolesOf("The Hill Workers' Union held a rally. Our Ridgeway Estate branch treasurer, Sister K. Malathi, was fined.")["K. Malathi"]).toEqual(["Ridgeway Estate branch treasurer"]);
  });
});
