/** Ruling dates, session 24 (dates24): a term's end told after the penalty dates no ruling. Made-up wordings, with near-misses. */
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, processText } from "../../src/pipeline.js";

/** Each penalty as `person|days or amount|date`, in text order. */
async function penalties(text: string): Promise<string[]> {
  const { result } = await processText(text, "case.txt", DEFAULT_OPTIONS);
  return [...result.sentences.map((s) => ({ start: s.start, line: `${s.person}|${s.days}|${s.date ?? "-"}` })), ...result.fines.map((f) => ({ start: f.start, line: `${f.person}|${f.amount}|${f.date ?? "-"}` }))]
    .sort((a, b) => a.start - b.start)
    .map((p) => p.line);
}

const HEAD = "Oslo, 12 October 2025\n\nDear Minister,\n\n";

describe("a term's end after the penalty (h22 mongolia)", () => {
  it("`his suspension ended last September` does not date the ruling told before it", async () => {
    const found = await penalties(`${HEAD}In September 2022 the former chairman, Batbayar Dorj, received a suspended sentence of two years with a probation period of two years for a protest; his suspension ended last September.`);
    expect(found.every((p) => p.endsWith("|2022-09"))).toBe(true);
  });
  it("near-miss: a ruling's day after the term is still its own", async () => {
    const found = await penalties(`${HEAD}The former chairman, Batbayar Dorj, was sentenced to two years in prison; the verdict was delivered on 3 September 2025.`);
    expect(found).toContain("Batbayar Dorj|730|2025-09-03");
  });
});

describe("the ruling's day in apposition in the next sentence (h23 kosovo, h15 lmfn)", () => {
  it("`The ruling, delivered on 9 October 2023, was read out …` dates the penalty told before it", async () => {
    const found = await penalties("Prishtina – A court found Besar Krasniqi, chair of the health union, guilty and sentenced him to six months' imprisonment, suspended for one year. The ruling, delivered on 9 October 2023, was read out in a court packed with nurses.");
    expect(found).toContain("Besar Krasniqi|180|2023-10-09");
  });
  it("near-miss: a date in apposition to another noun dates nothing", async () => {
    const found = await penalties("Prishtina – A court found Besar Krasniqi, chair of the health union, guilty and sentenced him to six months' imprisonment, suspended for one year. The protest, held on 9 April 2023, was peaceful.");
    expect(found).toContain("Besar Krasniqi|180|-");
  });
});

describe("a message named by its date dates no ruling (h23 liberia)", () => {
  it("`from your message of 31 May` leaves the ruling's `30 May`", async () => {
    const found = await penalties("Oslo, 4 June 2024\n\nWe learned of the decision of the Criminal Court on Thursday last week, 30 May, to convict your President, Sis. Musu Kpoto. As we understand it from your message of 31 May, Sis. Kpoto was given 90 days in prison and a fine of L$75,000.");
    expect(found.every((p) => !p.endsWith("2024-05-31"))).toBe(true);
  });
  it("near-miss: the court's decision of a day still dates it", async () => {
    const found = await penalties("Oslo, 4 June 2024\n\nBy its decision of 31 May, the Criminal Court sentenced Musu Kpoto to 90 days in prison.");
    expect(found).toContain("Musu Kpoto|90|2024-05-31");
  });
});
