/**
 * A definite group named by a noun stands for the people the letter last described with that noun
 * (src/resolve/penalties-described.ts), not for the people penalised last. Made-up wordings.
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

const EARLIER = "On 2 March Ivo Sand and Mara Quell were convicted of trespass and sentenced to one year in prison each.\n\n";

describe("penalties: a group named by a noun", () => {
  it.each([
    [
      "`both union leaders`, the noun used when they were named",
      `${EARLIER}Tomas Reyna and Lea Okafor are the general secretary and the treasurer of the bakers' union. Both leaders were arrested in May after a strike.\n\nOn 30 September the city court sentenced both union leaders to two years in prison and a fine of 5,000 euros each.`,
      "en",
      ["Ivo Sand|365|prison|-", "Mara Quell|365|prison|-", "Tomas Reyna|730|prison|-", "Lea Okafor|730|prison|-"],
      ["Tomas Reyna|5000|EUR|-", "Lea Okafor|5000|EUR|-"],
    ],
    [
      "`the two reporters` as subject, the noun in the naming sentence",
      `${EARLIER}The reporters who covered the hearing, Nina Bertu and Osei Kramp, were detained outside. The two reporters were later sentenced to 15 days of detention.`,
      "en",
      ["Ivo Sand|365|prison|-", "Mara Quell|365|prison|-", "Nina Bertu|15|detention|-", "Osei Kramp|15|detention|-"],
      [],
    ],
    [
      "French `les deux syndicalistes`",
      "Le 2 mars, le tribunal a condamné Ivo Sand et Mara Quell à un an de prison chacun.\n\nPaul Derval et Anne Roussel, syndicalistes de la SNCF, ont été arrêtés en mai. Le tribunal a condamné les deux syndicalistes à six mois de prison avec sursis.",
      "fr",
      ["Ivo Sand|365|prison|-", "Mara Quell|365|prison|-", "Paul Derval|180|suspended prison|-", "Anne Roussel|180|suspended prison|-"],
      [],
    ],
    [
      "Spanish `ambos dirigentes`",
      "El 2 de marzo el tribunal condenó a Ivo Sand y a Mara Quell a un año de prisión.\n\nLuis Ortega y Marta Solís son dirigentes del sindicato de panaderos. El tribunal condenó a ambos dirigentes a dos años de prisión.",
      "es",
      ["Ivo Sand|365|prison|-", "Mara Quell|365|prison|-", "Luis Ortega|730|prison|-", "Marta Solís|730|prison|-"],
      [],
    ],
  ] as const)("gives the penalty to the people the noun described (%s)", (_, text, language, expectedSentences, expectedFines) => {
    const names = ["Ivo Sand", "Mara Quell", "Tomas Reyna", "Lea Okafor", "Nina Bertu", "Osei Kramp", "Paul Derval", "Anne Roussel", "Luis Ortega", "Marta Solís"];
    const result = run(text, names, [], null, language);
    expect([...sentences(result)].sort()).toEqual([...expectedSentences].sort());
    expect([...fines(result)].sort()).toEqual([...expectedFines].sort());
  });

  it.each([
    [
      "the newer pair never called by the noun",
      `${EARLIER}Their colleagues Tomas Reyna and Lea Okafor said they would appeal. The court also fined both defendants 500 euros.`,
      ["Ivo Sand|500|EUR|-", "Mara Quell|500|EUR|-"],
    ],
    [
      "a group with no noun",
      `${EARLIER}Tomas Reyna and Lea Okafor, the union's leaders, attended the hearing. Both were also fined 500 euros.`,
      ["Ivo Sand|500|EUR|-", "Mara Quell|500|EUR|-"],
    ],
    [
      "a newer set of another size",
      `${EARLIER}Tomas Reyna, Lea Okafor and Nina Bertu, leaders of the union, attended. The court also fined both leaders 500 euros.`,
      ["Ivo Sand|500|EUR|-", "Mara Quell|500|EUR|-"],
    ],
  ] as const)("keeps the people penalised last (%s)", (_, text, expected) => {
    const result = run(text, ["Ivo Sand", "Mara Quell", "Tomas Reyna", "Lea Okafor", "Nina Bertu"]);
    expect([...fines(result)].sort()).toEqual([...expected].sort());
  });
});

describe("penalties: a plural pronoun after a counted group", () => {
  const names = ["Ana Pry", "Bo Lind", "Cy Mott"];
  it.each([
    [
      "`them` after `convicted the three`",
      "Ana Pry was arrested first, on 2 May. Bo Lind and Cy Mott were detained a week later.\n\nOn 3 June the court convicted the three of sedition. The court sentenced them to four years' imprisonment each.",
      undefined,
      ["Ana Pry|1460|prison|-", "Bo Lind|1460|prison|-", "Cy Mott|1460|prison|-"],
    ],
    [
      "`They` after `all three defendants`",
      "Ana Pry was arrested first. Bo Lind and Cy Mott were detained a week later.\n\nAll three defendants pleaded not guilty. They were each sentenced to two years in prison.",
      undefined,
      ["Ana Pry|730|prison|-", "Bo Lind|730|prison|-", "Cy Mott|730|prison|-"],
    ],
    [
      "French `les` after `les trois`",
      "Ana Pry a été arrêtée le 2 mai. Bo Lind et Cy Mott ont été arrêtés une semaine plus tard.\n\nLe tribunal a reconnu les trois coupables. Il les a condamnés chacun à deux ans de prison.",
      "fr",
      ["Ana Pry|730|prison|-", "Bo Lind|730|prison|-", "Cy Mott|730|prison|-"],
    ],
  ] as const)("gives the penalty to the whole group (%s)", (_, text, language, expected) => {
    expect([...sentences(run(text, names, [], null, language))].sort()).toEqual([...expected].sort());
  });

  it.each([
    [
      "a group the letter names fewer of",
      "Bo Lind and Cy Mott were detained in May.\n\nThe court convicted the three of sedition. The court sentenced them to four years' imprisonment each.",
      ["Bo Lind|1460|prison|-", "Cy Mott|1460|prison|-"],
    ],
    [
      "a counted part, not the whole",
      "Ana Pry was arrested first. Bo Lind and Cy Mott were detained a week later.\n\nTwo of the three were convicted. The court sentenced them to four years' imprisonment each.",
      ["Bo Lind|1460|prison|-", "Cy Mott|1460|prison|-"],
    ],
  ] as const)("keeps the names before (%s)", (_, text, expected) => {
    expect([...sentences(run(text, names))].sort()).toEqual([...expected].sort());
  });
});
