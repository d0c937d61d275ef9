import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { docxReader } from "../../src/read/docx.js";
import { partParagraphs, readParts } from "../../src/read/docxParts.js";

const OPTIONS = { ocr: false, ocrDpi: 150 };
const letter = async (name: string): Promise<Uint8Array> => new Uint8Array(await readFile(`fixtures/letters/${name}`));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const part = (tag: string, ...paragraphs: string[]): string =>
  `<w:${tag} ${W}>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join("")}</w:${tag}>`;

describe("docx reader", () => {
  it("keeps line breaks inside body paragraphs (mammoth's raw text drops them)", async () => {
    const raw = await docxReader.read(await letter("ituc-belarus-2020.docx"), OPTIONS);
    expect(raw.pages[0]).toContain("President\nPrésident\nPräsident\nPresidente");
    expect(raw.pages[0]).toContain("Workers’ rights violations");
    expect(raw.header).toBe("");
  });

  it("reads the letterhead from the page header and the contact block from the footer", async () => {
    const raw = await docxReader.read(await letter("ituc-belarus-2020-letterhead.docx"), OPTIONS);
    expect(raw.header.split("\n")).toContain("Ayuba Wabba");
    expect(raw.header.split("\n")).toContain("Sharan Burrow");
    expect(raw.footer.split("\n")[0]).toBe("Contact:");
    expect(raw.pages[0]).not.toContain("Ayuba Wabba");
  });

  it("de-duplicates headers repeated by several sections", async () => {
    const zip = new JSZip();
    zip.file("word/header1.xml", part("hdr", "Jane Roe", "General Secretary"));
    zip.file("word/header2.xml", part("hdr", "Jane Roe", "General Secretary"));
    zip.file("word/header3.xml", part("hdr", "Jane Roe", "Secrétaire générale"));
    expect(await readParts(zip, "header")).toBe("Jane Roe\nGeneral Secretary\nSecrétaire générale");
  });

  it("reads runs, breaks, tabs and entities of a part's paragraphs", () => {
    const xml = `<w:hdr ${W}><w:p><w:r><w:t>Roe &amp; Doe</w:t></w:r><w:r><w:br/><w:t>Brussels</w:t><w:tab/><w:t>BE</w:t></w:r></w:p><w:p/></w:hdr>`;
    expect(partParagraphs(xml)).toEqual(["Roe & Doe\nBrussels\tBE"]);
  });

  it("reads a text box once, not again from its VML fallback", () => {
    const box = `<w:txbxContent><w:p><w:r><w:t>Jane Roe</w:t></w:r></w:p></w:txbxContent>`;
    const xml = `<w:hdr ${W}><mc:AlternateContent><mc:Choice>${box}</mc:Choice><mc:Fallback>${box}</mc:Fallback></mc:AlternateContent></w:hdr>`;
    expect(partParagraphs(xml)).toEqual(["Jane Roe"]);
  });

  it("reports a .docx that is not a zip, or a zip without a document, as DOCX_CORRUPT", async () => {
    await expect(docxReader.read(new TextEncoder().encode("plain text"), OPTIONS)).rejects.toMatchObject({ code: "DOCX_CORRUPT" });
    const zip = new JSZip();
    zip.file("notes.txt", "hello");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(docxReader.read(bytes, OPTIONS)).rejects.toMatchObject({ code: "DOCX_CORRUPT" });
  });
});
