/**
 * French and Spanish penalties linked to their people in whole made-up letters (issue 12,
 * session 8): a later term given to the names after it (`y cuatro años a cada uno de los
 * delegados Sra. A y Sr. B`), a term with no kind word after a penalty word, probation
 * lengths, fines shared out by `respectivement`, CFA and bolívar signs, and what is no record.
 */
import { describe, expect, it } from "vitest";
import { processText } from "../../src/pipeline.js";

async function penalties(text: string): Promise<{ sentences: string[]; fines: string[] }> {
  const { result } = await processText(text, "lettre.txt");
  return {
    sentences: result.sentences.map((s) => `${s.person}|${s.kind ?? "-"}|${s.duration}`),
    fines: result.fines.map((f) => `${f.person}|${f.amount}|${f.currency ?? f.unit ?? "-"}`),
  };
}

describe("French and Spanish penalties in whole letters", () => {
  it("dates a later paragraph's penalties `dans la même affaire` by the ruling told before, not otherwise", async () => {
    const same = await penalties(
      "Dakar, le 20 novembre 2025\n\nDeux ans de prison ferme : c'est la peine prononcée le jeudi 13 novembre contre M. Ousmane Faye.\n\nLe parquet avait requis trois ans.\n\nDans la même affaire, Mme Binta Sall a été condamnée à six mois d'emprisonnement avec sursis.\n",
    );
    const { result } = await processText(
      "Dakar, le 20 novembre 2025\n\nDeux ans de prison ferme : c'est la peine prononcée le jeudi 13 novembre contre M. Ousmane Faye.\n\nLe parquet avait requis trois ans.\n\nDans la même affaire, Mme Binta Sall a été condamnée à six mois d'emprisonnement avec sursis.\n",
      "lettre.txt",
    );
    expect(same.sentences).toContain("Binta Sall|suspended prison|P6M");
    expect(result.sentences.filter((s) => s.person === "Binta Sall").map((s) => s.date)).toEqual(["2025-11-13"]);
    const other = await processText(
      "Dakar, le 20 novembre 2025\n\nDeux ans de prison ferme : c'est la peine prononcée le jeudi 13 novembre contre M. Ousmane Faye.\n\nLe parquet avait requis trois ans.\n\nMme Binta Sall a été condamnée à six mois d'emprisonnement avec sursis.\n",
      "lettre.txt",
    );
    expect(other.result.sentences.filter((s) => s.person === "Binta Sall").map((s) => s.date)).toEqual([null]);
  });

  it("records a suspended term, not its suspension's period (`assortis d'un sursis de deux ans`)", async () => {
    const { sentences } = await penalties(
      "Lubumbashi, le 3 mars 2026\n\nLes deux délégués, Mme Aline Kapinga et M. Didier Mukendi, ont écopé respectivement de dix mois et de quatre mois de servitude pénale, assortis d'un sursis de trois ans. M. Joseph Kalala a été condamné à un an de prison avec sursis simple de cinq ans.\n",
    );
    expect(sentences).toEqual(["Aline Kapinga|suspended prison|P10M", "Didier Mukendi|suspended prison|P4M", "Joseph Kalala|suspended prison|P1Y"]);
  });

  it("gives a later term to the names after it, past a form of address (Venezuela)", async () => {
    const { sentences } = await penalties(
      "Caracas, 3 de marzo de 2025\n\nEl juzgado impuso cinco años de prisión al presidente del sindicato, Sr. Héctor Manuel Guaicaipuro Salas, y cuatro años a cada uno de los delegados Sra. Rosa Elena Tovar Linares y Sr. Wilfredo José Azuaje.\n\nLa trabajadora Mariela Cecilia Bracho Urdaneta recibió la pena más severa: diecisiete años por traición.\n",
    );
    expect(sentences).toEqual([
      "Héctor Manuel Guaicaipuro Salas|prison|P5Y",
      "Rosa Elena Tovar Linares|prison|P4Y",
      "Wilfredo José Azuaje|prison|P4Y",
      "Mariela Cecilia Bracho Urdaneta|prison|P17Y",
    ]);
  });

  it("reads a suspended term, its probation and a fine each (Colombia)", async () => {
    const result = await penalties(
      "Bogotá, 2 de junio de 2024\n\nLos dirigentes Jhon Fredy Cárdenas Mosquera y Yesenia Paola Úsuga Restrepo recibieron 30 meses cada uno, con suspensión condicional de la ejecución de la pena por un período de prueba de tres años, y una multa de $8.000.000 cada uno.\n",
    );
    expect(result.sentences).toEqual([
      "Jhon Fredy Cárdenas Mosquera|suspended prison|P30M",
      "Yesenia Paola Úsuga Restrepo|suspended prison|P30M",
      "Jhon Fredy Cárdenas Mosquera|probation|P3Y",
      "Yesenia Paola Úsuga Restrepo|probation|P3Y",
    ]);
    expect(result.fines).toEqual(["Jhon Fredy Cárdenas Mosquera|8000000|COP", "Yesenia Paola Úsuga Restrepo|8000000|COP"]);
  });

  it("keeps a fine of one person apart from the next clause's `cada uno` (Argentina)", async () => {
    const { fines } = await penalties(
      "Buenos Aires, 9 de agosto de 2024\n\nEl tribunal oral condenó al delegado Matías Ezequiel Galván al pago de una multa de 150 unidades tributarias, y a los obreros Lautaro Benítez y Facundo Quiroga a una multa de 40.000 pesos cada uno.\n",
    );
    expect(fines).toEqual(["Matías Ezequiel Galván|150|tax unit", "Lautaro Benítez|40000|ARS", "Facundo Quiroga|40000|ARS"]);
  });

  it("gives a fine `chacun d'eux` / `cada uno de los condenados` to everyone penalised before (DR Congo, Guatemala)", async () => {
    const congo = await penalties(
      "Kinshasa, le 21 octobre 2024\n\nLe 9 octobre 2024, M. Jean Mukendi et M. Albert Kalala ont été condamnés à deux ans de prison. Mme Thérèse Kalala a écopé de dix-huit mois.\n\nChacun d'eux a également été condamné à une amende de 500.000 francs congolais, soit environ 175 dollars américains.\n",
    );
    expect(congo.fines).toEqual(["Jean Mukendi|500000|CDF", "Albert Kalala|500000|CDF", "Thérèse Kalala|500000|CDF"]);
    const guatemala = await penalties(
      "Ciudad de Guatemala, 3 de febrero de 2025\n\nEl tribunal condenó a Marvin Chacón a seis años de prisión y a Juan Tiul a tres años de prisión. Rosa Caal fue absuelta.\n\nAdemás, cada uno de los condenados deberá pagar una multa de Q10,000.00.\n",
    );
    expect(guatemala.fines).toEqual(["Marvin Chacón|10000|GTQ", "Juan Tiul|10000|GTQ"]);
  });

  it("gives a penalty in the present plural to every name of its subject (`écopent`, `reciben`; h10b)", async () => {
    const fr = await penalties(
      "Antananarivo, le 12 mai 2025\n\nSes deux collègues, la rédactrice Mme Lova Rabe et le reporter Tiana Ravelo, écopent de six mois avec sursis.\n",
    );
    expect(fr.sentences).toEqual(["Lova Rabe|suspended prison|P6M", "Tiana Ravelo|suspended prison|P6M"]);
    const es = await penalties("Lima, 3 de junio de 2025\n\nLos dirigentes Rosa Quispe y Mario Huamán reciben tres años de prisión.\n");
    expect(es.sentences).toEqual(["Rosa Quispe|prison|P3Y", "Mario Huamán|prison|P3Y"]);
  });

  it("shares out terms and fines `respectivement` (Belgium)", async () => {
    const result = await penalties(
      "Liège, le 4 juin 2024\n\nLes délégués Marc Vandermeulen et Aïcha El Amrani ont écopé respectivement de quatre mois et de deux mois de prison avec sursis. Ils ont aussi été condamnés respectivement à une amende de 600 euros et à une amende de 400 euros.\n",
    );
    expect(result.sentences).toEqual(["Marc Vandermeulen|suspended prison|P4M", "Aïcha El Amrani|suspended prison|P2M"]);
    expect(result.fines).toEqual(["Marc Vandermeulen|600|EUR", "Aïcha El Amrani|400|EUR"]);
  });

  it("reads day-fines at a daily rate, shared out (France)", async () => {
    const { sentences, fines } = await penalties(
      "Marseille, le 2 avril 2025\n\nLes deux grévistes, Lucas Fabre et Inès Haddad, ont été condamnés respectivement à 90 jours-amende à 10 euros et à 50 jours-amende de 12 euros.\n",
    );
    expect(sentences).toEqual([]);
    expect(fines).toEqual(["Lucas Fabre|900|EUR", "Inès Haddad|600|EUR"]);
  });

  it("reads CFA signs by the letter's country (Côte d'Ivoire, Cameroon)", async () => {
    const ivory = await penalties(
      "Abidjan, le 3 juin 2024\n\nLe directeur de publication, M. Konan Yao Serge-Alain, a été condamné à un an de prison ferme et à 3 millions de FCFA d'amende. La secrétaire de rédaction, Mme Akissi Brou, écope de six mois avec sursis et d'une amende de 1.500.000 F CFA.\n",
    );
    expect(ivory.fines).toEqual(["Konan Yao Serge-Alain|3000000|XOF", "Akissi Brou|1500000|XOF"]);
    const cameroon = await penalties(
      "Yaoundé, le 8 octobre 2024\n\nLe tribunal de première instance a condamné le syndicaliste Jean-Marie Ndzana Mbarga à deux ans d'emprisonnement avec sursis et à une amende de 750 000 F.CFA.\n",
    );
    expect(cameroon.fines).toEqual(["Jean-Marie Ndzana Mbarga|750000|XAF"]);
  });

  it("reads a fine in minimum wages, qualifiers in any order, with its peso equivalent (Colombia)", async () => {
    const { result } = await processText(
      "Bogotá, 9 de octubre de 2024\n\nEl juzgado condenó al Sr. Hernán Darío Pulido Rojas a 40 meses de prisión y multa de 15 salarios mínimos mensuales legales vigentes (unos 19 millones de pesos).\n",
      "carta.txt",
    );
    expect(result.fines.map((f) => [f.person, f.amount, f.unit, f.money])).toEqual([
      ["Hernán Darío Pulido Rojas", 15, "salario mínimo legal mensual vigente", [{ amount: 19000000, currency: "COP" }]],
    ]);
  });

  it("reads a fine in basic wages with its dollar equivalent, and a salary that is no unit (Ecuador)", async () => {
    const { result } = await processText(
      "Guayaquil, 3 de junio de 2025\n\nEl tribunal impuso a Marcos Vera Loor y a Ana Cedeño Mora una multa de tres salarios básicos unificados (US$ 1.410) cada uno. Su sueldo mensual es de 470 dólares.\n",
      "carta.txt",
    );
    expect(result.fines.map((f) => [f.person, f.amount, f.unit, f.money])).toEqual([
      ["Marcos Vera Loor", 3, "salario básico unificado", [{ amount: 1410, currency: "USD" }]],
      ["Ana Cedeño Mora", 3, "salario básico unificado", [{ amount: 1410, currency: "USD" }]],
    ]);
  });

  it("takes CFA francs of the country the fine's own paragraph names (Senegal, then Cameroon)", async () => {
    const { fines } = await penalties(
      "Dakar, le 14 novembre 2024\n\nAu Sénégal, le tribunal a condamné M. Abdou Diallo à une amende de 200 000 FCFA.\n\nAu Cameroun, le 28 octobre, le tribunal de Douala a condamné notre confrère Serge Mbida à un an d'emprisonnement avec sursis et à 500 000 FCFA d'amende.\n",
    );
    expect(fines).toEqual(["Abdou Diallo|200000|XOF", "Serge Mbida|500000|XAF"]);
  });

  it("finds no penalty in a request, a maximum, remand, a ban or a bail (Ecuador, Belgium)", async () => {
    const spanish = await penalties(
      "Quito, 5 de febrero de 2024\n\nLa Fiscalía pidió quince años para cada uno de los acusados, Marco Vinicio Andrango y Lucía Tupiza Cabascango. El dirigente Marco Vinicio Andrango estuvo detenido durante dos años sin juicio. El juez condenó a Lucía Tupiza Cabascango a seis años de inhabilitación para cargos públicos.\n",
    );
    expect(spanish).toEqual({ sentences: [], fines: [] });
    const french = await penalties(
      "Bruxelles, le 3 mai 2024\n\nLe parquet avait requis deux ans de prison contre Pierre Lambotte. Il risque jusqu'à cinq ans d'emprisonnement. M. Lambotte a été condamné à trois ans d'interdiction d'exercer. Libéré sous caution de 500 000 FCFA, il attend.\n",
    );
    expect(french).toEqual({ sentences: [], fines: [] });
  });
});

