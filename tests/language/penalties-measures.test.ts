/**
 * French and Spanish penalties whose numbers measure something else than a group or a term
 * (session 13, frpen13): a term's unit after a number French shares with English (`six mois`,
 * `3 ans`) counts no people; a count of days that measures a fine (`ochenta días multa`, `multa
 * de 300 días`) is no custodial term; a day-fine's rate with its stated total; an amount in words
 * repeated in figures; a list whose markers the reader dropped; a given name that reads like a verb.
 */
import { describe, expect, it } from "vitest";
import { processText } from "../../src/pipeline.js";
import { groupIn } from "../../src/resolve/penalties-groups.js";

async function penalties(text: string, id = "lettre.txt"): Promise<{ sentences: string[]; fines: string[] }> {
  const { result } = await processText(text, id);
  return {
    sentences: result.sentences.map((s) => `${s.person}|${s.kind ?? "-"}|${s.duration}`),
    fines: result.fines.map((f) => `${f.person}|${f.amount}|${f.currency ?? f.unit ?? "-"}|${f.money.map((m) => `${m.amount} ${m.currency}`).join(",")}`),
  };
}

describe("a number before a term's unit or a currency counts no people", () => {
  it("reads no counted group in `six mois`, `3 ans`, `5 millions de francs`, `4 meses`", () => {
    for (const lead of ["Ils ont été condamnés respectivement à six mois, quatre", "condamnés à 3 ans et à", "une amende de 5 millions de francs et", "condenados a 4 meses y"]) {
      expect(groupIn(lead, false)).toBeNull();
    }
  });

  it("still reads a counted group of people (`Six dockers`, `3 militants`)", () => {
    expect(groupIn("Six dockers ont été", false)?.size).toBe(6);
    expect(groupIn("3 militants ont été", false)?.size).toBe(3);
  });

  it("shares out a `respectivement` list after a plural pronoun whose names the sentence before gives (Morocco, Guatemala)", async () => {
    const morocco = await penalties(
      "Rabat, le 14 mars 2025\n\nLe tribunal a reconnu coupables trois de nos camarades : Said Amrani Bennis, secrétaire général du Syndicat des ouvriers agricoles (SOA), Nadia Ouazzani Tahiri, trésorière du même syndicat, et Omar Kettani Fassi, délégué chez Agrumes du Souss SA. Ils ont été condamnés respectivement à six mois, quatre mois et trois mois de prison ferme, et chacun à une amende de 5 000 dirhams.\n",
    );
    expect(morocco.sentences).toEqual(["Said Amrani Bennis|prison|P6M", "Nadia Ouazzani Tahiri|prison|P4M", "Omar Kettani Fassi|prison|P3M"]);
    expect(morocco.fines).toEqual(["Said Amrani Bennis|5000|MAD|", "Nadia Ouazzani Tahiri|5000|MAD|", "Omar Kettani Fassi|5000|MAD|"]);
    const guatemala = await penalties(
      "Ciudad de Guatemala, 3 de junio de 2025\n\nEl juzgado declaró culpables a Carlos Enrique Morales Caal, a Glenda Maribel Coc Caal y a Sergio Iván Chen Tiul. Fueron condenados respectivamente a 6 meses, 4 meses y 3 meses de prisión, y cada uno a una multa de 5.000 quetzales.\n",
    );
    expect(guatemala.sentences).toEqual(["Carlos Enrique Morales Caal|prison|P6M", "Glenda Maribel Coc Caal|prison|P4M", "Sergio Iván Chen Tiul|prison|P3M"]);
    expect(guatemala.fines).toEqual(["Carlos Enrique Morales Caal|5000|GTQ|", "Glenda Maribel Coc Caal|5000|GTQ|", "Sergio Iván Chen Tiul|5000|GTQ|"]);
  });
});

describe("a Spanish plural verb with no subject", () => {
  it("gives `Fueron condenados …` to the people the sentence before names, never a singular `Fue condenada` to both (Honduras)", async () => {
    const plural = await penalties(
      "Tegucigalpa, 8 de julio de 2025\n\nEl tribunal declaró culpables a Carlos Enrique Morales Caal y a Glenda Maribel Coc Caal. Recibieron respectivamente dos años y un año de prisión.\n",
    );
    expect(plural.sentences).toEqual(["Carlos Enrique Morales Caal|prison|P2Y", "Glenda Maribel Coc Caal|prison|P1Y"]);
    const singular = await penalties(
      "Tegucigalpa, 8 de julio de 2025\n\nEl tribunal absolvió a Carlos Enrique Morales Caal y escuchó a Glenda Maribel Coc Caal. Fue condenada a dos años de prisión.\n",
    );
    expect(singular.sentences.length).toBeLessThan(2);
  });
});

