/**
 * Terms that each carry their own words, shared out in order by `respectively` after the last
 * (src/resolve/penalties-respective.ts, session 16), in made-up words, names and currencies.
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

describe("penalties: terms with their own words shared out by `respectively`", () => {
  it.each([
    [
      "three terms of two kinds, one to each name in order",
      "Pavel Sidorenko, Olga Markova and Ivan Petrov were sentenced to four years' imprisonment, three years of restricted freedom and two years of restricted freedom respectively.",
      ["Pavel Sidorenko", "Olga Markova", "Ivan Petrov"],
      ["Pavel Sidorenko|1460|prison|-", "Olga Markova|1095|restricted freedom|-", "Ivan Petrov|730|restricted freedom|-"],
    ],
    [
      "names with asides, terms with their own qualifiers, `respectively` after the last term's words",
      "Aliaksei Hrytsuk, who has chaired the union since 2017, Maryna Kavaleva, his deputy, and Ihar Sasnouski, a fitter, were sentenced to five years' imprisonment in a penal colony, three years of restricted freedom with referral, and two years and six months of restricted freedom without referral respectively.",
      ["Aliaksei Hrytsuk", "Maryna Kavaleva", "Ihar Sasnouski"],
      ["Aliaksei Hrytsuk|1825|prison|-", "Maryna Kavaleva|1095|restricted freedom|-", "Ihar Sasnouski|910|restricted freedom|-"],
    ],
  ])("%s", (_why, text, names, expected) => {
    expect(sentences(run(text, names))).toEqual(expected);
  });

  it("shares fines with their own currencies out too", () => {
    expect(fines(run("Nurlan Abenov and Aigerim Sadykova were fined 200,000 tenge and €500 respectively.", ["Nurlan Abenov", "Aigerim Sadykova"]))).toEqual(["Nurlan Abenov|200000|KZT|-", "Aigerim Sadykova|500|EUR|-"]);
  });

  it.each([
    [
      "no `respectively`: every term is every person's (`each`)",
      "Pavel Sidorenko and Olga Markova were each sentenced to four years' imprisonment and three years of restricted freedom.",
      ["Pavel Sidorenko", "Olga Markova"],
      ["Pavel Sidorenko|1460|prison|-", "Olga Markova|1460|prison|-", "Pavel Sidorenko|1095|restricted freedom|-", "Olga Markova|1095|restricted freedom|-"],
    ],
    [
      "fewer terms than people: no list to share out",
      "Pavel Sidorenko, Olga Markova and Ivan Petrov were sentenced to four years' imprisonment and three years of restricted freedom respectively.",
      ["Pavel Sidorenko", "Olga Markova", "Ivan Petrov"],
      [
        "Pavel Sidorenko|1460|prison|-", "Olga Markova|1460|prison|-", "Ivan Petrov|1460|prison|-",
        "Pavel Sidorenko|1095|restricted freedom|-", "Olga Markova|1095|restricted freedom|-", "Ivan Petrov|1095|restricted freedom|-",
      ],
    ],
  ])("leaves alone: %s", (_why, text, names, expected) => {
    expect(sentences(run(text, names))).toEqual(expected);
  });
});
