import { describe, expect, it } from "vitest";
import { wrapLines } from "../../src/normalise/wrapLines.js";
import { wrapWidth } from "../../src/normalise/wrapWidth.js";

const WRAPPED = [
  "Major strikes have broken out and we are informed of several arrests of",
  "strike leaders, including Jane Roe, a representative of the strike",
  "committee, who has been sentenced to 10 days in prison. Even individual",
  "workers who exercised their right to strike were arrested.",
].join("\n");

describe("wrapLines", () => {
  it("joins the lines of a hard-wrapped paragraph", () => {
    expect(wrapLines(WRAPPED)).toBe(WRAPPED.replaceAll("\n", " "));
  });

  it("keeps letterhead, address and signature lines apart", () => {
    const letterhead = "Ambassador John Doe\nEmbassy of the Republic of Nowhere to the Kingdom\nof Belgium\nAv. Moliere 192";
    const signature = "Yours sincerely,\nJane Roe\nGeneral Secretary";
    const text = `${letterhead}\n\n${WRAPPED}\n\n${signature}`;
    expect(wrapLines(text)).toBe(`${letterhead}\n\n${WRAPPED.replaceAll("\n", " ")}\n\n${signature}`);
  });

  it("keeps the rows of a table (lines with a column gap) apart", () => {
    const table = "Name\tOrganisation\tCountry\nAshley Kowalska Brown\tInternational Union of Food Workers\tSwitzerland\nJoost de Wit\tFederation of Dutch Trade Unions (FNV)\tNetherlands";
    const text = `${WRAPPED}\n\n${table}`;
    expect(wrapLines(text)).toBe(`${WRAPPED.replaceAll("\n", " ")}\n\n${table}`);
  });

  it("keeps a copy list's addressees on their own lines", () => {
    const cc = "cc: Ambassador of the Republic of Nowhere to the United Kingdom, London\nInternational Labour Organization, Geneva\nJane Roe, Vahed";
    const text = `${WRAPPED}\n\n${cc}`;
    expect(wrapLines(text)).toBe(`${WRAPPED.replaceAll("\n", " ")}\n\n${cc}`);
  });

  it("does not join a line to a list item", () => {
    const text = `${WRAPPED}\n- Jane Roe, sentenced to 15 days of administrative detention`;
    expect(wrapLines(text).endsWith("\n- Jane Roe, sentenced to 15 days of administrative detention")).toBe(true);
  });

  it("does not join a text that writes each paragraph on one line, with single line breaks", () => {
    const text = [
      "A Russian activist has been sentenced to 25 days in jail for carrying an inflatable duck at a rally in Moscow.",
      "The court found him guilty of violating the rules on public events, his lawyer said.",
      "He was detained on Sunday, with dozens of others, as they marched through the centre of the capital to mark the anniversary.",
      "Jane Roe, the group's lawyer, said she would appeal.",
    ].join("\n");
    expect(wrapLines(text)).toBe(text);
  });

  it("leaves a text without wrapped lines as it is", () => {
    const text = "Dear Sir,\n\nOne long paragraph on a single line that nobody wrapped at all, as word processors write them.\n\nJane Roe\nGeneral Secretary";
    expect(wrapWidth(text)).toBe(Infinity);
    expect(wrapLines(text)).toBe(text);
  });
  it("keeps a list of co-signing bodies one a line, names in title case of a like length", () => {
    const list = [
      "Institute for Labour Studies in Southeast Asia",
      "Women Workers' Network of Guatemala and El Salvador",
      "Federation of Domestic Workers in Latin America",
      "Coalition of Garment Unions of Bangladesh and Sri Lanka",
    ].join("\n");
    expect(wrapLines(`Signed:\n\n${list}`)).toBe(`Signed:\n\n${list}`);
  });
});
