/**
 * Who a penalty reaches (session 18, subj18): a pronoun's antecedent past a possessor set before the
 * subject's own name (`X's brother, Y, was arrested … sentenced him`), and a sized group whose convicted
 * people are named in the sentence before the ones that name nobody. Made-up names and wordings, with
 * near-misses.
 */
import { describe, expect, it } from "vitest";
import { fines, run, sentences } from "./penalties-helpers.js";

describe("penalties: a possessor is no pronoun's antecedent", () => {
  it.each([
    [
      "English possessive and apposed name",
      "The court jailed Rustam Karimov for nine years. On 2 May, Mr. Karimov's brother, Mr. Anvar Karimov, a driver, was detained outside the court. The same day a judge found him guilty of hooliganism and sentenced him to 15 days of administrative arrest.",
      [["Rustam Karimov", ["Karimov"]], "Anvar Karimov"],
      undefined,
      ["Rustam Karimov|3285|prison|-", "Anvar Karimov|15|administrative detention|-"],
    ],
    [
      "French `de` complement and apposed name",
      "Le tribunal a condamné Rachid Ouali à deux ans de prison. La sœur de M. Ouali, Samira Haddou, a été interpellée le lendemain. Elle a été condamnée à un mois de prison.",
      [["Rachid Ouali", ["Ouali"]], "Samira Haddou"],
      "fr",
      ["Rachid Ouali|730|prison|-", "Samira Haddou|30|prison|-"],
    ],
    [
      "Spanish `de` complement and apposed name",
      "El juez condenó a Julio Mena a cuatro años de prisión. El hijo de Julio Mena, Andrés Mena Rojas, fue detenido en la protesta. Al día siguiente, el juez lo condenó a seis meses de prisión.",
      ["Julio Mena", "Andrés Mena Rojas"],
      "es",
      ["Julio Mena|1460|prison|-", "Andrés Mena Rojas|180|prison|-"],
    ],
  ] as const)("gives the pronoun the apposed name (%s)", (_, text, names, language, expected) => {
    expect(sentences(run(text, names.map((n) => (typeof n === "string" ? n : [n[0], [...n[1]]])), [], null, language))).toEqual(expected);
  });

  it("keeps the possessor when no name is set beside its noun (`Karimov's lawyer appealed`, `Karimov's wife, who …`)", () => {
    const lawyer = "The court jailed Rustam Karimov for nine years. Karimov's lawyer appealed the next day. The court then fined him 2,000 somoni for contempt.";
    expect(fines(run(lawyer, [["Rustam Karimov", ["Karimov"]]]))).toEqual(["Rustam Karimov|2000|TJS|-"]);
    const aside = "The court jailed Rustam Karimov for nine years. Karimov's wife, who spoke to reporters, said he would appeal. On Monday the court also fined him 2,000 somoni.";
    expect(fines(run(aside, [["Rustam Karimov", ["Karimov"]]]))).toEqual(["Rustam Karimov|2000|TJS|-"]);
  });
});

describe("penalties: a sized group after sentences that name nobody", () => {
  it("gives `each of the three` the three convicted in the last sentence naming anyone, not the three penalised before", () => {
    const text = "In Ankara, Selin Aydın, Murat Koç and Ebru Şahin were each sentenced to ten months in prison. In Izmir, the union's chairman, Kerem Polat, its treasurer, Nazlı Yurt, and organiser Hakan Er were found guilty of resisting dispersal. The court did not impose prison terms. Instead, each of the three was given a judicial fine of 6,000 lira.";
    expect(fines(run(text, ["Selin Aydın", "Murat Koç", "Ebru Şahin", "Kerem Polat", "Nazlı Yurt", "Hakan Er"]))).toEqual(["Kerem Polat|6000|TRY|-", "Nazlı Yurt|6000|TRY|-", "Hakan Er|6000|TRY|-"]);
  });

  it("keeps the people penalised last when the convicted sentence names another number, or convicts no one", () => {
    const two = "In Ankara, Selin Aydın, Murat Koç and Ebru Şahin were each sentenced to ten months in prison. In Izmir, Kerem Polat and Nazlı Yurt were found guilty of resisting dispersal. The court did not impose prison terms. Instead, each of the three was given a judicial fine of 6,000 lira.";
    expect(fines(run(two, ["Selin Aydın", "Murat Koç", "Ebru Şahin", "Kerem Polat", "Nazlı Yurt"]))).toEqual(["Selin Aydın|6000|TRY|-", "Murat Koç|6000|TRY|-", "Ebru Şahin|6000|TRY|-"]);
    const met = "In Ankara, Selin Aydın, Murat Koç and Ebru Şahin were each sentenced to ten months in prison. Their lawyers met Kerem Polat, Nazlı Yurt and Hakan Er afterwards. The hearing ended late. Each of the three was also given a fine of 6,000 lira.";
    expect(fines(run(met, ["Selin Aydın", "Murat Koç", "Ebru Şahin", "Kerem Polat", "Nazlı Yurt", "Hakan Er"]))).toEqual(["Selin Aydın|6000|TRY|-", "Murat Koç|6000|TRY|-", "Ebru Şahin|6000|TRY|-"]);
  });
});

