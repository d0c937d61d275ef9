import { describe, expect, it } from "vitest";
import { CopyFinder, signature } from "../../src/persons/copies.js";

const letter = (name: string, union: string) =>
  `Brussels, 3 March 2021\n\nDear Minister,\n\nWe write to protest the arrest of ${name}, a member of the ${union}, who was detained on 1 March 2021 while leaving the factory gates after the morning shift. ` +
  `The police gave no reason for the arrest and refused to let a lawyer see ${name} for two days. We call on the authorities to release ${name} at once, to drop every charge and to respect the right of workers to organise freely, as the conventions of the International Labour Organization ratified by your government require.\n\nYours sincerely,\nThe General Secretary\n`;

describe("copies", () => {
  it("marks the same letter in another file as a copy of the first, and a copy of a copy as a copy of the first", () => {
    const finder = new CopyFinder();
    const original = letter("Ivan Kuzmin", "Free Union of Metalworkers");
    expect(finder.add("a.pdf", original)).toBeNull();
    expect(finder.add("b.docx", `LETTERHEAD OF THE FEDERATION\nRue du Midi 1, Brussels\n\n${original}`)).toBe("a.pdf");
    expect(finder.add("c.md", original.replace("Dear Minister", "Dear Minster").replace("at once", "at onee"))).toBe("a.pdf");
  });

  it("takes the earliest matching document, met in order across its bands, from a kept signature too", () => {
    // Three different letters, then many copies of the second: each points at the second.
    const finder = new CopyFinder();
    const texts = [
      letter("Ivan Kuzmin", "Free Union of Metalworkers"),
      `Oslo, 2 June 2022\n\nDear Ambassador,\n\nThe harbour pilots of the northern ports have been on strike since April, and their union's offices were searched twice last month by officers who carried no warrant and took every computer and ledger they found. ` +
        `We ask your government to return what was taken, to open an inquiry into the searches and to meet the pilots' representatives before the summer season begins, so that the dispute can be settled by talks rather than by the police.\n\nSincerely,\nThe Secretariat\n`,
      `Lima, 8 August 2023\n\nTo the Minister of Labour,\n\nBakery workers in three districts report that their employer dismissed eleven members of the new union within a week of its registration, among them every officer elected at the founding meeting in July. ` +
        `Dismissing workers for forming a union breaches national law and the conventions your country ratified. We urge the ministry to order their reinstatement with back pay and to inspect the company's other bakeries.\n\nIn solidarity,\nThe International Office\n`,
    ];
    texts.forEach((text, i) => expect(finder.add(`${i}.txt`, text), `${i}.txt`).toBeNull());
    for (let i = 0; i < 300; i++) expect(finder.addSignature(`copy-${i}.txt`, signature(texts[1] ?? ""))).toBe("1.txt");
    expect(finder.add("again.txt", texts[2] ?? "")).toBe("2.txt");
    expect(finder.addSignature("short.txt", null)).toBeNull();
  });

  it("does not mark different letters, even on one theme, or short notes", () => {
    const finder = new CopyFinder();
    expect(finder.add("a.txt", letter("Ivan Kuzmin", "Free Union of Metalworkers"))).toBeNull();
    expect(finder.add("b.txt", `Geneva, 9 May 2022\n\nThe court in Minsk sentenced Ivan Kuzmin of the Free Union of Metalworkers to two years in prison on 5 May 2022 for his part in a strike at the tractor works; his lawyer will appeal, and the federation asks its affiliates to write to the embassy of Belarus in their country to ask for his release.`)).toBeNull();
    expect(finder.add("c.txt", "Short note.")).toBeNull();
    expect(finder.add("d.txt", "Short note.")).toBeNull();
  });
});
