/** The letterhead rule reads a signature block's own lines, never the copy line under it. */
import { describe, expect, it } from "vitest";
import { letterheadRule } from "../../../src/extract/people/letterhead.js";
import { run } from "./cases.js";

describe("people/letterhead block", () => {
  it("keeps the signer's role line and stops at a copy line", () => {
    const found = run(letterheadRule, "Yours faithfully,\n\nOlga Petrenko\nGeneral Secretary\n\ncc: Ivan Marsh, Treasurer, Harbour Workers Guild\n");
    expect(found.map((f) => [f.name, f.roles, f.organisation])).toEqual([["Olga Petrenko", ["General Secretary"], null]]);
  });

  it("gives a signer without a role line nothing from the copy line", () => {
    const found = run(letterheadRule, "Yours faithfully,\n\nOlga Petrenko\n\ncc: Ivan Marsh, Treasurer, Harbour Workers Guild\n");
    expect(found.map((f) => [f.name, f.roles, f.organisation])).toEqual([["Olga Petrenko", [], null]]);
  });
});