describe("day-fines: the count is no term, the rate and the total", () => {
  it("reads no custodial term in a day-fine's count, before or after the fine word (Bolivia, Nicaragua)", async () => {
    const { sentences, fines } = await penalties(
      "Sucre, 2 de marzo de 2026\n\nEl tribunal condenó a la dirigente Rosa Huanca Mamani a dos años de reclusión, cuya ejecución fue suspendida, y fue sancionada con noventa días multa a razón de Bs 20 por día, es decir Bs 1.800.\n\nEl juez impuso al dirigente Pedro Quispe Limachi seis años de prisión y multa de 300 días.\n",
    );
    expect(sentences).toEqual(["Rosa Huanca Mamani|suspended prison|P2Y", "Pedro Quispe Limachi|prison|P6Y"]);
    expect(fines).toEqual(["Rosa Huanca Mamani|90|day-fine|1800 BOB"]);
  });

  it("keeps the count of a day-fine with its rate `à raison de … par jour` and its stated total as money (France)", async () => {
    const { sentences, fines } = await penalties(
      "Lyon, le 4 avril 2025\n\nLe tribunal correctionnel a condamné M. Julien Marchand Roux à cent jours-amende à raison de 12 euros par jour, soit 1 200 euros.\n",
    );
    expect(sentences).toEqual([]);
    expect(fines).toEqual(["Julien Marchand Roux|100|day-fine|1200 EUR"]);
  });

  it("multiplies a rate with no stated total, and still reads a term of arrest beside a fine (Mexico, Cuba)", async () => {
    const mexico = await penalties("Oaxaca, 9 de mayo de 2025\n\nEl juez condenó a Ana Lucía Méndez Ruiz a 90 días-multa de 100 pesos mexicanos.\n");
    expect(mexico.fines).toEqual(["Ana Lucía Méndez Ruiz|9000|MXN|"]);
    const cuba = await penalties("La Habana, 10 de abril de 2024\n\nEl tribunal condenó a Osvaldo Ramírez Cruz a 90 días de arresto y a una multa de 2 000 CUP.\n");
    expect(cuba.sentences).toEqual(["Osvaldo Ramírez Cruz|detention|P90D"]);
    expect(cuba.fines).toEqual(["Osvaldo Ramírez Cruz|2000|CUP|"]);
  });
});

describe("an amount in words repeated in figures", () => {
  it("reads `deux cent mille (200 000) dirhams`, `cinco mil (5.000) quetzales` (Morocco, Guatemala)", async () => {
    const morocco = await penalties("Casablanca, le 3 mars 2025\n\nLe tribunal a condamné M. Youssef Benali Alaoui à une amende de deux cent mille (200 000) dirhams.\n");
    expect(morocco.fines).toEqual(["Youssef Benali Alaoui|200000|MAD|"]);
    const guatemala = await penalties("Cobán, 3 de junio de 2025\n\nEl juzgado impuso a Carlos Enrique Morales Caal una multa de cinco mil (5.000) quetzales.\n");
    expect(guatemala.fines).toEqual(["Carlos Enrique Morales Caal|5000|GTQ|"]);
  });

  it("reads no fine in a bail written the same way (Senegal)", async () => {
    const { fines } = await penalties("Dakar, le 3 mars 2025\n\nM. Cheikh Ousmane Fall a été libéré contre une caution de cinq cent mille (500 000) francs CFA.\n");
    expect(fines).toEqual([]);
  });
});

