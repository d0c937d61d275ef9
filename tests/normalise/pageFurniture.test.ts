import { describe, expect, it } from "vitest";
import { isPageNumber, pageNumbers } from "../../src/normalise/pageNumbers.js";
import { repeatedBlocks } from "../../src/normalise/repeatedBlocks.js";

const HEADER = "Jane Roe\nGeneral Secretary";
const FOOTER = "Contact:\nRue de la Loi 1, Brussels\nTel : +32 2 000 00 00";

describe("pageNumbers", () => {
  it.each(["3", "- 3 -", "Page 3", "page 2 of 4", "2/4", "p. 7"])("reads %j as a page number", (line) => {
    expect(isPageNumber(line)).toBe(true);
  });

  it.each(["12/10/2020", "2020", "3 October", "Page turner"])("does not read %j as one", (line) => {
    expect(isPageNumber(line)).toBe(false);
  });

  it("drops page numbers at the top and bottom of pages only", () => {
    expect(pageNumbers(["Body one\n\n1", "2\nBody two\n15\nmore"])).toEqual(["Body one\n", "Body two\n15\nmore"]);
    expect(pageNumbers(["A one-page text ending in\n5"])).toEqual(["A one-page text ending in\n5"]);
  });
});

describe("repeatedBlocks", () => {
  it("keeps the first header in place and one footer after the last page", () => {
    const pages = [1, 2, 3].map((n) => `${HEADER}\n\nBody of page ${n}.\n\n${FOOTER}`);
    const out = repeatedBlocks(pages).join("\n\n");
    expect(out.match(/Jane Roe/g)).toHaveLength(1);
    expect(out.match(/Contact:/g)).toHaveLength(1);
    expect(out.indexOf("Jane Roe")).toBeLessThan(out.indexOf("Body of page 1"));
    expect(out.indexOf("Contact:")).toBeGreaterThan(out.indexOf("Body of page 3"));
  });

  it("matches footers that differ only in their numbers", () => {
    const pages = [1, 2, 3].map((n) => `Body ${n}.\nConfidential\nPage ${n} of 3`);
    expect(repeatedBlocks(pages).join("\n").match(/Confidential/g)).toHaveLength(1);
  });

  it("keeps lines repeated on fewer than most pages", () => {
    const pages = [`${FOOTER}\nBody one.`, "Body two.", "Body three.", `${FOOTER}\nBody four.`, "Body five."];
    expect(repeatedBlocks(pages)).toEqual(pages);
  });
});
