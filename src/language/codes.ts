/**
 * ISO 639-3 codes as franc-min names its languages → ISO 639-1, which the document record
 * carries. A language with no two-letter code keeps its three-letter one (ISO 639-3 is a
 * superset, so the value is still a standard code).
 */
export const ISO_639_1: Readonly<Record<string, string>> = {
  eng: "en", fra: "fr", spa: "es", por: "pt", deu: "de", ita: "it", nld: "nl", tur: "tr", pol: "pl",
  ron: "ro", hun: "hu", ces: "cs", swe: "sv", rus: "ru", ukr: "uk", bel: "be", bul: "bg", srp: "sr",
  hrv: "hr", bos: "bs", kaz: "kk", uzn: "uz", azj: "az", arb: "ar", pes: "fa", urd: "ur", hin: "hi",
  mar: "mr", npi: "ne", ind: "id", zlm: "ms", jav: "jv", sun: "su", vie: "vi", tgl: "tl", swh: "sw",
  hau: "ha", yor: "yo", ibo: "ig", zul: "zu", som: "so", kin: "rw", run: "rn", lin: "ln", nya: "ny",
  plt: "mg", ckb: "ku", pbu: "ps", fuv: "ff",
};

/** The two-letter code of a three-letter one (itself when there is none). */
export function toIso6391(code: string): string {
  return ISO_639_1[code] ?? code;
}
