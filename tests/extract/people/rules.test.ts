import { describe, expect, it } from "vitest";
import { peopleExtractors } from "../../../src/extract/people/index.js";
import { describeRuleCases, loadCases } from "./cases.js";

const cases = loadCases("people");

describe("people rules", () => {
  it("run in this order", () => {
    expect(peopleExtractors.map((rule) => rule.id)).toEqual([
      "people/honorific",
      "people/title",
      "people/language-role",
      "people/apposition",
      "people/letterhead",
      "people/caps-surname",
      "people/caps-signature",
      "people/table",
      "people/list",
      "people/aka",
      "people/given-name",
      "people/name-shape",
      "people/penalty-slot",
      "people/byline",
      "people/credit",
      "people/named-as",
      "people/marked-item",
      "people/shared-surname",
    ]);
  });

  describeRuleCases(peopleExtractors, cases);
});
