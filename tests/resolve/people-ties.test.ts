/**
 * A person's organisation and roles as resolution gives them (issue 17.1), from the cases in
 * fixtures/cases/resolve/people-ties.json: `find` cases name the body (and roles) a person must
 * get, `ignore` cases a person who must get no body.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";
import { JUNK_ROLE, plausibleRole } from "../../src/resolve/people-tie-roles.js";
import { NOUN_AFTER, NOUN_BEFORE, NOUN_POST_BEFORE } from "../../src/resolve/people-ties-nouns.js";
import { listSeparator } from "../../src/resolve/people-ties.js";
import { DEPUTY_BEFORE, LIST_ITS_BEFORE } from "../../src/resolve/people-ties-deputy.js";
import { GROUP_AFTER } from "../../src/resolve/people-ties-group-after.js";
import { COUNTED_APPOSITION, appositionCount } from "../../src/resolve/people-ties-group-apposition.js";
import { vocabularyOf } from "../../src/language/vocabulary.js";
import { REFERENCE_AFTER } from "../../src/language/ties.js";
import { SHORT_AFTER, SHORT_BEFORE } from "../../src/resolve/people-ties-short-name.js";
import { NOUN_GROUP } from "../../src/resolve/people-ties-group-noun.js";
import { withoutDanglingReference } from "../../src/resolve/people-tie-roles.js";
import { lastReferral } from "../../src/resolve/people-ties-referral.js";

interface TieCase {
  text: string;
  name: string;
  organisation?: string;
  roles?: string[];
  /** The letter's language when it is not English (ISO 639-1). */
  language?: string;
  why: string;
}

const cases = JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/cases/resolve/people-ties.json"), "utf8")) as { find: TieCase[]; ignore: TieCase[] };

const person = (c: TieCase) => {
  const found = analyse(c.text, c.language ? { ...DEFAULT_OPTIONS, language: c.language } : DEFAULT_OPTIONS).records.people.find((p) => p.name === c.name);
  expect(found, `${c.name} is found`).toBeDefined();
  return found;
};

