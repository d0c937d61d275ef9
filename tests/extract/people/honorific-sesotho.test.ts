/** The Sesotho `Ntate` (Mr) before a surname is a form of address (session 24, heldout23). Made-up names. */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../../src/pipeline.js";

const names = (text: string): string[] => analyse(text, DEFAULT_OPTIONS).records.people.map((p) => p.name);

describe("Sesotho forms of address", () => {
  it("folds `Ntate X` into the person named in full", () => {
    expect(names("Thabang Mokoena, a shop steward, was fined M3,000. The fine for Ntate Mokoena was paid by the branch.")).toEqual(["Thabang Mokoena"]);
  });

  it("keeps a name with no such word", () => {
    expect(names("Thabang Mokoena, a shop steward, was fined M3,000.")).toEqual(["Thabang Mokoena"]);
  });
});
