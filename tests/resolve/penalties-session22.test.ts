/**
 * Who a penalty reaches (session 22, subj22): a distributive group after the penalty's hand word (`on each of them`,
 * `para cada uno de los dos`). Made-up names and wordings, with near-misses.
 */
import { describe, expect, it } from "vitest";
import { run } from "./penalties-helpers.js";

const reached = (r: ReturnType<typeof run>): string[] => r.sentences.map((s) => `${s.person}|${s.days}`).sort();
const fined = (r: ReturnType<typeof run>): string[] => r.fines.map((f) => `${f.person}|${f.amount}`).sort();
const sorted = (records: readonly string[]): string[] => [...records].sort();

describe("penalties: a distributive group after the penalty's hand word", () => {
  it("gives `fines of … on each of them` to both people sentenced in the paragraph, not only the last named", () => {
    const text =
      "On Monday, Judge Petra Olsen convicted the union's president, Mara Voclan, and its treasurer, Ivo Brandt, of sedition. Ms Voclan was sentenced to 12 years' imprisonment. Mr Brandt received eight years. The court also imposed fines of E30 000 on each of them for the second count.";
    const r = run(text, ["Petra Olsen", ["Mara Voclan", ["Ms Voclan"]], ["Ivo Brandt", ["Mr Brandt"]]]);
    expect(fined(r)).toEqual(sorted(["Ivo Brandt|30000", "Mara Voclan|30000"]));
  });

  it("gives a Spanish `para cada uno de los dos` to the two people sentenced, not only the name in its own sentence", () => {
    const text =
      "A la señora Rosa Quimbo, directora de la radio, le impuso una pena de cuatro años de prisión. Al señor Tadeo Llanque, reportero de la misma emisora, lo condenó a tres años de prisión, además de una multa de Q12,000.00 para cada uno de los dos.";
    const r = run(text, ["Rosa Quimbo", "Tadeo Llanque"], [], null, "es");
    expect(fined(r)).toEqual(sorted(["Rosa Quimbo|12000", "Tadeo Llanque|12000"]));
  });

  it("keeps a group after the penalty that counts more people than were penalised to the name in its sentence (near-miss)", () => {
    const text =
      "A la señora Rosa Quimbo le impuso una pena de cuatro años de prisión. Al señor Tadeo Llanque lo condenó a tres años de prisión, además de una multa de Q12,000.00 para cada uno de los tres.";
    const r = run(text, ["Rosa Quimbo", "Tadeo Llanque"], [], null, "es");
    expect(fined(r)).toEqual(["Tadeo Llanque|12000"]);
  });

  it("keeps `on him` after the penalty the one person's (near-miss)", () => {
    const text = "Mara Voclan and Ivo Brandt were convicted of sedition. Mr Brandt was sentenced to eight years. The court also imposed a fine of E30 000 on him.";
    const r = run(text, ["Mara Voclan", ["Ivo Brandt", ["Mr Brandt"]]]);
    expect(fined(r)).toEqual(["Ivo Brandt|30000"]);
    expect(reached(r)).toEqual(["Ivo Brandt|2920"]);
  });
});

describe("penalties: a distributive group after the hand word, in French", () => {
  it("gives `une amende de … à chacun d'eux` to the two people sentenced before", () => {
    const text =
      "Le tribunal a condamné M. Paul Ndoye à deux ans de prison ferme. Mme Awa Sarr a été condamnée à un an de prison avec sursis. Le juge a en outre infligé une amende de 200 000 FCFA à chacun d'eux.";
    const r = run(text, [["Paul Ndoye", ["M. Paul Ndoye"]], ["Awa Sarr", ["Mme Awa Sarr"]]], [], null, "fr");
    expect(fined(r)).toEqual(sorted(["Awa Sarr|200000", "Paul Ndoye|200000"]));
  });
});

describe("penalties: a multiple that compares an amount is no count of penalties", () => {
  it("gives one fine each for `fined QAR 10,000 each, about three times their monthly salary`", () => {
    const text = "Okot and Lwanga were fined QAR 10,000 each, about three times their monthly salary, and will be deported.";
    expect(fined(run(text, ["Okot", "Lwanga"]))).toEqual(sorted(["Lwanga|10000", "Okot|10000"]));
  });

  it("still gives one term each time for `detained three times for 15 days` (near-miss)", () => {
    const text = "Since January, Dara Menkov has been detained three times for 15 days.";
    expect(reached(run(text, ["Dara Menkov"]))).toEqual(["Dara Menkov|15", "Dara Menkov|15", "Dara Menkov|15"]);
  });
});

