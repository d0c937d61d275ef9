/**
 * Session 22 (word22): penalty wordings that were not read, and terms that are no penalty. Made-up sentences, names and
 * places, each with what must be found and a near-miss that must not.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { extract } from "../../../src/extract/index.js";
import { sentenceExtractors } from "../../../src/extract/sentences/index.js";
import type { Extractor } from "../../../src/extract/types.js";

function found(text: string, language?: string): string[] {
  const context = createContext(text, { dateOrder: "auto", ...(language ? { language } : {}) });
  return extract(context, sentenceExtractors as Extractor[]).map((c) => {
    if (c.type !== "sentence") throw new Error("not a sentence");
    return `${c.kind ?? "-"}|${c.duration}`;
  });
}

describe("a term that only replaces an unpaid fine is no penalty of its own", () => {
  it.each([
    ["`to be replaced by`", "The court fined Rina Sari Rp 10.000.000, to be replaced by two months' detention.", "en", []],
    ["`convertible into`", "Tomas Berg was sentenced to a fine of 4,000 riels convertible into ten days in jail.", "en", []],
    ["`if unpaid`", "The magistrate fined Ola Dube $300, with 20 days in jail if it is left unpaid.", "en", []],
    ["`in case of non-payment`", "Ada Kim was fined €900, or 30 days' detention in case of non-payment.", "en", []],
    ["French `à défaut de paiement`", "M. Luc Mbala a été condamné à une amende de 300.000 FC, à défaut de paiement de laquelle il subirait vingt jours de servitude pénale.", "fr", []],
    ["Spanish `en caso de impago`", "El juez condenó a Ana Ruiz a una multa de 5.000 pesos, que en caso de impago se convertirá en diez días de arresto.", "es", []],
    // Near-misses: a term changed into another is a penalty; so is a term beside a fine.
    ["a term commuted", "In May the court of appeal commuted his sentence to 20 years in prison.", "en", ["prison|P20Y"]],
    ["a term beside a fine", "M. Luc Mbala a été condamné à six mois de prison ferme et à une amende de 300.000 FC.", "fr", ["prison|P6M"]],
  ])("%s", (_, text, language, expected) => {
    expect(found(text, language)).toEqual(expected);
  });
});

describe("a ban word is a verb only when its object or `from` follows", () => {
  it.each([
    ["a table row's charge of banned symbols", "Name\tCharge\tPenalty\nIsa Demir\tdisplay of banned symbols\t5 days' administrative arrest\n", ["administrative detention|P5D"]],
    ["a banned party in the charge", "Ana Ruiz, a member of a banned party, was sentenced to three years in prison.", ["prison|P3Y"]],
    // Near-misses: the verb still rules out the term it bans for.
    ["banned from", "He was given a fine and banned from leaving the country for five years.", []],
    ["banned with its object", "The court barred Omar Said from journalism for two years.", []],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("administrative detention told as time spent", () => {
  it("reads `spent 15 days in administrative detention` as the penalty", () => {
    expect(found("Rustam Aliev had already spent 15 days in administrative detention in July for a post.")).toEqual(["administrative detention|P15D"]);
  });
  it("leaves time spent in custody before a trial (near-miss)", () => {
    expect(found("Rustam Aliev had already spent 15 days in custody before the trial, and was fined.")).toEqual([]);
  });
});

describe("the post-Soviet codes' names before `for` and a term", () => {
  it("reads `a restriction of freedom for 18 months`", () => {
    expect(found("Oleg Petrov has been living under a restriction of freedom for 18 months since his conviction.")).toEqual(["restricted freedom|P18M"]);
  });
  it("leaves the freedom of movement's length with no penalty named (near-miss)", () => {
    expect(found("Oleg Petrov has enjoyed freedom of movement for 18 months since his release.")).toEqual([]);
  });
});

describe("weak verbs: `meted`, a further term, a term given under the same article", () => {
  it.each([
    ["`was meted`", "Rey Santos, who is 61, was meted eight years.", ["-|P8Y"]],
    ["a further term, of the kind told before", "The court sentenced Ivan Lis to 15 days of administrative arrest.\n\nOn Friday his brother Petr Lis was given a further ten days for \"disobedience\".", ["administrative detention|P15D", "administrative detention|P10D"]],
    ["under the same article", "Ivan Lis was sentenced to 12 days of administrative arrest. His colleague Petr Lis received 15 days under the same article of the Code.", ["administrative detention|P12D", "administrative detention|P15D"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each([
    ["a further period to appeal", "The court sentenced Ivan Lis to 15 days of administrative arrest.\n\nHis lawyer was given a further ten days to file the appeal."],
    ["a further term with no penalty told before", "Petr Lis was given a further ten days for \"disobedience\"."],
  ])("nothing from %s", (_, text) => {
    expect(found(text).filter((f) => f.endsWith("P10D"))).toEqual([]);
  });
});

describe("`RI` and `SI` after a term", () => {
  it("reads rigorous and simple imprisonment abbreviated", () => {
    expect(found("The court sentenced Ravi Kumar to two years' RI and Mohan Das to six months' SI.")).toEqual(["prison|P2Y", "prison|P6M"]);
  });
  it("does not read lower-case words as the abbreviations (near-miss)", () => {
    expect(found("The court sentenced Ravi Kumar to two years si vous voulez.")).toEqual(["-|P2Y"]);
  });
});

describe("the firm part of a partly suspended term (French, Spanish)", () => {
  it.each([
    ["one part stated", "M. Ali Saïd a été condamné à deux ans de prison dont un an ferme.", ["prison|P2Y", "prison|P1Y"]],
    ["both parts stated", "M. Ali Saïd a été condamné à un an d'emprisonnement, dont six mois ferme et six mois avec sursis.", ["prison|P1Y", "prison|P6M", "suspended prison|P6M"]],
    // Near-miss: a suspended part counted out is no term of its own.
    ["the suspended part", "M. Ali Saïd a été condamné à deux ans de prison dont un an avec sursis.", ["prison|P2Y"]],
  ])("%s", (_, text, expected) => {
    expect(found(text, "fr")).toEqual(expected);
  });
});

describe("Spanish: `hasta` bounds a term only right before it; list items stating terms; a union post", () => {
  const intro = "La jueza impuso las siguientes penas:\n\n";
  it.each([
    ["`hasta` further back is `until`", `${intro}A la periodista Ana Ruiz, que trabajó en la radio hasta su cierre en 2022, ocho años de prisión.\n`, ["prison|P8Y"]],
    [
      "unmarked items, each stating a term, after the introduction",
      `${intro}A la periodista Ana Ruiz, directora del noticiero, ocho años de prisión y una multa de 800 días multa.\n\nAl dirigente Juan Soto Vega, diez años de prisión.\n\nA la enfermera Rosa Mena, dos años de trabajo correccional con internamiento.\n`,
      ["prison|P8Y", "prison|P10Y", "corrective labour|P2Y"],
    ],
    ["a union post of grievances is no request", `${intro}Al secretario de reclamos del sindicato, Pedro Gil, cinco años de prisión.\n`, ["prison|P5Y"]],
  ])("%s", (_, text, expected) => {
    expect(found(text, "es")).toEqual(expected);
  });
  it.each([
    ["`hasta` right before the term", "La ley contempla penas de hasta ocho años de prisión."],
    ["a total of several people's terms", "En total, la judicatura impuso treinta años de prisión a cuatro personas."],
    ["a prose paragraph before the items", `${intro}La defensa apelará la decisión ante la sala penal de la corte.\n\nAl dirigente Juan Soto Vega, diez años de servicio.\n`],
  ])("nothing from %s", (_, text) => {
    expect(found(text, "es")).toEqual([]);
  });
});

describe("French: an introduction that states the request's terms before its colon", () => {
  it("reads the items under it, not the request", () => {
    const text =
      "Le parquet avait requis cinq ans de prison contre chacun. Le tribunal a prononcé les peines suivantes :\n\nM. Paul Kaboré, secrétaire général : deux ans d'emprisonnement.\n\nMme Awa Sanou, trésorière : un an d'emprisonnement avec sursis.\n";
    expect(found(text, "fr")).toEqual(["prison|P2Y", "suspended prison|P1Y"]);
  });
});

describe("sentences/table-cell: columns headed by the ruling's instance", () => {
  const header = "Name\tOccupation\tFirst instance (3 May 2025)\tAppeal (11 June 2026)\tTravel ban after release\n";
  it("reads each instance's term, a part suspended after a comma, not an upheld one again", () => {
    const text = `${header}Omar Said\tteacher\t12 years\t18 years\t18 years\nLina Haddad\tnurse\t6 years\t6 years (upheld)\t6 years\nAdel Nasser\tdriver\t3 years, 2 suspended\t3 years, 2 suspended (upheld)\tnone\n`;
    expect(found(text)).toEqual(["-|P12Y", "-|P18Y", "-|P6Y", "-|P3Y"]);
  });
  it("reads nothing under columns that name no penalty nor instance (near-miss)", () => {
    expect(found("Name\tOccupation\tYears of service\tTravel ban after release\nOmar Said\tteacher\t12 years\t18 years\n")).toEqual([]);
  });
});

describe("sentences/noun-term: terms after a dash that closes a ruling naming its penalty", () => {
  it("reads the terms shared out, of the kind the ruling named", () => {
    const text = "The city court handed down administrative detention to the union's chair, Levan Beria, and its deputy, Nino Gelashvili – twelve days and eight days respectively.";
    expect(found(text)).toEqual(["administrative detention|P12D", "administrative detention|P8D"]);
  });
  it.each([
    ["a dash after no ruling", "The union's chair, Levan Beria, spoke of the strike – twelve days and eight days of it."],
    ["no dash before the term", "The court handed down administrative detention to Levan Beria after a hearing that lasted two days."],
  ])("nothing from %s (near-miss)", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("sentences/table-cell: a whole term suspended after a comma is no part counted (the case that caught it)", () => {
  it("leaves `2 years, suspended` under `Prison` to the other rules, as suspended", () => {
    expect(found("Name\tPosition\tPrison\tOther penalties\nSara Amini\tteacher\t2 years, suspended for 5 years\t—\n")).toEqual(["suspended prison|P2Y"]);
  });
});
