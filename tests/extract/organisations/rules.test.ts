import { describe, expect, it } from "vitest";
import { organisationExtractors } from "../../../src/extract/organisations/index.js";
import { legalFormRule } from "../../../src/extract/organisations/legal-form.js";
import { CLOSING_FORMS } from "../../../src/language/legal-forms.js";
import { ORGANS, organRule } from "../../../src/extract/organisations/organ.js";
import { ROW_LITERALS, STATE_ORGANS, stateRule } from "../../../src/extract/organisations/state.js";
import { describeRuleCases, loadCases, run } from "../people/cases.js";

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
      "organisations/legal-form",
      "organisations/byline",
      "organisations/language-body",
      "organisations/organ",
      "organisations/state",
      "organisations/mission",
      "organisations/line",
      "organisations/signatories",
    ]);
  });

  describeRuleCases(organisationExtractors, cases);
});

describe("legal forms", () => {
  it.each(CLOSING_FORMS.map(([pattern, label, example]) => ({ pattern, label, example })))("$label: the example ends in its own form", ({ pattern, example }) => {
    const at = example.search(/ (?=[^ ]+(?: [^ ]+)?$)/u);
    const form = [1, 2, 3, 4, 5].map((n) => example.split(" ").slice(-n).join(" ")).find((tail) => pattern.exec(tail)?.[0] === tail);
    expect(at, example).toBeGreaterThan(0);
    expect(form, example).toBeDefined();
    const found = run(legalFormRule, `The strike hit ${example} last week.`).map((c) => c.name);
    expect(found).toEqual([example]);
  });
});

describe("organs", () => {
  it.each(ORGANS.map(([pattern, label, example]) => ({ pattern, label, example })))("$label: the example is found whole", ({ example }) => {
    expect(run(organRule, `The ${example} met on Monday.`).map((c) => c.name)).toEqual([example]);
  });
});

describe("state organs", () => {
  it.each(STATE_ORGANS.map(([pattern, check, label, example]) => ({ pattern, check, label, example })))("$label: the example is found whole", ({ example }) => {
    expect(run(stateRule, `On Monday the ${example} said it would reply.`).map((c) => c.name)).toEqual([example]);
  });

  it("each row has the literals its cheap test looks for, and its example holds one", () => {
    expect(ROW_LITERALS.length).toBe(STATE_ORGANS.length);
    STATE_ORGANS.forEach(([, , , example], row) => expect((ROW_LITERALS[row] ?? []).some((literal) => example.includes(literal)), example).toBe(true));
  });
});
