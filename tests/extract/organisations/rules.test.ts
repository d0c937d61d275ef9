import { describe, expect, it } from "vitest";
import { organisationExtractors } from "../../../src/extract/organisations/index.js";
import { describeRuleCases, loadCases } from "../people/cases.js";

const cases = loadCases("organisations");

describe("organisation rules", () => {
  it("run in this order", () => {
    expect(organisationExtractors.map((rule) => rule.id)).toEqual([
      "organisations/definition",
      "organisations/named",
      "organisations/acronym",
      "organisations/descriptor",
      "organisations/media",
      "organisations/list",
      "organisations/cause",
      "organisations/apposed",
      "organisations/quoted",
      "organisations/firm",
      "organisations/language-body",
    ]);
  });

  describeRuleCases(organisationExtractors, cases);
});
