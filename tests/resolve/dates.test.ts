/** The dates stage as a whole: records, ids, offsets, repeats, letter date and date order. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dated, values } from "./dates-helpers.js";

describe("resolveDates", () => {
  it("gives records in offset order with ids, offsets, rules and ISO values", () => {
    const text = "Brussels\n\n12/10/2020\n\nHe was arrested on 9 August 2020 and tried in March 2021.";
    const result = dated(text);
    expect(result.dates.map((d) => [d.id, d.text, d.value])).toEqual([
      ["date-1", "12/10/2020", "2020-10-12"],
      ["date-2", "9 August 2020", "2020-08-09"],
      ["date-3", "March 2021", "2021-03"],
    ]);
    for (const d of result.dates) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.rules).toEqual(["dates/calendar"]);
    }
    expect(result.letterDate).toBe("2020-10-12");
  });

  it("keeps a French date with its weekday as one record, found by two rules, and leaves its clock time out", () => {
    const text = "Dakar, le mercredi 18 juin 2025\n\nMadame la Ministre,\n\nLe tribunal a rendu sa décision le lundi 16 juin 2025. Un rassemblement aura lieu le samedi 21 juin à 10 heures devant la Bourse du travail.";
    const result = dated(text, "auto", "fr");
    expect(result.dates.map((d) => `${d.text}=${d.value}`)).toEqual(["mercredi 18 juin 2025=2025-06-18", "lundi 16 juin 2025=2025-06-16", "samedi 21 juin=2025-06-21"]);
    expect(result.dates[0]?.rules).toEqual(["dates/calendar", "dates/foreign"]);
  });

  it("reads a French or Spanish bare month after `entre` and keeps a date inside no longer one", () => {
    expect(values("Paris, le 2 décembre 2025\n\nLes articles publiés entre août et octobre 2025 sont en cause.", "auto", "fr")).toEqual(["2 décembre 2025=2025-12-02", "août=2025-08", "octobre 2025=2025-10"]);
    expect(values("Madrid, 3 de mayo de 2024\n\nLas protestas ocurrieron entre marzo y abril de 2024.", "auto", "es")).toEqual(["3 de mayo de 2024=2024-05-03", "marzo=2024-03", "abril de 2024=2024-04"]);
  });

  it("puts a French or Spanish appeal's deadline ahead of the letter", () => {
    expect(values("Tunis, le 5 mars 2025\n\nL'Observatoire invite ses partenaires à signer la pétition avant le 31 mars.", "auto", "fr")).toEqual(["5 mars 2025=2025-03-05", "31 mars=2025-03-31"]);
    expect(values("Lima, 2 de mayo de 2025\n\nLa federación pide a sus afiliados enviar cartas antes del 20 de mayo.", "auto", "es")).toEqual(["2 de mayo de 2025=2025-05-02", "20 de mayo=2025-05-20"]);
  });

  it("keeps one record for a date repeated in the same words, and both wordings of one day", () => {
    expect(values("Fined on May 7, 2018. In all, fines on May 7, 2018 reached 190. On 7 May 2018 too.")).toEqual([
      "May 7, 2018=2018-05-07",
      "7 May 2018=2018-05-07",
    ]);
  });

  it("lists every mention, repeats carrying the id of their record", () => {
    const result = dated("Fined on May 7, 2018. In all, fines on May 7, 2018 reached 190.");
    expect(result.mentions.map((m) => [m.id, m.start])).toEqual([
      ["date-1", 9],
      ["date-1", 39],
    ]);
  });

  it("reads every format of the issue", () => {
    expect(
      values(
        "Geneva\n\n12/10/2020\n\nOn 9 August 2020, August 9, 2020, the 9th of August, on 5 October, in March 2021, " +
          "from 13 to 28 September, 13.09.2020 and 2020-09-13.",
      ),
    ).toEqual([
      "12/10/2020=2020-10-12",
      "9 August 2020=2020-08-09",
      "August 9, 2020=2020-08-09",
      "9th of August=2020-08-09",
      "5 October=2020-10-05",
      "March 2021=2021-03",
      "13=2020-09-13",
      "28 September=2020-09-28",
      "13.09.2020=2020-09-13",
      "2020-09-13=2020-09-13",
    ]);
  });

  it("reads the seed letter: five dates, its letter date, day-first", () => {
    const text = readFileSync(new URL("../../fixtures/letters/ituc-belarus-2020.md", import.meta.url), "utf8");
    const result = dated(text);
    expect(result.dates.map((d) => `${d.text}=${d.value}`)).toEqual([
      "12/10/2020=2020-10-12",
      "9 August 2020=2020-08-09",
      "13 September=2020-09-13",
      "28 September=2020-09-28",
      "5 October=2020-10-05",
    ]);
    expect([result.letterDate, result.dateOrder]).toEqual(["2020-10-12", "dmy"]);
  });

  it("stays linear on a long text with many dates (one paragraph, no line breaks)", () => {
    const sentence = "Police detained him on 9 August 2020 and again on 13 September, see www.x.org/a. ";
    const started = performance.now();
    const result = dated(sentence.repeat(3000));
    expect(result.mentions).toHaveLength(6000);
    // Note: about 1 s here; a quadratic step (a prefix scan per date) took minutes.
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it("drops an impossible numeric date rather than guessing", () => {
    expect(values("Dated 31/02/2020 in error.")).toEqual([]);
  });

  it("returns no order and no letter date for a letter without numeric dates or dateline", () => {
    const result = dated("He was arrested on 9 August 2020 in Minsk and freed later that week.");
    expect([result.dateOrder, result.reason, result.letterDate]).toEqual([null, null, null]);
  });
});