// Session 9 (frenes9): supervised release stated as the kind after its term, and the currency signs DT and L.
describe("probation as a term's kind, and the signs DT and L.", () => {
  it("reads `libertad vigilada`, `libertad a prueba`, `liberté surveillée` as probation, and a lempira fine in L.", async () => {
    const spanish = await penalties(
      "San Pedro Sula, 3 de mayo de 2025\n\nAl dirigente Kevin Josué Paz se le impuso un año de libertad vigilada. La periodista Ana Lucía Reyes fue condenada a dos años de libertad a prueba y a una multa de L. 25.000,00.\n",
    );
    expect(spanish.sentences).toEqual(["Kevin Josué Paz|probation|P1Y", "Ana Lucía Reyes|probation|P2Y"]);
    expect(spanish.fines).toEqual(["Ana Lucía Reyes|25000|HNL"]);
    const french = await penalties("Sousse, le 3 mai 2025\n\nLe délégué Karim Benali a été condamné à deux ans de liberté surveillée et à une amende de 1 500 DT. Le militant Slim Gharbi a été condamné à un an de prison avec sursis.\n");
    expect(french.sentences).toEqual(["Karim Benali|probation|P2Y", "Slim Gharbi|suspended prison|P1Y"]);
    expect(french.fines).toEqual(["Karim Benali|1500|TND"]);
  });
});

