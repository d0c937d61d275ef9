/**
 * A plural form of address before names (people/honorific): `Judges A and B` gives each the title
 * as role; a singular form of address ending in `s` (`Mrs`) is no plural, and a plural form of
 * address (`MM.`, `Messrs`) is no post. Session 22 (ties22): `Mrs Kholova` had the role `Mr`.
 */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../../src/pipeline.js";

const rolesOf = (text: string, language = "en"): Record<string, string[]> =>
  Object.fromEntries(analyse(text, { ...DEFAULT_OPTIONS, language }).records.people.map((p) => [p.name, p.roles]));

describe("a plural form of address", () => {
  it("gives a plural title's singular to each name", () => {
    expect(rolesOf("Judges Petrova and Sidorenko refused the motion.")).toEqual({ Petrova: ["Judge"], Sidorenko: ["Judge"] });
  });

  it.each([
    ["`Mrs` before a surname", "Dilfuza Karimova was arrested. Mrs Karimova was also fined 5,000 somoni.", "en", "Dilfuza Karimova"],
    ["`Mrs.` with a full stop", "Ngozi Eze was arrested. Mrs. Eze was released on bail.", "en", "Ngozi Eze"],
    ["French `MM.` before a list", "Les peines : MM. Salem Gharbi et Nabil Mansour ont été condamnés.", "fr", "Salem Gharbi"],
  ])("gives no post (%s)", (_, text, language, name) => {
    const roles = rolesOf(text, language);
    expect(Object.keys(roles)).toContain(name);
    expect(roles[name]).toEqual([]);
  });
});