describe("penalties: an unnamed rest counted first gives nobody", () => {
  it("gives `sentenced eleven other workers … to two years each` to no one, not to the person named before", () => {
    const text =
      "The court sentenced Aung Kyaw Lin to seven years. At the same session, the court sentenced eleven other workers from three factories in the zone to two years each. The union could not obtain their names.";
    expect(reached(run(text, ["Aung Kyaw Lin"]))).toEqual(["Aung Kyaw Lin|2555"]);
  });

  it("still reads `the two other defendants` as the rest of a list named before (near-miss)", () => {
    const text = "Mira Kest, Tomas Uhl and Ada Brenn were tried together. Ms Kest was sentenced to three years. The two other defendants were each sentenced to one year.";
    expect(reached(run(text, [["Mira Kest", ["Ms Kest"]], "Tomas Uhl", "Ada Brenn"]))).toEqual(sorted(["Ada Brenn|365", "Mira Kest|1095", "Tomas Uhl|365"]));
  });

  it("still gives a counted rest whose names follow in its clause to them (near-miss)", () => {
    const text = "The court jailed Mira Kest for three years. Two other organisers, Tomas Uhl and Ada Brenn, were each sentenced to one year.";
    expect(reached(run(text, ["Mira Kest", "Tomas Uhl", "Ada Brenn"]))).toEqual(sorted(["Ada Brenn|365", "Mira Kest|1095", "Tomas Uhl|365"]));
  });
});

describe("penalties: a sentence that identifies the person a penalty was handed to by role", () => {
  it("gives `A four-month sentence was handed to the fourth accused. He is Cde X, …` to X", () => {
    const text =
      "The magistrate fined Cde Lubinda Mwale K10,000. A four-month custodial sentence was handed to the fourth accused. He is Cde Kaluba Nsama, a shop steward at the smelter.";
    const r = run(text, ["Lubinda Mwale", "Kaluba Nsama"]);
    expect(reached(r)).toEqual(["Kaluba Nsama|120"]);
  });

  it("gives nobody when the next sentence only speaks of someone named (near-miss)", () => {
    const text =
      "The magistrate fined Cde Lubinda Mwale K10,000. A four-month custodial sentence was handed to the fourth accused. He said Cde Kaluba Nsama had been beaten in custody.";
    const r = run(text, ["Lubinda Mwale", "Kaluba Nsama"]);
    expect(reached(r)).toEqual([]);
  });
});

describe("penalties: the person a singular pronoun stands for", () => {
  it("reads `The court fined him` after `found X, director of …, guilty … after he dismissed … Y` as X, the ruling's object", () => {
    const text =
      "Last month, the district court of the port city found Oleksandr Pavlenko, director of the ore plant, guilty of obstructing union activity after he dismissed the union's deputy chair, Iryna Savchuk, in breach of the Labour Code. The court fined him UAH 12,000 and banned him from management posts.";
    expect(fined(run(text, ["Oleksandr Pavlenko", "Iryna Savchuk"]))).toEqual(["Oleksandr Pavlenko|12000"]);
  });

  it("still reads the subject named at a sentence's start as the pronoun's person (near-miss)", () => {
    const text = "Iryna Savchuk, who was dismissed by the director Oleksandr Pavlenko last year, was arrested in May. The court fined her UAH 12,000.";
    expect(fined(run(text, ["Oleksandr Pavlenko", "Iryna Savchuk"]))).toEqual(["Iryna Savchuk|12000"]);
  });

  it("gives `… sentenced a sugar worker to 30 days …, and ordered him to pay ₱6,000` to the worker, not the person named before", () => {
    const text =
      "The union's chair, Ramil Oquendo, was released on bail in March. In a separate case, a municipal court in January sentenced a sugar worker to 30 days of arresto menor, suspended, and ordered him to pay ₱6,000 for grave coercion. The worker, Danilo Pabualan, is a member of the chapter.";
    const r = run(text, ["Ramil Oquendo", "Danilo Pabualan"]);
    expect(fined(r)).toEqual(["Danilo Pabualan|6000"]);
  });

  it("gives `the court sentenced him` in a story's opening sentence to the person the next sentence opens with", () => {
    const text =
      "The head of a union of tower crane operators was taken into custody on Thursday after the district court sentenced him to a year and a half in prison.\n\nPark Jun-ho, 52, who has chaired the union since 2021, was convicted of obstruction of business.";
    expect(reached(run(text, ["Park Jun-ho"]))).toEqual(["Park Jun-ho|545"]);
  });

  it("gives nobody for that pronoun when the next sentence opens otherwise (near-miss)", () => {
    const text =
      "The head of a union of tower crane operators was taken into custody on Thursday after the district court sentenced him to a year and a half in prison.\n\nThe union said that Park Jun-ho, its vice-chair, would lead the appeal.";
    expect(reached(run(text, ["Park Jun-ho"]))).toEqual([]);
  });
});

