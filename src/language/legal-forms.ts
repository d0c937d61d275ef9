/**
 * Companies' legal forms, one class for every rule that reads them: the form that closes a
 * company's name (`Volga Basin Timber OJSC`, `Kuzey Medya A.Ş.`, `Brightwater Foods plc`) tells a
 * company from a person or from nothing at all. The organisation rules read the name before a
 * form (extract/organisations/legal-form.ts); resolve steps read a form to know that a fine or an
 * order falls on a company, not a person (resolve/penalties-people.ts).
 */

/** Joint-stock and limited companies of the former Soviet Union, in Latin letters; they may also open a name (`OOO Severtrans`). */
export const POST_SOVIET_FORMS = "CJSC|OJSC|PJSC|JSC|OOO|OAO|ZAO|PAO";
/** The words a company's form opens with after a subsidiary's bracketed seat (`Delta Footwear (Vietnam) Co., Ltd.`), as a pattern source. */
export const FORM_FIRST_WORDS = "Co|Ltd|Limited|Pvt|Private|Inc|Corp|LLC|PLC|JSC|GmbH";
/** Two-letter forms, which are also other words' abbreviations (`AG` for an attorney general). */
// Note: and the Balkan and Nordic joint-stock forms (`AD` Bulgaria, Montenegro, North Macedonia, Serbia; `DD` Croatia,
// Bosnia; `AS` Norway, Estonia).
const TWO_LETTER_FORMS = "AG|NV|BV|AB|ASA|KG|AD|DD|AS";
const TWO_LETTER = new RegExp(`^(?:${TWO_LETTER_FORMS})$`, "u");
/** True for a two-letter form (a name needs two capitalised words before it). */
export const isTwoLetterForm = (form: string): boolean => TWO_LETTER.test(form);

/** A row `[pattern, label, example]`: the pattern matches the form at the start of the text after the name's last word and its space; the example is a whole name it closes. */
export type LegalFormRow = readonly [RegExp, string, string];

/**
 * Forms that close a company's name by themselves, whatever its other words: the legal-form rule
 * reads the capitalised words before them as the rest of the name.
 */
export const CLOSING_FORMS: readonly LegalFormRow[] = [
  [new RegExp(`^(?:${POST_SOVIET_FORMS}|TOO|LLP)(?![\\p{L}\\p{N}])`, "u"), "post-Soviet joint-stock and partnership forms", "Volga Basin Timber OJSC"],
  [/^A\.Ş\./u, "Turkish joint-stock company (anonim şirket)", "Kuzey Medya A.Ş."],
  [/^Ltd\.?[ \u00a0]Şti\./u, "Turkish limited company (limited şirketi)", "Yıldız Ambalaj Ltd. Şti."],
  [/^(?:\((?:Pvt|Private|Pty)\.?\)|(?:Pvt|Pte|Pty)\.?)[ \u00a0](?:Ltd\.?|Limited)(?![\p{L}\p{N}])/u, "South and Southeast Asian private limited", "Coral Reef Minerals (Pvt) Ltd"],
  [/^(?:Sdn\.?[ \u00a0]Bhd\.?|Bhd\.?)(?![\p{L}\p{N}])/u, "Malaysian private or public limited", "Selangor Palm Processors Sdn Bhd"],
  [/^(?:Tbk|GmbH|SpA|S\.p\.A\.|Srl|S\.r\.l\.|SARL|Ltda\.|Lda\.|d\.o\.o\.|s\.r\.o\.|Oyj|ApS|A\/S)(?![\p{L}\p{N}])/u, "European, Indonesian and Lusophone company forms", "Adriatic Ferry Lines d.o.o."],
  [/^(?:S\.A\.[CEA]\.|N\.V\.|B\.V\.)/u, "dotted forms (Peruvian, Egyptian, Dutch)", "Nile Valley Exports S.A.E."],
  // Note: the Gulf's and Levant's joint-stock forms: Lebanese `S.A.L.`, Kuwaiti `K.S.C.`/`S.A.K.`, Omani `S.A.O.G.`/`S.A.O.C.`.
  [/^(?:S\.A\.L\.|S\.A\.K\.(?:[PC]\.)?|K\.S\.C\.(?:[PC]\.)?|S\.A\.O\.[GC]\.)/u, "dotted Levant and Gulf forms (Lebanese, Kuwaiti, Omani)", "Cedar Coast Media Group S.A.L."],
  [/^(?:Sp\.[ \u00a0]z[ \u00a0]o\.o\.|sp\.[ \u00a0]z[ \u00a0]o\.o\.|a\.d\.|d\.d\.|a\.s\.|Zrt\.|Nyrt\.|Sh\.p\.k\.)/u, "Central and Eastern European dotted forms (Polish, Balkan, Czech and Slovak, Hungarian, Albanian)", "Vistula Print Sp. z o.o."],
  [/^(?:OÜ|UAB|SIA|TOV|OOD)(?![\p{L}\p{N}])/u, "Baltic, Ukrainian and Bulgarian limited companies", "Daugava Logistics SIA"],
  [/^(?:L\.L\.C\.|L\.L\.P\.|P\.L\.C\.)/u, "dotted English forms", "Redstone Quarry Holdings L.L.C."],
  [/^(?:S\.L\.U?\.|S\.A\.U\.|E\.I\.R\.L\.|S\.A\.R\.L\.U?\.?)/u, "dotted Spanish, Peruvian and French forms", "Conservas del Cantábrico S.L.U."],
  [/^(?:SARLU|SASU|EURL|EIRL|EIRELI)(?![\p{L}\p{N}])/u, "French, OHADA, Peruvian and Brazilian one-owner forms", "Imprimerie Sahel Presse SARLU"],
  // Note: Mexican and Central American forms run on with `de` (`S.A. de C.V.`, `S. de R.L.`), before
  // the shorter `S.A.` the apposed rule reads after a comma.
  [/^(?:S\.A\.(?:B\.|P\.I\.)?[ \u00a0]de[ \u00a0]C\.V\.|S\.[ \u00a0]de[ \u00a0]R\.L\.(?:[ \u00a0]de[ \u00a0]C\.V\.)?)/u, "Mexican and Central American company forms", "Aceros Finos del Norte S.A. de C.V."],
  [/^(?:W\.L\.L\.?|WLL)(?![\p{L}\p{N}])/u, "Gulf company with limited liability", "Qurain Marine Services W.L.L."],
  // Note: `plc` in lower case is no capitalised word: the chunks never reach it.
  [/^(?:plc|Plc|PLC)(?![\p{L}\p{N}])/u, "British public limited company", "Brightwater Foods plc"],
  // Note: a final `Co.` alone (not `Co., Ltd.`, which the named rule reads as one form) closes a
  // company's name (`BaroGo Logistics Co.`); the full stop is part of the form.
  [/^Co\.(?![ \u00a0]?,?[ \u00a0]*(?:Ltd|LTD|Limited|\p{Lu}))/u, "a company's short `Co.`", "Hanbit Delivery Co."],
  // Note: two-letter forms are also other words' abbreviations (`AG` for an attorney general, `SE`
  // for south-east): they close a name only after two capitalised words (`Alpen Transport AG`).
  [new RegExp(`^(?:${TWO_LETTER_FORMS})(?![\\p{L}\\p{N}])`, "u"), "two-letter company forms", "Alpen Transport AG"],
];

