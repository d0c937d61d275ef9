/** The `sentences/table-cell` rule: a bare term in a table's penalty column, and what it must leave. */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { languageTermRule } from "../../../src/extract/sentences/language-term.js";
import { tableCellRule } from "../../../src/extract/sentences/table-cell.js";

function found(text: string): string[] {
  return tableCellRule.extract(createContext(text, { dateOrder: "auto" })).map((c) => {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    return `${c.text}|${c.kind ?? "-"}|${c.duration}|${c.days}`;
  });
}

describe("sentences/table-cell finds", () => {
  it.each([
    ["a bare term under `Sentence`", "Name\tUnion\tSentence\nEla Brook\tDockers' Union\t5 years\nJon Vale\tMiners' Union\t6 months.", ["5 years|-|P5Y|1825", "6 months|-|P6M|180"]],
    ["the whole term before a bracket giving the part served", "Name\tSentence\tDate\nAra Nouri\t8 years (5 years enforceable)\t02-Sep-2024\nBo Lindahl\t4 years (2 to serve)\t03-Sep-2024\nChidi Eze\t30 months (18 months suspended).\t04-Sep-2024", ["8 years|-|P8Y|2920", "4 years|-|P4Y|1460", "30 months|-|P30M|900"]],
    ["a term with a short note after it", "Date\tSentence\tName\n3 May 2024\tSeven and a half years (combined)\tKian Rahimi\n4 May 2024\t2 years (in absentia)\tLeyla Sadri", ["Seven and a half years|-|P7Y6M|2735", "2 years|-|P2Y|730"]],
    ["a note that names the kind", "Name\tSentence\nOrhan Kaplan\t5 months (HAGB)\nSelin Acar\t8 months (suspended)", ["5 months|suspended prison|P5M|150", "8 months|suspended prison|P8M|240"]],
    ["the kind the header names", "Detainee\tPrison term\tDate\nEla Brook\ttwo years and six months\t4 May 2023\nJon Vale\t15 days\t5 May 2023", ["two years and six months|prison|P2Y6M|910", "15 days|prison|P15D|15"]],
    ["a second penalty column, its header's kind (a dash: none)", "Name\tSentence\tProbation\nLe Van An\t8 years\t3 years\nTran Thi Binh\t30 months\t-", ["8 years|-|P8Y|2920", "3 years|probation|P3Y|1095", "30 months|-|P30M|900"]],
    ["a kind and the law it was imposed under after the term", "Name\tPenalty\nMin Thu\t3 years with hard labour (s. 505A, Penal Code)\nHla Win\tsix months (s. 17(1), Unlawful Associations Act)", ["3 years|prison|P3Y|1095", "six months|-|P6M|180"]],
    ["the kind of penalty as the header (`Prison`, `Detention`, `Prisión`: session 16)", "Name\tPosition\tPrison\nReza Karimi\tspokesperson\t5 years\nMina Ahmadi\ttreasurer\t3 years and 6 months", ["5 years|prison|P5Y|1825", "3 years and 6 months|prison|P3Y6M|1275"]],
    ["a `ditto` or `〃` cell repeats the term above", "Name\tPenalty\nMin Thu\t7 years\nHla Win\tditto\nAung Ko\t〃", ["7 years|-|P7Y|2555", "ditto|-|P7Y|2555", "〃|-|P7Y|2555"]],
  ])("%s", (_why, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("sentences/table-cell ignores", () => {
  it("a `ditto` with no term above it", () => {
    expect(found("Name\tPenalty\nMin Thu\tacquitted\nHla Win\tditto")).toEqual([]);
  });

  it.each([
    ["a term in a column the header does not call a penalty", "Name\tUnion\tAge\nEla Brook\tDockers' Union\t34 years\nJon Vale\tMiners' Union\t41 years"],
    ["a table without a header row", "Ela Brook\tDockers' Union\t5 years\nJon Vale\tMiners' Union\t6 months"],
    ["a cell that says more than the term (the other rules read it)", "Name\tUnion\tSentence\nEla Brook\tDockers' Union\t5 years in prison\nJon Vale\tMiners' Union\tacquitted"],
    ["a bracket that adds another penalty, not a part of the term", "Name\tSentence\nAra Nouri\t8 years (plus a 2-year travel ban)\nBo Lindahl\t4 years (and 3 years of exile)"],
    ["a note that makes the term no sentence", "Name\tSentence\nAra Nouri\t8 years (requested)\nBo Lindahl\t4 years (maximum)\nChidi Eze\t3 years (overturned on appeal)"],
    ["a fine column", "Name\tUnion\tFine\nEla Brook\tDockers' Union\t500 euros\nJon Vale\tMiners' Union\t10 days' wages"],
    ["a term in prose", "Name\tSentence\n\nEla Brook was held for 5 years."],
    ["a column of time served", "Name\tSentence\tServed\nEla Brook\tacquitted\t2 years\nJon Vale\treleased\t6 months"],
  ])("%s", (_why, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("sentences/language-term in a table's penalty column (session 14, h14a)", () => {
  const rows = (text: string): string[] =>
    languageTermRule.extract(createContext(text, { dateOrder: "auto", language: "fr" })).map((c) => `${c.text}|${c.kind ?? "-"}|${c.duration}`);
  it("reads a French term under `Peine`, its header standing for the penalty word", () => {
    expect(rows("Nom\tFonction\tPeine\tAmende\nAwa Diallo\tdirectrice\t1 an de prison ferme\t10 000 000 GNF\nSeydou Bah\tanimateur\t6 mois avec sursis\t5 000 000 GNF")).toEqual([
      "1 an de prison ferme|prison|P1Y",
      "6 mois avec sursis|suspended prison|P6M",
    ]);
  });
  it("reads no term in a column its header does not name a penalty (`Ancienneté`)", () => {
    expect(rows("Nom\tFonction\tAncienneté\nAwa Diallo\tdirectrice\t6 ans de service\nSeydou Bah\tanimateur\t2 ans de service")).toEqual([]);
  });
});
