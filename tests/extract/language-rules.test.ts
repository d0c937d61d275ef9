/**
 * The rules that read French and Spanish through a vocabulary: `sentences/language-term`,
 * `fines/language-amount`, `dates/language-month`, and `dates/calendar` with chrono's fr/es
 * parsers. Made-up sentences, each rule shown in each language: what to find and what not.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../src/extract/context.js";
import { extract } from "../../src/extract/index.js";
import { dateExtractors } from "../../src/extract/dates/index.js";
import { fineExtractors } from "../../src/extract/fines/index.js";
import { sentenceExtractors } from "../../src/extract/sentences/index.js";
import type { Extractor } from "../../src/extract/types.js";
import { processText } from "../../src/pipeline.js";

function sentences(text: string, language: string): string[] {
  const context = createContext(text, { dateOrder: "auto", language });
  return extract(context, sentenceExtractors as Extractor[]).map((c) => {
    if (c.type !== "sentence") throw new Error("not a sentence");
    return `${c.rule}|${c.text}|${c.kind ?? "-"}|${c.duration}`;
  });
}

function fines(text: string, language: string): string[] {
  const context = createContext(text, { dateOrder: "auto", language });
  return extract(context, fineExtractors as Extractor[]).map((c) => {
    if (c.type !== "fine") throw new Error("not a fine");
    return `${c.rule}|${c.text}|${c.amount}|${c.currency ?? "-"}|${c.each}`;
  });
}

function dates(text: string, language: string): string[] {
  const context = createContext(text, { dateOrder: "auto", language });
  return extract(context, dateExtractors as Extractor[]).map((c) => {
    if (c.type !== "date") throw new Error("not a date");
    return `${c.text}|${c.year ?? "-"}-${c.month}-${c.day ?? "-"}`;
  }).filter((d, i, all) => all.indexOf(d) === i); // one per span, as resolve merges them
}

const T = "sentences/language-term";

describe("sentences/language-term finds", () => {
  it.each([
    ["fr", "Le tribunal a condamné Lina Varga à deux ans de prison ferme.", [`${T}|condamné Lina Varga à deux ans de prison ferme|prison|P2Y`]],
    // Session 17: a list a ruling word introduces (`la décision suivante :`) states its penalties item by item.
    ["fr", "Le tribunal a rendu la décision suivante :\n- Odile Kaboré, secrétaire : huit mois avec sursis ;\n- Yves Sanou, trésorier : relaxé.", [`${T}|Odile Kaboré, secrétaire : huit mois avec sursis|suspended prison|P8M`]],
    ["es", "El tribunal dictó la siguiente sentencia:\n- Rosa Caal, tesorera: dieciocho meses;\n- Juan Tiul, vocal: absuelto.", [`${T}|Rosa Caal, tesorera: dieciocho meses|prison|P18M`]],
    ["fr", "Elle a écopé de six mois de prison avec sursis.", [`${T}|écopé de six mois de prison avec sursis|suspended prison|P6M`]],
    ["fr", "Il a été condamné à 15 jours de détention administrative.", [`${T}|condamné à 15 jours de détention administrative|administrative detention|P15D`]],
    ["fr", "Une peine de cinq (5) mois d’emprisonnement assortie de sursis a été prononcée.", [`${T}|peine de cinq (5) mois d’emprisonnement assortie de sursis|suspended prison|P5M`]],
    ["fr", "Les deux militants ont été condamnés respectivement à trois ans et à un an de prison.", [`${T}|condamnés respectivement à trois ans|prison|P3Y`, `${T}|condamnés respectivement à trois ans et à un an de prison|prison|P1Y`]],
    ["es", "El juez condenó a Tomás Ibarra a tres años de prisión.", [`${T}|condenó a Tomás Ibarra a tres años de prisión|prison|P3Y`]],
    ["es", "Fue sentenciada a dos años y seis meses de cárcel.", [`${T}|sentenciada a dos años y seis meses de cárcel|prison|P2Y6M`]],
    ["es", "Le impusieron una pena de seis meses de arresto domiciliario.", [`${T}|pena de seis meses de arresto domiciliario|house arrest|P6M`]],
    // Note: session 22 (word22) records the firm part besides the whole (docs/penalties.md "Session 22 (word)").
    ["fr", "Elle a été condamnée à un an de prison, dont six mois ferme.", [`${T}|condamnée à un an de prison|prison|P1Y`, `${T}|, dont six mois ferme|prison|P6M`]],
    ["es", "Fue condenado a tres años de cárcel, de los cuales dos años en firme.", [`${T}|condenado a tres años de cárcel|prison|P3Y`]],
    ["es", "Fue condenado a un año de prisión en suspenso.", [`${T}|condenado a un año de prisión en suspenso|suspended prison|P1Y`]],
    // Issue 18 paraphrase audit (session 7): numbers in words, a bare `ferme`, kinds, lists sharing a unit.
    ["fr", "Elle s’est vu infliger quarante-cinq jours de prison ferme.", [`${T}|infliger quarante-cinq jours de prison ferme|prison|P45D`]],
    ["fr", "Le tribunal de paix l'a condamné à deux ans de servitude pénale principale.", [`${T}|condamné à deux ans de servitude pénale|prison|P2Y`]],
    ["es", "El juzgado lo condenó a cuatro años de pena privativa de libertad suspendida.", [`${T}|condenó a cuatro años de pena privativa de libertad suspendida|suspended prison|P4Y`]],
    ["es", "Ambos recibieron tres años y seis meses de pena suspendida cada uno.", [`${T}|recibieron tres años y seis meses de pena suspendida|suspended prison|P3Y6M`]],
    ["es", "Fue condenado a cinco años de pena privativa de la libertad.", [`${T}|condenado a cinco años de pena privativa de la libertad|prison|P5Y`]],
    // Session 9 (h9a): list items under an introduction that names the penalty; a relative clause that suspends.
    ["es", "La jueza impuso las siguientes penas:\n\n- al secretario general, Sr. Mario Tzoc, seis años de prisión;\n- a la compañera Ana Caal, cuatro años de prisión, cuya ejecución quedó suspendida;",
      [`${T}|al secretario general, Sr. Mario Tzoc, seis años de prisión|prison|P6Y`, `${T}|a la compañera Ana Caal, cuatro años de prisión, cuya ejecución quedó suspendida|suspended prison|P4Y`]],
    ["fr", "Le tribunal a prononcé les peines suivantes :\n• M. Paul Ndiaye, deux ans d'emprisonnement ;\n• Mme Awa Sarr, six mois avec sursis.",
      [`${T}|M. Paul Ndiaye, deux ans d'emprisonnement|prison|P2Y`, `${T}|Mme Awa Sarr, six mois avec sursis|suspended prison|P6M`]],
    ["fr", "Reconnu coupable, il écope de trois mois ferme.", [`${T}|écope de trois mois ferme|prison|P3M`]],
    ["fr", "Il a été condamné à vingt et un mois de prison.", [`${T}|condamné à vingt et un mois de prison|prison|P21M`]],
    ["fr", "Elle a écopé de huit mois de prison, dont deux avec sursis.", [`${T}|écopé de huit mois de prison|prison|P8M`]],
    ["fr", "Le juge leur a infligé respectivement deux ans et dix-huit mois de prison.", [`${T}|infligé respectivement deux ans|prison|P2Y`, `${T}|infligé respectivement deux ans et dix-huit mois de prison|prison|P18M`]],
    ["fr", "Il purge trois ans de travail correctionnel.", [`${T}|purge trois ans de travail correctionnel|corrective labour|P3Y`]],
    ["es", "Fue sancionada a tres años de limitación de libertad.", [`${T}|sancionada a tres años de limitación de libertad|restricted freedom|P3Y`]],
    ["es", "Lo sancionaron a un año de privación de libertad subsidiada por trabajo correccional.", [`${T}|sancionaron a un año de privación de libertad subsidiada por trabajo correccional|corrective labour|P1Y`]],
    ["es", "Les fijó penas de tres y dos años de cárcel, respectivamente.", [`${T}|penas de tres|prison|P3Y`, `${T}|penas de tres y dos años de cárcel|prison|P2Y`]],
    ["es", "Recibió una condena de treinta y cinco días de arresto.", [`${T}|condena de treinta y cinco días de arresto|detention|P35D`]],
    ["es", "La condenó a dos años y medio de cumplimiento efectivo.", [`${T}|condenó a dos años y medio de cumplimiento efectivo|prison|P2Y6M`]],
    // Issue 12 paraphrases (session 8): a term with no kind word takes the one before, else a long one is prison;
    // a probation's length is a `probation` term; `et de` lists; `recibir`/`recevoir` as penalty verbs.
    ["es", "El juez impuso cinco años de prisión a Rosa Tovar, y cuatro años a cada uno de los otros dos.", [`${T}|impuso cinco años de prisión|prison|P5Y`, `${T}|cuatro años|prison|P4Y`]],
    ["es", "El cuarto acusado recibió la pena más severa: diecisiete años por sabotaje.", [`${T}|pena más severa: diecisiete años|prison|P17Y`]],
    ["es", "Los dos recibieron 30 meses cada uno, con suspensión condicional por un período de prueba de tres años.", [`${T}|recibieron 30 meses cada uno, con suspensión condicional|suspended prison|P30M`, `${T}|período de prueba de tres años|probation|P3Y`]],
    ["fr", "Ils ont chacun été condamnés à huit mois avec sursis probatoire pendant dix-huit mois.", [`${T}|condamnés à huit mois avec sursis|suspended prison|P8M`, `${T}|sursis probatoire pendant dix-huit mois|probation|P18M`]],
    ["fr", "Il a écopé de quatre mois de prison assortis d'un sursis avec mise à l'épreuve de deux ans.", [`${T}|écopé de quatre mois de prison assortis d'un sursis|suspended prison|P4M`, `${T}|mise à l'épreuve de deux ans|probation|P2Y`]],
    ["fr", "Ils ont écopé respectivement de quatre mois et de deux mois de prison avec sursis.", [`${T}|écopé respectivement de quatre mois|suspended prison|P4M`, `${T}|écopé respectivement de quatre mois et de deux mois de prison avec sursis|suspended prison|P2M`]],
    ["fr", "Son camarade a reçu six mois de prison avec sursis à Casablanca.", [`${T}|reçu six mois de prison avec sursis|suspended prison|P6M`]],
    ["fr", "Le délégué a été condamné à deux ans à Douala.", [`${T}|condamné à deux ans|prison|P2Y`]],
    // Session 13 (h13a): two number words under a hundred side by side are two numbers (`cada uno` + the
    // term), a hundred or a scale still joins (`ciento veinte`, `deux cent quarante`).
    ["es", "Las dos sindicalistas recibieron cada una tres meses de arresto domiciliario.", [`${T}|recibieron cada una tres meses de arresto domiciliario|house arrest|P3M`]],
    ["es", "Ambos recibieron cada uno cuatro años de prisión.", [`${T}|recibieron cada uno cuatro años de prisión|prison|P4Y`]],
    ["es", "Fue condenado a ciento veinte días de arresto.", [`${T}|condenado a ciento veinte días de arresto|detention|P120D`]],
    ["fr", "Il a été condamné à deux cent quarante jours de prison.", [`${T}|condamné à deux cent quarante jours de prison|prison|P240D`]],
    // A `jusqu'à` bounds only the term right after it.
    ["fr", "Détenu jusqu'à son procès, il a été condamné à deux ans de prison.", [`${T}|condamné à deux ans de prison|prison|P2Y`]],
  ])("%s: %s", (language, text, expected) => {
    expect(sentences(text, language)).toEqual(expected);
  });
});

describe("sentences/language-term ignores", () => {
  it.each([
    ["fr", "Le parquet avait requis quatre ans de prison ferme contre lui."],
    ["fr", "Le syndicat a rendu publique la décision suivante :\n- Odile Kaboré, secrétaire : 24 mois de mandat ;\n- Yves Sanou, trésorier : deux ans de mandat."],
    ["fr", "Le tribunal a rendu la décision suivante :\n- Odile Kaboré, secrétaire : relaxée ;\n- Yves Sanou, trésorier : relaxé.\nLe parquet avait requis 36 mois ferme contre Mme Kaboré et 24 mois contre M. Sanou."],
    ["fr", "Il risque jusqu’à dix ans de prison."],
    ["fr", "Les faits reprochés sont punis d'une peine pouvant aller jusqu'à cinq ans d'emprisonnement."],
    ["fr", "Le code pénal prévoit pour ce délit une peine allant jusqu’à trois ans de prison."],
    ["fr", "Il est en détention depuis deux ans sans jugement."],
    ["es", "El juez ordenó seis meses de prisión preventiva para Tomás Ibarra."],
    ["es", "La fiscalía pidió cinco años de cárcel para ella."],
    ["es", "Las penas oscilan entre 14 y 27 años de cárcel según el código."],
    ["es", "Estuvo detenido durante tres años antes del juicio."],
    ["es", "Las penas pedidas van entre 14 y 27 años de cárcel."],
    // Issue 12 (session 8): a term with no kind word that measures something else, a short one with nothing before, a day-fine.
    ["fr", "M. Lambotte a été condamné à trois ans d'interdiction d'exercer."],
    ["es", "El juez condenó a Lucía Tupiza a seis años de inhabilitación para cargos públicos."],
    ["es", "La organización recibió dos años de financiación de la fundación."],
    ["fr", "Il a été condamné à dix jours, selon son avocat."],
    ["fr", "Ils ont été condamnés à 60 jours-amende à 15 euros."],
    ["es", "La Fiscalía pidió quince años para cada uno de los acusados."],
    ["fr", "Le parquet avait requis six mois avec sursis probatoire pendant deux ans."],
    // Session 9 (h9a): a list not introduced by a penalty word; a law's range.
    ["es", "Los trabajadores exigían lo siguiente:\n- dos años de antigüedad reconocidos;\n- seis meses de salario atrasado."],
    ["es", "El delito de usurpación está sancionado con prisión de dos a seis años."],
    ["fr", "Le délit est puni d'une peine de deux à cinq ans d'emprisonnement."],
    // Session 10: a law's range from any number phrase (numbers.ts); a probation that is requested or a law's.
    ["fr", "Ce crime est passible d'une peine de vingt-cinq à trente ans de réclusion."],
    ["es", "El secuestro se castiga con prisión de veinticinco a cuarenta años."],
    ["es", "La ley prevé una pena de un a tres años de prisión."],
    ["fr", "Le procureur a réclamé une probation de trois ans pour M. Roux."],
    // Session 9 (h9a): a time limit to pay is no term.
    ["fr", "Il a été condamné à une amende de 500 euros, payable dans les huit jours."],
    ["es", "Fue condenada a una multa de 300 euros pagadera dentro de los diez días."],
  ])("%s: %s", (language, text) => {
    expect(sentences(text, language).filter((s) => s.startsWith(T))).toEqual([]);
  });
  it("reads no year before `, a` as a term of a list (el 15 de enero de 2018, a ocho meses)", () => {
    expect(sentences("El tribunal sentenció, el 15 de enero de 2018, a ocho meses de prisión al dirigente.", "es").map((s) => s.split("|")[3])).toEqual(["P8M"]);
  });
  it("does not read French or Spanish in an English document", () => {
    expect(sentences("Lina Varga a été condamnée à deux ans de prison.", "en")).toEqual([]);
  });
});

const F = "fines/language-amount";

describe("fines/language-amount finds", () => {
  it.each([
    ["fr", "Il a été condamné à une amende de 500 000 francs CFA par le tribunal de Dakar.", [`${F}|amende de 500 000 francs CFA|500000|XOF|false`]],
    ["fr", "Resté libre jusqu'à l'audience, il a été condamné à une amende de 300 euros.", [`${F}|amende de 300 euros|300|EUR|false`]],
    ["fr", "Ils ont reçu 600 euros d’amende chacun.", [`${F}|600 euros d’amende|600|EUR|true`]],
    ["fr", "Une amende d’un million GNF lui a été infligée.", [`${F}|amende d’un million GNF|1000000|GNF|false`]],
    ["fr", "Il devra payer une amende de 200 000 dinars (1 250 euros) en Algérie.", [`${F}|amende de 200 000 dinars (1 250 euros)|200000|DZD|false`]],
    ["es", "El tribunal le impuso una multa de 20.000 pesos en Colombia.", [`${F}|multa de 20.000 pesos|20000|COP|false`]],
    ["es", "Ambos pagarán una multa de USD 44.", [`${F}|multa de USD 44|44|USD|true`]],
    ["es", "Recibió una multa de 1.500,50 euros.", [`${F}|multa de 1.500,50 euros|1500.5|EUR|false`]],
    // Issue 18 paraphrase audit (session 7): amounts in words, a country's adjective, cuotas and their equivalent.
    ["fr", "Il devra payer une amende de cinq cent mille francs CFA à Cotonou, au Bénin.", [`${F}|amende de cinq cent mille francs CFA|500000|XOF|false`]],
    ["fr", "Elle a reçu une amende de mille dinars en Tunisie.", [`${F}|amende de mille dinars|1000|TND|false`]],
    ["es", "Deberá pagar una multa de 2 500 pesos cubanos.", [`${F}|multa de 2 500 pesos cubanos|2500|CUP|false`]],
    ["es", "Se le impuso una multa de doscientas cuotas.", [`${F}|multa de doscientas cuotas|200|-|false`]],
    ["es", "Ambos pagarán una multa de 150 cuotas de 20 pesos, es decir, 3.000 CUP.", [`${F}|multa de 150 cuotas de 20 pesos, es decir, 3.000 CUP|150|-|true`]],
    ["es", "Le impusieron una multa de quinientos mil pesos en Colombia.", [`${F}|multa de quinientos mil pesos|500000|COP|false`]],
    // Issue 12 paraphrases (session 8): CFA signs, `Bs.`, tax units, day-fines at a daily rate.
    ["fr", "Il a été condamné à un an de prison ferme et à 3 millions de FCFA d'amende à Abidjan, en Côte d'Ivoire.", [`${F}|3 millions de FCFA d'amende|3000000|XOF|false`]],
    ["fr", "Elle écope d'une amende de 1.500.000 F CFA au Sénégal.", [`${F}|amende de 1.500.000 F CFA|1500000|XOF|false`]],
    ["fr", "Il doit payer une amende de 750 000 F.CFA au Cameroun.", [`${F}|amende de 750 000 F.CFA|750000|XAF|false`]],
    ["es", "A ambos se les impuso una multa de Bs. 3.500 cada uno en Venezuela.", [`${F}|multa de Bs. 3.500|3500|VES|true`]],
    ["es", "La dirigente recibió una multa de Bs 5.000 en Bolivia.", [`${F}|multa de Bs 5.000|5000|BOB|false`]],
    ["es", "Fue condenado al pago de una multa de 150 unidades tributarias.", [`${F}|multa de 150 unidades tributarias|150|-|false`]],
    ["fr", "Les deux ont été condamnés respectivement à 90 jours-amende à 10 euros et à 50 jours-amende de 12 euros.", [`${F}|90 jours-amende à 10 euros|900|EUR|false`, `${F}|50 jours-amende de 12 euros|600|EUR|false`]],
    // Session 9 (h9b): a dollar sign after the number in a Quebec letter is Canada's.
    ["fr", "Au Québec, la juge lui a imposé une amende de 10 000 $.", [`${F}|amende de 10 000 $|10000|CAD|false`]],
    // Session 9 (h9a): an equivalent after `soit environ`, past a country adjective the amount did not keep.
    ["fr", "Il a été condamné à une amende de 500.000 francs congolais, soit environ 175 dollars américains, à Kinshasa (RD Congo).", [`${F}|amende de 500.000 francs congolais, soit environ 175 dollars|500000|CDF|false`]],
    ["es", "Pagó una multa de 20.000 pesos, es decir, unos 5 dólares, en Colombia.", [`${F}|multa de 20.000 pesos, es decir, unos 5 dólares|20000|COP|false`]],
    // Note: the Lebanese pound's `LL`, a UMA unit with its peso equivalent, a term commuted into a fine, a fine of its own after a commutable term (session 11).
    ["fr", "Mme Hala Nassar a écopé d'une amende de 3 000 000 LL au Liban.", [`${F}|amende de 3 000 000 LL|3000000|LBP|false`]],
    ["es", "El juez le impuso una multa de 150 UMA (equivalente a 16,971 pesos) en México.", [`${F}|multa de 150 UMA (equivalente a 16,971 pesos)|150|-|false`]],
    ["es", "En apelación le conmutaron la pena por una multa de 50,000 pesos en México.", [`${F}|multa de 50,000 pesos|50000|MXN|false`]],
    ["es", "El juez multó a Raúl Ortega y a Sofía Lara con 50,000 pesos cada uno en México.", [`${F}|multó a Raúl Ortega y a Sofía Lara con 50,000 pesos|50000|MXN|true`]],
    ["es", "El tribunal multó a la dirigente Carolina Soto con 10 UTM en Chile.", [`${F}|multó a la dirigente Carolina Soto con 10 UTM|10|-|false`]],
    ["fr", "Le juge lui a infligé une amende de 10 millions de livres libanaises.", [`${F}|amende de 10 millions de livres libanaises|10000000|LBP|false`]],
    ["es", "Recibió dos años de prisión conmutables a razón de Q25 diarios, además de una multa de Q5,000 en Guatemala.", [`${F}|multa de Q5,000|5000|GTQ|false`]],
    // Session 22 (lang): the lempira's sign without its dot and its abbreviation `Lps.` (which ends no sentence).
    ["es", "En San Pedro Sula el juez le impuso una multa de L 12,500.00 por desacato.", [`${F}|multa de L 12,500|12500|HNL|false`]],
    ["es", "La dirigente recibió dos años de prisión y multa de Lps. 8,000.00, según el fallo.", [`${F}|multa de Lps. 8,000|8000|HNL|false`]],
  ])("%s: %s", (language, text, expected) => {
    expect(fines(text, language)).toEqual(expected);
  });
});

describe("fines/language-amount: a unit named by `unidad(es)` and its adjective (session 17)", () => {
  const units = (text: string): string[] =>
    extract(createContext(text, { dateOrder: "auto", language: "es" }), fineExtractors as Extractor[]).map((c) => {
      if (c.type !== "fine") throw new Error("not a fine");
      return `${c.amount}|${c.unit ?? c.currency}|${c.money.map((m) => `${m.amount} ${m.currency}`).join("+")}`;
    });
  it.each([
    ["its acronym and `cada uno` before the equivalent", "En Montevideo (Uruguay) el juez impuso a Rosa Pereira y a Luis Acosta una multa de 25 unidades reajustables (UR) cada uno, equivalente a unos $U 45.000.", ["25|unidad reajustable|45000 UYU"]],
    ["another adjective", "El juez le impuso una multa de 100 unidades indexadas.", ["100|unidad indexada|"]],
    ["a named unit keeps its own row", "Fue condenado al pago de una multa de 150 unidades tributarias.", ["150|tax unit|"]],
    ["a unit's rate after a comma, then the total", "En Cuba, el tribunal impuso a la sindicalista Ana Gómez Ruiz una multa de 250 cuotas, a razón de 40 pesos la cuota, es decir, 10.000 pesos cubanos.", ["250|cuota|10000 CUP"]],
    ["a unit's rate after a comma, no total: no second fine", "En Cuba, el tribunal impuso a la sindicalista Ana Gómez Ruiz una multa de 120 cuotas, a razón de 25 pesos cada una.", ["120|cuota|"]],
    ["a second fine after a comma stays a fine", "En Cuba, el tribunal impuso a Ana Gómez Ruiz una multa de 120 cuotas, y a su esposo una multa de 3.000 pesos cubanos.", ["120|cuota|", "3000|CUP|"]],
  ])("%s", (_, text, expected) => {
    expect(units(text)).toEqual(expected);
  });
  it.each([
    ["`unidades de` is no unit of its own", "El juez le impuso una multa por 30 unidades de transporte retenidas."],
  ])("no unit in %s", (_, text) => {
    expect(units(text)).toEqual([]);
  });
});

describe("fines/language-amount: an equivalent past a share word or an attribution aside (session 18)", () => {
  const money = (text: string, language: string): string[] =>
    extract(createContext(text, { dateOrder: "auto", language }), fineExtractors as Extractor[]).map((c) => {
      if (c.type !== "fine") throw new Error("not a fine");
      return `${c.amount}|${c.unit ?? c.currency}|${c.money.map((m) => `${m.amount} ${m.currency}`).join("+")}`;
    });
  it.each([
    ["fr", "the share word before the bracket", "Au Congo, le juge a condamné M. Paul Ilunga et Mme Rose Mbala à une amende de 400 000 francs congolais chacun (environ 140 dollars américains).", ["400000|CDF|140 USD"]],
    ["es", "`cada una` before the bracket", "En Bolivia, la jueza impuso a Ana Quispe y a Eva Mamani una multa de 2.000 bolivianos cada una (unos 290 dólares).", ["2000|BOB|290 USD"]],
    ["es", "an attribution aside inside `equivalente a`, and a third form in brackets", "En Nicaragua, el juez impuso a Ana Ruiz una multa de 600 días multa, equivalente, según su abogado, a unos C$72,000 (alrededor de 1,950 dólares).", ["600|day-fine|72000 NIO+1950 USD"]],
    ["fr", "an attribution aside after `soit`", "En Algérie, le juge a infligé à M. Omar Saidi une amende de 20 000 dinars, soit, selon son avocat, environ 130 euros.", ["20000|DZD|130 EUR"]],
  ])("%s: %s", (language, _, text, expected) => {
    expect(money(text, language)).toEqual(expected);
  });
  it.each([
    ["fr", "a sum owed as taxes after the fine", "Au Cameroun, M. Paul Ekane a été condamné à une amende de 500 000 francs CFA et à verser 9 000 000 francs CFA d'impôts impayés.", ["500000|XAF|"]],
    ["es", "a sum owed as taxes after the fine", "En Bolivia, el juez impuso a Eva Mamani una multa de 2.000 bolivianos y le ordenó pagar 80.000 bolivianos en impuestos supuestamente impagos.", ["2000|BOB|"]],
    ["fr", "a share word and a bracket with no sum", "Au Congo, le juge a condamné M. Paul Ilunga à une amende de 400 000 francs congolais chacun (voir annexe).", ["400000|CDF|"]],
    ["es", "an aside that names no source leaves a second fine a fine", "En Bolivia, la jueza impuso a Ana Quispe una multa de 2.000 bolivianos, y, además, a Eva Mamani una multa de 500 bolivianos.", ["2000|BOB|", "500|BOB|"]],
  ])("%s: no equivalent in %s", (language, _, text, expected) => {
    expect(money(text, language)).toEqual(expected);
  });
});

describe("fines/language-amount: a unit's value before its bracketed total, and an equivalent led by an approximator alone (session 19)", () => {
  const money = (text: string, language: string): string[] =>
    extract(createContext(text, { dateOrder: "auto", language }), fineExtractors as Extractor[]).map((c) => {
      if (c.type !== "fine") throw new Error("not a fine");
      return `${c.amount}|${c.unit ?? c.currency}|${c.money.map((m) => `${m.amount} ${m.currency}`).join("+")}`;
    });
  it.each([
    ["es", "a unit's value, then its total in brackets", "En Cuba, el tribunal impuso a Yaima Rojas Peña una multa de 200 cuotas de 15 pesos (3.000 CUP).", ["200|cuota|3000 CUP"]],
    ["es", "the bracketed total, then the sum again roughly", "En Holguín, el tribunal impuso a Raúl Díaz Mora una multa de 400 cuotas de 10 pesos (4.000 CUP), unos 11 dólares al cambio informal.", ["400|cuota|4000 CUP"]],
    ["es", "`, unos` after the fine", "En Cuba, el tribunal impuso a Raúl Díaz Mora una multa de 5.000 pesos cubanos, unos 14 dólares.", ["5000|CUP|14 USD"]],
    ["es", "`, alrededor de` after the fine", "En Bolivia, la jueza impuso a Eva Mamani una multa de 3.000 bolivianos, alrededor de 430 dólares.", ["3000|BOB|430 USD"]],
    ["fr", "`, environ` after the fine", "À Kinshasa, le juge a condamné M. Paul Ilunga à une amende de 800 000 francs congolais, environ 280 dollars américains.", ["800000|CDF|280 USD"]],
  ])("%s: %s", (language, _, text, expected) => {
    expect(money(text, language)).toEqual(expected);
  });
  it.each([
    ["es", "a second fine after a comma, not led by an approximator", "En Bolivia, la jueza impuso a Ana Quispe una multa de 2.000 bolivianos, y a Eva Mamani una multa de 500 bolivianos.", ["2000|BOB|", "500|BOB|"]],
    ["fr", "a second fine after `et`", "À Kinshasa, le juge a condamné M. Paul Ilunga à une amende de 800 000 francs congolais et M. Jean Kasa à une amende de 300 000 francs congolais.", ["800000|CDF|", "300000|CDF|"]],
  ])("%s: no equivalent in %s", (language, _, text, expected) => {
    expect(money(text, language)).toEqual(expected);
  });
});

describe("fines/language-amount ignores", () => {
  it.each([
    ["fr", "Il a été libéré contre une caution de 5 000 euros, sans amende."],
    ["fr", "Le parquet avait requis une amende de 500.000 dinars."],
    ["fr", "Il a reçu 2 000 euros de dommages et intérêts, et aucune amende."],
    ["es", "Quedó libre tras pagar una fianza de 3.000 euros; no hubo multa."],
    ["es", "La Fiscalía pedía una multa de 9.000 euros."],
    ["es", "Cobraba un salario de 400 dólares y nunca recibió una multa."],
    ["fr", "Libéré sous caution de deux millions de francs CFA, il n’a reçu aucune amende."],
    ["es", "Pagó una fianza de diez mil pesos cubanos; la multa llegará después."],
    ["fr", "Libéré sous caution de 500 000 FCFA, il attend son amende."],
    ["es", "Cobra 130 bolívares al mes; la multa fue anulada."],
    ["es", "Podrían conmutar la prisión por una multa de 120,000 pesos, pero no tienen con qué pagar."],
    ["es", "Puede conmutar la pena por una multa de 80,000 pesos."],
    ["es", "La pena es conmutable por una multa de 30,000 pesos."],
    ["fr", "Pour ce délit, l'amende peut aller jusqu'à 10 000 euros."],
    // Session 22 (lang): `L` is a sign only before grouped thousands (a code's article is none).
    ["fr", "L'amende prévue à l'article L 1132-1 du code ne s'applique pas."],
    ["es", "La multa se calcula según la Ley L 25 de 2019."],
  ])("%s: %s", (language, text) => {
    expect(fines(text, language).filter((f) => f.startsWith(F))).toEqual([]);
  });
});

describe("dates in French and Spanish (dates/calendar with chrono fr/es, dates/language-month)", () => {
  it.each([
    ["fr", "Bruxelles, le 12 octobre 2020", ["12 octobre 2020|2020-10-12"]],
    ["fr", "Il a été arrêté le 1er mai 2021.", ["1er mai 2021|2021-5-1"]],
    ["fr", "Arrêtée fin janvier, elle a été jugée début février 2016.", ["janvier|--1--", "février 2016|2016-2--"]],
    ["fr", "Les audiences ont eu lieu le 3 et le 4 avril 2003.", ["3|2003-4-3", "4 avril 2003|2003-4-4"]],
    ["fr", "Ils n'ont rien perçu depuis le mois de juin, ni au cours du mois d'août.", ["juin|--6--", "août|--8--"]],
    ["es", "Madrid, 12 de octubre de 2020", ["12 de octubre de 2020|2020-10-12"]],
    ["es", "El juicio fue el lunes 7 de abril.", ["lunes 7 de abril|--4-7"]],
    ["es", "Fue detenido en marzo de 2012.", ["marzo de 2012|2012-3--"]],
    ["es", "Nueva York, 9 de abril del 2003", ["9 de abril del 2003|2003-4-9"]],
    // Note: a range's first day before the second's weekday (h10b `du lundi 10 au vendredi 21 février`).
    ["fr", "La grève a duré du lundi 10 au vendredi 21 février 2025.", ["10|2025-2-10", "21 février 2025|2025-2-21"]],
    ["fr", "Le verdict du 10 mars 2025 au tribunal de Thiès a choqué.", ["10 mars 2025|2025-3-10"]],
    // Note: `dernier`/`pasado` after a bare month make it a date, kept in its text (h14a oglp, session 15).
    ["fr", "Il avait été suspendu d'antenne novembre dernier par la HAC.", ["novembre dernier|--11--"]],
    ["fr", "La paie manque depuis janvier dernier.", ["janvier dernier|--1--"]],
    ["es", "Mayo Ortiz habló del marzo pasado sin fecha.", ["marzo pasado|--3--"]],
  ])("%s: %s", (language, text, expected) => {
    expect(dates(text, language)).toEqual(expected);
  });
  it.each([
    ["fr", "Il a purgé 15 jours de détention, puis mars est venu."],
    ["fr", "Le mai des militants était un mois de lutte."],
    ["fr", "Le mois de Marie Dupont fut long."],
    ["es", "Estuvo preso durante 15 días."],
    ["es", "Mayo Ortiz habló de marzo sin fecha."],
  ])("finds no date: %s: %s", (language, text) => {
    expect(dates(text, language)).toEqual([]);
  });
});

describe("the document's language", () => {
  const french =
    "Bruxelles, le 12 octobre 2020\n\nLa Confédération syndicale internationale condamne la condamnation de Mme Lina Varga, présidente du comité de grève, à 15 jours de détention administrative le 24 septembre 2020. Elle a aussi reçu une amende de 1 000 roubles.\n";
  it("is detected, recorded and read: a French letter gets its date, penalty and fine", async () => {
    const { result } = await processText(french, "lettre.txt");
    expect(result.document.language).toBe("fr");
    expect(result.document.letter_date).toBe("2020-10-12");
    expect(result.people.map((p) => p.name)).toContain("Lina Varga");
    expect(result.sentences.map((s) => [s.person, s.kind, s.duration])).toEqual([["Lina Varga", "administrative detention", "P15D"]]);
    expect(result.fines.map((f) => [f.person, f.amount, f.currency])).toEqual([["Lina Varga", 1000, "RUB"]]);
  });
  it("is set by the option, and an unsupported one gets a warning", async () => {
    const { result } = await processText(french, "lettre.txt", { dateOrder: "auto", ocr: false, ocrDpi: 300, maxBytes: 1e6, language: "de" });
    expect(result.document.language).toBe("de");
    expect(result.document.warnings.map((w) => w.code)).toEqual(["LANGUAGE_UNSUPPORTED"]);
    expect(result.sentences).toEqual([]);
  });
  it("is English for an English letter, with no warning", async () => {
    const { result } = await processText("Geneva, 3 March 2021\n\nThe court sentenced the union leader Lina Varga to two years in prison on 1 March 2021.\n", "letter.txt");
    expect(result.document.language).toBe("en");
    expect(result.document.warnings).toEqual([]);
  });
});

describe("session 20: `respectively` as an adjective before a list of fines", () => {
  it.each([
    ["fr", "Kinshasa, le 3 mars 2025\n\nLe tribunal de paix a condamné Paul Mbala, Jean Kasa et Rose Ilunga à des amendes respectives de 3 000 000 FC, 2 000 000 FC et 500 000 FC pour diffamation.\n",
      [["Paul Mbala", 3000000], ["Jean Kasa", 2000000], ["Rose Ilunga", 500000]]],
    ["es", "Lima, 3 de marzo de 2025\n\nEl juzgado condenó a Luis Quispe y a Carmen Huamán al pago de multas respectivas de S/ 4.000 y S/ 2.500 por la protesta.\n",
      [["Luis Quispe", 4000], ["Carmen Huamán", 2500]]],
  ])("%s: each amount goes to the name in its place", async (_, text, expected) => {
    const { result } = await processText(text, "carta.txt");
    expect(result.fines.map((f) => [f.person, f.amount])).toEqual(expected);
  });

  it("does not share out the fines of one name beside a possessive `respectives` elsewhere", async () => {
    const text = "Dakar, le 3 mars 2025\n\nLe tribunal a condamné Awa Ndiaye à une amende de 200 000 FCFA. Les familles respectives des militants ont assisté à l'audience.\n";
    const { result } = await processText(text, "lettre.txt");
    expect(result.fines.map((f) => [f.person, f.amount])).toEqual([["Awa Ndiaye", 200000]]);
  });
});

describe("session 20: a company fined as the clause's subject (French)", () => {
  it("reads no fine on `la société …, a été condamnée à une amende de`, and keeps its director's", () => {
    const text = "La société éditrice, Sahel Presse SARL, a elle-même été condamnée à une amende de cinq millions de francs CFA. Son directeur, M. Paul Kaboré, a été condamné à une amende de 500 000 francs CFA.";
    expect(fines(text, "fr").map((f) => f.split("|")[2])).toEqual(["500000"]);
  });

  it("keeps the fine of a woman who runs a company", () => {
    const text = "Mme Awa Traoré, gérante de la société Sahel Presse, a été condamnée à une amende de 300 000 francs CFA.";
    expect(fines(text, "fr").map((f) => f.split("|")[2])).toEqual(["300000"]);
  });
});
