import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const names = (text: string, language?: string): string[] =>
  analyse(text, { ...DEFAULT_OPTIONS, ...(language ? { language } : {}) }).records.people.map((p) => p.name);

describe("placedElsewhere: words one mention places are no person at another", () => {
  it.each([
    ["a lower-case division at one mention", "Subject: dismissal of nurses, Kandy Rawa\n\nNurses in the Kandy Rawa district struck in May. Their leader Dilani Fernando, a nurse, was fined.", "Kandy Rawa"],
    ["a capitalised court's division adjective", "She spoke to reporters from Ban Khlong. The Ban Khlong Provincial Court later convicted Somsak Charoenwong, a farmer.", "Ban Khlong"],
    ["a division and its `of`", "Strikers from the province of Tanah Merah were fined. Tanah Merah reported calm. The leader, Rusdi Hamzah, a driver, was jailed.", "Tanah Merah"],
    ["a French `région de`", "Tizi Amellal : six mois de prison\n\nLes ouvriers de la région de Tizi Amellal ont été condamnés. Karim Oussedik, secrétaire général, a protesté.", "Tizi Amellal", "fr"],
    ["a company's name it opens", "Workers picketed the gates of Kanjana Ruamchai Textiles Co., Ltd. on Monday. Kanjana Ruamchai did not reply. Union leader Arun Phrommin was fined.", "Kanjana Ruamchai"],
    ["a company described as a thing in apposition", "Union leader Arun Phrommin was fined. The owner, Kanjana Ruamchai Textiles Co., Ltd., sued him. Kanjana Ruamchai, a knitting factory, declined to comment.", "Kanjana Ruamchai"],
    ["a body's name it closes", "El Sindicato de Mineros de Loma Quilla denunció el fallo. Loma Quilla quedó en paro. El dirigente Óscar Huanca Mamani fue condenado.", "Loma Quilla"],
    ["a medium's title", "Ayesha Baloch, who runs the YouTube channel Sindh Awaz, was jailed for two years. Sindh Awaz has 90,000 subscribers.", "Sindh Awaz"],
    ["a state broadcaster's name", "Ayesha Baloch was jailed for two years, the state broadcaster Radyo Bandera said. Radyo Bandera did not name the judge.", "Radyo Bandera"],
    ["a town's name no context shows (session 21)", "Migrant workers marched on Monday. Novi Sad saw the largest crowd. The organiser, Milena Jovic, a nurse, was fined.", "Novi Sad"],
    ["a city's name of three words (session 21)", "Bandar Seri Begawan was quiet when Hamid Osman, a driver, was jailed.", "Bandar Seri Begawan"],
    ["a village named after its lower-case noun, a given name opening it (session 23)", "Four residents of Ban Khoksa village were jailed. Mr Somphone Vilay, the elected head of Ban Khoksa, was fined.", "Ban Khoksa"],
    ["a place right after `in`, a given name opening it (session 23)", "Detainees reported seeing Mr Yonas in Adi Gebru in late 2020. Mr Yonas Tesfay, a teacher, is still held.", "Adi Gebru"],
    ["a place of detention named by its noun after it (session 23)", "The three were held at Adi Gebru detention centre for a year. Mr Yonas Tesfay, a teacher, was jailed.", "Adi Gebru"],
  ])("drops %s", (_why, text, dropped, language?: string) => {
    const found = names(text, language);
    expect(found).not.toContain(dropped);
    expect(found.length).toBeGreaterThan(0);
  });

  it.each([
    ["a person with a form of address, though a place shares the words", "Mr Kandy Rawa thanked the union. Nurses in the Kandy Rawa district struck in May.", "Kandy Rawa"],
    ["a person in apposition, though a body shares the words", "Workers of Kanjana Ruamchai Textiles struck. Kanjana Ruamchai, a union treasurer, was fined.", "Kanjana Ruamchai"],
    ["a person with a possessive post in apposition", "Workers of Kanjana Ruamchai Textiles struck. Kanjana Ruamchai, the union's treasurer, was fined.", "Kanjana Ruamchai"],
    ["a person aged in apposition, though a body shares the words", "Workers of Kanjana Ruamchai Textiles struck. Kanjana Ruamchai, 44, was fined.", "Kanjana Ruamchai"],
    ["a person a body is named after, a known given name opening the name", "The Maria Lopez Foundation condemned the arrest. Maria Lopez was jailed for a year.", "Maria Lopez"],
    ["a person named near a place that does not share the words", "Nurses in the Kandy Rawa district struck. Dilani Fernando was fined.", "Dilani Fernando"],
    ["a person whose job is `broadcaster` (h13a, session 13)", "The court convicted community broadcaster Marites Dacanay-Robles, anchor of a morning programme. Judge Lumbres sentenced Dacanay-Robles to four years.", "Marites Dacanay-Robles"],
    ["a person with a form of address whose name is also a town's (session 21)", "Mr Khon Kaen thanked the union. He was fined on Monday.", "Khon Kaen"],
    ["a person in apposition whose name is also a town's (session 21)", "Workers marched. Khon Kaen, a union treasurer, was fined.", "Khon Kaen"],
    ["a person with a given name after `in` and a possessive (session 23)", "Workers marched. The union trusted in Maria Lopez's leadership, and Maria Lopez was fined 300 euros.", "Maria Lopez"],
    ["a person with a given name after `between` (session 23)", "Talks between Maria Lopez and the company failed. She was fined 300 euros.", "Maria Lopez"],
  ])("keeps %s", (_why, text, kept) => {
    expect(names(text)).toContain(kept);
  });
});
