/**
 * Who a penalty reaches (session 19, subj19): a plural subject resolved as one thing — `the two of them` is the
 * whole group, not a part of it; an uncounted group (`each of them`, `Each`, `chacun d'eux`, `cada uno de ellos`)
 * right after a sentence that convicts two or more people none yet penalised stands for them; a list set one name
 * to an item names its people together; `them` after names listed earlier in its own sentence is those names.
 * Made-up names and wordings, with near-misses.
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

describe("penalties: `the two of them` is the whole group", () => {
  it.each([
    ["asides between the names", "On 3 June the court convicted Lina Farah, a presenter, and the channel's editor, Omar Nasser, of libel. The court fined the two of them USD 2,000 each.", ["Lina Farah", "Omar Nasser"],
      ["Lina Farah|2000|USD|-", "Omar Nasser|2000|USD|-"]],
    ["`the three of them`", "The tribunal found Ama Owusu, a teacher, Kofi Boateng, a nurse, and Yaw Darko, a driver, guilty of unlawful assembly. It fined the three of them EUR 500 each.", ["Ama Owusu", "Kofi Boateng", "Yaw Darko"],
      ["Ama Owusu|500|EUR|-", "Kofi Boateng|500|EUR|-", "Yaw Darko|500|EUR|-"]],
  ] as const)("%s", (_, text, names, expected) => {
    expect(fines(run(text, [...names]))).toEqual(expected);
  });

  it("keeps a bare count as a part (`two of them`), which the people named before do not fill", () => {
    const text = "The court convicted Lina Farah, a presenter, Omar Nasser, an editor, and Rami Aziz, a guest, of libel. The court fined two of them USD 2,000 each.";
    expect(fines(run(text, ["Lina Farah", "Omar Nasser", "Rami Aziz"]))).toEqual([]);
  });
});

describe("penalties: an uncounted group right after a sentence that convicts people", () => {
  it.each([
    [
      "English `each of them` after a paragraph of other penalties",
      "The court sentenced Ana Ruiz to three years and Juan Soto to two years.\n\nMarta Gil, a reporter, and Pablo Vega, a presenter, were convicted on the lesser charge. The court gave each of them 18 months of simple imprisonment.",
      ["Ana Ruiz", "Juan Soto", "Marta Gil", "Pablo Vega"],
      undefined,
      ["Ana Ruiz|1095|prison|-", "Juan Soto|730|prison|-", "Marta Gil|540|prison|-", "Pablo Vega|540|prison|-"],
    ],
    [
      "French `chacun d'eux`",
      "Le tribunal a condamné Paul Mbeki à cinq ans de prison.\n\nAwa Diop et Moussa Fall ont été reconnus coupables de rébellion. Le tribunal a condamné chacun d'eux à deux ans de prison.",
      ["Paul Mbeki", "Awa Diop", "Moussa Fall"],
      "fr",
      ["Paul Mbeki|1825|prison|-", "Awa Diop|730|prison|-", "Moussa Fall|730|prison|-"],
    ],
  ] as const)("%s", (_, text, names, language, expected) => {
    expect(sentences(run(text, [...names], [], null, language))).toEqual(expected);
  });

  it("leaves the group to the people penalised when the sentence before convicts only one", () => {
    const text = "The court sentenced Ana Ruiz and Juan Soto to three years each.\n\nMarta Gil was convicted on a lesser charge. Each of them was also fined USD 300.";
    expect(fines(run(text, ["Ana Ruiz", "Juan Soto", "Marta Gil"]))).toEqual(["Ana Ruiz|300|USD|-", "Juan Soto|300|USD|-"]);
  });

  it("gives nobody to a counted group with no names (`Two other activists were each fined`)", () => {
    const text = "Marta Gil and Pablo Vega were convicted of libel. Two other activists were each fined USD 300.";
    expect(fines(run(text, ["Marta Gil", "Pablo Vega"]))).toEqual([]);
  });
});

describe("penalties: a list set one name to an item names its people together", () => {
  it.each([
    [
      "bullets, `Each` after",
      "The magistrate convicted the three of public violence. They are:\n• Tapiwa Moyo, national president;\n• Rudo Banda, the union's secretary; and\n• Farai Dube, chairperson of the branch.\n\nEach was sentenced to 24 months' imprisonment.",
      ["Tapiwa Moyo", "Rudo Banda", "Farai Dube"],
      undefined,
      ["Tapiwa Moyo|720|prison|-", "Rudo Banda|720|prison|-", "Farai Dube|720|prison|-"],
    ],
    [
      "French dashes, two sentences naming nobody between",
      "Les enseignants condamnés sont :\n– Monsieur Jean Ndayishimiye, enseignant à Gitega ;\n– Madame Rose Kaneza, trésorière ;\n– Monsieur Eric Bizimana, délégué syndical.\n\nNos trois collègues avaient été arrêtés en mars. Ils étaient poursuivis pour rébellion.\n\nLe tribunal a condamné chacun d'eux à une peine de trois ans de prison.",
      ["Jean Ndayishimiye", "Rose Kaneza", "Eric Bizimana"],
      "fr",
      ["Jean Ndayishimiye|1095|prison|-", "Rose Kaneza|1095|prison|-", "Eric Bizimana|1095|prison|-"],
    ],
    [
      "Spanish numbered items",
      "Los dirigentes detenidos son:\n1. Carlos Pérez, secretario general;\n2. Lucía Gómez, tesorera.\n\nCada uno de ellos fue condenado a cuatro años de prisión.",
      ["Carlos Pérez", "Lucía Gómez"],
      "es",
      ["Carlos Pérez|1460|prison|-", "Lucía Gómez|1460|prison|-"],
    ],
  ] as const)("%s", (_, text, names, language, expected) => {
    expect(sentences(run(text, [...names], [], null, language))).toEqual(expected);
  });

  it("does not join an item to the prose line before it", () => {
    const text = "Tapiwa Moyo chaired the meeting.\n• Rudo Banda, the union's secretary.\n\nEach was sentenced to two years' imprisonment.";
    expect(sentences(run(text, ["Tapiwa Moyo", "Rudo Banda"]))).toEqual([]);
  });

  it("does not read a prosecutor's request against each of them as a penalty (`avait requis contre chacun d'eux une peine de`)", () => {
    const text = "Awa Diop et Moussa Fall ont été reconnus coupables. Le parquet avait requis contre chacun d'eux une peine de dix ans de prison.";
    expect(sentences(run(text, ["Awa Diop", "Moussa Fall"], [], null, "fr"))).toEqual([]);
  });
});

describe("penalties: `them` after names listed earlier in its own sentence", () => {
  it("gives the fine to the names of its sentence, not of the sentence before", () => {
    const text = "Ravi Thapa and Bina Adhikari received six months' imprisonment each. Josef Kariuki and Imran Sarker were sentenced to one month in prison; the court also fined them 5,000 euros each.";
    expect(fines(run(text, ["Ravi Thapa", "Bina Adhikari", "Josef Kariuki", "Imran Sarker"]))).toEqual(["Josef Kariuki|5000|EUR|-", "Imran Sarker|5000|EUR|-"]);
  });

  it("keeps the sentence before when its own sentence names one person only", () => {
    const text = "Ravi Thapa and Bina Adhikari were convicted of rioting. Judge Mina Lo said the court fined them 5,000 euros each.";
    expect(fines(run(text, ["Ravi Thapa", "Bina Adhikari", ["Mina Lo", [], ["judge"]]]))).toEqual(["Ravi Thapa|5000|EUR|-", "Bina Adhikari|5000|EUR|-"]);
  });
});

describe("penalties: `the others` inside a complement is no subject", () => {
  it("gives the term to the names before an aside that speaks `on behalf of the others`", () => {
    const text = "Ravi Thapa and Bina Adhikari, the two shift leaders who had spoken to the manager on behalf of the others, received six months' imprisonment each.";
    expect(sentences(run(text, ["Ravi Thapa", "Bina Adhikari"]))).toEqual(["Ravi Thapa|180|prison|-", "Bina Adhikari|180|prison|-"]);
  });

  it("still reads `all of the others` as the rest of a list", () => {
    const text = "The court convicted Ravi Thapa, Bina Adhikari and Josef Kariuki. Ravi Thapa was sentenced to two years in prison. All of the others were fined 300 euros each.";
    expect(fines(run(text, ["Ravi Thapa", "Bina Adhikari", "Josef Kariuki"]))).toEqual(["Bina Adhikari|300|EUR|-", "Josef Kariuki|300|EUR|-"]);
  });
});

describe("penalties: a possessor set beside a name is no subject", () => {
  it.each([
    ["English `'s`", "The court jailed Anvar Saidov for six years. Separately, Timur Rakhimov, Anvar Saidov's brother-in-law, was fined 800 euros.",
      ["Anvar Saidov", "Timur Rakhimov"], ["Timur Rakhimov|800|EUR|-"]],
    ["a curly apostrophe and a role after it", "Olga Petrenko, Ivan Lysenko’s legal adviser, was fined 300 euros on Friday.", ["Olga Petrenko", "Ivan Lysenko"], ["Olga Petrenko|300|EUR|-"]],
  ] as const)("%s", (_, text, names, expected) => {
    expect(fines(run(text, [...names]))).toEqual(expected);
  });

  it("keeps every member of a plain list set off by commas", () => {
    const text = "Olga Petrenko, Ivan Lysenko and Pavel Orlov were each fined 300 euros on Friday.";
    expect(fines(run(text, ["Olga Petrenko", "Ivan Lysenko", "Pavel Orlov"]))).toEqual(["Olga Petrenko|300|EUR|-", "Ivan Lysenko|300|EUR|-", "Pavel Orlov|300|EUR|-"]);
  });
});

describe("penalties: a counted group right after the penalty, named next", () => {
  it.each([
    ["`on the other two defendants`, `They are A and B`", "The same day the court imposed six-month suspended sentences on the other two defendants in the case. They are photographer Omar Saleh and Hana Adel, the site's founder.",
      ["Omar Saleh", "Hana Adel"], ["Omar Saleh|180|suspended prison|-", "Hana Adel|180|suspended prison|-"]],
    ["`to three organisers`, the names opening the next sentence", "A district court handed one-year prison terms to three organisers of the strike. Ana Ruiz, Juan Soto and Luis Paz were taken to prison.",
      ["Ana Ruiz", "Juan Soto", "Luis Paz"], ["Ana Ruiz|365|prison|-", "Juan Soto|365|prison|-", "Luis Paz|365|prison|-"]],
  ] as const)("%s", (_, text, names, expected) => {
    expect(sentences(run(text, [...names]))).toEqual(expected);
  });

  it("gives nobody when the next sentence names another number of people", () => {
    const text = "The court imposed six-month suspended sentences on two other activists. Their lawyer, Omar Saleh, said they would appeal.";
    expect(sentences(run(text, [["Omar Saleh", [], ["lawyer"]]]))).toEqual([]);
  });
});

describe("penalties: lawyers coordinated as the subject of a conviction are in the dock", () => {
  it("gives `each of them` to both lawyers the sentence before convicts", () => {
    const text = "The court jailed Deniz Arslan and Selin Kaya for two years each.\n\nTwo lawyers who represented the strikers, Mert Ozan and Elif Sarı, were convicted in 2024 of insulting an official. The court sentenced each of them to 11 months in prison.";
    const names: [string, string[], string[]][] = [["Deniz Arslan", [], []], ["Selin Kaya", [], []], ["Mert Ozan", [], ["lawyer"]], ["Elif Sarı", [], ["lawyer"]]];
    expect(sentences(run(text, names))).toEqual(["Deniz Arslan|730|prison|-", "Selin Kaya|730|prison|-", "Mert Ozan|330|prison|-", "Elif Sarı|330|prison|-"]);
  });

  it("keeps defence lawyers who are no subject out (`represented by lawyers A and B, were convicted` is the clients')", () => {
    const text = "Deniz Arslan and Selin Kaya, represented by lawyer Mert Ozan, were convicted of insult. The court sentenced each of them to 11 months in prison.";
    const names: [string, string[], string[]][] = [["Deniz Arslan", [], []], ["Selin Kaya", [], []], ["Mert Ozan", [], ["lawyer"]]];
    expect(sentences(run(text, names))).toEqual(["Deniz Arslan|330|prison|-", "Selin Kaya|330|prison|-"]);
  });
});
