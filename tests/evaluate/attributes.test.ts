import { describe, expect, it } from "vitest";
import { evaluateDocument } from "../../src/evaluate/document.js";
import { actual, expected } from "./helpers.js";

describe("attributes of matched records", () => {
  it("counts a person's organisation right when it names the same body by any of its names", () => {
    const doc = evaluateDocument(
      expected({
        organisations: [{ name: "Union of Bakery Workers", acronym: "UBW" }],
        people: [
          { name: "Vera Lind", organisation: "Union of Bakery Workers" },
          { name: "Ivo Karp", organisation: "Union of Bakery Workers" },
          { name: "Lena Ott" },
        ],
      }),
      actual({
        organisations: [{ name: "Union of Bakery Workers", acronym: "UBW" }],
        people: [
          { name: "Vera Lind", organisation: "UBW" },
          { name: "Ivo Karp", organisation: "Union of Bakers" },
          { name: "Lena Ott", organisation: "UBW" },
          { name: "Not Matched", organisation: "UBW" },
        ],
      }),
    );
    expect(doc.attributes.person_organisation).toEqual({ correct: 1, total: 2, spurious: 1 });
  });

  it("compares roles as sets, case- and accent-insensitively, and never across unmatched people", () => {
    const doc = evaluateDocument(
      expected({ people: [{ name: "Vera Lind", roles: ["Chair", "editor"] }, { name: "Ivo Karp", roles: ["treasurer"] }] }),
      actual({ people: [{ name: "Vera Lind", roles: ["editor", "chair"] }, { name: "Ivo Karp", roles: ["former treasurer"] }] }),
    );
    expect(doc.attributes.person_roles).toEqual({ correct: 1, total: 2, spurious: 0 });
  });

  it("checks the ruling date of matched sentences and fines only", () => {
    const doc = evaluateDocument(
      expected({
        people: [{ name: "Vera Lind" }],
        sentences: [{ person: "Vera Lind", days: 10, text: "", date: "2021-05-05" }],
        fines: [{ person: "Vera Lind", amount: 100, text: "", date: null }],
      }),
      actual({
        people: [{ name: "Vera Lind" }],
        sentences: [{ person: "Vera Lind", days: 10, text: "", date: "2021-05-06" }, { person: "Vera Lind", days: 99, text: "", date: "2021-05-05" }],
        fines: [{ person: "Vera Lind", amount: 100, text: "", date: "2021-05-05" }],
      }),
    );
    expect(doc.attributes.sentence_date).toEqual({ correct: 0, total: 1, spurious: 0 });
    expect(doc.attributes.fine_date).toEqual({ correct: 0, total: 0, spurious: 1 });
  });
});
