import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const organisations = (text: string) => analyse(text, { ...DEFAULT_OPTIONS, language: "en" }).records.organisations.map((o) => o.name);

describe("a cause body whose cause is the letter's own people", () => {
  it("is no body: the lawyers of the people named", () => {
    const text = "Jean-Paul Karekezi and Alice Mukamana were sentenced on 3 May 2024 to two years in prison. Lawyers for Karekezi and Mukamana filed appeals on 18 May.";
    expect(organisations(text).some((name) => name.startsWith("Lawyers for"))).toBe(false);
    const whole = "Thiri Aung Kyaw was jailed on 2 June 2025. Lawyers for Thiri Aung Kyaw lodged an appeal in July.";
    expect(organisations(whole).some((name) => name.startsWith("Lawyers for"))).toBe(false);
  });

  it("stays a body when the cause is a cause, even beside people", () => {
    const text = "Jean-Paul Karekezi was sentenced on 3 May 2024. The Kivu Lawyers for Human Rights condemned the verdict.";
    expect(organisations(text)).toContain("Kivu Lawyers for Human Rights");
  });

  it("stays a body when only some words of the cause are people's", () => {
    const text = "Liberty Dube was fined on 3 May 2024. Lawyers for Liberty and Justice condemned the fine.";
    expect(organisations(text)).toContain("Lawyers for Liberty and Justice");
  });
});
