import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const organisations = (text: string) => analyse(text, DEFAULT_OPTIONS).records.organisations;

describe("resolveOrganisations", () => {
  it("merges a full name and its acronym, with every mention", () => {
    const text = "The International Transport Workers' Federation (ITF) protested. The ITF will act.\n\nITF";
    const [itf, ...rest] = organisations(text);
    expect(rest).toEqual([]);
    expect(itf).toMatchObject({ name: "International Transport Workers' Federation", acronym: "ITF" });
    expect(itf?.mentions.map((m) => m.text)).toEqual(["International Transport Workers' Federation", "ITF", "ITF", "ITF"]);
  });

  it("matches a mixed-case acronym in capitals too, and not inside a web address", () => {
    const text = "the Trade Union Congress of Gambia (Tucog) was banned. TUCOG appealed. See www.tucog.org for more.";
    const [tucog] = organisations(text);
    expect(tucog?.acronym).toBe("Tucog");
    expect(tucog?.aliases).toEqual(["TUCOG"]);
  });

  it("merges a prefixed form and a case variant into the defined body", () => {
    const text = "the United Nations (UN) Working group on Arbitrary Detention (WGAD) met. The UN Working Group on Arbitrary Detention agreed.";
    const found = organisations(text);
    expect(found.map((o) => o.name)).toEqual(["United Nations", "Working group on Arbitrary Detention"]);
    expect(found[1]?.aliases).toContain("UN Working Group on Arbitrary Detention");
  });

  it("keeps a branch defined with its own acronym apart from the parent body whose one-word name opens it", () => {
    const text = "BuildNET Global Union\n\nBuildNET Global Union wrote to the BuildNET Kenya Council (BKC) today. BuildNET considers the trial unfair.";
    const found = organisations(text);
    expect(found.map((o) => [o.name, o.acronym])).toEqual([["BuildNET Global Union", "BuildNET"], ["BuildNET Kenya Council", "BKC"]]);
    expect(found[1]?.aliases).toEqual([]);
  });

  it("does not make generic references or places organisations", () => {
    expect(organisations("The government sent riot police. Independent trade unions in Belarus protested in Minsk.")).toEqual([]);
  });

  it("keeps a state organ named alone apart from its department whose name it opens", () => {
    const both = "Dawit Haile protested outside the Mekele City Administration Labour Bureau. Later the Mekele City Administration replied.";
    expect(organisations(both).map((o) => o.name)).toEqual(["Mekele City Administration Labour Bureau", "Mekele City Administration"]);
    const inside = "Sara Tolosa protested outside the Jimma City Administration Health Bureau on Monday.";
    expect(organisations(inside).map((o) => o.name)).toEqual(["Jimma City Administration Health Bureau"]);
  });

  it("numbers organisations in order of first mention", () => {
    const found = organisations("news agency AFP reported that the Committee to Protect Journalists spoke.");
    expect(found.map((o) => [o.id, o.name])).toEqual([
      ["organisation-1", "AFP"],
      ["organisation-2", "Committee to Protect Journalists"],
    ]);
  });

  it("keeps a name in brackets right after a body's name as its alias, not a second body", () => {
    const found = organisations("The Sağlık ve Sosyal Hizmet Emekçileri Sendikası (Health and Social Service Workers' Union) said so. The Health and Social Service Workers' Union has 90,000 members.");
    expect(found.map((o) => o.name)).toEqual(["Sağlık ve Sosyal Hizmet Emekçileri Sendikası"]);
    expect(found[0]?.aliases).toEqual(["Health and Social Service Workers' Union"]);
    expect(found[0]?.mentions).toHaveLength(3);
  });

  it("keeps two bodies apart when the bracket holds more than a name", () => {
    const found = organisations("The Confederation of Labour of Russia (to which the Interregional Union of Couriers is affiliated) wrote to the court.");
    expect(found.map((o) => o.name)).toEqual(["Confederation of Labour of Russia", "Interregional Union of Couriers"]);
  });

  it("keeps a gloss carrying an acronym in brackets as the body's alias", () => {
    const found = organisations("It wrote for the Sammilita Karmika Federation (United Metal Workers' Federation, UMWF), a member of the council.");
    expect(found.map((o) => o.name)).toEqual(["Sammilita Karmika Federation"]);
    expect(found[0]?.aliases).toContain("United Metal Workers' Federation");
  });

  it("keeps a gloss carrying a short name in brackets as the body's alias", () => {
    const found = organisations("Officers of the United Dockers' Union (Birleşik Liman İşçileri Sendikası, Birleşik Liman-Sen) were tried.");
    expect(found.map((o) => o.name)).toEqual(["United Dockers' Union"]);
    expect(found[0]?.aliases).toEqual(expect.arrayContaining(["Birleşik Liman İşçileri Sendikası", "Birleşik Liman-Sen"]));
  });

  it("merges a name written once with and once without its final full stop", () => {
    const found = organisations("Workers of Verde Palma S.A. walked out on Monday. The owner of Verde Palma S.A.");
    expect(found).toHaveLength(1);
  });

  it("folds a subsidiary named with its country in brackets and its legal form into its short form", () => {
    const found = organisations("Workers at Lotus Blossom Knit (Cambodia) Co., Ltd. stopped work. Lotus Blossom Knit refused to pay.");
    expect(found.map((o) => [o.name, o.aliases])).toEqual([["Lotus Blossom Knit (Cambodia) Co., Ltd", ["Lotus Blossom Knit"]]]);
  });

  it("keeps an organ named by its parent's acronym apart from that parent", () => {
    const es = organisations("La Organización Internacional del Trabajo (OIT) fue informada. La Comisión de Aplicación de Normas de la OIT examinó el caso.");
    // Note: named without its parent, the mention with it (session 22: golds name such organs both ways).
    expect(es.map((o) => [o.name, o.acronym, ...o.aliases])).toEqual([["Organización Internacional del Trabajo", "OIT"], ["Comisión de Aplicación de Normas", null, "Comisión de Aplicación de Normas de la OIT"]]);
    const en = organisations("The Asian Transport Federation (ATF) wrote. The Executive Board of the ATF met on Monday.");
    expect(en.map((o) => o.name)).toContain("Asian Transport Federation");
  });

  it("keeps a company named by its legal form at the end of its workers' union's name as a body of its own", () => {
    const fr = organisations("Le Syndicat des travailleurs de Sahel Coton S.A. (SYTSC) proteste. La société Sahel Coton S.A. a porté plainte.");
    expect(fr.map((o) => o.name)).toEqual(["Syndicat des travailleurs de Sahel Coton S.A.", "Sahel Coton S.A."]);
    const en = organisations("The Union of Workers of Lakeside Dairy Ltd (UWLD) struck. Lakeside Dairy Ltd dismissed them.");
    expect(en.map((o) => o.name)).toContain("Lakeside Dairy Ltd");
    // Note: a union named after a place, with no legal form, stays one body with its words.
    const place = organisations("The Union of Workers of Lakeside Dairy (UWLD) struck.");
    expect(place.map((o) => o.name)).toEqual(["Union of Workers of Lakeside Dairy"]);
  });

  it("keeps a post or a lower-case description before the parent's acronym with the parent", () => {
    const found = organisations("La Unión de Pescadores del Sur (UPS) protestó ante el juzgado de la provincia por la condena de sus dirigentes.\n\nFirmado:\nRosa Quispe Mamani\nCoordinadora general de la UPS");
    expect(found.map((o) => o.name)).not.toContain("Coordinadora general de la UPS");
  });

  it("reads the last word of a name in capitals as that name's, not a parent's", () => {
    const found = organisations("UNIÓN NACIONAL DE ESTIBADORES DEL ECUADOR\nComunicado\n\nLa Unión Nacional de Estibadores del Ecuador (UNEE) rechaza la condena de sus dirigentes.");
    expect(found.map((o) => o.name)).not.toContain("ECUADOR");
  });

  it("still reads an acronym after a name with no link as that name's", () => {
    const found = organisations("The Harbour Workers Union HWU protested. HWU will appeal.");
    expect(found.map((o) => o.name)).not.toContain("HWU");
  });

  it("merges an acronym-only body into the one full name whose initials it spells", () => {
    const found = organisations("The Committee to Protect Journalists wrote to the court. Later CPJ said the verdict was unjust.");
    expect(found.map((o) => [o.name, o.acronym])).toEqual([["Committee to Protect Journalists", "CPJ"]]);
    const two = organisations("The Centre for Press Freedom in Zambia was founded with the Committee for Public Journalists in 2001. The Centre for Press Journalists also met. Later CPJ said it would appeal.");
    expect(two.map((o) => o.name)).toContain("CPJ");
  });

  it("merges one body written twice with two words swapped, and not shorter names", () => {
    const found = organisations("A petition was filed by Ravel Agro-Allied Foods Limited, of Ilorin. Ravel Allied-Agro Foods Limited wrote again. The Teachers Union and the Union Teachers Club met.");
    expect(found.map((o) => o.name)).toEqual(["Ravel Agro-Allied Foods Limited", "Teachers Union", "Union Teachers Club"]);
    expect(found[0]?.aliases).toEqual(["Ravel Allied-Agro Foods Limited"]);
  });

  it("gives a branch the name without its city and the mention with it", () => {
    const [prison] = organisations("He was taken to Ravin Prison in Oskar to serve his term.");
    expect(prison).toMatchObject({ name: "Ravin Prison", aliases: ["Ravin Prison in Oskar"] });
  });

  it("finds a company written later without its legal form", () => {
    const [company] = organisations("Workers of Bonita Frutas, S.A. went on strike. We call on Bonita Frutas to negotiate.");
    expect(company).toMatchObject({ name: "Bonita Frutas, S.A.", aliases: ["Bonita Frutas"] });
  });

  it("folds a company's short form into its full name: legal form, country of a subsidiary, a partnership's trade", () => {
    const byName = (text: string) => organisations(text).map((o) => [o.name, o.aliases]);
    expect(byName("Workers of Harbour Knit Ltd were dismissed. Harbour Knit denied any role.")).toEqual([["Harbour Knit Ltd", ["Harbour Knit"]]]);
    expect(byName("The union at Tovar Apparel Guatemala was broken up. Tovar Apparel denied it.")).toEqual([["Tovar Apparel Guatemala", ["Tovar Apparel"]]]);
    expect(byName("The buyer, Marsh & Holt Outfitters, did not reply. We wrote to Marsh & Holt again.")).toEqual([["Marsh & Holt Outfitters", ["Marsh & Holt"]]]);
  });

  it("keeps a union named after its company apart from the company, and folds the company's short form with a Latin American legal form", () => {
    const text =
      "El Sindicato de Trabajadores de Tejidos del Norte denunció la condena de sus dirigentes. La empresa Tejidos del Norte, S. de R.L. de C.V. no quiso responder a la prensa, y Tejidos del Norte tampoco compareció ante el juez.";
    const found = organisations(text).map((o) => [o.name, o.aliases]);
    expect(found).toEqual([
      ["Sindicato de Trabajadores de Tejidos del Norte", []],
      ["Tejidos del Norte, S. de R.L. de C.V.", ["Tejidos del Norte"]],
    ]);
  });

  it("folds a periodical named without its frequency into its title, and a directorate apart from its ministry", () => {
    const byName = (text: string) => organisations(text).map((o) => [o.name, o.aliases]);
    expect(byName("Tin Miners' Voice Quarterly, Autumn 2024 issue\n\nShe told Tin Miners' Voice that she would appeal.")).toEqual([["Tin Miners' Voice Quarterly", ["Tin Miners' Voice"]]]);
    expect(byName("We wrote to the Directorate of Inspection of the Ministry of Labour and Industry on 3 May 2024.").map(([name]) => name)).toEqual(["Directorate of Inspection", "Ministry of Labour and Industry"]);
  });

  it("folds a broadcaster's call sign into its full name, not an acronym opening another body", () => {
    const byName = (text: string) => organisations(text).map((o) => [o.name, o.aliases]);
    expect(byName("The host of DYKR Radyo Bandilyo was convicted. We stand with the staff of DYKR.").map(([name]) => name)).toEqual(["DYKR Radyo Bandilyo"]);
    expect(byName("The KCTU Seoul Regional Council met. The KCTU condemned the arrest.").map(([name]) => name)).toEqual(["KCTU Seoul Regional Council", "KCTU"]);
  });

  it("leaves a short form two full names could own apart from both", () => {
    const found = organisations("Workers of Harbour Knit Ltd and staff of Harbour Knit LLC were dismissed. Harbour Knit denied it.");
    expect(found.map((o) => [o.name, o.aliases])).toEqual([["Harbour Knit Ltd", []], ["Harbour Knit LLC", []]]);
  });

  it.each([
    ["The Dockworkers' Union of Ghana protested. Later the Dockworkers' Union met the minister.", "Dockworkers' Union of Ghana", ["Dockworkers' Union"]],
    ["El Ministerio de Salud de la República de Honduras calló. El Ministerio de Salud no respondió.", "Ministerio de Salud de la República de Honduras", ["Ministerio de Salud"]],
    ["The Federation of Trade Unions of the Republic of Moldova wrote. The Federation of Trade Unions is large.", "Federation of Trade Unions of the Republic of Moldova", ["Federation of Trade Unions"]],
    ["The Teachers' Association in Georgia appealed; the Teachers' Association was fined.", "Teachers' Association in Georgia", ["Teachers' Association"]],
  ])("joins a national body written later without its country: %s", (text, name, aliases) => {
    expect(organisations(text).map((o) => [o.name, o.aliases])).toEqual([[name, aliases]]);
  });

  it("leaves a name without its country apart when two national bodies could own it, or when only the head is left", () => {
    const two = organisations("The Ministry of Labour of Georgia and the Ministry of Labour of Armenia met. The Ministry of Labour said nothing.");
    expect(two.map((o) => o.name)).toEqual(["Ministry of Labour of Georgia", "Ministry of Labour of Armenia", "Ministry of Labour"]);
    expect(two.map((o) => o.aliases)).toEqual([[], [], []]);
    expect(organisations("The Embassy of the Republic of Kenya replied. The Embassy said nothing.").map((o) => [o.name, o.aliases])).toEqual([["Embassy of the Republic of Kenya", []]]);
  });

  it("joins descriptor words to the one body whose full name opens with them", () => {
    const found = organisations("She chairs the Palm Bay workplace committee. The strike at the Palm Bay Hotel & Spa went on.");
    expect(found.map((o) => [o.name, o.aliases])).toEqual([["Palm Bay Hotel & Spa", ["Palm Bay workplace committee"]]]);
  });

  it.each([
    "Drivers stopped the Kyiv trolleybus network. The Kyiv District Court and the Kyiv Regional Transport Union replied.",
    "The strike at the Vrelo mine went on. The Independent Union of Mineworkers of Vrelo protested.",
    "Staff of the Minera Cerro Alto S.A.C. company and of the Cerro Alto copper mine struck.",
  ])("gives no record for descriptor words naming part of other bodies' names: %s", (text) => {
    const found = organisations(text);
    for (const words of ["Kyiv", "Vrelo", "Cerro Alto"]) expect(found.map((o) => o.name)).not.toContain(words);
    expect(found.flatMap((o) => o.aliases)).toEqual([]);
  });

  it("keeps descriptor words no other name holds", () => {
    expect(organisations("A member of the Blue River strike committee was jailed.").map((o) => o.name)).toEqual(["Blue River"]);
  });
});
