/**
 * Penalty subjects of session 15 (branch pen15), each in made-up words, names and currencies: a penalty
 * stated before its names in a fragment, the next sentence pointing back and handing it to a list whose
 * members carry their roles (English, French, Spanish); a sized group (`both`, `a ambos`, `tous deux`)
 * right after a sentence that penalises exactly that many people, fines included.
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

type Names = Parameters<typeof run>[1];

describe("penalties: a fragment stating the terms, then a sentence handing them to a list", () => {
  it.each([
    [
      "English, roles set off around each name",
      "Two years behind bars. That was the sentence a district judge handed down on Monday to Ana Petrova, chair of the bakers' union, and her deputy, Ivan Sokol, over a picket.",
      ["Ana Petrova", "Ivan Sokol"],
      undefined,
      ["Ana Petrova|730|prison|-", "Ivan Sokol|730|prison|-"],
    ],
    [
      "Spanish, a word of address and a role before each name",
      "Cuatro años de prisión. Esa es la pena que el juzgado impuso al presidente del sindicato, compañero Julio Mendoza Ríos, y a su tesorera, compañera Elsa Quiroga Paz, por la huelga.",
      ["Julio Mendoza Ríos", "Elsa Quiroga Paz"],
      "es",
      ["Julio Mendoza Ríos|1460|prison|-", "Elsa Quiroga Paz|1460|prison|-"],
    ],
    [
      "French, the clause naming the penalty with `contre`",
      "Dix-huit mois de prison ferme. C'est la peine prononcée contre Koffi Adjovi et Rosine Houessou par le tribunal de Porto-Novo.",
      ["Koffi Adjovi", "Rosine Houessou"],
      "fr",
      ["Koffi Adjovi|540|prison|-", "Rosine Houessou|540|prison|-"],
    ],
  ])("%s", (_why, text, names: Names, language, expected) => {
    expect(sentences(run(text, names, [], null, language))).toEqual(expected);
  });

  it.each([
    [
      "the judge named before the hand word gives the terms, the list after it receives them",
      "Six months in jail. That was the penalty Magistrate Ruth Okello handed to Peter Wanjala, the union's treasurer.",
      ["Ruth Okello", "Peter Wanjala"],
      undefined,
      ["Peter Wanjala|180|prison|-"],
    ],
  ])("%s", (_why, text, names: Names, language, expected) => {
    expect(sentences(run(text, names, [], null, language))).toEqual(expected);
  });

  it.each([
    ["Spanish: a fragment followed by a sentence that does not point back to it", "Tres años de prisión. El tribunal rechazó la apelación de Julio Mendoza Ríos.", ["Julio Mendoza Ríos"], "es"],
    ["Spanish: a maximum in a fragment, no clause naming it a penalty", "Hasta cinco años de prisión. Eso arriesgaba Julio Mendoza Ríos según el fiscal.", ["Julio Mendoza Ríos"], "es"],
    ["English: a fragment followed by an unrelated sentence", "Two years in prison. Ana Petrova says she is not afraid.", ["Ana Petrova"], undefined],
  ])("nothing: %s", (_why, text, names: Names, language) => {
    expect(sentences(run(text, names, [], null, language))).toEqual([]);
  });
});

describe("penalties: a sized group right after a sentence penalising that many people", () => {
  it.each([
    [
      "Spanish: `A ambos` after a sentence fining two people, with two others sentenced before",
      "Tres años de prisión. Esa es la pena que el tribunal impuso a Julio Mendoza Ríos y a Elsa Quiroga Paz. La compañera Nora Vidal fue condenada a una multa de 900.000 colones, y el compañero Raúl Pinto, a 500.000 colones de multa. A ambos se les impuso además un año de prisión con ejecución condicional.",
      ["Julio Mendoza Ríos", "Elsa Quiroga Paz", "Nora Vidal", "Raúl Pinto"],
      "es",
      ["Julio Mendoza Ríos|1095|prison|-", "Elsa Quiroga Paz|1095|prison|-", "Nora Vidal|365|suspended prison|-", "Raúl Pinto|365|suspended prison|-"],
    ],
    [
      "English: `Both` after a sentence fining two people, with another jailed before",
      "Tom Reyes was jailed for four years. Mia Cole and Sam Diaz were fined 2,000 euros each. Both were also given six-month suspended sentences.",
      ["Tom Reyes", "Mia Cole", "Sam Diaz"],
      undefined,
      ["Tom Reyes|1460|prison|-", "Mia Cole|180|suspended prison|-", "Sam Diaz|180|suspended prison|-"],
    ],
  ])("%s", (_why, text, names: Names, language, expected) => {
    expect(sentences(run(text, names, [], null, language))).toEqual(expected);
  });

  it("keeps `both` for the two just sentenced when the sentence before names three", () => {
    const text = "Lea Park and Omar Said were sentenced to two years. Their lawyers, Ines Roth, Carl Moss and Pia Berg, said they would appeal. Both were also fined 1,000 euros.";
    expect(fines(run(text, ["Lea Park", "Omar Said", "Ines Roth", "Carl Moss", "Pia Berg"]))).toEqual(["Lea Park|1000|EUR|-", "Omar Said|1000|EUR|-"]);
  });
});

describe("penalties: a gapped clause whose subject is a list of names", () => {
  it("gives each member of each list its clause's term", () => {
    const text = "It sentenced Mr. Hamid Musa to five years, Ms. Lina Sabry and Mr. Karim Fouad to three years each, and Ms. Noor Amin, Mr. Adel Zaki and Mr. Fadi Haddad to one year.";
    const names = ["Hamid Musa", "Lina Sabry", "Karim Fouad", "Noor Amin", "Adel Zaki", "Fadi Haddad"];
    expect(sentences(run(text, names))).toEqual([
      "Hamid Musa|1825|prison|-",
      "Lina Sabry|1095|prison|-",
      "Karim Fouad|1095|prison|-",
      "Noor Amin|365|prison|-",
      "Adel Zaki|365|prison|-",
      "Fadi Haddad|365|prison|-",
    ]);
  });
});
