/**
 * Penalties whose people the letter names only after them (issue 12, session 12): a plural
 * pronoun with nobody named before it (a quoted verdict opening the letter), a counted group whose
 * members are named next with an alias beside one of them, and the ruling date told on the way to
 * the names. What must be found, and what must not. Names and wording are made up.
 */
import { describe, expect, it } from "vitest";
import { run, sentences } from "./penalties-helpers.js";

type Names = Parameters<typeof run>[1];
type Case = readonly [string, string, Names, string[], [string, string][]];

const FIND: Case[] = [
  [
    "a quoted verdict's `they`, the judge's sentence dated, the names a paragraph on",
    "\"The tribunal finds the accused guilty and orders that they are each sentenced to two years' imprisonment.\" With these words, Judge Marta Lopes closed the trial on Friday 6 June 2025.\n\nThe two convicted dockers are Tomas Berg, chair of the port union, and his deputy Ines Varga.",
    ["Marta Lopes", "Tomas Berg", "Ines Varga"],
    ["Tomas Berg|730|prison|2025-06-06", "Ines Varga|730|prison|2025-06-06"],
    [["6 June 2025", "2025-06-06"]],
  ],
  [
    "`they` first in the letter, the names in the next sentence, no date",
    "They were each sentenced to nine months in prison for the picket. The workers, Kwame Asante and Efua Mensah, deny the charges.",
    ["Kwame Asante", "Efua Mensah"],
    ["Kwame Asante|270|prison|-", "Efua Mensah|270|prison|-"],
    [],
  ],
  [
    "a counted group named next with a bracketed alias marker (`A (b) B`)",
    "Two union members were sentenced to four years in prison. On 3 May 2024, the court sentenced Khin Sandar (b) Ma Sandar, a weaver, and Ko Aung Min, a driver.",
    ["Khin Sandar", "Ma Sandar", "Aung Min"],
    ["Khin Sandar|1460|prison|2024-05-03", "Aung Min|1460|prison|2024-05-03"],
    [["3 May 2024", "2024-05-03"]],
  ],
  [
    "a counted group named next with `alias`",
    "Two vendors were each sentenced to six months in jail. At the hearing on 12 August 2023 the court named them as Rudo Moyo alias Mai Tendai and Chipo Dube.",
    ["Rudo Moyo", "Mai Tendai", "Chipo Dube"],
    ["Rudo Moyo|180|prison|2023-08-12", "Chipo Dube|180|prison|2023-08-12"],
    [["12 August 2023", "2023-08-12"]],
  ],
];

const NONE: readonly [string, string, Names][] = [
  ["`one of them`, a part of a group, before two names", "Three officials were fined today, and one of them was also sentenced to a day's jail. Ana Ruiz and Juan Soto were each fined 500 pesos.", ["Ana Ruiz", "Juan Soto"]],
  ["`they` with one name after it", "They were each sentenced to nine months in prison. Kwame Asante denies the charges.", ["Kwame Asante"]],
  ["a counted group whose next sentence names more people than it counts, with no alias between", "Two union members were sentenced to four years in prison. The court sentenced Khin Sandar, Aung Min and Thida Oo.", ["Khin Sandar", "Aung Min", "Thida Oo"]],
];

describe("penalties: people named after the penalty", () => {
  it.each(FIND)("finds them (%s)", (_, text, names, expected, dates) => {
    expect(sentences(run(text, names, dates))).toEqual(expected);
  });

  it.each(NONE)("gives nobody (%s)", (_, text, names) => {
    expect(sentences(run(text, names))).toEqual([]);
  });

  it("dates nothing from another event told on the way to the names", () => {
    const text = "They were each sentenced to nine months in prison. They had been arrested on 2 May 2025. The workers are Kwame Asante and Efua Mensah.";
    expect(sentences(run(text, ["Kwame Asante", "Efua Mensah"], [["2 May 2025", "2025-05-02"]]))).toEqual(["Kwame Asante|270|prison|-", "Efua Mensah|270|prison|-"]);
  });

  it("dates nothing from a sentence after the names", () => {
    const text = "They were each sentenced to nine months in prison. The workers are Kwame Asante and Efua Mensah. The court ruled on 4 March 2025 on another case.";
    expect(sentences(run(text, ["Kwame Asante", "Efua Mensah"], [["4 March 2025", "2025-03-04"]]))).toEqual(["Kwame Asante|270|prison|-", "Efua Mensah|270|prison|-"]);
  });
});
