/**
 * A list item that ends on a conjunction goes on in the next (src/resolve/penalties-items.ts): the
 * next item's penalty reads its subject from the first item on. Made-up wordings.
 */
import { describe, expect, it } from "vitest";
import { continuedFrom } from "../../src/resolve/penalties-items.js";
import { fines, run, sentences } from "./penalties-helpers.js";

describe("penalties: a list item going on in the next", () => {
  it.each([
    [
      "numbered items, an aside on the first name",
      "The court imposed the following penalties:\n\n1. Mr Oren Vale, chair of the union: four years' imprisonment;\n2. Ms Lida Marsh, secretary, and\n3. Mr Pavo Brenn, treasurer: two years' imprisonment each;\n4. Ms Ines Roble: one year's imprisonment.",
      ["Oren Vale", "Lida Marsh", "Pavo Brenn", "Ines Roble"],
      ["Oren Vale|1460|prison|-", "Lida Marsh|730|prison|-", "Pavo Brenn|730|prison|-", "Ines Roble|365|prison|-"],
    ],
    [
      "items a reader set one to a paragraph, with `both` and a dash",
      "The sentences are:\n\nKofi Danso, the branch secretary — three years' imprisonment;\n\nAma Tetteh and\n\nYaw Boateng, both shop stewards — eighteen months' imprisonment each;\n\nThe others were freed.",
      ["Kofi Danso", "Ama Tetteh", "Yaw Boateng"],
      ["Kofi Danso|1095|prison|-", "Ama Tetteh|540|prison|-", "Yaw Boateng|540|prison|-"],
    ],
    [
      "French items with `et`",
      "Le tribunal a prononcé les peines suivantes :\n\n- M. Serge Kaboré, trésorier, et\n- Mme Awa Traoré, secrétaire : six mois de prison avec sursis chacun ;\n- M. Paul Ilboudo : relaxé.",
      ["Serge Kaboré", "Awa Traoré", "Paul Ilboudo"],
      ["Serge Kaboré|180|suspended prison|-", "Awa Traoré|180|suspended prison|-"],
    ],
  ] as const)("gives the term to both items' names (%s)", (_, text, names, expected) => {
    expect(sentences(run(text, [...names], [], null, /Le tribunal/u.test(text) ? "fr" : undefined))).toEqual(expected);
  });

  it("gives a fine each to both items' names", () => {
    const text = "Penalties:\n\n5. Ms Dina Osei and\n6. Mr Kwame Adu, members of the executive: fined GHS 3,000 each.";
    expect(fines(run(text, ["Dina Osei", "Kwame Adu"]))).toEqual(["Dina Osei|3000|GHS|-", "Kwame Adu|3000|GHS|-"]);
  });

  it.each([
    [
      "an item that ends on a full stop",
      "The court imposed these penalties:\n\n1. Mr Oren Vale, chair of the union.\n2. Mr Pavo Brenn, treasurer: two years' imprisonment each;",
      ["Pavo Brenn|730|prison|-"],
    ],
    [
      "an item that ends on a semicolon after its own penalty",
      "The court imposed these penalties:\n\n1. Mr Oren Vale: one year's imprisonment; and\n2. Mr Pavo Brenn, treasurer: two years' imprisonment each;",
      ["Oren Vale|365|prison|-", "Pavo Brenn|730|prison|-"],
    ],
  ] as const)("reaches no earlier item (%s)", (_, text, expected) => {
    expect(sentences(run(text, ["Oren Vale", "Pavo Brenn"]))).toEqual(expected);
  });

  it("starts where the window starts when no line ends on a conjunction", () => {
    const text = "First line, a name.\nSecond line";
    expect(continuedFrom(text, text.indexOf("Second"))).toBe(text.indexOf("Second"));
    const open = "Intro. A and\n\nB: two years";
    expect(continuedFrom(open, open.indexOf("B:"))).toBe(open.indexOf("A and"));
  });
});
