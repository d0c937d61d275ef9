import { describe, expect, it } from "vitest";
import { htmlToParagraphs } from "../../src/read/html.js";
import { markdownToText } from "../../src/read/markdown.js";

const row = (...cells: string[]): string => `<tr>${cells.map((cell) => `<td><p>${cell}</p></td>`).join("")}</tr>`;

describe("tables in Word's HTML", () => {
  it("reads a table of data as one paragraph of rows, cells joined by a tab", () => {
    const html = `<p>Detainees:</p><table><thead><tr><th><p>Name</p></th><th><p>Sentence</p></th></tr></thead><tbody>${row("Ela Brook", "2 years")}${row("Jon &amp; Vale", "")}</tbody></table><p>End.</p>`;
    expect(htmlToParagraphs(html)).toEqual(["Detainees:", "Name\tSentence\nEla Brook\t2 years\nJon & Vale\t", "End."]);
  });

  it("keeps a layout table's cells as paragraphs: a cell of several lines, one row, one column", () => {
    const signatures = `<table>${row("Karin Dahl<br />General Secretary", "Jon Vale<br />President")}${row("Arland", "Borland")}</table>`;
    expect(htmlToParagraphs(signatures)).toEqual(["Karin Dahl\nGeneral Secretary", "Jon Vale\nPresident", "Arland", "Borland"]);
    expect(htmlToParagraphs(`<table>${row("Karin Dahl", "Jon Vale")}</table>`)).toEqual(["Karin Dahl", "Jon Vale"]);
    expect(htmlToParagraphs(`<table>${row("A boxed note.")}${row("Another.")}</table>`)).toEqual(["A boxed note.", "Another."]);
  });

  it("reads a table nested in a layout table as rows", () => {
    const inner = `<table>${row("Name", "Sentence")}${row("Ela Brook", "2 years")}</table>`;
    expect(htmlToParagraphs(`<table><tr><td><p>Note</p>${inner}</td></tr></table>`)).toEqual(["Note", "Name\tSentence\nEla Brook\t2 years"]);
  });
});

describe("tables in Markdown", () => {
  it("reads a GFM table as one block of rows, cells joined by a tab", async () => {
    const source = "Detainees:\n\n| Name | Sentence |\n|---|---|\n| **Ela Brook** | 2 years |\n| Jon Vale | |\n\nEnd.";
    expect(await markdownToText(source)).toBe("Detainees:\n\nName\tSentence\nEla Brook\t2 years\nJon Vale\t\n\nEnd.");
  });
});
