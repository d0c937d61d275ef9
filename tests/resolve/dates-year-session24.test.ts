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

describe("a year said in words after a year-less date", () => {
  it.each([
    ["en", "`of that year` takes the year just named (h23 kosovo)", `${HEAD}In June 2016 a sit-in ended in arrests; the ruling was confirmed on appeal in November of that year.`, "November of that year=2016-11"],
    ["en", "`of the same year` (h23 sierra leone)", `${HEAD}He was jailed in March 2017 and fined in July of the same year.`, "July of the same year=2017-07"],
    ["en", "a day `of that year`", `${HEAD}The strike began in 2015. Police cleared the road on October 28 of that year.`, "October 28 of that year=2015-10-28"],
    ["en", "`of last year`", `${HEAD}He was first detained in March of last year.`, "March of last year=2019-03"],
    ["fr", "`de la même année` (h23 gabon)", "Dakar, le 12 mars 2026\n\nEn juin 2023, il avait été condamné ; la cour avait ramené sa peine le 4 décembre de la même année.", "4 décembre de la même année=2023-12-04"],
    ["fr", "`de cette année` is the letter's year", "Dakar, le 12 octobre 2026\n\nEn 2019, le syndicat a été dissous. En mars de cette année, il a été arrêté.", "mars de cette année=2026-03"],
    ["fr", "`de cette année-là` is the year just named", "Dakar, le 12 octobre 2026\n\nEn 2019, le syndicat a été dissous. En août de cette année-là, il a été arrêté.", "août de cette année-là=2019-08"],
    ["es", "`de este año` is the letter's year (h23 peru, h21 colombia)", "Lima, 28 de octubre de 2025\n\nEn noviembre de 2021 fueron condenados, y en marzo de este año un juzgado dictó prisión preventiva.", "marzo de este año=2025-03"],
    ["es", "`del mismo año` (h6 cuba)", "Lima, 28 de octubre de 2025\n\nFue detenido en febrero de 2023, y en julio del mismo año estuvo bajo arresto.", "julio del mismo año=2023-07"],
    ["es", "`de ese año`", "Lima, 28 de octubre de 2025\n\nFue condenado en 2020 y excarcelado en diciembre de ese año.", "diciembre de ese año=2020-12"],
    ["es", "`del año pasado` (h22 cuba)", "La Habana, 3 de mayo de 2024\n\nFue detenido el 20 de noviembre del año pasado.", "20 de noviembre del año pasado=2023-11-20"],
  ])("%s: %s", (language, _, text, expected) => {
    expect(values(text, "auto", language)).toContain(expected);
  });

  it.each([
    ["en", "`that year` with no date before it is no date's year", `${HEAD}The strike of that year was long. He was arrested in May.`, "May=2020-05"],
    ["es", "`de ese año` after no date (a noun's complement) changes nothing", "Lima, 28 de octubre de 2025\n\nPor los hechos del paro regional de ese año, fue detenido en marzo.", "marzo=2025-03"],
    ["fr", "a bare month with no year words keeps the letter's", "Dakar, le 12 octobre 2026\n\nEn 2019, le syndicat a été dissous. Il a été arrêté en août.", "août=2026-08"],
  ])("near-miss (%s): %s", (language, _, text, expected) => {
    expect(values(text, "auto", language)).toContain(expected);
  });
});