describe("penalties: the latter people of a list (`ces deux derniers`, `the latter two`)", () => {
  it("gives `Ces deux derniers ont été condamnés chacun à …` to the last two people of the list set out above", () => {
    const text =
      "Il s'agit de :\n\n1. M. Aimé KALONJI, président provincial, condamné à douze (12) mois de servitude pénale principale ;\n2. Mme Rose MUJINGA, secrétaire provinciale ;\n3. M. Félix NKONGOLO, délégué syndical.\n\nCes deux derniers ont été condamnés chacun à six mois de servitude pénale principale avec sursis.";
    const r = run(text, [["Aimé Kalonji", ["Aimé KALONJI"]], ["Rose Mujinga", ["Rose MUJINGA"]], ["Félix Nkongolo", ["Félix NKONGOLO"]]], [], null, "fr");
    expect(reached(r)).toEqual(sorted(["Aimé Kalonji|360", "Félix Nkongolo|180", "Rose Mujinga|180"]));
  });

  it("gives `The latter two were each fined` to the last two of the sentence's list before", () => {
    const text = "The court convicted Ana Morel, Jules Picot and Lea Varan of unlawful assembly. Ms Morel was jailed for a year. The latter two were each fined 300 euros.";
    const r = run(text, [["Ana Morel", ["Ms Morel"]], "Jules Picot", "Lea Varan"]);
    expect(fined(r)).toEqual(sorted(["Jules Picot|300", "Lea Varan|300"]));
  });

  it("gives nobody when the list before names no more than counted (near-miss)", () => {
    const text = "The court convicted Jules Picot and Lea Varan of unlawful assembly. The latter two were each fined 300 euros.";
    expect(fined(run(text, ["Jules Picot", "Lea Varan"]))).toEqual([]);
  });
});

describe("penalties: a fine's rest taken from everyone penalised in its paragraph", () => {
  it("gives `the others were fined ¥8,000 apiece` to the four named over two sentences, less the one fined", () => {
    const text =
      "The court found Zhou Minghai, 34, Lu Fangfang, 29, and Bai Qiang, 41, guilty of disturbing public order and sentenced them to three, two and two years in prison respectively. Ma Lijun and Xu Tao, both 26, were given one year each, suspended for two years. Zhou, the group's administrator, was also fined RMB 20,000; the others were fined ¥8,000 apiece.";
    const r = run(text, [["Zhou Minghai", ["Zhou"]], "Lu Fangfang", "Bai Qiang", "Ma Lijun", "Xu Tao"]);
    expect(fined(r)).toEqual(sorted(["Bai Qiang|8000", "Lu Fangfang|8000", "Ma Lijun|8000", "Xu Tao|8000", "Zhou Minghai|20000"]));
  });

  it("keeps a counted rest that disagrees with the paragraph to the list of one sentence (near-miss)", () => {
    const text =
      "Ana Morel was sentenced to two years. The court convicted Jules Picot, Lea Varan and Remi Coste of rioting and sentenced them to one year each. Mr Picot was also fined 900 euros, and the two other defendants 300 euros each.";
    const r = run(text, ["Ana Morel", ["Jules Picot", ["Mr Picot"]], "Lea Varan", "Remi Coste"]);
    expect(fined(r)).toEqual(sorted(["Jules Picot|900", "Lea Varan|300", "Remi Coste|300"]));
  });
});
