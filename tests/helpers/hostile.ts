/**
 * Builds a folder of broken and hostile entries of every kind casebook must survive, beside
 * good letters (issue 13). Made in a temp folder by the tests: FIFOs, devices, sockets, mode-000
 * folders, non-UTF-8 names and paths past PATH_MAX cannot be committed to git.
 */
import { spawnSync } from "node:child_process";
import { chmod, copyFile, mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";

const LETTERS = new URL("../../fixtures/letters/", import.meta.url);
const BAD = new URL("../../fixtures/bad/", import.meta.url);

/** Good letters of each format (the scanned PDF is left out: OCR is slow and tested elsewhere). */
export const GOOD = ["ituc-belarus-2020.md", "ituc-belarus-2020.docx", "ituc-belarus-2020.pdf", "ituc-belarus-2020-letterhead.docx", "ituc-belarus-2020-letterhead.pdf"];

/** A PDF of `objects` (object 1 is the catalog) with a correct cross-reference table. */
export function writePdf(objects: string[]): Buffer {
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  // Note: the objects are Latin-1, one byte a character, so the string's length is the offset.
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** A PDF of `pages` empty pages sharing one content stream. */
export function manyPagesPdf(pages: number): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(" ");
  const page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>";
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    "<< /Length 0 >>\nstream\n\nendstream",
    ...Array.from({ length: pages }, () => page),
  ]);
}

interface ZipEntry {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the headers claim (a bomb's lie). */
  claimed: number;
}

/** A zip written by hand, so that its headers can lie about sizes. */
export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.claimed, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.claimed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.data));
    centrals.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The good .docx with some parts replaced or added. */
async function docxWith(parts: Record<string, string>, extra = 0): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await readFile(new URL("ituc-belarus-2020.docx", LETTERS)));
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  for (let i = 0; i < extra; i++) zip.file(`customXml/item${i}.xml`, "<a/>");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A .docx whose parts decompress to 5 × 64 MB of zeros while every header claims 100 bytes. */
export function zipBomb(): Buffer {
  const zeros = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  const xml = deflateRawSync(Buffer.from('<?xml version="1.0"?><w:document xmlns:w="x"><w:body/></w:document>'));
  return writeZip([
    { name: "[Content_Types].xml", data: xml, method: 8, claimed: 100 },
    { name: "word/document.xml", data: xml, method: 8, claimed: 100 },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `word/media/image${i}.png`, data: zeros, method: 8 as const, claimed: 100 })),
  ]);
}

const LETTER = "Dear Colleagues,\n\nOn 9 August 2020 Sergei Dylevsky was sentenced to 10 days in prison.\n";
const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Each hostile entry's name and the code its row must carry (folders: the folder's id). */
export const EXPECTED: Record<string, string> = {
  "locked": "UNLISTABLE",
  "secret.txt": "UNREADABLE",
  "noexec/letter.txt": "UNREADABLE",
  "fifo.txt": "NOT_A_FILE",
  "socket.txt": "NOT_A_FILE",
  "zero-device.txt": "NOT_A_FILE",
  "link-to-dev-zero.txt": "NOT_A_FILE",
  "link-broken.txt": "BROKEN_LINK",
  "link-loop.txt": "BROKEN_LINK",
  "link-to-dot": "LINK_NOT_FOLLOWED",
  "bad-name-\ufffd\ufffd.txt": "BAD_NAME",
  "empty.txt": "EMPTY_FILE",
  "blank.txt": "NO_TEXT",
  "binary.dat": "UNKNOWN_FORMAT",
  "binary.txt": "BINARY_TEXT",
  "letter.rtf": "UNKNOWN_FORMAT",
  "encrypted.pdf": "PDF_ENCRYPTED",
  "truncated.pdf": "PDF_CORRUPT",
  "not-a-zip.docx": "DOCX_CORRUPT",
  "zip-not-docx.docx": "DOCX_CORRUPT",
  "scan.pdf": "NO_TEXT_LAYER",
  "huge.txt": "TOO_LARGE",
  "one-line-20mb.txt": "LINE_TOO_LONG",
  "nested-list.md": "MARKDOWN_TOO_DEEP",
  "nested-quote.md": "MARKDOWN_TOO_DEEP",
  "pages-5000.pdf": "PDF_TOO_MANY_PAGES",
  "bomb.docx": "DOCX_TOO_LARGE",
  "entries.docx": "DOCX_TOO_MANY_ENTRIES",
  "entities.docx": "XML_ENTITIES",
  "nested.docx": "DOCX_TOO_DEEP",
};

