/**
 * Subjects that point into a list named before (src/resolve/penalties-listed.ts): the rest of a
 * list after some of its people were dealt with, and defendants named by their place in a table,
 * a numbered list or a sentence's list. Made-up wordings, none from a fixture letter.
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

describe("penalties: the rest of a list", () => {
  it.each([
    [
      "`The other two were each given`, next sentence",
      "The district court convicted the organisers Lwazi Dlamini, Thandeka Mokoena and Sipho Nkosi. Dlamini was sentenced to three years in prison. The other two were each given eighteen months.",
      [["Lwazi Dlamini", ["Dlamini"]], "Thandeka Mokoena", "Sipho Nkosi"],
      ["Lwazi Dlamini|1095|prison|-", "Thandeka Mokoena|540|prison|-", "Sipho Nkosi|540|prison|-"],
    ],
    [
      "`while the remaining three`, same sentence",
      "The tribunal found union leaders Farida Haddad, Karim Mansour, Youssef Belkadi and Amina Tazi guilty. Haddad received four years' imprisonment, while the remaining three were sentenced to two years each.",
      [["Farida Haddad", ["Haddad"]], "Karim Mansour", "Youssef Belkadi", "Amina Tazi"],
      ["Farida Haddad|1460|prison|-", "Karim Mansour|730|prison|-", "Youssef Belkadi|730|prison|-", "Amina Tazi|730|prison|-"],
    ],
    [
      "`The others received`, a weak verb after a penalty",
      "A court convicted Rahim Uddin, Karim Hossain and Nasrin Akter. Rahim Uddin got five years in jail. The others received suspended terms of one year.",
      ["Rahim Uddin", "Karim Hossain", "Nasrin Akter"],
      ["Rahim Uddin|1825|prison|-", "Karim Hossain|365|suspended prison|-", "Nasrin Akter|365|suspended prison|-"],
    ],
    [
      "`Both the others`, suspended after the term",
      "The court tried Mehmet Kaya, Zeynep Arslan and Hasan Demir and sentenced Kaya to 30 months in prison. Both the others received ten months, suspended.",
      [["Mehmet Kaya", ["Kaya"]], "Zeynep Arslan", "Hasan Demir"],
      ["Mehmet Kaya|900|prison|-", "Zeynep Arslan|300|suspended prison|-", "Hasan Demir|300|suspended prison|-"],
    ],
  ] as const)("gives the rest of the list its penalty (%s)", (_, text, names, expected) => {
    expect(sentences(run(text, names.map((n) => (typeof n === "string" ? n : [n[0], [...n[1]]]))))).toEqual(expected);
  });

  it.each([
    [
      "`The two other organisers`, the count before `other` and any plural noun of people",
      "The court convicted Lwazi Dlamini, Thandeka Mokoena and Sipho Nkosi. Dlamini was sentenced to three years in prison. The two other organisers were each given eighteen months.",
      [["Lwazi Dlamini", ["Dlamini"]], "Thandeka Mokoena", "Sipho Nkosi"],
      ["Lwazi Dlamini|1095|prison|-", "Thandeka Mokoena|540|prison|-", "Sipho Nkosi|540|prison|-"],
      undefined,
    ],
    [
      "French `Les deux autres prévenus`",
      "Le tribunal a jugé Karim Benali, Sofia Amrani et Yacine Touati. Benali a été condamné à deux ans de prison. Les deux autres prévenus ont été condamnés à six mois de prison avec sursis.",
      [["Karim Benali", ["Benali"]], "Sofia Amrani", "Yacine Touati"],
      ["Karim Benali|730|prison|-", "Sofia Amrani|180|suspended prison|-", "Yacine Touati|180|suspended prison|-"],
      "fr",
    ],
    [
      "Spanish `Los otros dos acusados`",
      "El tribunal juzgó a Pedro Rojas, Ana Castillo y Luis Mora. Rojas fue condenado a tres años de prisión. Los otros dos acusados recibieron un año de prisión.",
      [["Pedro Rojas", ["Rojas"]], "Ana Castillo", "Luis Mora"],
      ["Pedro Rojas|1095|prison|-", "Ana Castillo|365|prison|-", "Luis Mora|365|prison|-"],
      "es",
    ],
  ] as const)("gives the rest its penalty whatever the order of count and `other` (%s)", (_, text, names, expected, language) => {
    expect(sentences(run(text, names.map((n) => (typeof n === "string" ? n : [n[0], [...n[1]]])), [], null, language))).toEqual(expected);
  });

  it("gives `the two remaining bloggers` the rest's fine", () => {
    const text = "Aziz Karimov, Dilnoza Yusupova and Botir Rashidov stood trial in Tashkent. Karimov was given five years; the two remaining bloggers were fined 20 million soums each.";
    expect(fines(run(text, [["Aziz Karimov", ["Karimov"]], "Dilnoza Yusupova", "Botir Rashidov"]))).toEqual(["Dilnoza Yusupova|20000000|UZS|-", "Botir Rashidov|20000000|UZS|-"]);
  });

  it.each([
    ["English", "The court sentenced Ivan Petrov to two years in prison, and Olga Smirnova and Pavel Orlov to one year each, suspended. Petrov was also fined 50,000 roubles, and the two other defendants 20,000 roubles each.", [["Ivan Petrov", ["Petrov"]], "Olga Smirnova", "Pavel Orlov"], undefined, ["Ivan Petrov|50000|RUB|-", "Olga Smirnova|20000|RUB|-", "Pavel Orlov|20000|RUB|-"]],
    ["French", "Le tribunal a condamné Karim Benali à deux ans de prison, et Sofia Amrani et Yacine Touati à un an avec sursis. Benali devra aussi payer une amende de 5 000 dinars, et les deux autres prévenus une amende de 2 000 dinars chacun.", [["Karim Benali", ["Benali"]], "Sofia Amrani", "Yacine Touati"], "fr", ["Karim Benali|5000|DZD|-", "Sofia Amrani|2000|DZD|-", "Yacine Touati|2000|DZD|-"]],
  ] as const)("gives a fine's rest the people not fined before it, though all were sentenced (%s)", (_, text, names, language, expected) => {
    expect(fines(run(text, names.map((n) => (typeof n === "string" ? n : [n[0], [...n[1]]])), [], null, language))).toEqual(expected);
  });

  it("gives a counted rest the letter never names to nobody, however many were penalised before (`The three other farmers`)", () => {
    const text = "In March the court jailed Nour Haddad for two years. In a later trial it convicted five farmers. Ram Thapa and Sita Gurung were each sentenced to two years in prison. The three other farmers received suspended sentences of one year each.";
    expect(sentences(run(text, ["Nour Haddad", "Ram Thapa", "Sita Gurung"]))).toEqual(["Nour Haddad|730|prison|-", "Ram Thapa|730|prison|-", "Sita Gurung|730|prison|-"]);
  });

  it("reads no rest in a plural noun of things (`The three other charges carry …`)", () => {
    const text = "The court convicted Lwazi Dlamini, Thandeka Mokoena and Sipho Nkosi. Dlamini was sentenced to three years in prison. The three other charges carry two years in prison each.";
    expect(sentences(run(text, [["Lwazi Dlamini", ["Dlamini"]], "Thandeka Mokoena", "Sipho Nkosi"]))).toEqual(["Lwazi Dlamini|1095|prison|-"]);
  });

  it.each([
    ["`The rest were fined … each`", "Judge Serik Abenov found activists Aigerim Nurlanova, Dauren Seitkali and Bolat Ermekov guilty. Nurlanova was given two years of restricted freedom. The rest were fined 100 MCI each.", [["Aigerim Nurlanova", ["Nurlanova"]], "Dauren Seitkali", "Bolat Ermekov"], ["Dauren Seitkali|100|monthly calculation index|-", "Bolat Ermekov|100|monthly calculation index|-"]],
    ["`the other accused were each ordered to pay`", "Tendai Moyo, Farai Chikore and Nyasha Banda were convicted. Moyo was jailed for two years; the other accused were each ordered to pay a fine of ZWL$5,000.", [["Tendai Moyo", ["Moyo"]], "Farai Chikore", "Nyasha Banda"], ["Farai Chikore|5000|ZWL|-", "Nyasha Banda|5000|ZWL|-"]],
  ] as const)("gives the rest a fine (%s)", (_, text, names, expected) => {
    expect(fines(run(text, names.map((n) => (typeof n === "string" ? n : [n[0], [...n[1]]]))))).toEqual(expected);
  });

  it.each([
    ["a counted rest the letter never names", "The court convicted Lwazi Dlamini and sentenced him to three years in prison. The other 40 workers were each given eighteen months.", ["Lwazi Dlamini"]],
    ["a rest whose names are withheld", "The court convicted Lwazi Dlamini, Thandeka Mokoena and Sipho Nkosi. Dlamini was sentenced to three years in prison. The other two defendants, whose names were withheld, were each given eighteen months.", [["Lwazi Dlamini", ["Dlamini"]], "Thandeka Mokoena", "Sipho Nkosi"]],
    ["a count that does not match the rest", "The court convicted Lwazi Dlamini, Thandeka Mokoena and Sipho Nkosi. Dlamini was sentenced to three years in prison. The other five were each given eighteen months.", [["Lwazi Dlamini", ["Dlamini"]], "Thandeka Mokoena", "Sipho Nkosi"]],
  ] as const)("gives nobody else (%s)", (_, text, names) => {
    expect(sentences(run(text, names.map((n) => (typeof n === "string" ? n : [n[0], [...n[1]]]))))).toEqual(["Lwazi Dlamini|1095|prison|-"]);
  });

  it("keeps `unlike the others, he …` with the person the pronoun stands for", () => {
    const text = "The court tried Kofi Mensah, Ama Owusu and Yaw Boateng. Mensah was sentenced to two years in prison. Unlike the others, he was also fined 3,000 cedis.";
    expect(fines(run(text, [["Kofi Mensah", ["Mensah"]], "Ama Owusu", "Yaw Boateng"]))).toEqual(["Kofi Mensah|3000|GHS|-"]);
  });
});

describe("penalties: defendants by place", () => {
  it("reads ordinals over a table's numbered rows (`The second and third accused were each fined`)", () => {
    const text = [
      "The magistrate sentenced the accused as follows:",
      "",
      "No.\tAccused\tPosition\tSentence",
      "1\tWambui Otieno\tchair\t10 months' imprisonment",
      "2\tPeter Kamau\tsteward\tsee below",
      "3\tMary Wanjiku\tsteward\tsee below",
      "",
      "The second and third accused were each fined KES 20,000. The court also jailed the second accused for four months.",
    ].join("\n");
    const r = run(text, ["Wambui Otieno", "Peter Kamau", "Mary Wanjiku"]);
    expect(fines(r)).toEqual(["Peter Kamau|20000|KES|-", "Mary Wanjiku|20000|KES|-"]);
    expect(sentences(r)).toContain("Peter Kamau|120|prison|-");
  });

  it("reads ordinals over a sentence's list (`while the second and third defendants received`)", () => {
    const text = "The Federal High Court convicted Chukwuma Obi, Aisha Bello and Emeka Nwosu of unlawful assembly. The first defendant was sentenced to two years in prison, while the second and third defendants received suspended terms of six months.";
    expect(sentences(run(text, ["Chukwuma Obi", "Aisha Bello", "Emeka Nwosu"]))).toEqual([
      "Chukwuma Obi|730|prison|-", "Aisha Bello|180|suspended prison|-", "Emeka Nwosu|180|suspended prison|-",
    ]);
  });

  it("reads `accused No. 1` after a fine and `accused Nos. 2 and 3` as the verb's object, over a numbered list", () => {
    const text = "The accused in the case were:\n1. Maria Santos, union president\n2. Jose Reyes, organiser\n3. Ana Cruz, treasurer\n\nThe court imposed a fine of PHP 50,000 on accused No. 1 and sentenced accused Nos. 2 and 3 to one year in prison each.";
    const r = run(text, ["Maria Santos", "Jose Reyes", "Ana Cruz"]);
    expect(fines(r)).toEqual(["Maria Santos|50000|PHP|-"]);
    expect(sentences(r)).toEqual(["Jose Reyes|365|prison|-", "Ana Cruz|365|prison|-"]);
  });

  it("shares out terms imposed `For the third and fourth accused` in order, suspended after", () => {
    const text = "Ruth Chebet, Daniel Mutua, Agnes Njeri and Paul Korir were convicted.\n\nFor the third and fourth accused, the magistrate imposed terms of six and four months respectively, but suspended both.";
    expect(sentences(run(text, ["Ruth Chebet", "Daniel Mutua", "Agnes Njeri", "Paul Korir"]))).toEqual([
      "Agnes Njeri|180|suspended prison|-", "Paul Korir|120|suspended prison|-",
    ]);
  });

  it.each([
    ["an ordinal beyond the list", "Nimal Perera and Kamala Fernando stood trial together. The third accused was fined Rs. 25,000."],
    ["no list before", "Nimal Perera stood trial. The second accused was fined Rs. 25,000."],
  ])("gives nobody (%s)", (_, text) => {
    expect(fines(run(text, ["Nimal Perera", "Kamala Fernando"]))).toEqual([]);
  });

  it("reads an ordinal that is no defendant as nothing of the kind (`At the third hearing, X was …`)", () => {
    const text = "The court convicted Kofi Mensah and Ama Owusu. At the third hearing, Mensah was sentenced to two years in prison. For the second time, the judge fined Owusu 3,000 cedis.";
    const r = run(text, [["Kofi Mensah", ["Mensah"]], ["Ama Owusu", ["Owusu"]]]);
    expect(sentences(r)).toEqual(["Kofi Mensah|730|prison|-"]);
    expect(fines(r)).toEqual(["Ama Owusu|3000|GHS|-"]);
  });
});

describe("penalties: a fine restated in other words", () => {
  it.each([
    ["`was ordered to pay the same amount`", "The court fined union secretary Rami Khalil JOD 500. His colleague Yousef Haddad was ordered to pay the same amount.", ["Rami Khalil", "Yousef Haddad"], ["Rami Khalil|500|JOD|-", "Yousef Haddad|500|JOD|-"]],
    ["`got an identical fine`", "In Basra, teacher Ali Hassan was fined 250,000 Iraqi dinars. Two days later organiser Zainab Kareem got an identical fine.", ["Ali Hassan", "Zainab Kareem"], ["Ali Hassan|250000|IQD|-", "Zainab Kareem|250000|IQD|-"]],
    ["`fined Y the same amount`", "The judge fined Samir Aziz 400 dinars in Amman, Jordan, and fined Lina Aziz the same amount.", ["Samir Aziz", "Lina Aziz"], ["Samir Aziz|400|JOD|-", "Lina Aziz|400|JOD|-"]],
  ] as const)("copies it (%s)", (_, text, names, expected) => {
    expect(fines(run(text, [...names]))).toEqual(expected);
  });

  it.each([
    ["`fined the same day`", "Ana Ruiz was fined 2,000 euros. Juan Soto was fined the same day for another protest.", ["Ana Ruiz", "Juan Soto"]],
    ["`fined Y the same week`", "Ana Ruiz was fined 2,000 euros. Police fined Juan Soto the same week.", ["Ana Ruiz", "Juan Soto"]],
  ] as const)("copies nothing from %s", (_, text, names) => {
    expect(fines(run(text, [...names]))).toEqual(["Ana Ruiz|2000|EUR|-"]);
  });

  it("copies a sentence restated as `an identical sentence`", () => {
    const text = "Vera Lind was sentenced to two years in prison. Her deputy, Anna Berg, received an identical sentence.";
    expect(sentences(run(text, ["Vera Lind", "Anna Berg"]))).toEqual(["Vera Lind|730|prison|-", "Anna Berg|730|prison|-"]);
  });
});

describe("penalties: audit of issue 12 items 1–3 (made-up wordings)", () => {
  it("shares a list of terms out to the names listed after them (`… on A, B and C respectively`)", () => {
    const text = "The judge imposed sentences of five, four and three years on Aliyu Bello, Musa Danjuma and Ibrahim Sani respectively.";
    expect(sentences(run(text, ["Aliyu Bello", "Musa Danjuma", "Ibrahim Sani"]))).toEqual([
      "Aliyu Bello|1825|prison|-", "Musa Danjuma|1460|prison|-", "Ibrahim Sani|1095|prison|-",
    ]);
  });

  it("gives `…, and all three were fined` to the three, not to the two named in its clause", () => {
    const text = "The Phnom Penh court jailed Sok Chea for 18 months. Her co-defendants Chan Dara and Keo Sophal received one year each, and all three were fined 4 million riel.";
    expect(fines(run(text, ["Sok Chea", "Chan Dara", "Keo Sophal"]))).toEqual(["Sok Chea|4000000|KHR|-", "Chan Dara|4000000|KHR|-", "Keo Sophal|4000000|KHR|-"]);
  });

  it("gives `Both were fined` to the two the sentence before convicts, not to the two penalised before them (h11b, session 11)", () => {
    const text = "The judge gave eight days of detention to Levan Beridze, and six days each to Giorgi Kapanadze and Zurab Lomidze. A fourth worker, Nana Gelashvili, and the union's coordinator Davit Tsereteli were found guilty of disobeying the police. Both were fined 5,000 lari.";
    expect(fines(run(text, ["Levan Beridze", "Giorgi Kapanadze", "Zurab Lomidze", "Nana Gelashvili", "Davit Tsereteli"]))).toEqual(["Nana Gelashvili|5000|GEL|-", "Davit Tsereteli|5000|GEL|-"]);
  });

  it("keeps `Both` with the two penalised when the sentence before convicts no two new people", () => {
    const text = "Giorgi Kapanadze and Zurab Lomidze were sentenced to six days each. The court found them guilty of hooliganism. Both were also fined 500 lari.";
    expect(fines(run(text, ["Giorgi Kapanadze", "Zurab Lomidze"]))).toEqual(["Giorgi Kapanadze|500|GEL|-", "Zurab Lomidze|500|GEL|-"]);
  });

  it("shares `Both were fined: X (about …) and Y (about …) respectively` out to the two (h11b, session 11)", () => {
    const text = "The court gave Jovanovic a suspended sentence of ten months and Petrovic a suspended sentence of six months. Both were fined: RSD 180,000 (about €1,540) and RSD 120,000 (about €1,025) respectively.";
    expect(fines(run(text, [["Milica Jovanovic", ["Jovanovic"]], ["Nemanja Petrovic", ["Petrovic"]]]))).toEqual(["Milica Jovanovic|180000|RSD|-", "Nemanja Petrovic|120000|RSD|-"]);
  });

  it("keeps `both` with the two it follows", () => {
    const text = "Sok Chea was jailed for 18 months. Chan Dara and Keo Sophal were both fined 4 million riel.";
    expect(fines(run(text, ["Sok Chea", "Chan Dara", "Keo Sophal"]))).toEqual(["Chan Dara|4000000|KHR|-", "Keo Sophal|4000000|KHR|-"]);
  });

  it.each([
    ["`juta` (million) glued after `Rp`", "Bayu Pratama and Sari Dewi were each fined Rp50 juta by the Bekasi court.", ["Bayu Pratama|50000000|IDR|-", "Sari Dewi|50000000|IDR|-"]],
    ["`ribu` (thousand)", "The court fined Bayu Pratama Rp750 ribu.", ["Bayu Pratama|750000|IDR|-"]],
  ])("reads Indonesian and Malay scale words (h11a, session 11): %s", (_, text, expected) => {
    expect(fines(run(text, ["Bayu Pratama", "Sari Dewi"]))).toEqual(expected);
  });

  it("reads no scale from `juta` as a name inside a word", () => {
    const text = "The court fined Bayu Pratama Rp5,000 at Jutaraya market.";
    expect(fines(run(text, ["Bayu Pratama"]))).toEqual(["Bayu Pratama|5000|IDR|-"]);
  });

  it("reads a lakh and leaves compensation in lakhs out", () => {
    const text = "The labour court fined union leader Rina Begum Tk 2 lakh and ordered the factory to pay Tk 5 lakh in compensation.";
    expect(fines(run(text, ["Rina Begum"]))).toEqual(["Rina Begum|200000|BDT|-"]);
  });
});