describe("penalties: a restated penalty reaches its new person", () => {
  it.each([
    ["the same two terms as", "Hla Win was sentenced to three years in prison for incitement and to two years in prison for association. Min Thu received the same two terms as Hla Win."],
    ["identical sentences to", "Hla Win was sentenced to three years in prison for incitement and to two years in prison for association. Min Thu was also handed identical sentences to Hla Win."],
  ])("copies every term of the person named (%s)", (_, text) => {
    expect(sentences(run(text, ["Hla Win", "Min Thu"]))).toEqual(["Hla Win|1095|prison|-", "Hla Win|730|prison|-", "Min Thu|1095|prison|-", "Min Thu|730|prison|-"]);
  });

  it("copies a fine to the person of `…, and so was X` (and `as were A and B`)", () => {
    expect(fines(run("Nomvula Dube was fined 5,000 rand, and so was Sipho Zulu.", ["Nomvula Dube", "Sipho Zulu"]))).toEqual(["Nomvula Dube|5000|ZAR|-", "Sipho Zulu|5000|ZAR|-"]);
    expect(fines(run("Nomvula Dube was fined 5,000 rand, as were Sipho Zulu and Thabo Nkosi.", ["Nomvula Dube", "Sipho Zulu", "Thabo Nkosi"]))).toEqual(["Nomvula Dube|5000|ZAR|-", "Sipho Zulu|5000|ZAR|-", "Thabo Nkosi|5000|ZAR|-"]);
  });

  it("copies nothing to a name that is no restated subject (`as was expected`, a term closed by a full stop, another's own fine)", () => {
    expect(fines(run("Nomvula Dube was fined 5,000 rand, as was expected by her lawyer Sipho Zulu.", ["Nomvula Dube", "Sipho Zulu"]))).toEqual(["Nomvula Dube|5000|ZAR|-"]);
    expect(fines(run("Nomvula Dube was fined 5,000 rand. Sipho Zulu was acquitted, and so was Thabo Nkosi.", ["Nomvula Dube", "Sipho Zulu", "Thabo Nkosi"]))).toEqual(["Nomvula Dube|5000|ZAR|-"]);
    expect(sentences(run("Hla Win was sentenced to three years in prison. Min Thu received the same two terms as Aung Ko.", ["Hla Win", "Min Thu", "Aung Ko"]))).toEqual(["Hla Win|1095|prison|-"]);
  });
});

describe("penalties: the named part of an unnamed counted group (src/resolve/penalties-part.ts)", () => {
  it("gives the group's penalty to the part the next sentence names (`four of them: A, B, C and D`)", () => {
    const text = "Six other workers received six months' imprisonment, suspended for three years. The union has been able to confirm the names of four of them: Kofi Mensah, Ama Owusu, Yaw Boateng and Esi Addo. The families of the other two asked that their names be withheld.";
    expect(sentences(run(text, ["Kofi Mensah", "Ama Owusu", "Yaw Boateng", "Esi Addo"]))).toEqual(["Kofi Mensah|180|suspended prison|-", "Ama Owusu|180|suspended prison|-", "Yaw Boateng|180|suspended prison|-", "Esi Addo|180|suspended prison|-"]);
    const fined = "Nine street vendors were fined 20,000 dollars each. Two of whom, Tendai Moyo and Rudo Chikore, had been arrested before.";
    expect(fines(run(fined, ["Tendai Moyo", "Rudo Chikore"]))).toEqual(["Tendai Moyo|20000|USD|-", "Rudo Chikore|20000|USD|-"]);
  });

  it("gives nobody when the part is unnamed, named in another number, or the names follow no part", () => {
    expect(sentences(run("Six workers received six months in prison. Two of them were later released on bail.", []))).toEqual([]);
    expect(sentences(run("Six workers received six months in prison. Three of them, Kofi Mensah and Ama Owusu, have appealed.", ["Kofi Mensah", "Ama Owusu"]))).toEqual([]);
    expect(sentences(run("Four workers received six months in prison. Their lawyer, Kofi Mensah, said two of them would appeal.", ["Kofi Mensah"]))).toEqual([]);
    expect(sentences(run("Four workers received six months in prison. Kofi Mensah and Ama Owusu, two of their colleagues, were acquitted.", ["Kofi Mensah", "Ama Owusu"]))).toEqual([]);
  });
});
