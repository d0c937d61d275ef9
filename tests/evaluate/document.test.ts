import { describe, expect, it } from "vitest";
import { evaluateDocument } from "../../src/evaluate/document.js";
import { actual, expected } from "./helpers.js";

const sentence = (person: string | null, days: number, extra: Record<string, unknown> = {}) => ({ person, days, text: "", ...extra });
const fine = (person: string | null, amount: number, extra: Record<string, unknown> = {}) => ({ person, amount, text: "", ...extra });

describe("people", () => {
  it("counts a match, a miss and an extra", () => {
    const doc = evaluateDocument(
      expected({ people: [{ name: "Sharan Burrow" }, { name: "Ayuba Wabba" }] }),
      actual({ people: [{ name: "Sharan Burrow" }, { name: "Mr Ambassador" }] }),
    );
    expect(doc.counts.people).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(doc.missed.people).toEqual(["Ayuba Wabba"]);
    expect(doc.extra.people[0]).toContain("Mr Ambassador");
  });

  it("ignores case, accents and honorifics", () => {
    const doc = evaluateDocument(
      expected({ people: [{ name: "Aleksandr Mikhnevich" }, { name: "Fethullah Gülen" }] }),
      actual({ people: [{ name: "Mr Aleksandr MIKHNEVICH" }, { name: "Fethullah Gulen" }] }),
    );
    expect(doc.counts.people).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it("matches through aliases on either side", () => {
    const doc = evaluateDocument(
      expected({ people: [{ name: "Faiq Amirov", aliases: ["Faiq Amirli"] }, { name: "Khaled Drareni", aliases: ["Drareni"] }] }),
      actual({ people: [{ name: "Faiq Amirli" }, { name: "Drareni Khaled", aliases: ["Drareni"] }] }),
    );
    expect(doc.counts.people).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it("matches each expected person once: a duplicate record is a false positive", () => {
    const doc = evaluateDocument(
      expected({ people: [{ name: "Khaled Drareni", aliases: ["Drareni"] }] }),
      actual({ people: [{ name: "Khaled Drareni" }, { name: "Drareni" }] }),
    );
    expect(doc.counts.people).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it("prefers the exact name when two expected people share an alias", () => {
    const doc = evaluateDocument(
      expected({ people: [{ name: "Lala Amirli", aliases: ["Amirli"] }, { name: "Faiq Amirli", aliases: ["Amirli"] }] }),
      actual({ people: [{ name: "Amirli", aliases: ["Faiq Amirli"] }, { name: "Lala Amirli" }] }),
    );
    expect(doc.counts.people).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it("finds the largest matching when a greedy alias pairing would block one", () => {
    const doc = evaluateDocument(
      expected({ people: [{ name: "Ann Lee", aliases: ["Lee"] }, { name: "Bob Lee", aliases: ["Lee"] }] }),
      actual({ people: [{ name: "Lee" }, { name: "Ann", aliases: ["Ann Lee"] }] }),
    );
    expect(doc.counts.people).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it("neither rewards nor penalises an optional person", () => {
    const doc = evaluateDocument(expected({ optional_people: ["Ms Jane Roe"] }), actual({ people: [{ name: "Jane Roe" }] }));
    expect(doc.counts.people).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe("organisations", () => {
  it("matches by acronym, by name against an acronym, and by alias", () => {
    const doc = evaluateDocument(
      expected({
        organisations: [
          { name: "International Trade Union Confederation", acronym: "ITUC" },
          { name: "Education International", acronym: "EI" },
          { name: "Human Rights Centre “Viasna”", aliases: ["Viasna"] },
        ],
      }),
      actual({
        organisations: [
          { name: "Intl. Trade Union Confed.", acronym: "ITUC" },
          { name: "EI" },
          { name: "Viasna" },
        ],
      }),
    );
    expect(doc.counts.organisations).toEqual({ tp: 3, fp: 0, fn: 0 });
  });

  it("sets aside optional organisations and counts generic ones as extra", () => {
    const doc = evaluateDocument(
      expected({ organisations: [{ name: "ETUC" }], optional_organisations: ["riot police"] }),
      actual({ organisations: [{ name: "Riot Police" }, { name: "the government" }] }),
    );
    expect(doc.counts.organisations).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe("dates", () => {
  it("matches by value, each expected date once", () => {
    const doc = evaluateDocument(
      expected({ dates: [{ text: "9 August 2020", value: "2020-08-09" }, { text: "13 September", value: "2020-09-13" }] }),
      actual({ dates: [{ text: "August 9", value: "2020-08-09" }, { text: "9 August", value: "2020-08-09" }, { text: "13 September", value: "2021-09-13" }] }),
    );
    expect(doc.counts.dates).toEqual({ tp: 1, fp: 2, fn: 1 });
  });

  it("lets a year-less optional date absorb a prediction that guessed a year", () => {
    const doc = evaluateDocument(
      expected({ optional_dates: [{ text: "September 28", value: "--09-28" }] }),
      actual({ dates: [{ text: "September 28", value: "2026-09-28" }] }),
    );
    expect(doc.counts.dates).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it("lets an optional item excuse one prediction, not every one (issue 12)", () => {
    const doc = evaluateDocument(
      expected({ optional_dates: [{ text: "September 28", value: "--09-28" }] }),
      actual({ dates: [{ text: "September 28", value: "2026-09-28" }, { text: "September 28", value: "--09-28" }] }),
    );
    expect(doc.counts.dates).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
});

describe("sentences and fines", () => {
  it("match by person (through aliases) and days or amount", () => {
    const doc = evaluateDocument(
      expected({
        people: [{ name: "Anatoly Bokun", aliases: ["Bokun"] }],
        sentences: [sentence("Anatoly Bokun", 15), sentence("Anatoly Bokun", 15, { kind: "detention" })],
        fines: [fine("Anatoly Bokun", 25, { unit: "basic amount" })],
      }),
      actual({
        people: [{ id: "person-1", name: "Bokun" }],
        sentences: [sentence("Bokun", 15, { person_id: "person-1" }), sentence("Mr Anatoly Bokun", 15), sentence("Anatoly Bokun", 10)],
        fines: [fine("Bokun", 25), fine("Anatoly Bokun", 219)],
      }),
    );
    expect(doc.counts.sentences).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(doc.counts.fines).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it("matches a term by its months and days however grouped (P18M, 540 days = P1Y6M, 545 days), never a different term", () => {
    const doc = evaluateDocument(
      expected({
        people: [{ name: "Ana Ruiz" }],
        sentences: [sentence("Ana Ruiz", 545, { duration: "P1Y6M" }), sentence("Ana Ruiz", 365, { duration: "P1Y" }), sentence("Ana Ruiz", 30, { duration: "P1M" })],
      }),
      actual({
        people: [{ id: "person-1", name: "Ana Ruiz" }],
        sentences: [sentence("Ana Ruiz", 540, { duration: "P18M" }), sentence("Ana Ruiz", 360, { duration: "P12M" }), sentence("Ana Ruiz", 28, { duration: "P4W" })],
      }),
    );
    expect(doc.counts.sentences).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it("does not match a fine whose ISO 4217 code differs from the expected one (issue 12)", () => {
    const doc = evaluateDocument(
      expected({ people: [{ name: "Raj Kumar" }], fines: [fine("Raj Kumar", 5000, { currency: "NPR" }), fine("Raj Kumar", 300, { currency: "NPR" })] }),
      actual({ people: [{ id: "person-1", name: "Raj Kumar" }], fines: [fine("Raj Kumar", 5000, { currency: "INR" }), fine("Raj Kumar", 300)] }),
    );
    expect(doc.counts.fines).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it("does not match another person's penalty", () => {
    const doc = evaluateDocument(expected({ sentences: [sentence("Nikolay Zimin", 15)] }), actual({ sentences: [sentence("Sergei Cherkasov", 15)] }));
    expect(doc.counts.sentences).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("sets aside an optional penalty, including one with no person", () => {
    const doc = evaluateDocument(
      expected({ optional_fines: [fine(null, 190)], optional_sentences: [sentence("Jan Doe", 1, { kind: "house arrest" })] }),
      actual({ fines: [fine(null, 190)], sentences: [sentence("Jan Doe", 1)] }),
    );
    expect(doc.counts.fines).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(doc.counts.sentences).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe("letter date and missing files", () => {
  it("scores letter_date exactly, null equal to null", () => {
    expect(evaluateDocument(expected({ letter_date: "2020-10-12" }), actual({}, "letter.txt", "2020-10-12")).letterDate.correct).toBe(true);
    expect(evaluateDocument(expected({ letter_date: "2020-10-12" }), actual({}, "letter.txt", "2020-12-10")).letterDate.correct).toBe(false);
    expect(evaluateDocument(expected(), actual()).letterDate.correct).toBe(true);
  });

  it("counts everything as missed when the actual file is absent", () => {
    const doc = evaluateDocument(expected({ people: [{ name: "A B" }], dates: [{ value: "2020-01-01" }] }), null);
    expect(doc.actual).toBeNull();
    expect(doc.counts.people.fn + doc.counts.dates.fn).toBe(2);
    expect(doc.letterDate.correct).toBe(false);
  });
});
