/** Session 24 (dates): the year of a month named without one, and a year named again (`that year`). */
import { describe, expect, it } from "vitest";
import { values } from "./dates-helpers.js";

const HEAD = "Union HQ, Bruxelles\n\n12/10/2020\n\nDear Sir,\n\n";

describe("a bare month is no repeat of a month written with its year", () => {
  it.each([
    [
      "a background `August 2017` does not date a later bare `August` (h23 nepal, angola, westbank; h22 venezuela)",
      `${HEAD}The union has been harassed before: its office was raided in August 2017.\n\nAfter his arrest on 2 July, he was released on bail in August.`,
      "August=2020-08",
    ],
    [
      "`last September` after `In September 2018` is the September before the letter (h22 mongolia)",
      `${HEAD}In September 2018 a former leader received a suspended sentence; his suspension ended last September.`,
      "last September=2020-09",
    ],
    [
      "a month written with its year earlier in another paragraph gives no year to a later bare month (h21 bstmi)",
      `${HEAD}The 2018 protests began in March 2018.\n\nMr Osman had been fined in March for a single-person picket.`,
      "March=2020-03",
    ],
  ])("%s", (_, text, expected) => {
    expect(values(text)).toContain(expected);
  });

  it.each([
    ["a day written with its year elsewhere still gives it", "Fined within one day of May 7th. He was fined on May 7, 2018.", "May 7th=2018-05-07"],
    ["a bare month after a year-less day keeps the day's inferred year", `${HEAD}The judge adjourned the hearing to 14 May 2019. The defence asked for more time, and the trial finally opened on 3 June. The verdict came in June.`, "June=2019-06"],
    ["a bare month framed by a full date on its line still takes that date's year", `${HEAD}The strike began on 5 July 2018. Two leaders were charged in August.`, "August=2018-08"],
  ])("near-miss: %s", (_, text, expected) => {
    expect(values(text)).toContain(expected);
  });
});
