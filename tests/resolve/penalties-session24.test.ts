/**
 * Who a penalty reaches and how it is worded (session 24, pen24). Made-up names and wordings, each with a near-miss.
 */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const reached = (text: string, language = "en"): string[] =>
  analyse(text, { ...DEFAULT_OPTIONS, language }).records.sentences.map((s) => `${s.person}|${s.days}`).sort();

describe("a surname that opens on its particle in lower case is a mention of its person", () => {
  it("gives `sentenced Ba-Hadi, al-Qirbi and Nasr to …` and `reduced al-Qirbi's to …` to al-Qirbi", () => {
    const text =
      "Three reporters, Tariq Saleh Ba-Hadi, Munir Ali al-Qirbi and Fawaz Omar Nasr, were arrested in May.\n\nOn 2 June the judge sentenced Ba-Hadi, al-Qirbi and Nasr to four years' imprisonment each. On appeal the court reduced al-Qirbi's term to two years.";
    expect(reached(text)).toEqual(["Fawaz Omar Nasr|1460", "Munir Ali al-Qirbi|1460", "Munir Ali al-Qirbi|730", "Tariq Saleh Ba-Hadi|1460"]);
  });

  it("reads `Ms al-Qirbi` after a form of address as her mention", () => {
    const text = "Huda Salem al-Qirbi and Rania Amin were arrested at the hospital.\n\nThe court reduced the prison terms of Ms al-Qirbi and Rania Amin to six months.";
    expect(reached(text)).toEqual(["Huda Salem al-Qirbi|180", "Rania Amin|180"]);
  });

  it("takes no lower-case particle word that is nobody's surname for a person (near-miss)", () => {
    const text = "Munir Ali al-Qirbi, a reporter for the daily Sawt, was arrested in May.\n\nThe court in al-Mansura sentenced him to two years in prison.";
    expect(analyse(text, DEFAULT_OPTIONS).records.people.map((p) => p.name)).toEqual(["Munir Ali al-Qirbi"]);
  });
});

describe("a court's noun as the subject of a passive penalty verb is the one penalised, no court acting", () => {
  it("never gives `The former judge was sentenced to …` to the people the sentence before named", () => {
    const text =
      "Karim Dabbas and Omar Haddad, two teachers, were each sentenced to life imprisonment. Their lawyer told the court that teaching is no crime.\n\nThe former judge was sentenced to 15 years' imprisonment and fined one million dirhams.";
    expect(reached(text)).toEqual([]);
  });

  it("still reads `The court also sentenced him to …` as the court acting on the person named before (near-miss)", () => {
    const text = "Karim Dabbas, a teacher, was arrested in May and tried in June.\n\nThe court also sentenced him to two years in prison.";
    expect(reached(text)).toEqual(["Karim Dabbas|730"]);
  });
});

describe("a verb or function word ending in `s` is no plural noun of a group", () => {
  it("never reads `The editor was sentenced` as a plural group standing for the people named before", () => {
    const text = "Ana Ruiz and Ben Cole, two reporters of the weekly, were arrested on Monday and released on bail.\n\nThe editor was sentenced to two years in prison.";
    expect(reached(text)).toEqual([]);
  });

  it("still reads `The reporters were sentenced` as the people named together before (near-miss)", () => {
    const text = "Ana Ruiz and Ben Cole, two reporters of the weekly, were arrested on Monday and released on bail.\n\nThe reporters were sentenced to two years in prison.";
    expect(reached(text)).toEqual(["Ana Ruiz|730", "Ben Cole|730"]);
  });
});

describe("a penalty told before, as the subject of its change, is its person's", () => {
  it("gives `On appeal the prison term was reduced to six years` to the person the sentence before penalised", () => {
    const text =
      "### Omid Rahnama\n\nMr. Rahnama, the union's spokesman, was convicted of assembly. The Revolutionary Court sentenced him to a decade in prison and 74 lashes. On appeal the prison term was reduced to six years. He is held in Evin Prison.";
    expect(reached(text)).toEqual(["Omid Rahnama|2190", "Omid Rahnama|3650"]);
  });

  it("gives it to nobody when no penalty was told in the sentences just before (near-miss)", () => {
    const text =
      "Omid Rahnama was sentenced to ten years in prison in 2019. He was released on bail in May. His family visited him twice. The union wrote to the minister in June. The press covered the case at length. On appeal the prison term was reduced to six years.";
    expect(reached(text)).toEqual(["Omid Rahnama|3650"]);
  });
});

describe("`each` with no count reaches the people penalised in its paragraph, never everyone penalised in the letter", () => {
  const fined = (text: string): string[] => analyse(text, DEFAULT_OPTIONS).records.fines.map((f) => `${f.person}|${f.amount}`).sort();

  it("gives `each was fined` after a clause whose one person is found to that person, not to earlier cases", () => {
    const text =
      "Ana Ruiz and Ben Cole, two reporters, were each sentenced to two years in prison in May.\n\nCarla Diaz is the union's treasurer. In June the court sentenced the treasurer to six months in prison and the secretary to three months; each was fined €500.";
    expect(fined(text)).toEqual(["Carla Diaz|500"]);
  });

  it("still gives `Each was also fined` in a paragraph penalising nobody to the people penalised before it (near-miss)", () => {
    const text = "Ana Ruiz and Ben Cole, two reporters, were each sentenced to two years in prison in May.\n\nEach was also fined €500.";
    expect(fined(text)).toEqual(["Ana Ruiz|500", "Ben Cole|500"]);
  });
});
