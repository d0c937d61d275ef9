/** Word (.docx) reader: the body through mammoth's HTML, page headers/footers from the zip. */
import type JSZip from "jszip";
import { CasebookError } from "../messages.js";
import { readParts } from "./docxParts.js";
import { htmlToParagraphs } from "./html.js";
import type { Reader } from "./types.js";
import { guardZip } from "./zipGuard.js";

// Note: jszip and mammoth are loaded when a thread reads its first .docx (as pdf-parse is for
// PDFs), so that a worker reading only text starts sooner and smaller.
async function openZip(bytes: Uint8Array): Promise<JSZip> {
  await guardZip(bytes);
  const { default: zips } = await import("jszip");
  try {
    return await zips.loadAsync(bytes);
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
    const { default: mammoth } = await import("mammoth");
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
    } catch (error) {
      throw new CasebookError("DOCX_CORRUPT", error instanceof Error ? error.message : String(error), { cause: error });
    }
    let header: string;
    let footer: string;
    try {
      [header, footer] = await Promise.all([readParts(zip, "header"), readParts(zip, "footer")]);
    } catch (error) {
      // Note: jszip inflates a part only when it is read, so a damaged header part fails here.
      throw new CasebookError("DOCX_CORRUPT", error instanceof Error ? error.message : String(error), { cause: error });
    }
    return { format: "docx", pages: [htmlToParagraphs(html).join("\n\n")], header, footer, ocr: null, warnings: [] };
  },
};