describe("a penalty list whose markers the reader dropped", () => {
  const intro = "Niamey, le 4 novembre 2024\n\nLe tribunal a prononcé les peines suivantes :\n\n";
  it("reads each item up to the last, told by the items' semicolons (Niger)", async () => {
    const { sentences, fines } = await penalties(
      `${intro}Moussa Issoufou Garba, secrétaire général du SNEN : trois ans d'emprisonnement ferme, et une amende de deux cent mille (200 000) francs CFA ;\n\nHadiza Amadou Souley, trésorière : dix-huit mois d'emprisonnement ;\n\nIbrahim Yacouba Sani et Rabi Oumarou Hamani, membres du bureau : six mois avec sursis chacun.\n`,
      "lettre.md",
    );
    expect(sentences).toEqual([
      "Moussa Issoufou Garba|prison|P3Y",
      "Hadiza Amadou Souley|prison|P18M",
      "Ibrahim Yacouba Sani|suspended prison|P6M",
      "Rabi Oumarou Hamani|suspended prison|P6M",
    ]);
    expect(fines).toEqual(["Moussa Issoufou Garba|200000|XOF|"]);
  });

  it("reads no item past a paragraph that closes on a full stop", async () => {
    const { sentences } = await penalties(
      `${intro}Moussa Issoufou Garba : trois ans d'emprisonnement ferme.\n\nLes deux syndicalistes ont fait appel de la décision.\n\nHadiza Amadou Souley, enseignante : dix-huit mois de grève sans salaire.\n`,
      "lettre.md",
    );
    expect(sentences).toEqual(["Moussa Issoufou Garba|prison|P3Y"]);
  });
});

describe("a given name is no request verb", () => {
  it("reads the term of `Pedro …`, not the prosecution's request (Peru)", async () => {
    const { sentences } = await penalties(
      "Lima, 5 de mayo de 2025\n\nEl juez impuso a Pedro Ramírez Coaquira cinco años de prisión. La Fiscalía pidió ocho años para Juana Pérez Mamani.\n",
    );
    expect(sentences).toEqual(["Pedro Ramírez Coaquira|prison|P5Y"]);
  });
});

describe("a headline's penalty restated by the body with its suspension", () => {
  it("keeps one suspended record for a headline's `prison` and the body's `avec sursis` (Mali)", async () => {
    const { sentences } = await penalties(
      "Mali : le syndicaliste Boubacar Keïta Traoré condamné à huit mois de prison\n\nBamako, le 5 mai 2025\n\nLe secrétaire général du syndicat, Boubacar Keïta Traoré, a été condamné à huit (8) mois d'emprisonnement assorti de sursis.\n",
    );
    expect(sentences).toEqual(["Boubacar Keïta Traoré|suspended prison|P8M"]);
  });

  it("keeps two records when a sentence, not a headline, states the firm term (Mali)", async () => {
    const { sentences } = await penalties(
      "Bamako, le 5 mai 2025\n\nLe 3 mars 2025, Boubacar Keïta Traoré a été condamné à huit mois de prison ferme.\n\nLe 2 mai 2025, la cour d'appel a condamné M. Keïta Traoré à huit mois avec sursis.\n",
    );
    expect(sentences).toEqual(["Boubacar Keïta Traoré|prison|P8M", "Boubacar Keïta Traoré|suspended prison|P8M"]);
  });
});

describe("what is no penalty beside a ruling, and the bolívar by its name", () => {
  it("reads the ruling only, not the prosecution's request, the maximum, a bail or damages (Côte d'Ivoire, Venezuela)", async () => {
    const ivory = await penalties(
      "Abidjan, le 10 octobre 2025\n\nLe tribunal a condamné M. Koffi Yao Kouamé à un an de prison avec sursis et à une amende de 300 000 francs CFA. Dans ses réquisitions, le procureur avait demandé trois ans de prison ferme et une amende d'un million de francs CFA. La peine maximale prévue est de cinq ans d'emprisonnement. M. Koffi Yao Kouamé avait été libéré contre une caution de 500 000 francs CFA. Il devra en outre verser 2 millions de francs CFA de dommages-intérêts à la société.\n",
    );
    expect(ivory).toEqual({ sentences: ["Koffi Yao Kouamé|suspended prison|P1Y"], fines: ["Koffi Yao Kouamé|300000|XOF|"] });
    const venezuela = await penalties(
      "Caracas, 10 de octubre de 2025\n\nEl tribunal condenó a José Gregorio Rivas Mendoza a tres años de prisión y a una multa de 500 bolívares. En sus alegatos, la fiscal había requerido siete años de cárcel. La pena máxima prevista es de diez años de prisión. José Gregorio Rivas Mendoza había salido bajo fianza de 2.000 bolívares y deberá pagar 10.000 bolívares por daños y perjuicios.\n",
    );
    expect(venezuela).toEqual({ sentences: ["José Gregorio Rivas Mendoza|prison|P3Y"], fines: ["José Gregorio Rivas Mendoza|500|VES|"] });
  });
});
