/**
 * Ruling dates, session 23 (dates23): a bare day of the month read against the day-precise date before it in its
 * paragraph, and a cause phrase (`for their role in`) that dates the act, not the ruling. Made-up names and wordings,
 * with near-misses.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, processText } from "../../src/pipeline.js";
import { monthDay } from "../../src/resolve/penalties-dates-monthday.js";
import type { DateRecord } from "../../src/records.js";

/** Each penalty as `person|amount or days|date`, in text order. */
async function penalties(text: string): Promise<string[]> {
  const { result } = await processText(text, "case.txt", DEFAULT_OPTIONS);
  return [...result.sentences.map((s) => ({ start: s.start, line: `${s.person}|${s.days}|${s.date ?? "-"}` })), ...result.fines.map((f) => ({ start: f.start, line: `${f.person}|${f.amount}|${f.date ?? "-"}` }))]
    .sort((a, b) => a.start - b.start)
    .map((p) => p.line);
}

/** A date record at `start` with `value`, for monthDay's anchor. */
const at = (start: number, value: string): DateRecord => ({ id: "d", type: "date", start, end: start + 4, text: "date", value }) as unknown as DateRecord;

describe("monthDay: a bare day after a date of its paragraph", () => {
  const s = "The trial opened on 5 June 2023. On the 12th the judge sentenced them.";
  const anchor = [at(s.indexOf("5 June"), "2023-06-05")];
  it("takes the month of the date before it", () => {
    expect(monthDay(s, 0, s.length, "2026-09-01", anchor)).toBe("2023-06-12");
  });
  it("rolls to the next month when the day is earlier than that date's", () => {
    const t = "The trial opened on 25 June 2023. On the 2nd the judge sentenced them.";
    expect(monthDay(t, 0, t.length, "2026-09-01", [at(t.indexOf("25 June"), "2023-06-25")])).toBe("2023-07-02");
  });
  it("reads `of that month` and Spanish `el día 12` the same way", () => {
    const t = "Hearings were held on 7 May 2026 and on the 21st of that month.";
    expect(monthDay(t, 0, t.length, "2026-07-15", [at(t.indexOf("7 May"), "2026-05-07")])).toBe("2026-05-21");
    const u = "Presentado el 5 de octubre ante un tribunal, fue condenado el día 12 a ocho años.";
    expect(monthDay(u, 0, u.length, "2026-11-30", [at(u.indexOf("5 de"), "2026-10-05")])).toBe("2026-10-12");
  });
  it("keeps the letter's month across a paragraph break, and reads `of that month` only against a date (near-misses)", () => {
    const t = "The trial opened on 5 June 2023.\n\nOn the 12th the judge sentenced them.";
    expect(monthDay(t, 0, t.length, "2026-09-01", [at(t.indexOf("5 June"), "2026-06-05")])).toBe("2026-08-12");
    expect(monthDay("sentenced on the 21st of that month.", 0, 36, "2026-07-15", [])).toBeNull();
    const v = "Four officials were charged after a march on 1 May. The magistrate delivered sentence on the 12th.";
    expect(monthDay(v, 0, v.length, "2024-08-20", [at(v.indexOf("1 May"), "2024-05-01")])).toBe("2024-08-12");
  });
});

describe("a ruling on a bare day after its paragraph's date", () => {
  it("dates the terms by the trial's month, not the letter's", async () => {
    const text =
      "Vilnius, 1 September 2026\n\nTheir trial opened at the Town Court on 5 June 2023. On the 12th Judge Maria Kovalenko sentenced the electrician Ivan Petrenko to three years of imprisonment.\n";
    expect(await penalties(text)).toEqual(["Ivan Petrenko|1095|2023-06-12"]);
  });
  it("keeps the letter's month with no date before it in the paragraph (near-miss)", async () => {
    const text = "Vilnius, 20 September 2026\n\nThe trial opened at the Town Court on 5 June 2023.\n\nOn the 12th Judge Maria Kovalenko sentenced the electrician Ivan Petrenko to three years of imprisonment.\n";
    expect(await penalties(text)).toEqual(["Ivan Petrenko|1095|2026-09-12"]);
  });
});

describe("a part taken dates the act, not the ruling", () => {
  it("passes over `for their role in the strike … in March 2025` to the ruling told before", async () => {
    const text =
      "Dear Minister,\n\nWe write to draw your attention to the sentences handed down on Tuesday, 23rd June 2026, by the Anti-Terrorism Court, Lakeside, against three union leaders.\n\nAli Raza, President of the branch, Bilal Ahmed, its Vice President, and Omar Farooq, a union activist, were convicted under section 7 of the Act for their role in the strike of sanitation workers in March 2025. The court sentenced them to ten years' imprisonment each.\n";
    expect(await penalties(text)).toEqual(["Ali Raza|3650|2026-06-23", "Bilal Ahmed|3650|2026-06-23", "Omar Farooq|3650|2026-06-23"]);
  });
  it("keeps a ruling's date told after the part taken (near-miss)", async () => {
    const text = "Dear Minister,\n\nAli Raza was convicted for his role in the strike, and on 23 June 2026 the court sentenced him to ten years' imprisonment.\n";
    expect(await penalties(text)).toEqual(["Ali Raza|3650|2026-06-23"]);
  });
});
