/** The letter's own date: datelines, letterheads and bylines, and what is not one. */
import { describe, expect, it } from "vitest";
import { BYLINE_BEFORE, DATELINE_BEFORE, EVENT_VERB_BEFORE, LABELLED_DATELINE, PAREN_DATELINE, SENDER_SEPARATED, SEPARATED_DATELINE, SIGNED_BEFORE } from "../../src/resolve/dates-letter.js";
import { dated } from "./dates-helpers.js";

const BODY = "The union reports that its leader was detained by police during a peaceful rally and has been held without charge since then, "
  + "while his family has been refused any visit and his lawyers have not seen the case file at any point so far.";

describe("letter date", () => {
  it.each([
    ["a date on its own line after the letterhead", `Union HQ\nRue Haute 1\n\nREF/JB\n\n12/10/2020\n\nDear Sir,\n\n${BODY}`, "2020-10-12"],
    ["a weekday dateline", `Circular No. 5\n\nWednesday 06th November 2013\n\nDear Colleagues,\n\n${BODY}`, "2013-11-06"],
    ["a place and date opening the first paragraph", `New York, July 24, 2017–A court in Baku sentenced him. ${BODY}`, "2017-07-24"],
    ["a byline glued to the first word", `2 May, 2013May Day actions were called off. ${BODY}`, "2013-05-02"],
    ["a byline followed by a source", `Title of the news\n\n01.11.2017 Source: Press Service\n\n${BODY}`, "2017-11-01"],
    ["a short posting line ending with the date", `Union\n\nPosted to the website 14-Apr-2009\n\n${BODY}`, "2009-04-14"],
    ["a byline with a lead-in", `Headline of the story\n\nPublished on 5 March 2021 by the press office\n\n${BODY}`, "2021-03-05"],
    ["a document-type label before the date", `UNION OF JOURNALISTS\nPress release, 05.04.2019\n\n${BODY}`, "2019-04-05"],
    ["a labelled date line", `URGENT ACTION\n\nUA: 123/20 Index: MDE 13/3155/2020 Iran Date: 12 October 2020\n\n${BODY}`, "2020-10-12"],
    ["a bracketed place and date", `(Geneva, 5 March 2021) ${BODY}`, "2021-03-05"],
    ["a news dateline in capitals with dashes", `LONDON – 3 May 2022 – ${BODY}`, "2022-05-03"],
    ["two places of a joint letter, joined by a dash", `URGENT APPEAL – GEORGIA\nRef. UA-GEO-1/2024\nTbilisi – Brussels, 9 December 2024\n\n${BODY}`, "2024-12-09"],
    ["two places of a joint letter, joined by a slash", `Lima / Geneva, 4 May 2021\n\n${BODY}`, "2021-05-04"],
    ["a place with accents", `STATEMENT OF THE UNION\n\nSão Paulo, 3 May 2020\n\n${BODY}`, "2020-05-03"],
    ["a place in capitals with accents", `BOGOTÁ – 22 June 2023 – ${BODY}`, "2023-06-22"],
    ["a byline, a bar, then a place", `Court jails union leader\n\nBy Staff Reporter | LAHORE, 9 April 2024\n\n${BODY}`, "2024-04-09"],
    ["the English half of a bilingual dateline", `Genève, le 3 mai 2021 / Geneva, 3 May 2021\n\n${BODY}`, "2021-05-03"],
    ["a reference line with its date", `CONFEDERATION OF LABOUR\nRef. No. 17/22 of 14.03.2022\n\n${BODY}`, "2022-03-14"],
    ["a signature date at the foot", `Dear Sir,\n\n${BODY}\n\nYours sincerely,\n\nJane Doe\n\n5 March 2021`, "2021-03-05"],
    ["a place and date under the signature", `Dear Sir,\n\n${BODY}\n\nYours sincerely,\n\nJane Doe\nGeneral Secretary\n\nNairobi, 5 March 2021`, "2021-03-05"],
    ["a labelled date under the signature", `Dear Sir,\n\n${BODY}\n\nYours sincerely,\nJane Doe\nDate: 5 March 2021`, "2021-03-05"],
    ["a declaration done at a place on a day", `Declaration\n\n${BODY}\n\nDone at Accra on 5 March 2021.`, "2021-03-05"],
    ["a statement's own date after `of`", `Joint statement of 3rd of May, 2021\n\n${BODY}`, "2021-05-03"],
    ["a byline with an apostrophe year", `Court jails union leader\n\nPublished Jan. 5, '18\n\n${BODY}`, "2018-01-05"],
    ["a place, a dash and a date closed by a dash", `Harare – Thursday, March 4, 2021 –\n\n${BODY}`, "2021-03-04"],
    ["a foreign dateline after its weekday", `sexta-feira, 7 de maio de 2021\n\nUnion leaders jailed\n\n${BODY}`, "2021-05-07"],
    ["a foreign byline abbreviation", `9 Eki 2023\n\nRegional Labour News\n\n${BODY}`, "2023-10-09"],
    ["a foreign dateline with its article", `Bamako, le 2 juin 2022\n\n${BODY}`, "2022-06-02"],
    ["a date glued to the end of a long headline", `Global survey\n\nDock workers prosecuted and silenced after the long port strike of the summer months15-11-2022\n\n${BODY}`, "2022-11-15"],
    ["a city and its country before a press release's date", `FOR IMMEDIATE RELEASE\nLusaka, Zambia, March 3, 2024 – The council condemned it. ${BODY}`, "2024-03-03"],
    ["a city and a region with dots before the date", `Washington, D.C., June 20, 2024 – The group condemned it. ${BODY}`, "2024-06-20"],
    ["a place, a weekday with a two-digit day", `JOURNALISTS' UNION\nStatement\n\nOslo, Wednesday, 10 July 2024\n\nCourt jails editor\n\n${BODY}`, "2024-07-10"],
    ["a dotted date under a reference number that ends in digits", `LABOUR CONFEDERATION\nAlmaty, Main Street 4\n\nNo. 47/LC-23\n14.11.2023\n\nTo: Mr A. Minister\n\n${BODY}`, "2023-11-14"],
    ["a long head line with the place between middle dots", `# Observation report (excerpt)\n\n**Nordic Lawyers' Observatory for Fair Labour Trials (NLOFLT)** · Oslo · 2 May 2024\n\n${BODY}`, "2024-05-02"],
    ["a place with a lower-case particle inside", `PRESS ALERT\nMedia Watch Network\nRio de Janeiro, 4 May 2021\n\nHeadline of the alert\n\n${BODY}`, "2021-05-04"],
    ["a label, the sender and two places glued by a slash", `Teachers convicted – free them\n\nPress release – Northern Rights Collective – Oslo/Bergen, 7 February 2025\n\n${BODY}`, "2025-02-07"],
    ["a document label, a dash, then a place", `Federation of Port Workers\nPress statement — Lisbon, 19 November 2025\n\n${BODY}`, "2025-11-19"],
    ["the sender in emphasis, a dash, then a place", `# Bulletin No. 4/2025\n\n*Teachers' Union of the North (TUN) — Oslo, 8 May 2025*\n\n${BODY}`, "2025-05-08"],
    ["a headline with its date glued on, in words", `Teachers jailed after strike in the capital region4 March 2021\n\n${BODY}`, "2021-03-04"],
    ["two places of a joint letter, joined by `and`", `URGENT APPEAL\nJoint appeal of two centres\nOslo and Geneva, 9 November 2021\n\n${BODY}`, "2021-11-09"],
    ["a reference code, a dash and a weekday date", `URGENT APPEAL – NORTHLAND\nCentre for Labour Rights (CLR)\nRef: UA 07/2025 – Monday 10 February 2025\n\n${BODY}`, "2025-02-10"],
    ["a place and its country, no comma after", `Union news\nStockholm, Sweden 3 May 2021\n\n${BODY}`, "2021-05-03"],
    ["a byline verb before the date", `Union news\nLast updated 3 May 2021\n\n${BODY}`, "2021-05-03"],
    ["a byline clause closing a short intro line", `# Report title\n\n*Excerpt from the annual report of the Coastal Lawyers' Panel (CLP), published 9 February 2025*\n\n${BODY}`, "2025-02-09"],
    ["a byline sentence closing a short intro line", `# Report title\n\n*Extract from a report by the Northern Lawyers Group for Labour Rights, Oslo office. Published 4 June 2025.*\n\n${BODY}`, "2025-06-04"],
    ["a dated line under a long heading with no full stop", `Mandates of the Special Rapporteur on the rights of dock workers and their unions; the Special Rapporteur on the independence of judges and lawyers; and the Special Rapporteur on the situation of human rights in Westland\n\nREF: AL WST 2/2025\n\n9 April 2025\n\n${Array.from({ length: 12 }, () => BODY).join("\n\n")}`, "2025-04-09"],
    ["a report's labelled date under its case line", `Observation report No. 3/2023 (excerpt)\nCase: District Court (Bergen), Case No. 12 of 2022\nDate of report: 14 March 2023\n\n${BODY}`, "2023-03-14"],
    ["a labelled publication date", `Briefing on the dock strike\nDate of publication: 2 June 2024\n\n${BODY}`, "2024-06-02"],
    ["a bulletin's month of issue", `Northland Labour Monitor – Monthly Bulletin, May 2024\n\nSENTENCES AGAINST ORGANISERS\n\n${BODY}`, "2024-05"],
    ["a newsletter's month after its sender", `Harbour Workers' Newsletter, October 2023\n\n${BODY}`, "2023-10"],
    ["a full signature date over a month of issue", `Monthly Bulletin, April 2025\n\n${BODY}\n\nYours,\nJane Doe\n\n3 April 2025`, "2025-04-03"],
    ["a document's label opening the date line", `Centre for Press Freedom (CPF)\nCase update, 2 April 2025\n\nHEADLINE OF THE CASE\n\n${BODY}`, "2025-04-02"],
    ["a two-word label and a dash", `Dock Workers' Federation\nUrgent action alert – 14 May 2024\n\n${BODY}`, "2024-05-14"],
    ["a label in emphasis with a colon", `**Situation report:** 3 June 2023\n\n${BODY}`, "2023-06-03"],
    ["an issuing verb, a place and a weekday", `WORKERS' NETWORK\nAlert No. 4/2024\n\nIssued in Kampala, Monday, 3 June 2024\n\nHeadline of the alert\n\n${BODY}`, "2024-06-03"],
    ["a publishing verb, a place and `on`", `Media Monitor\n\nPublished in Lima on 12 August 2023\n\n${BODY}`, "2023-08-12"],
    ["a release sent from a place", `Dockers' Union\nReleased from São Paulo, 9 January 2022\n\n${BODY}`, "2022-01-09"],
    ["a head's Spanish date label, then a place (h14b)", `CIRCULAR N.º 14/2025\nA: sindicatos afiliados\nDe: Secretaría de Relaciones Internacionales (CSSP)\nFecha: San Salvador, 12 de septiembre de 2025\n\n${BODY}`, "2025-09-12"],
    ["a report's issue label, then a place (h14b)", `TRIAL MONITORING REPORT\nCourt: District Court\nReport issued: Chișinău, 2 July 2024\n\n${BODY}`, "2024-07-02"],
    ["a French date label, a place and its article", `COMMUNIQUÉ\nDate : Lomé, le 3 juin 2025\n\n${BODY}`, "2025-06-03"],
    ["a document's labelled date in emphasis", `## Trial Observation Note No. 7/2027\n\n**Observers' Project (OP)**\n**Court:** District Court\n**Date of this note:** 8 April 2027\n\n${BODY}`, "2027-04-08"],
    ["a labelled date, emphasis closing after the colon", `Monitoring brief\n__Date of the briefing:__ 2 May 2024\n\n${BODY}`, "2024-05-02"],
    ["a French document label, a hyphen, then a place", `## TITRE\n\n**Communiqué de presse - Cotonou, 3 juin 2025**\n\n${BODY}`, "2025-06-03"],
    ["a Spanish document label before the date", `SINDICATO NACIONAL\nComunicado de prensa, 3 de junio de 2025\n\n${BODY}`, "2025-06-03"],
    ["a plain-text hyphen between label and place", `Press statement - Nairobi, 4 March 2024\n\n${BODY}`, "2024-03-04"],
    ["a wire dateline: a place in capitals, the date in brackets (session 23)", `Activists fined over vigil\n\nPORTVILLE (18 Nov 2026) – Two activists were fined on Tuesday. ${BODY}`, "2026-11-18"],
    ["a wire dateline with its weekday (session 23)", `Two reporters jailed\n\nNORTH BAY, Friday (15/11/2024) — The district court on Thursday sentenced two reporters. ${BODY}`, "2024-11-15"],
    ["a sender with its acronym, a bar, then the date (session 23)", `FOR IMMEDIATE RELEASE\n\nHeadline\n\nCoastal Network for Free Expression (CNFE) | 12 December 2024\n\n${BODY}`, "2024-12-12"],
    ["a sender, a document's noun between dashes, then the date (session 23)", `# Headline\n\n*Press Freedom Monitor of the Northern Steppe (PFMNS) – alert – 27 January 2026*\n\n${BODY}`, "2026-01-27"],
    ["a publication label run into the line before it (session 23)", `# Report\n\nInternational Federation of Metal and Transport Workers (IFMTW) – European Regional Office Published: 1 September 2026\n\n${BODY}`, "2026-09-01"],
    ["a weekly digest's range, then its publication line (session 23)", `Repression Monitor: weekly digest, 3–9 March 2025\n\nOpen Rights Observatory · published 10 March 2025\n\n${BODY}`, "2025-03-10"],
    ["a later dateline after an event's headline", `Case update — Mira Olsen, sentenced 3 May 2021\nBergen, 12 May 2021\n\n${BODY}`, "2021-05-12"],
  ])("%s", (_, text, expected) => {
    expect(dated(text).letterDate).toBe(expected);
  });

  it.each([
    ["a year-less dateline", `November 4, BPN. ${BODY}`],
    ["a verb before a label's noun", `Headline\n\nFiled appeal, 3 May 2021\n\n${BODY}`],
    ["more words than a label before the date", `Headline\n\nThe court rejected her appeal, 3 May 2021\n\n${BODY}`],
    ["a name and a dash in a list before a date", `Ali Karimi – arrested on 3 May 2022 – ${BODY}`],
    ["a full date inside the body", `Headline\n\n${BODY} He was arrested on 20 January 2017.`],
    ["a date inside a sentence of the first line", `The court fined him on May 7, 2018 for his work. ${BODY}`],
    ["a date closing a hard-wrapped body line", `Headline\n\nThe court in the capital sentenced him 5 March 2021\nwithout hearing his lawyers.`],
    ["a date after another label", `Case profile\n\nDate of arrest: 5 March 2021\n\n${BODY}`],
    ["a dash, then an event's date", `Headline\n\nUnion news — arrested on 3 May 2021 after the strike at the plant and still held\n\n${BODY}`],
    ["a bar, then an event's date", `Headline\n\nUnion news | arrested on 3 May 2021 after the strike at the plant and still held\n\n${BODY}`],
    ["a date glued to a word inside the body", `Headline\n\n${BODY} The court fined him again in the hearing of4 March 2021.`],
    ["a glued date with more words after it", `Headline\n\nTeachers jailed after strike4 March 2021 in the capital region and more\n\n${BODY}`],
    ["a statement referred to inside the first line", `Headline\n\nWe refer to the statement of 5 May 2021 by the ministry. ${BODY}`],
    ["an event told with a byline's verb", `He was released on 28 September 2020.\n\n${BODY}`],
    ["an event told in a short last line", `Headline\n\n${BODY}\n\nHe was sentenced on 5 March 2021.`],
    ["an event in a signature-like line", `Headline\n\n${BODY}\n\nJane Doe, arrested in Accra on 5 March 2021.`],
    ["a foreign date inside the body", `Headline\n\n${BODY} The ruling is dated 3 de julio de 2019 in the file.`],
    ["a date ending a list in a short line", `Profile\n\n• Assemblies on 18 Aug, 1 Oct 2019 and 4 Jun 2020\n\n${BODY}`],
    ["a headline that tells an event with its date", `Case update — Mira Olsen, sentenced 3 May 2021\n\n${BODY}`],
    ["a headline: a verb, `on` and the date", `Dock workers arrested on 5 March 2021\n\n${BODY}`],
    ["an event's date in a later sentence of a short line", `Headline\n\nA short note on the case. She was arrested 4 June 2025.\n\n${BODY}`],
    ["a byline verb inside a long body line", `Headline\n\n${BODY} The ministry said the figures were later corrected. Published 4 June 2025 in the gazette.`],
    ["a headline: an irregular verb before the date", `Union leader held 5 March 2021\n\n${BODY}`],
    ["a date after an event's label", `Case profile\n\nDate of hearing: 5 March 2021\n\n${BODY}`],
    ["an event's label, then a place", `Case profile\n\nPlace and date of arrest: Minsk, 5 March 2021\n\n${BODY}`],
    ["a month in a heading that tells an event", `Strike wave of March 2024\n\n${BODY}`],
    ["an event's verb, a place and a date", `Headline\n\nDetained in Kampala, 3 June 2024\n\n${BODY}`],
    ["an issuing verb after a subject", `Headline\n\nThe order was issued in Lima on 12 August 2023\n\n${BODY}`],
    ["an event's label in emphasis", `Case profile\n\n**Date of arrest:** 5 March 2021\n\n${BODY}`],
    ["a hyphen, then an event's verb and a place", `Headline\n\nUnion news - arrested in Lomé, 3 June 2025\n\n${BODY}`],
    ["a month in the body", `Headline\n\n${BODY} The strike began in March 2024 at the port.`],
    ["a place in capitals and a bracketed date not closed after it (session 23)", `PORTVILLE (18 Nov 2026 and later) – ${BODY}`],
    ["a name in natural casing before a bracketed date (session 23)", `Ana Lima (3 May 2021) – ${BODY}`],
    ["a bar then a date inside a head line that goes on (session 23)", `Coastal Network for Free Expression (CNFE) | 12 December 2024 hearing of the appeal\n\n${BODY}`],
    ["an acronym in brackets, a bar and a date closing a body line (session 23)", `Headline\n\n${BODY} ${BODY} The court heard the Coastal Network (CNFE) | 12 December 2024`],
    ["a lower-case label run into a line (session 23)", `# Report\n\nThe International Federation of Metal and Transport Workers (IFMTW) said the hearing was published: 1 September 2026\n\n${BODY}`],
    ["a range's end closing a short head line (session 23)", `Strike at the port, 3–9 March 2025\n\n${BODY}`],
  ])("none from %s", (_, text) => {
    expect(dated(text).letterDate).toBeNull();
  });

  it.each([
    ["a place after `Done at`", "Done at Geneva on ", true],
    ["a byline's place", "Issued in Accra, ", true],
    ["no place: a lower-case phrase (case-insensitive `\\p{Lu}` took any letter)", "Published in the report on ", false],
    ["no place: `written in the margin`", "Written in the margin on ", false],
  ])("a signing place before a date: %s", (_, before, expected) => {
    expect(SIGNED_BEFORE[0].test(before)).toBe(expected);
  });

  it("dateline and byline prefix examples match", () => {
    expect(DATELINE_BEFORE[0].test(DATELINE_BEFORE[2])).toBe(true);
    expect(BYLINE_BEFORE[0].test(BYLINE_BEFORE[2])).toBe(true);
    expect(SEPARATED_DATELINE[0].test(SEPARATED_DATELINE[2])).toBe(true);
    expect(SIGNED_BEFORE[0].test(SIGNED_BEFORE[2])).toBe(true);
    expect(EVENT_VERB_BEFORE[0].test(EVENT_VERB_BEFORE[2])).toBe(true);
    expect(LABELLED_DATELINE[0].test(LABELLED_DATELINE[2])).toBe(true);
    expect(PAREN_DATELINE[0].test(PAREN_DATELINE[2])).toBe(true);
    expect(SENDER_SEPARATED[0].test(SENDER_SEPARATED[2])).toBe(true);
  });
});