/** The id of the folder nested past PATH_MAX (its row's id); its code is PATH_TOO_LONG. */
export const DEEP_SEGMENT = "d".repeat(200);

/**
 * Writes the good letters into `dir`, and with `hostile` every entry of EXPECTED plus a folder
 * nested past PATH_MAX. Folders are opened to everyone so a test can run the CLI as nobody.
 */
export async function makeBatch(dir: string, hostile: boolean): Promise<void> {
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o777);
  for (const name of GOOD) await copyFile(new URL(name, LETTERS), join(dir, name));
  await writeFile(join(dir, "short-letter.txt"), LETTER);
  if (!hostile) return;
  const file = (name: string, content: string | Uint8Array): Promise<void> => writeFile(join(dir, name), content);
  await mkdir(join(dir, "locked"));
  await file("locked/inside.txt", LETTER);
  await chmod(join(dir, "locked"), 0o000);
  await file("secret.txt", LETTER);
  await chmod(join(dir, "secret.txt"), 0o000);
  await mkdir(join(dir, "noexec"));
  await file("noexec/letter.txt", LETTER);
  await chmod(join(dir, "noexec"), 0o644);
  spawnSync("mkfifo", [join(dir, "fifo.txt")]);
  spawnSync("python3", ["-c", `import socket; socket.socket(socket.AF_UNIX).bind(${JSON.stringify(join(dir, "socket.txt"))})`]);
  spawnSync("mknod", [join(dir, "zero-device.txt"), "c", "1", "5"]);
  await symlink("/dev/zero", join(dir, "link-to-dev-zero.txt"));
  await symlink(join(dir, "nowhere.txt"), join(dir, "link-broken.txt"));
  await symlink("link-loop.txt", join(dir, "link-loop.txt"));
  await symlink(".", join(dir, "link-to-dot"));
  await writeFile(Buffer.concat([Buffer.from(join(dir, "bad-name-")), Buffer.from([0xff, 0xfe]), Buffer.from(".txt")]), LETTER);
  await file("empty.txt", "");
  await file("blank.txt", " \n\n\t\n");
  for (const name of ["binary.dat", "binary.txt", "encrypted.pdf", "truncated.pdf", "not-a-zip.docx", "zip-not-docx.docx"]) {
    await copyFile(new URL(name, BAD), join(dir, name));
  }
  await copyFile(new URL("mixed.pdf", BAD), join(dir, "scan.pdf"));
  await file("letter.rtf", "{\\rtf1\\ansi Dear Colleagues}");
  await file("huge.txt", Buffer.alloc(26 * 1024 * 1024, "a"));
  await file("one-line-20mb.txt", "word ".repeat(4 * 1024 * 1024));
  await file("nested-list.md", Array.from({ length: 2000 }, (_, i) => `${" ".repeat(i * 2)}- item`).join("\n"));
  await file("nested-quote.md", `${">".repeat(5000)} deep\n`);
  await file("pages-5000.pdf", manyPagesPdf(5000));
  await file("bomb.docx", zipBomb());
  await file("entries.docx", await docxWith({}, 1500));
  await file("entities.docx", await docxWith({ "word/document.xml": BILLION_LAUGHS }));
  const nested = `<?xml version="1.0"?><w:document ${W}><w:body>${"<w:tbl><w:tr><w:tc>".repeat(3000)}<w:p><w:r><w:t>x</w:t></w:r></w:p>${"</w:tc></w:tr></w:tbl>".repeat(3000)}</w:body></w:document>`;
  await file("nested.docx", await docxWith({ "word/document.xml": nested }));
  // Note: made by a shell that descends step by step: one path past PATH_MAX cannot be named.
  const steps = Array.from({ length: 22 }, () => `mkdir ${DEEP_SEGMENT} && cd ${DEEP_SEGMENT}`).join(" && ");
  spawnSync("bash", ["-c", `cd ${JSON.stringify(dir)} && mkdir deep && cd deep && ${steps} && echo letter > letter.txt`]);
}

/** Removes a batch folder (a shell's rm copes with the path past PATH_MAX and mode-000 folders). */
export function removeBatch(dir: string): void {
  spawnSync("bash", ["-c", `chmod -R u+rwx ${JSON.stringify(dir)} 2>/dev/null; rm -rf ${JSON.stringify(dir)}`]);
}
