/**
 * Writes fixtures/tables/detainees.docx from detainees.md: the same letter as a Word document
 * whose table is a real Word table (`w:tbl`, first row marked as the header row), so that the
 * four forms of the table fixture hold one letter. Run: `node dist/scripts/make-table-docx.js`.
 */
import { readFile, writeFile } from "node:fs/promises";
import JSZip from "jszip";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const paragraph = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;

function table(rows: string[][]): string {
  const trs = rows.map((cells, i) => {
    const header = i === 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : "";
    return `<w:tr>${header}${cells.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join("")}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${trs.join("")}</w:tbl>`;
}

/** The Markdown letter's blocks as Word XML: a table for the pipe rows, a paragraph per other block. */
export function bodyXml(markdown: string): string {
  const out: string[] = [];
  for (const block of markdown.trim().split(/\n\s*\n/)) {
    const lines = block.split("\n");
    if (lines[0]?.startsWith("|")) {
      const rows = lines.filter((line) => !/^\|[-| :]+\|$/.test(line)).map((line) => line.replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim()));
      out.push(table(rows));
    } else {
      // Note: a line break inside a block (a signature) is a `w:br`, as Word writes it.
      out.push(`<w:p>${lines.map((line, i) => `${i > 0 ? "<w:r><w:br/></w:r>" : ""}<w:r><w:t xml:space="preserve">${escape(line.replace(/^#+\s*/, ""))}</w:t></w:r>`).join("")}</w:p>`);
    }
  }
  return out.join("");
}

export async function tableDocx(markdown: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document ${W}><w:body>${bodyXml(markdown)}</w:body></w:document>`);
  // Note: a fixed date keeps the zip's bytes the same on every run.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", date: new Date("2023-06-14T00:00:00Z") } as JSZip.JSZipGeneratorOptions<"uint8array">);
}

const dir = new URL("../../fixtures/tables/", import.meta.url);
await writeFile(new URL("detainees.docx", dir), await tableDocx(await readFile(new URL("detainees.md", dir), "utf8")));
