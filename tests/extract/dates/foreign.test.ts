/**
 * The `dates/foreign` rule: full dates in another language than English (datelines and bylines
 * of pages whose site keeps its own language), and what it must not take for one.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { foreignCalendarDates } from "../../../src/extract/dates/foreign.js";

function found(text: string): string[] {
  const context = createContext(text, { dateOrder: "auto" });
  return foreignCalendarDates.extract(context).map((c) => {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    return `${c.text}|${c.year ?? "-"}|${c.month}|${c.day ?? "-"}`;
  });
}

describe("dates/foreign finds", () => {
  it.each([
    ["Portuguese with its joiners, weekday left out", "quarta-feira, 14 de março de 2018\n\nA union statement.", ["14 de março de 2018|2018|3|14"]],
    ["Spanish", "Lima, 3 de julio de 2019", ["3 de julio de 2019|2019|7|3"]],
    ["Spanish with del", "Publicado el 21 de octubre del 2020", ["21 de octubre del 2020|2020|10|21"]],
    ["French with an ordinal first day", "Dakar, le 1er juin 2022", ["1er juin 2022|2022|6|1"]],
    ["French without accents", "Paris, 5 fevrier 2017", ["5 fevrier 2017|2017|2|5"]],
    ["German with a dotted day", "Wien, 12. Jänner 2016", ["12. Jänner 2016|2016|1|12"]],
    ["Dutch", "Brussel, 9 maart 2015", ["9 maart 2015|2015|3|9"]],
    ["Italian", "Roma, 30 settembre 2021", ["30 settembre 2021|2021|9|30"]],
    ["a Turkish abbreviation", "8 Eki 2023\n\nNews in English.", ["8 Eki 2023|2023|10|8"]],
    ["Turkish in full", "İstanbul, 19 Kasım 2020", ["19 Kasım 2020|2020|11|19"]],
    ["Indonesian", "Medan, 2 Agustus 2022", ["2 Agustus 2022|2022|8|2"]],
    ["Malay", "Kuala Lumpur, 11 Ogos 2021", ["11 Ogos 2021|2021|8|11"]],
    ["Russian genitive with г.", "Алматы, 7 ноября 2019 г.", ["7 ноября 2019|2019|11|7"]],
    ["Ukrainian", "Київ, 4 травня 2022", ["4 травня 2022|2022|5|4"]],
    ["Polish", "Warszawa, 15 grudnia 2020", ["15 grudnia 2020|2020|12|15"]],
    ["capitals", "LISBOA, 6 DE MAIO DE 2014", ["6 DE MAIO DE 2014|2014|5|6"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("dates/foreign does not find", () => {
  it.each([
    ["English dates (chrono reads them)", "He was arrested on 5 April 2020 and on 6 May 2021, and on 7 Mar 2022."],
    ["a foreign month without a year", "Le 3 mai, la grève a commencé; el 5 de julio hubo protestas."],
    ["a month word without a day", "Published in março de 2018 and in mars 2019."],
    ["a month word inside another word or number", "Code 123 mai 2020x and 45 mars 20201."],
    ["an impossible day", "On 45 de julio de 2019 nothing happened."],
    ["a year out of range", "The 3 de julio de 1850 charter."],
    ["ordinary short words after a number", "He spent 3 ara 20 days and 12 kas in prison."],
  ])("%s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
