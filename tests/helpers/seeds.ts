/** Small documents of every format, made up, for the fuzz test to mutate (each reads in milliseconds). */
import JSZip from "jszip";
import { writePdf } from "./hostile.js";

const TEXT = "Dear Colleagues,\n\nOn 9 August 2020 Jana Novak of the Teachers' Union was sentenced to 10 days in prison and fined 500 euros.\n\nYours,\nPetra Holm\n";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx with just the parts Word needs: content types, the package relations and the body. */
export async function tinyDocx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const paragraphs = TEXT.split("\n\n").map((p) => `<w:p><w:r><w:t xml:space="preserve">${p.replace(/'/g, "&apos;")}</w:t></w:r></w:p>`).join("");
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs}</w:body></w:document>`);
  zip.file("word/header1.xml", `<?xml version="1.0"?><w:hdr ${W}><w:p><w:r><w:t>Union of Teachers</w:t></w:r></w:p></w:hdr>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A one-page PDF whose text layer holds the letter's lines. */
export function tinyPdf(): Uint8Array {
  const lines = TEXT.split("\n").filter((line) => line !== "");
  const content = `BT /F1 11 Tf 72 720 Td 14 TL ${lines.map((line) => `(${line.replace(/[()\\]/g, "\\$&")}) '`).join(" ")} ET`;
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]);
}

/** Each seed's file name (which helps choose the reader) and bytes. */
export async function seeds(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  return [
    { name: "letter.txt", bytes: encode(TEXT) },
    { name: "letter.md", bytes: encode(`# Appeal\n\n> ${TEXT.replace(/\n\n/g, "\n\n- ")}\n\n| a | b |\n|---|---|\n| 1 | [x](y) |\n`) },
    { name: "letter.docx", bytes: await tinyDocx() },
    { name: "letter.pdf", bytes: tinyPdf() },
    { name: "short.txt", bytes: encode("On 9 August 2020 Jana Novak was fined 500 euros.\n") },
    { name: "short.md", bytes: encode("* **Jana Novak** (ITU): *10 days*, 3 May 2021\n") },
    { name: "utf16.txt", bytes: Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Petra Holm was sentenced to 2 years.\n", "utf16le")])) },
    { name: "latin1.txt", bytes: Uint8Array.from(Buffer.from("Caf\xe9 d\xe9tenu \x93six mois\x94 de prison, Jos\xe9 Garc\xeda.\n", "latin1")) },
  ];
}