describe("a French or Spanish list's year distributes backwards", () => {
  it.each([
    ["es", "`entre agosto y noviembre de 2020` (h23 bolivia)", "La Paz, 1 de mayo de 2022\n\nLa vigilia se mantuvo entre agosto y noviembre de 2020.", "agosto=2020-08"],
    ["fr", "`entre août et octobre 2024`", "Dakar, le 12 mars 2026\n\nLa grève a duré entre août et octobre 2024.", "août=2024-08"],
  ])("%s: %s", (language, _, text, expected) => {
    expect(values(text, "auto", language)).toContain(expected);
  });

  it("a list crossing new year starts the year before", () => {
    expect(values("La Paz, 1 de mayo de 2022\n\nLa huelga duró entre diciembre y marzo de 2021.", "auto", "es")).toContain("diciembre=2020-12");
  });

  it("near-miss: words between `y` and the next date make no list", () => {
    expect(values("La Paz, 1 de mayo de 2022\n\nFue detenido en agosto y, tras meses de espera, juzgado en noviembre de 2020.", "auto", "es")).toContain("agosto=2021-08");
  });
});

describe("an expected release lies ahead of the letter", () => {
  it.each([
    ["en", "`should be released in August` (h23 syria)", "Geneva, 3 July 2023\n\nWith the time she has already spent in detention, she should be released in August.", "August=2023-08"],
    ["fr", "`devraient recouvrer la liberté d'ici … avril` (h19 senegal)", "Dakar, le 20 mars 2025\n\nAyant déjà passé quinze jours en détention, ils devraient recouvrer la liberté d'ici le début du mois d'avril.", "avril=2025-04"],
    ["es", "`debería salir en libertad en agosto`", "Lima, 3 de julio de 2023\n\nCon el tiempo ya cumplido, debería salir en libertad en agosto.", "agosto=2023-08"],
  ])("%s: %s", (language, _, text, expected) => {
    expect(values(text, "auto", language)).toContain(expected);
  });

  it.each([
    ["en", "`should have been released in August` is past", "Geneva, 3 July 2023\n\nShe should have been released in August.", "August=2022-08"],
    ["en", "a demand about past arrests stays past", "Geneva, 3 July 2023\n\nThe police should be held accountable for the arrests in August.", "August=2022-08"],
  ])("near-miss (%s): %s", (language, _, text, expected) => {
    expect(values(text, "auto", language)).toContain(expected);
  });
});

describe("a gapped list and a Spanish `el pasado`", () => {
  it.each([
    ["en", "a gapped list follows its first date (h20 hkcw)", "Hong Kong, 18 September 2025\n\nGiven the time spent on remand since June, Ho is expected to be released in October, Kwok in December and Leung in February 2026.", "December=2025-12"],
    ["es", "`el pasado 18 de junio` is the June before the letter, past a year named on its line (h20 ovls)", "Caracas, 12 de agosto de 2024\n\nEn 2023 fueron excarcelados en diciembre de ese año. Asimismo, el pasado 18 de junio, el tribunal condenó a otro delegado.", "18 de junio=2024-06-18"],
  ])("%s: %s", (language, _, text, expected) => {
    expect(values(text, "auto", language)).toContain(expected);
  });

  it.each([
    ["en", "a verb between two dates makes no gapped list", `${HEAD}He was arrested in October 2019, released in December and rearrested in January.`, "December=2019-12"],
    ["es", "`pasado` after a noun is no `el pasado` before the day", "Caracas, 12 de agosto de 2024\n\nEl 5 de julio de 2023, el mes pasado de la huelga, y el 18 de julio, fueron detenidos.", "18 de julio=2023-07-18"],
  ])("near-miss (%s): %s", (language, _, text, expected) => {
    expect(values(text, "auto", language)).toContain(expected);
  });
});

describe("a report's recommendation to an addressee lies near the letter", () => {
  it("`To the Government: to consider a pardon … on the occasion of 20 May` (h23 timor)", () => {
    expect(values("Dili, 2 May 2025\n\nRecommendations\n\nTo the Government: to open a dialogue with the vendors, and to consider a pardon for Mr Soares on the occasion of 20 May.")).toContain("20 May=2025-05-20");
  });
  it("near-miss: an addressee line telling a past event stays past", () => {
    expect(values("Dili, 2 May 2025\n\nTo the Government: the police beat the vendors on 20 May.")).toContain("20 May=2024-05-20");
  });
});
