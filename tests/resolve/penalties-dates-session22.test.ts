/**
 * Ruling dates, session 22 (dates22): a day of the month told against the letter's month, a day told the same
 * as the ruling before between the verb and the term, a later defendant of the same trial, a French ruling's noun
 * with a bare weekday, a count of days from a sentence's latest step, and a court's order dated in its clause.
 * Made-up names and wordings, with near-misses.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, processText } from "../../src/pipeline.js";
import { monthDay } from "../../src/resolve/penalties-dates-monthday.js";

/** Each penalty as `person|amount or days|date`, in text order. */
async function penalties(text: string): Promise<string[]> {
  const { result } = await processText(text, "case.txt", DEFAULT_OPTIONS);
  return [...result.sentences.map((s) => ({ start: s.start, line: `${s.person}|${s.days}|${s.date ?? "-"}` })), ...result.fines.map((f) => ({ start: f.start, line: `${f.person}|${f.amount}|${f.date ?? "-"}` }))]
    .sort((a, b) => a.start - b.start)
    .map((p) => p.line);
}

describe("monthDay: a day of the month against the letter's month", () => {
  const at = (s: string, letter: string | null = "2025-06-20"): string | null => monthDay(s, 0, s.length, letter);
  it("reads the month the words name", () => {
    expect(at("in a decision dated the 12th of last month")).toBe("2025-05-12");
    expect(at("convicted on the 17th of this month")).toBe("2025-06-17");
    expect(at("Le 3 du mois dernier, la cour")).toBe("2025-05-03");
    expect(at("condamné le 9 courant")).toBe("2025-06-09");
    expect(at("fue condenado el 4 del mes pasado")).toBe("2025-05-04");
    expect(at("the 12th of last month", "2025-01-08")).toBe("2024-12-12");
  });
  it("takes a bare day as the latest on or before the letter's date", () => {
    expect(at("When the magistrate delivered sentence on the 12th, he imposed")).toBe("2025-06-12");
    expect(at("delivered sentence on the 25th.")).toBe("2025-05-25");
    expect(at("el pasado día 3 el juzgado")).toBe("2025-06-03");
  });
  it("reads no noun's ordinal, no impossible day, nothing without a letter date", () => {
    expect(at("a protest on the 12th floor of the ministry")).toBeNull();
    expect(at("on the 5th anniversary of the strike")).toBeNull();
    expect(at("the 31st of last month", "2025-07-10")).toBeNull();
    expect(at("convicted on the 17th of this month", null)).toBeNull();
    expect(at("arrested on the 12th of last month")).toBeNull();
  });
});

describe("a ruling dated by a day of the month", () => {
  it("dates the terms a list gives after it (`delivered sentence on the 12th, he imposed the following:`)", async () => {
    const text =
      "Suva, 20 August 2024\n\nFour officials were charged after a march on 1 May. When Resident Magistrate Tevita Lomani delivered sentence on the 12th, he imposed the following:\n\n- the union's President, Sera Bulou: 12 months' imprisonment, suspended for two years;\n- General Secretary Joeli Vatu: a fine of FJ$1,500.\n";
    expect(await penalties(text)).toEqual(["Sera Bulou|360|2024-08-12", "Joeli Vatu|1500|2024-08-12"]);
  });

  it("dates a fine told in the next paragraph (`convicted … on the 17th of this month.`)", async () => {
    const text =
      "Lagos, 25th July, 2025\n\nWe stand with our colleague Ngozi Okafor, who was convicted by a Magistrates' Court in Warri on the 17th of this month.\n\nMrs. Okafor was fined N300,000 for a report on flood relief.\n";
    expect(await penalties(text)).toEqual(["Ngozi Okafor|300000|2025-07-17"]);
  });

  it("gives no date from an arrest on a day of the month (near-miss)", async () => {
    const text = "Lagos, 25th July, 2025\n\nNgozi Okafor was arrested on the 3rd of this month. She was fined N300,000 on Monday.\n";
    expect(await penalties(text)).toEqual(["Ngozi Okafor|300000|2025-07-21"]);
  });
});

describe("the same day between the verb and the term", () => {
  it("takes the day of the ruling before (`ont été condamnés le même jour à quatre mois`)", async () => {
    const text =
      "Tunis, le 3 avril 2025\n\nM. Slim Gharbi a été condamné le 9 décembre 2024 à un an de prison. Ses collègues, Mme Leila Mansour et M. Anis Dridi, ont été condamnés le même jour à quatre mois de prison avec sursis.\n";
    expect(await penalties(text)).toEqual(["Slim Gharbi|365|2024-12-09", "Leila Mansour|120|2024-12-09", "Anis Dridi|120|2024-12-09"]);
  });
});