// Session 10 (frenes10): a probation named by itself, groups and plural object pronouns, a body fined.
describe("probation by itself, groups, plural pronouns and bodies fined", () => {
  it("reads a probation order shared by a counted group, and no fine of a union itself (Quebec)", async () => {
    const result = await penalties(
      "Montréal, le 5 mai 2025\n\nLa juge Hélène Tremblay a imposé au président du syndicat, M. Gaston Bérubé, une amende de 8 000 $. La secrétaire, Mme Awa Diop-Gauthier, et le trésorier, M. Luc Pelletier, se sont vu imposer chacun une amende de 2 000 $. Tous trois devront également se soumettre à une ordonnance de probation d'une durée de dix-huit mois.\n\nLe syndicat lui-même a été condamné à une amende de 150 000 $.\n",
    );
    expect(result.sentences).toEqual(["Gaston Bérubé|probation|P18M", "Awa Diop-Gauthier|probation|P18M", "Luc Pelletier|probation|P18M"]);
    expect(result.fines).toEqual(["Gaston Bérubé|8000|CAD", "Awa Diop-Gauthier|2000|CAD", "Luc Pelletier|2000|CAD"]);
  });

  it("reads `placés sous probation pendant`, `sujetos a un período de prueba de`, `libertad vigilada por un plazo de` (Belgium, Peru, Chile)", async () => {
    const belgium = await penalties("Bruxelles, le 8 octobre 2024\n\nLe tribunal correctionnel de Liège a condamné M. Pieter Janssens et Mme Fatima Benali à six mois de prison avec sursis. Tous deux sont en outre placés sous probation pendant trois ans.\n");
    expect(belgium.sentences).toEqual(["Pieter Janssens|suspended prison|P6M", "Fatima Benali|suspended prison|P6M", "Pieter Janssens|probation|P3Y", "Fatima Benali|probation|P3Y"]);
    const peru = await penalties("Lima, 10 de marzo de 2025\n\nEl juzgado condenó a los dirigentes Rosa Quispe Mamani y Hernán Flores Ccahuana a dos años de prisión. Ambos quedan sujetos a un período de prueba de un año.\n");
    expect(peru.sentences).toEqual(["Rosa Quispe Mamani|prison|P2Y", "Hernán Flores Ccahuana|prison|P2Y", "Rosa Quispe Mamani|probation|P1Y", "Hernán Flores Ccahuana|probation|P1Y"]);
    const chile = await penalties("Santiago, 2 de abril de 2025\n\nLa Corte condenó a Matías Soto Herrera a 300 días de presidio. Además, la Corte lo sometió a libertad vigilada por un plazo de dos años.\n");
    expect(chile.sentences).toEqual(["Matías Soto Herrera|prison|P300D", "Matías Soto Herrera|probation|P2Y"]);
  });

  it("gives a fine after a plural object pronoun to the people named before (Côte d'Ivoire, Peru, Switzerland)", async () => {
    const ivory = await penalties("Abidjan, le 2 avril 2025\n\nLe tribunal a condamné MM. Koffi Yao Serge et Amadou Bamba Touré respectivement à huit mois et à quatre mois de prison ferme. Le tribunal les a en outre condamnés chacun au paiement d'une amende de 500 000 FCFA.\n");
    expect(ivory.fines).toEqual(["Koffi Yao Serge|500000|XOF", "Amadou Bamba Touré|500000|XOF"]);
    const peru = await penalties("Cusco, 10 de marzo de 2025\n\nEl juzgado condenó a Rosa Quispe Mamani y Hernán Flores Ccahuana a dos años de prisión. Además, el tribunal les impuso a cada uno una multa de S/ 3.000.\n");
    expect(peru.fines).toEqual(["Rosa Quispe Mamani|3000|PEN", "Hernán Flores Ccahuana|3000|PEN"]);
    const swiss = await penalties("Genève, le 14 novembre 2024\n\nLe Tribunal de police a reconnu coupables MM. Nicolas Favre et Yves Rochat. Il les a condamnés chacun à une amende de 1 500 francs.\n");
    expect(swiss.fines).toEqual(["Nicolas Favre|1500|CHF", "Yves Rochat|1500|CHF"]);
  });

  it("gives `chacun d'eux` its people past a later `ils` (DR Congo)", async () => {
    const { fines } = await penalties(
      "Lubumbashi, le 4 mars 2025\n\nMM. Jean Ilunga Banza et Paul Kasongo ont été condamnés à un an de servitude pénale. Mme Rose Mwamba a écopé de six mois, et M. Éric Kalenga de trois mois.\n\nChacun d'eux a aussi été condamné à une amende de 200.000 francs congolais, à défaut de quoi ils subiront une contrainte par corps d'un mois.\n",
    );
    expect(fines).toEqual(["Jean Ilunga Banza|200000|CDF", "Paul Kasongo|200000|CDF", "Rose Mwamba|200000|CDF", "Éric Kalenga|200000|CDF"]);
  });

  it("gives no fine of a company to a person, but keeps one of a body's officer (Mexico, Morocco, Senegal)", async () => {
    const mexico = await penalties("Ciudad de México, 4 de junio de 2025\n\nEl juez sentenció a Juan Carlos Méndez Ruiz a tres años de prisión y a una multa de 40.000 pesos. La empresa Transportes del Bajío fue sancionada con una multa de 900.000 pesos.\n");
    expect(mexico.fines).toEqual(["Juan Carlos Méndez Ruiz|40000|MXN"]);
    const morocco = await penalties("Casablanca, le 3 juin 2025\n\nLa présidente de l'association, Mme Nadia Alami, a été condamnée à une amende de 5 000 dirhams. Le tribunal a condamné la société à une amende de 50 000 dirhams.\n");
    expect(morocco.fines).toEqual(["Nadia Alami|5000|MAD"]);
    const senegal = await penalties("Dakar, le 3 juin 2025\n\nLe directeur du journal, M. Moussa Ndiaye, a été condamné à une amende de 300 000 FCFA.\n");
    expect(senegal.fines).toEqual(["Moussa Ndiaye|300000|XOF"]);
  });

  it("gives a term to a definite plural of people as the verb's object (Ecuador, Bolivia, Burkina Faso)", async () => {
    const ecuador = await penalties("Quito, 16 de enero de 2018\n\nUn tribunal sentenció a ocho meses de prisión al dirigente Nantu Wampiu y al líder indígena Tsamaraint Ankuash. Anteriormente, en agosto de 2013, un tribunal de primera instancia había sentenciado a los líderes indígenas a 12 años de cárcel por terrorismo.\n");
    expect(ecuador.sentences).toEqual(["Nantu Wampiu|prison|P8M", "Tsamaraint Ankuash|prison|P8M", "Nantu Wampiu|prison|P12Y", "Tsamaraint Ankuash|prison|P12Y"]);
    const bolivia = await penalties("La Paz, 3 de junio de 2024\n\nLas trabajadoras Rosa Mamani Choque y Elena Condori Apaza fueron detenidas en marzo. En mayo, el juez condenó a las trabajadoras a dos años de prisión.\n");
    expect(bolivia.sentences).toEqual(["Rosa Mamani Choque|prison|P2Y", "Elena Condori Apaza|prison|P2Y"]);
    const burkina = await penalties("Ouagadougou, le 3 juin 2025\n\nNos camarades Salif Kaboré et Adama Zongo ont été arrêtés le 2 mai. Le tribunal a condamné les syndicalistes à six mois de prison ferme.\n");
    expect(burkina.sentences).toEqual(["Salif Kaboré|prison|P6M", "Adama Zongo|prison|P6M"]);
  });

  it("gives a court's later fine to all who shared the penalty before, one person's to that one (Ecuador, Senegal)", async () => {
    const shared = await penalties("Quito, 16 de enero de 2018\n\nEl tribunal sentenció a ocho meses de prisión al dirigente Nantu Wampiu y al líder Tsamaraint Ankuash. El tribunal redujo la pena y estableció una multa de USD 44.\n");
    expect(shared.fines).toEqual(["Nantu Wampiu|44|USD", "Tsamaraint Ankuash|44|USD"]);
    const own = await penalties("Dakar, le 3 juin 2025\n\nLe tribunal a condamné M. Ousmane Faye à trois mois de prison avec sursis. Mme Binta Sall a été relaxée. Le tribunal a aussi prononcé une amende de 100 000 FCFA.\n");
    expect(own.fines).toEqual(["Ousmane Faye|100000|XOF"]);
  });

  it("finds no probation in a probation officer's work or a prosecutor's request (France, Argentina)", async () => {
    const french = await penalties("Lille, le 3 mai 2024\n\nL'agent de probation a suivi M. Hugo Lemaire pendant deux ans. Le parquet avait requis une probation de trois ans contre M. Lemaire.\n");
    expect(french.sentences).toEqual([]);
    const spanish = await penalties("Rosario, 3 de mayo de 2024\n\nLa fiscal pidió un período de prueba de dos años para Lautaro Benítez. El delito de daños está sancionado con libertad vigilada de uno a tres años.\n");
    expect(spanish.sentences).toEqual([]);
  });
});

