import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/normalise/index.js";
import { readDocument } from "../../src/read/index.js";
import type { RawDocument } from "../../src/read/types.js";

const FORMS = ["ituc-belarus-2020.md", "ituc-belarus-2020.docx", "ituc-belarus-2020.pdf", "ituc-belarus-2020-letterhead.docx", "ituc-belarus-2020-letterhead.pdf"];

async function normalised(name: string): Promise<string> {
  const raw = await readDocument(new Uint8Array(await readFile(`fixtures/letters/${name}`)), name, { ocr: false, ocrDpi: 150 });
  return normalise(raw);
}

// Note: the Markdown source types straight quotes where the word processor printed curly ones;
// that is the letters' own difference, not the normaliser's, so quotes are folded to compare.
const fold = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const paragraphsOf = (text: string): string[] => fold(text).split("\n\n");

/**
 * The letterhead and contact block are the lines of the letterhead .docx's page header and
 * footer. The forms lay them out differently (one paragraph per line in the Word header, a
 * footer after the last page rather than in mid-letter), so they are compared as sets of lines;
 * a paragraph made only of such lines is furniture.
 */
async function furnitureLines(): Promise<Set<string>> {
  const raw = await readDocument(new Uint8Array(await readFile(`fixtures/letters/${FORMS[3]}`)), "x.docx", { ocr: false, ocrDpi: 150 });
  return new Set(fold(`${raw.header}\n${raw.footer}`).split("\n"));
}

describe("normalise: the seed letter in five forms", () => {
  it("gives the same body paragraphs, in the same order, from every form", async () => {
    const furniture = await furnitureLines();
    const isFurniture = (p: string): boolean => p.split("\n").every((line) => furniture.has(line));
    const [reference, ...others] = await Promise.all(FORMS.map(async (name) => paragraphsOf(await normalised(name)).filter((p) => !isFurniture(p))));
    expect(reference?.length).toBeGreaterThan(20);
    for (const other of others) expect(other).toEqual(reference);
  });

  it("gives the same letterhead and contact lines, once each, from every form", async () => {
    const furniture = await furnitureLines();
    expect(furniture.size).toBe(17);
    const lineSets = await Promise.all(
      FORMS.map(async (name) => paragraphsOf(await normalised(name)).flatMap((p) => (p.split("\n").every((l) => furniture.has(l)) ? p.split("\n") : []))),
    );
    for (const lines of lineSets) {
      expect(lines.filter((line) => line === "Ayuba Wabba")).toHaveLength(1);
      expect(lines.filter((line) => line === "www.ituc-csi.org")).toHaveLength(1);
      expect([...lines].sort()).toEqual([...(lineSets[0] ?? [])].sort());
    }
  });

  it("gives exactly the same text from the .docx and the .pdf", async () => {
    expect(await normalised("ituc-belarus-2020.pdf")).toBe(await normalised("ituc-belarus-2020.docx"));
  });

  it("re-joins wrapped PDF lines and keeps real hyphens", async () => {
    const text = await normalised("ituc-belarus-2020.pdf");
    expect(text).toContain("Nikolay Zimin, former president of the mining and chemical workers’ union BNP and Maksim Sereda, the chairman");
    expect(text).toContain("Anatoly Bokun, co-chairman of the strike committee");
    expect(text).toContain("to re-run the elections");
    expect(text).not.toMatch(/ {2}|\t| \n|\n{3}/);
  });
});

describe("normalise on raw parts", () => {
  const raw = (over: Partial<RawDocument>): RawDocument => ({ format: "text", pages: [], header: "", footer: "", ocr: null, warnings: [], ...over });

  it("puts a Word header first and its footer last", () => {
    expect(normalise(raw({ format: "docx", header: "Jane Roe\nPresident", pages: ["Dear Sir,\n\nBody."], footer: "Contact: Brussels" }))).toBe(
      "Jane Roe\nPresident\n\nDear Sir,\n\nBody.\n\nContact: Brussels",
    );
  });

  it("joins a paragraph that runs across a PDF page break, hyphen included", () => {
    const line = "The union leader was detained by riot police in the capital and sentenced";
    const text = normalise(raw({ format: "pdf", pages: [`${line}\n${line}\n${line}\nto fifteen days. Anatoly Bokun, the strike committee's co-`, `chairman, was fined.\n\n2`] }));
    expect(text).toBe(`${line} ${line} ${line} to fifteen days. Anatoly Bokun, the strike committee's co-chairman, was fined.`);
  });

  it("does not re-wrap Markdown or Word line breaks", () => {
    const body = "Embassy of the Republic of Belarus to the Kingdom of Belgium and Luxembourg\nof Belgium\nMission of Belarus to the European Union in Brussels";
    expect(normalise(raw({ format: "markdown", pages: [body] }))).toBe(body);
  });
});