/**
 * Forms other rules read as a name's end: English forms after a body's name (the named rule,
 * `Harbour Knit Ltd`), Romance forms with full stops (the apposed rule, `Bright Foods, S.A.`), and
 * forms of the countries letters come from (`MMC` Azerbaijan, `QSC` Qatar, `Kft` Hungary, `EOOD`
 * Bulgaria, `SRL` Romania and Moldova).
 */
export const OTHER_FORMS: readonly LegalFormRow[] = [
  [/^(?:Ltd|LLC|Inc|Corp)(?![\p{L}\p{N}])/u, "English company forms", "Lakeshore Printing LLC"],
  [/^(?:MMC|QSC|Kft|EOOD|SRL)(?![\p{L}\p{N}])/u, "Azerbaijani, Qatari, Hungarian, Bulgarian and Romanian company forms", "Xəzər Mətbəə MMC"],
  [/^(?:S\.A\.(?:S\.)?|S\.R\.L\.)/u, "Romance company forms with full stops", "Transportes del Sur S.A."],
  [/^A\.S\./u, "Turkish joint-stock company without its cedilla", "Kuzey Medya A.S."],
];

/** Every company legal form. */
export const LEGAL_FORMS: readonly LegalFormRow[] = [...CLOSING_FORMS, ...OTHER_FORMS];

/** The rows' patterns as one alternation, for a regular expression reading a form in its place (`Vela Press LLC, … to pay`). */
export const formsSource = (rows: readonly LegalFormRow[]): string => rows.map(([pattern]) => `(?:${pattern.source.slice(1)})`).join("|");

/** The form among `rows` at `at` (the text right after the name's space), or null; the first row that matches holds. */
export function legalFormAt(text: string, at: number, rows: readonly LegalFormRow[] = CLOSING_FORMS): string | null {
  const rest = text.slice(at, at + 24);
  for (const [pattern] of rows) {
    const found = pattern.exec(rest);
    if (found) return found[0];
  }
  return null;
}

/**
 * The length of a company's legal form right after a name ending in a capitalised word (` S.A.`, ` SARL`), or 0: a
 * union named after its employer closes with the employer's form (`Sindicato de Trabajadores de Textiles Andinos S.A.`),
 * which the name's words stop short of.
 */
export function formAfter(text: string, end: number): number {
  if (!/\p{Lu}[\p{L}\p{M}'’-]*$/u.test(text.slice(Math.max(0, end - 30), end)) || !/^[ \u00a0]\p{Lu}/u.test(text.slice(end, end + 2))) return 0;
  const form = legalFormAt(text, end + 1, LEGAL_FORMS);
  // Note: not a two-letter form, also other words' abbreviations (`AG`, `SE`).
  return form && !isTwoLetterForm(form) ? form.length + 1 : 0;
}