// Session 12 (frenes12): made-up paraphrases of causes read in heldout11's French and Spanish letters.
describe("a suspension's own period and a subject past an aside naming a colleague", () => {
  it("reads no term in the period of a suspension attached to the terms before it (DR Congo, Congo)", async () => {
    const { sentences } = await penalties(
      "Lubumbashi, le 4 février 2026\n\nLe tribunal a condamné les deux délégués, Mme Béatrice Kalenga Mwema et M. Joseph Ngoy Banza, respectivement à dix mois et à quatre mois de servitude pénale, assortis d'un sursis de trois ans.\n",
    );
    expect(sentences).toEqual(["Béatrice Kalenga Mwema|suspended prison|P10M", "Joseph Ngoy Banza|suspended prison|P4M"]);
  });

  it("still reads a suspended term written `avec sursis` (France)", async () => {
    const { sentences } = await penalties("Lyon, le 4 février 2026\n\nLe délégué Karim Bensaïd a été condamné à huit mois de prison avec sursis.\n");
    expect(sentences).toEqual(["Karim Bensaïd|suspended prison|P8M"]);
  });

  it("still reads a bare `un sursis de dix-huit mois` as the suspended term (the French press's wording)", async () => {
    const { sentences } = await penalties("Lyon, le 4 février 2026\n\nLe délégué Karim Bensaïd a été condamné le 2 février à un sursis de dix-huit mois.\n");
    expect(sentences).toEqual(["Karim Bensaïd|suspended prison|P18M"]);
  });

  it("gives the penalty to the subject, not to the colleague named in its aside (Honduras, Senegal)", async () => {
    const spanish = await penalties(
      "San Pedro Sula, 3 de marzo de 2026\n\nEl dirigente Sr. Wilmer Antonio Reyes Paz fue condenado a tres años de prisión. Un segundo dirigente, Sr. Noé Bustillo, compañero de Reyes Paz en la junta directiva, fue condenado a un año de prisión y al pago de una multa de diez mil lempiras.\n",
    );
    expect(spanish.sentences).toEqual(["Wilmer Antonio Reyes Paz|prison|P3Y", "Noé Bustillo|prison|P1Y"]);
    expect(spanish.fines).toEqual(["Noé Bustillo|10000|HNL"]);
    const french = await penalties(
      "Dakar, le 3 mars 2026\n\nLe secrétaire général, M. Ousmane Ba Diallo, a été condamné à deux ans de prison. Son adjoint, M. Pape Sarr, collègue de Ba Diallo au bureau, a été condamné à six mois de prison.\n",
    );
    expect(french.sentences).toEqual(["Ousmane Ba Diallo|prison|P2Y", "Pape Sarr|prison|P6M"]);
  });
});

