/** A .docx's page header and footer parts, which mammoth ignores (letterheads live there). */
import type JSZip from "jszip";
import { decodeEntities } from "./html.js";

/** Paragraph texts (`<w:p>`) of one WordprocessingML part: runs joined, breaks and tabs kept. */
export function partParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  // Note: a text box is stored twice (DrawingML and a VML fallback); the fallback is dropped.
  const content = xml.replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, "");
  for (const match of content.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let text = "";
    for (const token of match[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(br|cr|tab)\b[^>]*\/>/g)) {
      if (token[1] !== undefined) text += decodeEntities(token[1]);
      else text += token[2] === "tab" ? "\t" : "\n";
    }
    if (text.trim() !== "") paragraphs.push(text);
  }
  return paragraphs;
}

function partNumber(name: string): number {
  return Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
}

/**
 * Text of every `word/<kind>N.xml` part, one line per paragraph. Several sections (first page,
 * even pages, default) often repeat the same header: identical parts count once, and within
 * the parts a paragraph already seen is not repeated.
 */
export async function readParts(zip: JSZip, kind: "header" | "footer"): Promise<string> {
  const names = Object.keys(zip.files)
    .filter((name) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(name))
    .sort((a, b) => partNumber(a) - partNumber(b));
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const name of names) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    for (const paragraph of partParagraphs(xml)) {
      const key = paragraph.replace(/\s+/g, " ").trim();
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(paragraph);
    }
  }
  return lines.join("\n");
}
