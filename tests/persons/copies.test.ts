import { describe, expect, it } from "vitest";
import { CopyFinder } from "../../src/persons/copies.js";

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

  it("does not mark different letters, even on one theme, or short notes", () => {
    const finder = new CopyFinder();
    expect(finder.add("a.txt", letter("Ivan Kuzmin", "Free Union of Metalworkers"))).toBeNull();
    expect(finder.add("b.txt", `Geneva, 9 May 2022\n\nThe court in Minsk sentenced Ivan Kuzmin of the Free Union of Metalworkers to two years in prison on 5 May 2022 for his part in a strike at the tractor works; his lawyer will appeal, and the federation asks its affiliates to write to the embassy of Belarus in their country to ask for his release.`)).toBeNull();
    expect(finder.add("c.txt", "Short note.")).toBeNull();
    expect(finder.add("d.txt", "Short note.")).toBeNull();
  });
});
