/**
 * An office's remit is part of the post (`secretary for gender affairs`, `head of corporate
 * communications`); where a post is held is not (`the branch chairperson at Lira`, `the regional
 * secretary for the Northern Zone`). Session 15 (ties15). Made-up names and bodies.
 */
import { describe, expect, it } from "vitest";
import { remitAfter } from "../../../src/extract/people/remit.js";
import { analyse, DEFAULT_OPTIONS } from "../../../src/pipeline.js";

const rolesOf = (text: string): Record<string, string[]> =>
  Object.fromEntries(analyse(text, DEFAULT_OPTIONS).records.people.map((p) => [p.name, p.roles]));

const remit = (phrase: string): string => {
  const head = phrase.split(" ")[0] ?? "";
  return phrase.slice(head.length, head.length + remitAfter(phrase, head, head.length));
};

describe("an office's remit", () => {
  it.each([
    ["secretary for gender affairs.", " for gender affairs"],
    ["secretary for organisation of the union", " for organisation"],
    ["officer for youth and women, said", " for youth and women"],
    ["head of corporate communications, declined", " of corporate communications"],
    ["commissioner for human rights", " for human rights"],
  ])("is read after an office noun (%s)", (phrase, expected) => {
    expect(remit(phrase)).toBe(expected);
  });

  it.each([
    ["secretary for many years"],
    ["secretary for the Northern Zone"],
    ["coordinator for ten years"],
    ["secretary of the union"],
    ["journalist for workers"],
    ["treasurer for life"],
  ])("is not a span of time, an article or a body, nor after a noun that is no office (%s)", (phrase) => {
    expect(remit(phrase)).toBe("");
  });

  it.each([
    ["after the name", "Kofi Mensah, the secretary for international relations of the Port Workers Union, was fined.", "Kofi Mensah", ["secretary for international relations"]],
    ["after a body's possessive", "Ms Amara Diallo is the federation's secretary for gender affairs.", "Amara Diallo", ["secretary for gender affairs"]],
    ["before the name", "The court fined its officer for youth affairs, Lucia Moreno, 300 euros.", "Lucia Moreno", ["officer for youth affairs"]],
  ])("is kept in the post (%s)", (_, text, name, roles) => {
    expect(rolesOf(text)[name]).toEqual(roles);
  });

  it("is not a span of time after the post", () => {
    expect(rolesOf("Ana Souza, a coordinator for ten years, was dismissed.")["Ana Souza"]).toEqual(["coordinator"]);
  });
});

describe("a post's place before the name", () => {
  it.each([
    ["a place", "The court also convicted the branch chairperson at Gulu, Mrs Agnes Auma, of obstruction.", "Agnes Auma", ["branch chairperson"]],
    ["a named region", "Police arrested the union's regional secretary for the Eastern Province, Mr Tomas Okello, at dawn.", "Tomas Okello", ["regional secretary"]],
    ["a common noun after `the`", "Officers detained the chief delegate at the smelter, Ivan Horvat, on Monday.", "Ivan Horvat", ["chief delegate"]],
  ])("is no part of the post (%s)", (_, text, name, roles) => {
    expect(rolesOf(text)[name]).toEqual(roles);
  });

  it("gives no post across a plural or a body's possessive", () => {
    const roles = rolesOf("Police detained journalists at the Daily Mirror, Ruth Otieno and Paul Were, on Friday.");
    expect(roles["Ruth Otieno"] ?? []).not.toContain("journalists");
  });
});

/** Session 22 (ties22): a capitalised office keeps its capitalised remit; a body after `of` is no remit. */
describe("a capitalised remit", () => {
  it.each([
    ["Head of Communications", "Head of Communications"],
    ["Head of Litigation.", "Head of Litigation"],
    ["Minister of Labour and Social Security, Hon. Jane Doe", "Minister of Labour and Social Security"],
    ["Minister for Employment, Productivity and Workplace Relations, was", "Minister for Employment, Productivity and Workplace Relations"],
    ["Secretary for Women's Affairs, said", "Secretary for Women's Affairs"],
  ])("is kept after a capitalised office (%s)", (phrase, expected) => {
    expect(remit(phrase)).toBe(expected.slice(expected.indexOf(" ")));
  });

  it.each([
    ["Director of Human Rights Watch, said", "a body's head goes on after the common words"],
    ["Director of ZCTU", "an acronym"],
    ["Director of Oxfam", "a body the dictionary knows"],
    ["Director of Kesho", "an unknown word alone"],
    ["Minister of Labour, Health, Hon. X", "commas with no `and` closing a list"],
    ["Coordinator for Kenya", "a place"],
  ])("is not read (%s: %s)", (phrase) => {
    expect(remit(phrase).split(",")[0]).not.toMatch(/Watch|ZCTU|Oxfam|Kesho|Health|Kenya/u);
  });

  it.each([
    ["after the name, before the body", "Leyla Karimova, Head of Monitoring at the Caspian Press Network, said the ruling was unjust.", "Leyla Karimova", ["Head of Monitoring"]],
    ["in a contact line", "The federation condemns the ruling.\nContact: Hodan Warsame, Head of Communications", "Hodan Warsame", ["Head of Communications"]],
    ["a portfolio listed on a letterhead line", "Hon. Viliame Ratu Seru\nMinister for Employment, Productivity and Workplace Relations\nGovernment Buildings\n\nDear Minister,\n\nWe write.", "Viliame Ratu Seru", ["Minister for Employment, Productivity and Workplace Relations"]],
  ])("is kept in the post (%s)", (_, text, name, roles) => {
    expect(rolesOf(text)[name]).toEqual(roles);
  });
});
