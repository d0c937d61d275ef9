/** Every country's own currency signs, from CLDR through Intl (src/language/local-signs.ts). */
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { describe, expect, it } from "vitest";
import { LOCAL_SIGNS, localSignTable } from "../../src/language/local-signs.js";

const signOf = (sign: string) => LOCAL_SIGNS.find((row) => row.sign === sign);

describe("the countries' own currency signs", () => {
  it("are the table Intl gives for world-countries today (else run `npm run data:signs`)", () => {
    const countries = createRequire(import.meta.url)("world-countries") as Country[];
    expect(localSignTable(countries)).toEqual(LOCAL_SIGNS);
  });

  it.each([
    ["D", ["GMD"], "before"],
    ["zł", ["PLN"], "after"],
    ["WS$", ["WST"], "before"],
    ["T$", ["TOP"], "before"],
    ["Lekë", ["ALL"], "after"],
    ["K", ["MMK", "PGK", "ZMW"], "both"],
    ["F CFA", ["XOF"], "both"],
  ])("holds %s for %j, written %s the number", (sign, codes, written) => {
    expect(signOf(sign)).toEqual({ sign, codes, written });
  });

  it("holds no sign in another script and no bare ISO code", () => {
    expect(signOf("сом")).toBeUndefined();
    expect(signOf("ل.س.")).toBeUndefined();
    expect(LOCAL_SIGNS.filter(({ sign, codes }) => codes.includes(sign))).toEqual([]);
  });
});
