/**
 * Places read as people by their shape (session 24; heldout23, all three writers, and heldout20–22): a
 * street on an address line of a block (`Ministry of Justice` / `Marina Parade, Banjul`), a street word
 * of another language (`Rua de X`, `Avenida de X`, `X Magu`, `Jalan X`), a French or Spanish place noun
 * with its adjective before `de` (`la prison civile de X`, `l'hôpital de X`), Spanish `en` and `cantón`
 * before a place. Made-up names, streets and places.
 */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const names = (text: string, language = "en"): string[] => analyse(text, { ...DEFAULT_OPTIONS, language }).records.people.map((p) => p.name);

const LETTER = (address: string): string =>
  `Coastal Drivers' Federation\nPO Box 12, Accra\n\n4 March 2024\n\nHon. Lamin K. Darbo\nMinister of the Interior\nMinistry of the Interior\n${address}\n\nDear Minister,\n\nWe protest the sentence of six months passed on Ebrima Colley, a driver.\n`;

describe("places taken for people", () => {
  it.each([
    ["a street and its town on an address line", LETTER("Kotu Parade, Banjul"), "Kotu Parade", "en"],
    ["a street, its number and its district", LETTER("Cerro Llona 215, Surco"), "Cerro Llona", "en"],
    ["a district between dashes after a numbered lot", "Observatoire des libertés (OL)\nÎlot C, lot 48 – Ksar Teyarett – Nouakchott\n\nNouakchott, le 2 juin 2023\n\nM. Ahmed Ould Salem, journaliste, a été condamné à un an de prison.", "Ksar Teyarett", "fr"],
    ["a Portuguese street word opening the words", "Justice Monitor\nRua de Faróis, Dili\n\nThe court sentenced Armindo Belo, a vendor, to a year in prison.", "Rua de Faróis", "en"],
    ["a Dhivehi street word closing the words", "Around 200 people gathered on Fareedhee Magu that evening. Police arrested Ahmed Nashid, a reporter.", "Fareedhee Magu", "en"],
    ["a French place noun and its adjective before `de`", "Il est depuis détenu à la prison civile de Tin Zaouaten. M. Sidi Mohamed Lamine, journaliste, a été condamné à deux ans.", "Tin Zaouaten", "fr"],
    ["a Spanish `en` before a place", "Fue condenado por una toma de fábrica en Villa Tunari. El dirigente Juan Mamani Quispe fue condenado a dos años de prisión.", "Villa Tunari", "es"],
    ["a Spanish `cantón` before a place", "El tribunal con sede en el cantón Nueva Loja condenó al dirigente Juan Mamani Quispe a dos años de prisión.", "Nueva Loja", "es"],
  ])("drops %s", (_why, text, dropped, language) => {
    const found = names(text, language);
    expect(found).not.toContain(dropped);
    expect(found.length).toBeGreaterThan(0);
  });

  it.each([
    ["a signer's post after the comma", "Trade Union Confederation of the South\nRafael Gómez Ortiz, General Secretary\n\nThe court fined Ana Ruiz Paz, a nurse.", "Rafael Gómez Ortiz", "en"],
    ["a signer's body's short form and post after the comma", "Contacts:\nKerstin Lund, GFFW General Secretary\nHelder Massinga, COMOSIL Secretary\n\nThe court fined Ana Ruiz Paz, a nurse.", "Helder Massinga", "en"],
    ["a list of names, each with its given name", "Trial monitors:\nOlga Vrabie, Dorin Caraman\nMihai Lungu, Pavel Rusu\n\nThe court fined Ana Ruiz Paz, a nurse.", "Mihai Lungu", "en"],
    ["a signature under its closing, with a town", "We ask for her release.\n\nIn solidarity,\nMaria Lopez Vega, Lima\n\nThe court fined Ana Ruiz Paz, a nurse.", "Maria Lopez Vega", "en"],
    ["a copy list's second line, its body after the comma", "We ask for her release.\n\ncc: Kerstin Alm, President, NFTU\n    Jamshid Ergashev, Paxta Nazorati\n", "Jamshid Ergashev", "en"],
    // Note: the bound on the line before the name (ADDRESS_LEAD) that also keeps NUMBERED_BEFORE linear (the fuzz test's 4.5 s case).
    ["a name far along a long line after a number and a comma", LETTER("Since 12 March 2024 our federation has written to the ministry again and again about its member, Ebrima Sowe, Banjul"), "Ebrima Sowe", "en"],
    ["a person after `à` in French", "La CSLN a écrit à Moussa Diallo, ministre de la Justice, pour demander la libération du journaliste Ali Maïga.", "Moussa Diallo", "fr"],
  ])("keeps %s", (_why, text, kept, language) => {
    expect(names(text, language)).toContain(kept);
  });
});
