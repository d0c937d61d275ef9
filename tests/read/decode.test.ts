import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/read/decode.js";

describe("decodeText", () => {
  it("reads UTF-8 and strips its BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Präsident “ITUC”")]);
    expect(decodeText(bytes)).toEqual({ text: "Präsident “ITUC”", guessed: null });
  });

  it("honours UTF-16 byte-order marks", () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode("Minsk – Brest", "utf-16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode("Minsk – Brest", "utf-16be")]);
    expect(decodeText(le).text).toBe("Minsk – Brest");
    expect(decodeText(be).text).toBe("Minsk – Brest");
  });

  it("decodes Windows-1252 curly quotes and dashes (not Latin-1 control codes)", () => {
    const source = "“Nikolay Zimin’s case” – Frédéric Müller, 5 October.";
    const decoded = decodeText(new Uint8Array(iconv.encode(source, "windows-1252")));
    expect(decoded.text).toBe(source);
    expect(decoded.guessed).toBe("windows-1252");
  });

  it("decodes UTF-8 with a few stray Windows-1252 bytes piecewise, not as mojibake", () => {
    const utf8 = new TextEncoder().encode("Präsident Lukashenko – ");
    const decoded = decodeText(new Uint8Array([...utf8, 0x93, 0x41, 0x94]));
    expect(decoded.text).toBe("Präsident Lukashenko – “A”");
    expect(decoded.guessed).toContain("windows-1252");
  });

  it("names the guessed encoding of other single-byte text", () => {
    const decoded = decodeText(new Uint8Array(iconv.encode("Le président de la Fédération a été arrêté à Genève.", "iso-8859-1")));
    expect(decoded.text).toBe("Le président de la Fédération a été arrêté à Genève.");
    expect(decoded.guessed).not.toBeNull();
  });
});
