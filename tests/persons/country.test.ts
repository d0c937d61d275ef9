/**
 * The persons stage's country table (src/persons/country.ts): names, demonyms and capitals from
 * the data package, and the build's copy of it (scripts/country-table.ts, issue 19) equal to the
 * table built from the package.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Country } from "world-countries";
import { countriesIn, countryTable, mainCountry } from "../../src/persons/country.js";
import { ROOT } from "../helpers/cli.js";

const fromPackage = countryTable(createRequire(import.meta.url)("world-countries") as Country[]);

describe("country table", () => {
  it("finds countries by name, demonym and capital, longest name first; not two-letter codes", () => {
    const text = "Workers in Costa Rica wrote to the Peruvian embassy in Nairobi. In the letter, Sri Lanka.";
    expect(countriesIn(text).map((m) => m.code)).toEqual(["CR", "PE", "KE", "LK"]);
    expect(countriesIn("A letter with no place at all, OK.")).toEqual([]);
    expect(mainCountry(countriesIn("Chile, Chilean workers, Santiago, and once Geneva."))).toBe("CL");
  });

  it("built at build time is the table built from the package", () => {
    const built = JSON.parse(readFileSync(join(ROOT, "dist/src/persons/countries.table.json"), "utf8")) as unknown;
    expect(built).toEqual(fromPackage);
    expect(fromPackage.length).toBeGreaterThan(500);
    expect(fromPackage.some(([name]) => name.length <= 3)).toBe(false);
  });

  it("is read from the build's copy once built: the data package is not loaded", () => {
    const module = pathToFileURL(join(ROOT, "dist/src/persons/country.js")).href;
    const script = `const { countriesIn } = await import(${JSON.stringify(module)});
      const { createRequire } = await import("node:module");
      const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes("/world-countries/"));
      console.log(JSON.stringify({ codes: countriesIn("Unions in Uruguay and Ghana").map((m) => m.code), loaded }));`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(JSON.parse(child.stdout)).toEqual({ codes: ["UY", "GH"], loaded: false });
  });
});