describe("people ties", () => {
  it.each(cases.find)("ties: $why", (c) => {
    const found = person(c);
    if (c.organisation !== undefined) expect(found?.organisation).toBe(c.organisation);
    if (c.roles) expect(found?.roles).toEqual(c.roles);
  });

  it.each(cases.ignore)("no tie: $why", (c) => {
    const found = person(c);
    expect(found?.organisation).toBeNull();
    if (c.roles) expect(found?.roles).toEqual(c.roles);
  });

  it("reads a body's noun referring back, with one lower-case qualifier, not a capitalised one", () => {
    const text = "The miners’ union met. Then the Kolwezi union spoke.";
    expect(lastReferral("The dockers' union was founded in 2019.", 0, 40)).toMatchObject({ noun: "union", qualifier: "dockers' " });
    expect(lastReferral("of the railway federation", 0, 25)).toMatchObject({ noun: "federation", qualifier: "railway " });
    expect(lastReferral("the union’s treasurer", 0, 21)).toMatchObject({ noun: "union", qualifier: undefined });
    expect(lastReferral(text, 0, text.length)).toBeUndefined();
    expect(lastReferral(text, 0, 22)).toMatchObject({ noun: "union", qualifier: "miners’ " });
    expect(lastReferral("the trade unionists", 0, 19)).toBeUndefined();
  });

  it("reads list separators: a name's own role may stand between, a plural role or another party's possessive may not", () => {
    expect(listSeparator(", ")).toBe(true);
    expect(listSeparator(" and ")).toBe(true);
    expect(listSeparator(", organising secretary ")).toBe(true);
    expect(listSeparator(", its Gazipur unit president ")).toBe(true);
    expect(listSeparator(" and the union’s treasurer, ")).toBe(true);
    expect(listSeparator(", 39, and organiser ")).toBe(true);
    expect(listSeparator(" and local officials ")).toBe(false);
    expect(listSeparator(" and the government’s spokesman, ")).toBe(false);
    expect(listSeparator(" and Dhaka Police Commissioner ")).toBe(false);
    expect(listSeparator(", who was arrested with ")).toBe(false);
    expect(listSeparator(", coordinator, and ")).toBe(true);
    expect(listSeparator(", general secretary, and ")).toBe(true);
    expect(listSeparator(", who was arrested, and ")).toBe(false);
    expect(listSeparator(", the mother of two, and ")).toBe(false);
  });

  it("reads a deputy's possessive post before a name, and no other relation", () => {
    expect(DEPUTY_BEFORE.test("and her deputy ")).toBe(true);
    expect(DEPUTY_BEFORE.test("His deputy, Ms. ")).toBe(true);
    expect(DEPUTY_BEFORE.test("et son adjoint, M. ")).toBe(true);
    expect(DEPUTY_BEFORE.test("and his vice-president ")).toBe(true);
    expect(DEPUTY_BEFORE.test("and her lawyer ")).toBe(false);
    expect(DEPUTY_BEFORE.test("His wife, ")).toBe(false);
    expect(LIST_ITS_BEFORE.test(", Sr. Pedro Coc, and its treasurer, Sra. ")).toBe(true);
    expect(LIST_ITS_BEFORE.test(" said its treasurer ")).toBe(false);
  });

  it("common-noun patterns match their examples", () => {
    expect(NOUN_AFTER[0].test(NOUN_AFTER[2])).toBe(true);
    expect(NOUN_BEFORE[0].test(NOUN_BEFORE[2])).toBe(true);
    expect(NOUN_POST_BEFORE[0].test(NOUN_POST_BEFORE[2])).toBe(true);
    expect(GROUP_AFTER[0].test(GROUP_AFTER[2])).toBe(true);
    expect(GROUP_AFTER[0].test("The three men were sentenced by the ")).toBe(false);
    expect(NOUN_POST_BEFORE[0].test("were fined. Veteran trade union leader ")).toBe(false);
  });

  it("reads a counted group with its membership apposed, and no count of a term", () => {
    expect(COUNTED_APPOSITION[0].test(COUNTED_APPOSITION[2])).toBe(true);
    expect(appositionCount("the trial of seven nurses at the district hospital, all members of the ", null)).toBe(7);
    expect(appositionCount("they were given five years in custody, members of the ", null)).toBeNull();
    expect(appositionCount("five workers were arrested. Others, members of the ", null)).toBeNull();
    expect(appositionCount("trois militants de la section de Thiès, membres de la ", vocabularyOf("fr"))).toBe(3);
    expect(appositionCount("condenados a cinco años, miembros del ", vocabularyOf("es"))).toBeNull();
  });

  it("reads a French or Spanish role of a body's noun after the name, and drops a dangling `du même`", () => {
    expect(REFERENCE_AFTER[0].test(REFERENCE_AFTER[2])).toBe(true);
    expect(REFERENCE_AFTER[0].test(", secretario de conflictos del mismo sindicato y ")).toBe(true);
    expect(REFERENCE_AFTER[0].test(", née à Dakar en 1980, ")).toBe(false);
    expect(withoutDanglingReference("trésorière générale du même")).toBe("trésorière générale");
    expect(withoutDanglingReference("secretaria de actas del mismo")).toBe("secretaria de actas");
    expect(withoutDanglingReference("délégué du personnel")).toBe("délégué du personnel");
  });

  it("reads a body's short form as a post's owner beside the name", () => {
    expect(SHORT_AFTER[0].test(SHORT_AFTER[2])).toBe(true);
    expect(SHORT_BEFORE[0].test(SHORT_BEFORE[2])).toBe(true);
    expect(SHORT_AFTER[0].test(", the Independent Union's offices were raided")).toBe(false);
  });

  it("reads a counted group by a body's common noun, not by a body's own name", () => {
    expect(new RegExp(NOUN_GROUP[0].source, "iu").test(NOUN_GROUP[2])).toBe(true);
    expect(new RegExp(NOUN_GROUP[0].source, "iu").test("two officers of the federation")).toBe(true);
    expect(new RegExp(NOUN_GROUP[0].source, "iu").test("two years of the sentence")).toBe(false);
  });

  it("keeps posts and drops junk roles", () => {
    expect(JUNK_ROLE[0].test(JUNK_ROLE[2])).toBe(true);
    expect(plausibleRole("told our observer")).toBe(false);
    expect(plausibleRole("secretary of our union")).toBe(true);
    expect(plausibleRole("trial coordinator")).toBe(true);
    for (const junk of ["and all other jailed journalist", "vice-president; and its secretary", "placed under house arrest by the investigator"]) expect(plausibleRole(junk)).toBe(false);
    for (const post of ["deputy chairman of the strike committee", "elected head", "Women's Officer", "secretary for labour conflicts", "Second Deputy Secretary General"]) expect(plausibleRole(post)).toBe(true);
  });
});
