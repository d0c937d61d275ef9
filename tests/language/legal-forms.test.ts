/**
 * The class of companies' legal forms (src/language/legal-forms.ts), read by the organisation
 * rules and by the step that tells a company's fine from a person's: every row is read by both
 * of its readers, so a form added once is known everywhere. Made-up companies.
 */
import { describe, expect, it } from "vitest";
import { CLOSING_FORMS, LEGAL_FORMS, legalFormAt } from "../../src/language/legal-forms.js";
import { fines, run } from "../resolve/penalties-helpers.js";

const rows = LEGAL_FORMS.map(([pattern, label, example]) => ({ pattern, label, example }));

describe("legal forms", () => {
  it.each(rows)("$label: the form closing the example is found at its place", ({ pattern, example }) => {
    const at = [...example.matchAll(/ /gu)].map((m) => m.index + 1).find((i) => pattern.exec(example.slice(i))?.[0] === example.slice(i));
    expect(at, example).toBeDefined();
    expect(legalFormAt(example, at as number, LEGAL_FORMS)).toBe(example.slice(at));
  });

  it.each(rows)("$label: a company told to pay is fined, not the person before it", ({ example }) => {
    const text = `Organiser Tamar Kvaratskhelia was given two years. The judge ordered ${example} to pay 40,000 euros.`;
    expect(fines(run(text, ["Tamar Kvaratskhelia"]))).toEqual([]);
  });

  it.each(rows)("$label: a company fined as the verb's object is no person's fine", ({ example }) => {
    const text = `Reporter Ilse Brandt was sentenced to ten months. Separately the court fined the publisher, ${example}, 30,000 euros.`;
    expect(fines(run(text, ["Ilse Brandt"]))).toEqual([]);
  });

  it("reads only the closing forms by default: the named rule reads `Ltd` and `Inc`", () => {
    expect(legalFormAt("Lakeshore Printing Inc", 19)).toBeNull();
    expect(legalFormAt("Lakeshore Printing Inc", 19, LEGAL_FORMS)).toBe("Inc");
    expect(legalFormAt("Lakeshore Printing GmbH", 19)).toBe("GmbH");
    expect(CLOSING_FORMS.length).toBeLessThan(LEGAL_FORMS.length);
  });

  it.each([
    ["a person's name alone", "Organiser Tamar Kvaratskhelia was given two years. The judge ordered Tamar Kvaratskhelia to pay 40,000 euros."],
    ["a word that begins like a form", "Organiser Tamar Kvaratskhelia was given two years. The judge ordered Tamar Kvaratskhelia Incognito to pay 40,000 euros."],
  ])("still fines the person ordered to pay (%s)", (_, text) => {
    expect(fines(run(text, ["Tamar Kvaratskhelia"]))).toEqual(["Tamar Kvaratskhelia|40000|EUR|-"]);
  });
});
