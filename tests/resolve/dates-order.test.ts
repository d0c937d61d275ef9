/** The per-document day/month order of numeric dates, and the reason recorded for it. */
import { describe, expect, it } from "vitest";
import { SENDER_CUES } from "../../src/resolve/dates-order.js";
import { dated } from "./dates-helpers.js";

function order(text: string, option: "auto" | "dmy" | "mdy" = "auto"): [string | null, string | null, string[]] {
  const result = dated(text, option);
  return [result.dateOrder, result.reason, result.dates.map((d) => d.value)];
}

describe("date order", () => {
  it.each([
    ["a first field above 12 makes the letter day-first", "Sent 19/04/2012. Reply by 05/06/2012.", "dmy", ["2012-04-19", "2012-06-05"]],
    ["a second field above 12 makes it month-first", "Sent 04/19/2012. Reply by 05/06/2012.", "mdy", ["2012-04-19", "2012-05-06"]],
    ["the dotted form is day-first", "01.11.2017 Source: press service\n\nFined on October 30, 2017.", "dmy", ["2017-11-01", "2017-10-30"]],
    ["a US address makes it month-first", "1 Main St\nWashington, DC 20006\n\n05/06/2012\n\nDear Sir,", "mdy", ["2012-05-06"]],
    ["a European address makes it day-first", "Bd du Roi Albert II\n1210 Bruxelles, Belgique\n\n05/06/2012", "dmy", ["2012-06-05"]],
    [
      "the dateline must not precede the events it reports",
      "HQ\n\n05/03/2017\n\nHe was fined on 9 February 2017 and freed on 9 April 2017.",
      "mdy",
      ["2017-05-03", "2017-02-09", "2017-04-09"],
    ],
    [
      "a date the letter announces may lie after its dateline",
      "Statement Beirut, 09/02/2025\n\nOn Thursday 6 February the court convicted them. A first hearing is scheduled for 3 March 2025.",
      "dmy",
      ["2025-02-09", "2025-02-06", "2025-03-03"],
    ],
    ["dates in words written month first", "Letter 03/04/2017 about the ruling of May 2, 2017 and May 9, 2016.", "mdy", ["2017-03-04", "2017-05-02", "2016-05-09"]],
    ["dates in words outweigh a dateline's city", "October 12, 2020\n\n(Berlin) – On September 13 and October 5 police came. Raids on 10/05/2020.", "mdy", ["2020-10-12", "2020-09-13", "2020-10-05", "2020-10-05"]],
    ["no evidence: day-first", "Dated 03/04/2017.", "dmy", ["2017-04-03"]],
  ])("%s", (_, text, expected, values) => {
    const [decided, reason, found] = order(text);
    expect(decided).toBe(expected);
    expect(reason).toEqual(expect.any(String));
    expect(found).toEqual(values);
  });

  it("follows --date-order and says so", () => {
    expect(order("Dated 03/04/2017.", "mdy")).toEqual(["mdy", "set by --date-order mdy", ["2017-03-04"]]);
    expect(order("Dated 03/04/2017.", "dmy")[2]).toEqual(["2017-04-03"]);
  });

  it("reads a date whose field is above 12 the only possible way, whatever the order", () => {
    expect(order("Dated 03/04/2017 and 25/12/2017.", "mdy")[2]).toEqual(["2017-03-04", "2017-12-25"]);
  });

  it("decides nothing for a letter without numeric dates", () => {
    expect(order("Arrested on 9 August 2020.").slice(0, 2)).toEqual([null, null]);
  });

  it.each(SENDER_CUES.map((row) => [row[2], row] as const))("sender cue example %s matches", (_, [pattern, , example]) => {
    expect(pattern.test(example)).toBe(true);
  });
});

describe("a letter in a day-first language (session 24)", () => {
  it.each([
    ["fr", "a French dateline before an appeal hearing announced later in the month (h23 gabon)", "Libreville, le 12/03/2026\n\nLe jugement a été rendu ce mardi 10 mars. Rassemblement le vendredi 20 mars 2026, jour de l'audience en appel.", "dmy", "2026-03-12"],
    ["es", "a Spanish dateline", "Quito, 05/03/2024\n\nEl juicio se celebrará el 20 de diciembre de 2024.", "dmy", "2024-03-05"],
    ["en", "near-miss: the same English letter keeps the chronology's month-first reading", "HQ\n\n05/03/2017\n\nHe was fined on 9 February 2017 and freed on 9 April 2017.", "mdy", "2017-05-03"],
  ])("%s: %s", (language, _, text, expected, first) => {
    const result = dated(text, "auto", language);
    expect(result.dateOrder).toBe(expected);
    expect(result.dates[0]?.value).toBe(first);
  });
});
