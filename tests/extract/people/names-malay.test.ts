/**
 * Malay and Bruneian names keep the father's titles inside them (session 24; heldout23, heldout15): `Haji`,
 * `Hj.`, `Pg.` after `bin`/`binti` or after the person's own names are part of the name; opening it, they and
 * `Awang` are forms of address. Made-up names.
 */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../../src/pipeline.js";

const names = (text: string): string[] => analyse(text, DEFAULT_OPTIONS).records.people.map((p) => p.name);

describe("titles inside Malay names", () => {
  it.each([
    ["`Haji` after `binti`", "Rosmawati binti Haji Salleh, a volunteer, was fined BND 1,500.", "Rosmawati binti Haji Salleh"],
    ["`Awang` opening, `Haji` after `bin`", "In 2021 the commentator Awang Rizal bin Haji Tahir was sentenced to two years' imprisonment.", "Rizal bin Haji Tahir"],
    ["`Pg. Hj.` opening and inside", "Their lawyer, Pg. Hj. Mohd Hazwan Pg. Hj. Tengah, says they will appeal.", "Mohd Hazwan Pg Hj Tengah"],
  ])("keeps the name whole (%s)", (_, text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ["`Haji` opening a name is a form of address", "Haji Osman Rahim was fined BND 500.", "Osman Rahim"],
    ["a surname `Haji` closing the name", "Dilan Haji, a teacher, was fined 500 euros.", "Dilan Haji"],
  ])("reads the title as before (%s)", (_, text, name) => {
    expect(names(text)).toContain(name);
  });
});
