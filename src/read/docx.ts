/** Word (.docx) reader: the body through mammoth's HTML, page headers/footers from the zip. */
import JSZip from "jszip";
import mammoth from "mammoth";
import { CasebookError } from "../messages.js";
import { readParts } from "./docxParts.js";
import { htmlToParagraphs } from "./html.js";
import type { Reader } from "./types.js";

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new CasebookError("DOCX_CORRUPT", "not a zip archive", { cause: error });
  }
}

/**
 * Reads a .docx. Note: mammoth's raw-text mode drops `<w:br/>` line breaks (letterhead lines
 * run together), so the body is taken from its HTML, one paragraph per block element.
 */
export const docxReader: Reader = {
  format: "docx",
  async read(bytes) {
    const zip = await openZip(bytes);
    if (!zip.file("word/document.xml")) throw new CasebookError("DOCX_CORRUPT", "no word/document.xml");
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
    } catch (error) {
      throw new CasebookError("DOCX_CORRUPT", error instanceof Error ? error.message : String(error), { cause: error });
    }
    const [header, footer] = await Promise.all([readParts(zip, "header"), readParts(zip, "footer")]);
    return { format: "docx", pages: [htmlToParagraphs(html).join("\n\n")], header, footer, ocr: null, warnings: [] };
  },
};