describe("a later defendant of the same trial", () => {
  it("takes the ruling's date in a new paragraph (`A fourth defendant, …, received …`)", async () => {
    const text =
      "Brussels, 3 March 2026\n\nOn 24 February the court sentenced Rustam Nazarov to seven years in prison.\n\nA fourth defendant, shop steward Jamshed Karimov, who is 61, received a suspended sentence of two years.\n";
    expect(await penalties(text)).toEqual(["Rustam Nazarov|2555|2026-02-24", "Jamshed Karimov|730|2026-02-24"]);
  });

  it("does not carry the date to a person with no tie to the trial (near-miss)", async () => {
    const text =
      "Brussels, 3 March 2026\n\nOn 24 February the court sentenced Rustam Nazarov to seven years in prison.\n\nShop steward Jamshed Karimov, who is 61, received a suspended sentence of two years.\n";
    expect(await penalties(text)).toEqual(["Rustam Nazarov|2555|2026-02-24", "Jamshed Karimov|730|-"]);
  });
});

describe("a French ruling's noun with a bare weekday", () => {
  it("dates the terms told after it (`après la condamnation, mardi, de deux journalistes`)", async () => {
    const text =
      "Antananarivo, 3 octobre 2025 – L'Observatoire exprime sa vive inquiétude après la condamnation, mardi, de deux journalistes par le tribunal de première instance.\n\nMme Voahangy Rakoto a été reconnue coupable de diffamation. Elle a été condamnée à deux ans d'emprisonnement avec sursis.\n";
    expect(await penalties(text)).toEqual(["Voahangy Rakoto|730|2025-09-30"]);
  });
});

describe("a count of days from its sentence's latest step", () => {
  it("counts from the ruling's day, not an arrest told back in its sentence", async () => {
    const text =
      "MOSCOW, 16 October 2025 — On Tuesday, judge Anna Petrova of the City Court sentenced reporter Ivan Sokolov to 12 days of administrative arrest for \"participating in an unauthorised public event\", although he was wearing a press vest when police detained him on 4 October.\n\nThe site's editor, Olga Smirnova, was not at the protest. The following day the same court fined her 250,000 roubles.\n";
    expect(await penalties(text)).toEqual(["Ivan Sokolov|12|2025-10-14", "Olga Smirnova|250000|2025-10-15"]);
  });

  it("still counts from an arrest told as the story's last step (near-miss)", async () => {
    const text = "MOSCOW, 16 October 2025 — Police detained reporter Ivan Sokolov on 4 October. The following day a court sentenced him to 12 days of administrative arrest.\n";
    expect(await penalties(text)).toEqual(["Ivan Sokolov|12|2025-10-05"]);
  });
});

describe("a court's order dated in its clause", () => {
  it("keeps the date between `ordered on` and the payment (`was ordered on Monday 10 March to pay`)", async () => {
    const text =
      "Geneva, 14 March 2025\n\nOn the 5th, the City Court fined Levan Kapanadze GEL 2,000. The union's treasurer, Nino Beridze, who was not there at all, was ordered on Monday 10 March to pay 5,000 lari.\n";
    expect(await penalties(text)).toEqual(["Levan Kapanadze|2000|2025-03-05", "Nino Beridze|5000|2025-03-10"]);
  });
});

describe("the term a change of penalty starts from", () => {
  it("takes the first ruling's date, the new term the appeal's (`reduced X's sentence from one year to six months`)", async () => {
    const text =
      "Mogadishu, 19 February 2025\n\nOn 17 February the appeal court reduced Ahmed Nuur Farah's sentence from one year to six months in prison.\n\nFarah had been arrested on 2 January 2025 and was convicted on 9 January by the regional court.\n";
    expect(await penalties(text)).toEqual(["Ahmed Nuur Farah|365|2025-01-09", "Ahmed Nuur Farah|180|2025-02-17"]);
  });

  it("gives the first term no date when no first ruling is dated (near-miss: not the appeal's)", async () => {
    const text = "Mogadishu, 19 February 2025\n\nOn 17 February the appeal court reduced Ahmed Nuur Farah's sentence from one year to six months in prison.\n";
    expect(await penalties(text)).toEqual(["Ahmed Nuur Farah|365|-", "Ahmed Nuur Farah|180|2025-02-17"]);
  });
});