describe("both surnames of a three-word Spanish name as a later mention", () => {
  it("gives an earlier fine to the person the two surnames name (Cuba)", async () => {
    const { sentences, fines } = await penalties(
      "Santa Clara, 12 de julio de 2025\n\nEl Sr. Yusniel Carmona Ledesma fue condenado a tres años de privación de libertad.\n\nCarmona Ledesma ya había sido multado con 1 500 CUP en enero de 2024, según su madre.\n",
    );
    expect(sentences).toEqual(["Yusniel Carmona Ledesma|prison|P3Y"]);
    expect(fines).toEqual(["Yusniel Carmona Ledesma|1500|CUP"]);
  });
});

describe("a French penalty of `sa peine` in a clause naming nobody (session 22)", () => {
  it("gives the reduced term to the person named before", async () => {
    const found = await penalties(
      "Toamasina, le 20 août 2025\n\nLe journaliste Hery Andriamanga a été condamné en 2024 à trois ans de prison ferme. Le 12 août 2025, la cour d'appel a réduit sa peine à un an ferme.\n",
    );
    expect(found.sentences).toEqual(["Hery Andriamanga|prison|P3Y", "Hery Andriamanga|prison|P1Y"]);
  });

  it("reads no one's penalty from a possessive that is no penalty's, nor with no one named before", async () => {
    const none = await penalties("Toamasina, le 20 août 2025\n\nLa cour d'appel a réduit sa peine à un an ferme, selon le communiqué.\n");
    expect(none.sentences).toEqual([]);
    const other = await penalties(
      "Toamasina, le 20 août 2025\n\nÀ sa sortie, le journaliste Hery Andriamanga a appris que Mme Lalao Rasoa avait été condamnée à deux ans de prison ferme.\n",
    );
    expect(other.sentences).toEqual(["Lalao Rasoa|prison|P2Y"]);
  });
});
