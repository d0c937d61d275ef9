/**
 * French and Spanish name particles from the vocabularies (issue 12, session 8): `épouse`,
 * `veuve`, `viuda (de)` keep a married woman's two names together; the words alone, or before a
 * lower-case word, join nothing. Made-up letters.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, processText } from "../../src/pipeline.js";

async function names(text: string): Promise<string[]> {
  const { result } = await processText(text, "lettre.txt");
  return result.people.map((p) => p.name);
}

describe("married names in French and Spanish letters", () => {
  it.each([
    ["Dakar, le 5 décembre 2024\n\nLa trésorière du syndicat, Mme Fatou Diop épouse Ndiaye, a été condamnée à trois mois avec sursis.\n", "Fatou Diop épouse Ndiaye"],
    ["Lomé, le 2 mai 2024\n\nMme Mariama Sow veuve Ba, militante, a été relaxée par le tribunal.\n", "Mariama Sow veuve Ba"],
    ["Managua, 4 de abril de 2024\n\nLa Sra. Rosa Amalia Pérez viuda de Gómez fue condenada a dos años de prisión.\n", "Rosa Amalia Pérez viuda de Gómez"],
  ])("keeps the whole name: %s", async (text, name) => {
    expect(await names(text)).toContain(name);
  });

  it("joins nothing across `son épouse`, `épouse du`, `viuda en`", async () => {
    const found = await names(
      "Cotonou, le 5 mars 2024\n\nLe syndicaliste Paul Houngbo et son épouse Marie ont été interpellés. Selon Aline Dossou, épouse du ministre, la police a agi seule. Le juge a rencontré Rosa Pérez viuda en la calle.\n",
    );
    expect(found).toEqual(expect.arrayContaining(["Paul Houngbo", "Aline Dossou", "Rosa Pérez"]));
    expect(found.some((n) => /épouse|viuda/u.test(n))).toBe(false);
  });
});

describe("outlets after French and Spanish media nouns", () => {
  it("finds the outlet after `radio communautaire`, `radio rurale`, `radio comunitaria`, `radioemisora`, `televisora`, and no lone article", async () => {
    const orgs = async (text: string): Promise<string[]> => (await processText(text, "lettre.txt")).result.organisations.map((o) => o.name);
    const french = await orgs(
      "Douala, le 3 novembre 2024\n\nLe tribunal a condamné notre confrère Serge Mbida, correspondant de la radio communautaire Sawa FM, à un an d'emprisonnement avec sursis.\n\nÀ Bamako, la radio rurale Kayira Info a été suspendue. La télévision privée Ivoire Plus a protesté.\n",
    );
    expect(french).toEqual(expect.arrayContaining(["Sawa FM", "Kayira Info", "Ivoire Plus"]));
    const spanish = await orgs(
      "Tegucigalpa, 3 de noviembre de 2024\n\nEl periodista Óscar Flores, de la radio comunitaria La Voz Lenca, fue condenado a dos años de prisión. La radioemisora Progreso y la televisora Canal Once lo denunciaron.\n",
    );
    expect(spanish).toEqual(expect.arrayContaining(["La Voz Lenca", "Progreso", "Canal Once"]));
    expect([...french, ...spanish]).not.toContain("La");
  });
});

describe("the plural form of address `MM.` in French letters", () => {
  it("reads the name after `MM.` (the dot no longer ends the sentence nor cuts the name from its title)", async () => {
    const found = await names("Dakar, le 3 avril 2025\n\nLe tribunal a condamné MM. Abdou Faye et Cheikh Ndour, membres du bureau, à trois mois de prison avec sursis.\n");
    expect(found).toContain("Abdou Faye");
    expect(found.some((n) => /\bMM\b/u.test(n))).toBe(false);
  });
});

// Session 9 (frenes9): Spanish and French words that made false people in unseen letters, with made-up paraphrases.
describe("no person in a salutation, a form of address alone, a state organ or a place named after someone", () => {
  it.each([
    ["Quito, 3 de junio de 2025\n\nEstimada Sra. Ministra:\n\nLe escribimos por el caso de Ramiro Quishpe Tenorio, condenado a un año de prisión.\n", ["Ramiro Quishpe Tenorio"]],
    ["Valparaíso, 9 de mayo de 2025\n\nLa Sra. Camila Andrea Fuentes Roa, tesorera del sindicato, fue condenada a dos años de prisión.\n", ["Camila Andrea Fuentes Roa"]],
    ["Rosario, 2 de abril de 2025\n\nLos hechos fueron denunciados ante la Policía Federal el 3 de marzo. La Junta Directiva de SITRAPOR respaldó al secretario general, Hernán Lucero Bazán.\n", ["Hernán Lucero Bazán"]],
    ["Holguín, 1 de julio de 2024\n\nFue detenido en el reparto Jesús Menéndez Larrondo y llevado al centro de detención Kilo Siete. Su esposa, Yaima Rosales Cruz, lo denunció.\n", ["Yaima Rosales Cruz"]],
    ["Lyon, le 4 avril 2025\n\nChère Mme la Ministre,\n\nLe délégué Karim Benali a été condamné à six mois de prison. Il habite rue Jean Moulin, près du lycée Victor Hugo.\n", ["Karim Benali"]],
  ])("%#", async (text, people) => {
    expect(await names(text)).toEqual(people);
  });
});

describe("the second name of a French or Spanish pair", () => {
  it.each([
    ["Thiès, le 2 juin 2025\n\nMM. Lamine Badji et Ousseynou Thiaw, membres du bureau, ont été condamnés à deux mois avec sursis.\n", ["Lamine Badji", "Ousseynou Thiaw"]],
    ["Cali, 7 de julio de 2025\n\nLos dos dirigentes, Luis Alberto Cuero y Wilmer Yesid Angulo Riascos, recibieron 18 meses cada uno.\n", ["Luis Alberto Cuero", "Wilmer Yesid Angulo Riascos"]],
    ["Mendoza, 7 de julio de 2025\n\nLos Sres. Ezequiel Tomás Garay y Nahuel Quiroga Sosa fueron condenados a un año de prisión.\n", ["Ezequiel Tomás Garay", "Nahuel Quiroga Sosa"]],
  ])("%#", async (text, people) => {
    expect(await names(text)).toEqual(expect.arrayContaining(people));
  });
  it("keeps no article and form of address after `y` in a name", async () => {
    const found = await names("León, 7 de julio de 2025\n\nLa defensa, a cargo de la Dra. Ixchel Marina Cano y el Lic. Mario Pérez Lugo, apelará.\n");
    expect(found.some((n) => /\bLic\b|\by el\b/u.test(n))).toBe(false);
  });
});

// Session 12 (frenes12): false people in Spanish and French letters, made-up paraphrases.
describe("no person in a head-first post's body, a pair of bodies, a place or title after an article, a body's acronym", () => {
  it.each([
    ["es", "Lima, 3 de marzo de 2026\n\nPedimos escribir al Presidente del Poder Judicial y a la ministra. El dirigente Julio César Paredes Rojas fue condenado a un año de prisión.\n", ["Julio César Paredes Rojas"]],
    ["es", "Asunción, 3 de marzo de 2026\n\nEl dirigente Hugo Benítez Ortiz fue condenado a dos años de prisión.\n\nSolidariamente,\n\nMirta Ayala Gauto\nSecretaria de Asuntos Jurídicos\nCUT-A\n", ["Hugo Benítez Ortiz", "Mirta Ayala Gauto"]],
    ["es", "Lima, 3 de marzo de 2026\n\nEscriban a la Secretaria de Asuntos Jurídicos Laborales. El dirigente Julio César Paredes Rojas fue condenado a un año de prisión.\n", ["Julio César Paredes Rojas"]],
    ["es", "Santa Cruz, 3 de marzo de 2026\n\nLa FSTB y el SINTRAL agradecen su apoyo. La dirigente Carmen Rosa Vaca Díez fue condenada a un año de prisión.\n", ["Carmen Rosa Vaca Díez"]],
    ["es", "La Esperanza, 3 de marzo de 2026\n\nSe reunieron en la cooperativa, conocida como «La Voz Andina». El periodista Óscar Mamani Quispe fue condenado a un año de prisión.\n", ["Óscar Mamani Quispe"]],
    ["es", "La Central Obrera Regional (COR) denunció el caso.\n\n«No tenemos miedo», dijo Mamani Quispe al COR. El dirigente Óscar Mamani Quispe fue condenado a un año de prisión.\n", ["Óscar Mamani Quispe"]],
  ])("%s %#", async (language, text, people) => {
    const { result } = await processText(text, "carta.txt", { ...DEFAULT_OPTIONS, language });
    expect(result.people.map((p) => p.name)).toEqual(people);
  });

  it("keeps a surname after `de` and a one-word name after a post (`le président de Gaulle`), and an English `Le` name", async () => {
    expect(await names("Paris, le 3 mars 2026\n\nLe président de Gaulle avait reçu le syndicaliste Paul Mercier, condamné à un an de prison.\n")).toEqual(expect.arrayContaining(["Paul Mercier"]));
    expect(await names("London, 3 March 2026\n\nThe union leader Le Sokha was sentenced to one year in prison.\n")).toContain("Le Sokha");
  });
});
