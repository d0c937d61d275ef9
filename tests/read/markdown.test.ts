import { describe, expect, it } from "vitest";
import { markdownToText } from "../../src/read/markdown.js";

describe("markdownToText", () => {
  it("keeps the text of emphasis, strong and links, and drops the syntax", async () => {
    expect(await markdownToText("**Ms Jane Roe**, *General Secretary*, wrote to [the embassy](mailto:a@b.org).")).toBe(
      "Ms Jane Roe, General Secretary, wrote to the embassy.",
    );
  });

  it("turns hard breaks into line breaks and blocks into paragraphs", async () => {
    expect(await markdownToText("President  \nPrésident\\\nPresidente\n\nDear Sir,")).toBe("President\nPrésident\nPresidente\n\nDear Sir,");
  });

  it("keeps headings as a line and list items as their own paragraphs", async () => {
    expect(await markdownToText("## Detained leaders\n\n- Jane Roe\n- John Doe\n\n1. first\n2. second")).toBe(
      "Detained leaders\n\nJane Roe\n\nJohn Doe\n\nfirst\n\nsecond",
    );
  });

  it("joins soft-wrapped prose with a space but keeps short letterhead lines apart", async () => {
    const prose = "The union leader was sentenced to fifteen days of administrative\ndetention on 5 October 2020.";
    expect(await markdownToText(prose)).toBe("The union leader was sentenced to fifteen days of administrative detention on 5 October 2020.");
    expect(await markdownToText("Jane Roe\nGeneral Secretary")).toBe("Jane Roe\nGeneral Secretary");
  });

  it("judges a soft break by the text after the last hard break on its line", async () => {
    expect(await markdownToText("Ms Jane Roe  \nGeneral Secretary of the union, elected in 2019\nand re-elected.")).toBe(
      "Ms Jane Roe\nGeneral Secretary of the union, elected in 2019 and re-elected.",
    );
    expect(await markdownToText("The union leader wrote this first long line here  \nJane\nRoe")).toBe(
      "The union leader wrote this first long line here\nJane\nRoe",
    );
  });

  it("keeps a long line apart when the whole line is bold or italic (a letterhead over its dateline)", async () => {
    expect(await markdownToText("**Andean Labour Rights Observatory (ALRO) – Alert 2026/04**\n**Lima, 3 May 2026**")).toBe(
      "Andean Labour Rights Observatory (ALRO) – Alert 2026/04\nLima, 3 May 2026",
    );
    expect(await markdownToText("**Observatoire des libertés syndicales du Sahel (OLSS)**\n*Note n° 4/2025 – Niamey, le 2 juin 2025*")).toBe(
      "Observatoire des libertés syndicales du Sahel (OLSS)\nNote n° 4/2025 – Niamey, le 2 juin 2025",
    );
  });

  it("keeps a head's fields apart when each opens its line with a label in emphasis", async () => {
    const head = "**Case:** The State v. Ana Ruiz and four others (the dockers' case)\n**Court:** Regional Court of the Northern Province, Port Town\n**Date of this report**: 8 April 2027";
    expect(await markdownToText(head)).toBe(
      "Case: The State v. Ana Ruiz and four others (the dockers' case)\nCourt: Regional Court of the Northern Province, Port Town\nDate of this report: 8 April 2027",
    );
  });

  it("still joins wrapped prose whose next line opens with a bold word that is no label", async () => {
    const prose = "The union leader, who had organised the strike at the port in the spring, was sentenced by\n**the regional court** to two years on 5 October 2020.";
    expect(await markdownToText(prose)).toBe("The union leader, who had organised the strike at the port in the spring, was sentenced by the regional court to two years on 5 October 2020.");
  });

  it("still joins wrapped prose whose line closes on a bold word", async () => {
    expect(await markdownToText("The court handed the organiser of the dockers' strike, **Tomas Reyes**\nof the port union, a fine.")).toBe(
      "The court handed the organiser of the dockers' strike, Tomas Reyes of the port union, a fine.",
    );
    expect(await markdownToText("**The court handed the organiser of the long dockers' strike** a fine\nof 300 soles.")).toBe(
      "The court handed the organiser of the long dockers' strike a fine of 300 soles.",
    );
  });

  it("reads a long paragraph without line breaks whole (a 40-page paragraph once took seconds)", async () => {
    const sentence = "The union leader was detained on 5 October 2020 and fined. ";
    const text = await markdownToText(sentence.repeat(5000));
    expect(text).toBe(sentence.repeat(5000).trim());
  });

  it("drops HTML, images and link definitions", async () => {
    expect(await markdownToText("<div>x</div>\n\nText ![logo](a.png) here.\n\n[ref]: http://example.org")).toBe("Text  here.");
  });

  it("handles deep nesting without a stack overflow", async () => {
    const deep = `${"> ".repeat(500)}deep`;
    expect(await markdownToText(deep)).toContain("deep");
  });
});
