/** Amounts in every written form: prefixed and suffixed currencies, scales, units. */
import { describe, expect, it } from "vitest";
import { UNIT_ROWS, findAmounts, parseAmount } from "../../../src/extract/fines/money.js";

/** Each amount found in `text` as `value currency`. */
const read = (text: string): string[] => findAmounts(text, 0, text.length).map((a) => `${a.amount} ${a.currency}`);

const amounts = (text: string): string[] =>
  findAmounts(text, 0, text.length).map((a) => `${text.slice(a.start, a.end)}|${a.amount}|${a.currency ?? a.unit}`);

describe("findAmounts", () => {
  it.each([
    ["code before", "EUR 219", ["EUR 219|219|EUR"]],
    ["euro sign", "€333", ["€333|333|EUR"]],
    ["a scale letter glued to the number", "fined ₦2.5m on each count", ["₦2.5m|2500000|NGN"]],
    ["Zimbabwe Gold", "fined ZiG 2,000 each", ["ZiG 2,000|2000|ZWG"]],
    ["the naira's bare N before a scale word", "an option of a fine of N5 million", ["N5 million|5000000|NGN"]],
    ["the naira's bare N, a decimal and a scale", "fined N1.5 million on Monday", ["N1.5 million|1500000|NGN"]],
    ["the leone", "fined her 500,000 leones", ["500,000 leones|500000|SLE"]],
    ["the koruna", "each fined 40,000 korunas", ["40,000 korunas|40000|CZK"]],
    ["the rouble cut short", "fined 12,000 rub.", ["12,000 rub.|12000|RUB"]],
    ["the rouble as rbl", "fined 7 000 rbl for a picket", ["7 000 rbl|7000|RUB"]],
    ["no rouble inside a word", "fined 300 rubbish collectors", []],
    ["no number word inside a word after a code-like sign; francs CFA", "250,000 francs CFA and a ban", ["250,000 francs CFA|250000|XAF"]],
    ["Malawi's MK before thousands", "fined MK50,000", ["MK50,000|50000|MWK"]],
    ["the Liberian dollar's sign", "fined L$50,000", ["L$50,000|50000|LRD"]],
    ["the Tanzanian shilling in lower case, glued", "fined Tsh500,000", ["Tsh500,000|500000|TZS"]],
    ["dollar sign with thousands", "$98,000", ["$98,000|98000|USD"]],
    ["U.S. $", "U.S. $23,000", ["U.S. $23,000|23000|USD"]],
    ["code glued after", "roughly 490USD", ["490USD|490|USD"]],
    ["code glued before", "BDT12,500", ["BDT12,500|12500|BDT"]],
    ["name with million", "2 million riel", ["2 million riel|2000000|KHR"]],
    ["plural name", "39,000 manats", ["39,000 manats|39000|AZN"]],
    ["euros", "1,000 euros", ["1,000 euros|1000|EUR"]],
    ["lira", "5,000 lira", ["5,000 lira|5000|TRY"]],
    ["rials", "10 million rials", ["10 million rials|10000000|IRR"]],
    ["rubles", "500 rubles", ["500 rubles|500|RUB"]],
    ["BYN after", "4655 BYN", ["4655 BYN|4655|BYN"]],
    ["thousand and an adjective", "25 thousand US dollars", ["25 thousand US dollars|25000|USD"]],
    ["decimal comma before a scale", "8,212 million Kazakh tenge", ["8,212 million Kazakh tenge|8212000|KZT"]],
    ["hyphenated", "a 500-lira fine", ["500-lira|500|TRY"]],
    ["basic amounts", "25 basic amounts", ["25 basic amounts|25|basic amount"]],
    ["base amounts", "35 base amounts", ["35 base amounts|35|basic amount"]],
    ["base units", "20 base units", ["20 base units|20|basic amount"]],
    ["Kazakh monthly calculation indices", "200 monthly calculation indices", ["200 monthly calculation indices|200|monthly calculation index"]],
    ["Uzbek base calculation amounts, `N times the`", "fined 50 times the base calculation amount", ["50 times the base calculation amount|50|base calculation amount"]],
    ["the same, called a value (h11a, session 11)", "fined 150 times the base calculation value (BCV), approximately UZS 56 million", ["150 times the base calculation value|150|base calculation amount", "UZS 56 million|56000000|UZS"]],
    ["Kyrgyz calculation indices", "fined 150 calculation indices", ["150 calculation indices|150|calculation index"]],
    ["number words and a scale", "five million rials", ["five million rials|5000000|IRR"]],
    ["number words", "twenty base amounts", ["twenty base amounts|20|basic amount"]],
    ["TL before", "TL 5,000", ["TL 5,000|5000|TRY"]],
    ["naira sign", "₦20,000", ["₦20,000|20000|NGN"]],
    ["KSh before", "KSh 50,000", ["KSh 50,000|50000|KES"]],
    ["Rs before, the rupee of the letter's country", "fined Rs 10,000 in Lahore, Pakistan", ["Rs 10,000|10000|PKR"]],
    ["dotted thousands", "1.000.000 rubles", ["1.000.000 rubles|1000000|RUB"]],
    ["spaced thousands", "2 000 euros", ["2 000 euros|2000|EUR"]],
    ["a dollar with a place before the sign", "HK$10,000", ["HK$10,000|10000|HKD"]],
    ["a two-word adjective", "10,000 Hong Kong dollars", ["10,000 Hong Kong dollars|10000|HKD"]],
    ["the rand's R", "fined R5,000", ["R5,000|5000|ZAR"]],
    ["the lilangeni's E", "a fine of E10,000", ["E10,000|10000|SZL"]],
    ["the peso's P", "a fine of P50,000", ["P50,000|50000|PHP"]],
    ["the quetzal's Q, spaced", "a fine of Q 25,000", ["Q 25,000|25000|GTQ"]],
    ["the rupiah's Rp", "fined Rp 5,000,000", ["Rp 5,000,000|5000000|IDR"]],
    ["a unit before a code-shaped word", "100 MCI (291,700 tenge)", ["100 MCI|100|monthly calculation index", "291,700 tenge|291700|KZT"]],
    ["won, with a scale", "fined him 5 million won", ["5 million won|5000000|KRW"]],
    ["hundreds in words, with a scale", "two hundred thousand rials", ["two hundred thousand rials|200000|IRR"]],
    ["a hundred and fifty", "a hundred and fifty euros", ["a hundred and fifty euros|150|EUR"]],
    ["TL after the number", "6,000 TL", ["6,000 TL|6000|TRY"]],
    ["YTL before the number", "YTL 2,000", ["YTL 2,000|2000|TRY"]],
    ["CFA francs", "119,000 CFA francs", ["119,000 CFA francs|119000|XAF"]],
    ["FCFA after the number", "250,000 FCFA", ["250,000 FCFA|250000|XAF"]],
    ["the Zimbabwe dollar", "ZWL$5,000", ["ZWL$5,000|5000|ZWL"]],
    ["the naira's N glued", "N40,000", ["N40,000|40000|NGN"]],
    ["tomans", "30 million tomans", ["30 million tomans|30000000|toman"]],
    ["penalty units", "10,000 penalty units", ["10,000 penalty units|10000|penalty unit"]],
    ["won with an adjective", "5,000,000 North Korean won", ["5,000,000 North Korean won|5000000|KPW"]],
    ["soums, the Uzbek sum", "12 million soums", ["12 million soums|12000000|UZS"]],
    ["a bare Sh, the letter's shilling", "fined Sh15,000 in Nairobi, Kenya", ["Sh15,000|15000|KES"]],
    ["a bare Sh in a Ugandan letter", "fined Sh500,000 in Kampala, Uganda", ["Sh500,000|500000|UGX"]],
    ["a bare K, the kwacha of the letter's country", "fined K25,000 in Lusaka, Zambia", ["K25,000|25000|ZMW"]],
    ["a bare K in a Malawian letter", "fined K50,000 in Lilongwe, Malawi", ["K50,000|50000|MWK"]],
    ["monthly minimum legal wages", "30 monthly minimum legal wages", ["30 monthly minimum legal wages|30|monthly minimum legal wage"]],
    ["minimum wages", "ten minimum wages", ["ten minimum wages|10|minimum wage"]],
    ["soles, the Peruvian sol", "10,000 soles", ["10,000 soles|10000|PEN"]],
    ["quetzales", "5,000 quetzales", ["5,000 quetzales|5000|GTQ"]],
    ["guaranis with a scale", "2 million guaranis", ["2 million guaranis|2000000|PYG"]],
    ["wage qualifiers in another order", "30 legal minimum monthly salaries", ["30 legal minimum monthly salaries|30|monthly minimum legal wage"]],
    ["minimum legal monthly wages", "20 minimum legal monthly wages", ["20 minimum legal monthly wages|20|monthly minimum legal wage"]],
    ["current monthly minimum legal salaries", "15 current monthly minimum legal salaries", ["15 current monthly minimum legal salaries|15|monthly minimum legal wage"]],
    ["monthly legal minimum wages", "40 monthly legal minimum wages", ["40 monthly legal minimum wages|40|monthly minimum legal wage"]],
    ["statutory minimum salaries", "12 statutory minimum salaries", ["12 statutory minimum salaries|12|minimum wage"]],
  ])("%s", (_, text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it.each([
    ["fined him 5,000 nakfa on Monday", 5000, "ERN"],
    ["a fine of 2,000 maloti each", 2000, "LSL"],
    ["ordered to pay 900 leva", 900, "BGN"],
    ["fined Rf 15,000 and MRf 7,500", 15000, "MVR"],
    ["fined KM 2,000", 2000, "BAM"],
    ["a ฿20,000 fine", 20000, "THB"],
    ["multa de $U 20.000", 20000, "UYU"],
    ["fined N$6,000", 6000, "NAD"],
    ["fined Nfk 5,000", 5000, "ERN"],
    ["fined 200,000 Ft", 200000, "HUF"],
  ])("reads the currency class in %s (session 15)", (text, amount, code) => {
    const [first] = findAmounts(text, 0, text.length);
    expect(first?.amount).toBe(amount);
    expect(first?.currency).toBe(code);
  });

  it.each([["marks and reals", "scored 90 marks in 3 real cases"], ["a lek-like word inside another", "the Oleksiy 500 staff"]])("no currency class word in %s", (_, text) => {
    expect(findAmounts(text, 0, text.length)).toEqual([]);
  });

  it.each([["letters ending a word", "BKSh 500 and Mrs 20"], ["an acronym before a number", "ITUC 200 members"], ["a bare number", "fined 50 times"], ["a year", "in 2021"], ["won as a verb", "the union won 3 cases and has won recognition"], ["an R ending a word", "CGTR 500 members"], ["a spaced N", "Route N 40 and N1"], ["a letter before a word", "Appendix E lists 5 names"], ["Sh ending a word", "Bush 500 and Ash 20"], ["a K naming no money", "the K2 climb, Block K 12 and MK500 notes"], ["an N before a small number with no scale", "Route N5 and N12 junction"], ["wages with no minimum", "paid 3 monthly salaries and 2 legal wages"], ["local signs ending a word (session 13)", "SMT 500 staff, KDT 20 units and UFC 300 fighters"]])("nothing in %s", (_, text) => {
    expect(amounts(text)).toEqual([]);
  });

  it("unit rows match their examples", () => {
    for (const [pattern, , example] of UNIT_ROWS) expect(pattern.test(example)).toBe(true);
  });

  it("reads 1,900 as thousands and 2,5 as a decimal", () => {
    expect(parseAmount("1,900", "")).toBe(1900);
    expect(parseAmount("2,5", "")).toBe(2.5);
    expect(parseAmount("1.500", "")).toBe(1500);
    expect(parseAmount("1.5", "million")).toBe(1_500_000);
  });

  it("reads dots between thousands and a comma before two decimals (`MT 60.000,00`; h13a, session 13)", () => {
    expect(parseAmount("60.000,00", "")).toBe(60000);
    expect(parseAmount("1.234.567,50", "")).toBe(1234567.5);
    expect(amounts("a fine of MT 21.600,00 and a fine of Kz 500.000")).toEqual(["MT 21.600,00|21600|MZN", "Kz 500.000|500000|AOA"]);
  });
});

describe("a shared currency name by the amount's own paragraph", () => {
  it("reads `dinars` in a paragraph on Iraq as IQD in a letter mostly about Jordan, and on Jordan as JOD", () => {
    const text = [
      "Jordan: teachers in Amman and Irbid were arrested; the Jordanian authorities in Amman closed the union office in Jordan.",
      "In Jordan, a court in Amman fined the union's treasurer 500 dinars.",
      "In Iraq, a Basra court fined the oil workers' leader 250,000 dinars.",
    ].join("\n\n");
    expect(findAmounts(text, 0, text.length).map((a) => `${a.amount}|${a.currency}`)).toEqual(["500|JOD", "250000|IQD"]);
  });
});

describe("a country's own sign (CLDR), read only where the letter names that country", () => {

  it.each([
    ["the dalasi glued to its sum", "A magistrate in Banjul, The Gambia, fined the organiser D25,000.", ["25000 GMD"]],
    ["the złoty after its sum", "A court in Gdańsk, Poland, fined the steward 1 800 zł.", ["1800 PLN"]],
    ["the tala", "The Apia court (Samoa) fined each striker WS$1,200.", ["1200 WST"]],
    ["the paʻanga", "The Supreme Court of Tonga fined her T$3,000.", ["3000 TOP"]],
    ["the lek after its sum", "A court in Tirana, Albania, imposed a fine of 90 000 Lekë.", ["90000 ALL"]],
    ["the gourde after its sum", "Port-au-Prince, Haiti: the judge fined the driver 50 000 G.", ["50000 HTG"]],
    ["the guaraní's dotted sign", "A court in Asunción, Paraguay, fined him Gs. 5.000.000.", ["5000000 PYG"]],
  ])("reads %s", (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["a sign whose country the letter does not name", "The court fined the organiser D25,000."],
    ["a one-letter sign before a small number", "In The Gambia, the D3 road and the D 12 junction were closed."],
    ["a one-letter sign after a small number", "In Haiti, 12 G were counted."],
  ])("reads nothing: %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it("reads thousands grouped by dots before a comma and the next words (`$2.500.000, around US$1,700`)", () => {
    expect(read("Each was fined $2.500.000, around US$1,700.")).toEqual(["2500000 USD", "1700 USD"]);
  });
});

describe("a bare `$` before thousands grouped by dots (session 16)", () => {

  it("is the peso of the country the letter names (`$2.500.000` in a letter about Argentina)", () => {
    expect(read("In Rosario, Argentina, each was fined $2.500.000, around US$1,700.")).toEqual(["2500000 ARS", "1700 USD"]);
    expect(read("A judge in Medellín, Colombia, fined him $8.000.000.")).toEqual(["8000000 COP"]);
  });

  it("stays the dollar before thousands grouped by commas, or where no peso country is named", () => {
    expect(read("In Rosario, Argentina, each was fined $2,500.")).toEqual(["2500 USD"]);
    expect(read("Each was fined $2.500.000.")).toEqual(["2500000 USD"]);
  });
});

describe("session 17: statutory units named `indicators`, and dollars written with their country's capitals", () => {
  it.each([
    ["calculation indicators (Tajikistan's unit, in translation)", "a fine of 600 calculation indicators (TJS 43,200)", ["600 calculation indicators|600|calculation indicator", "TJS 43,200|43200|TJS"]],
    ["a one-word qualifier and indicators", "fined 120 settlement indicators", ["120 settlement indicators|120|settlement indicator"]],
    ["economic indicators are no unit", "the report tracks 40 economic indicators", []],
  ])("%s", (_, text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it.each([
    ["Brunei's B$", "A magistrate in Bandar Seri Begawan, Brunei, fined the blogger B$3,000.", ["3000 BND"]],
    ["the Solomon Islands' SI$", "The Honiara court (Solomon Islands) fined each organiser SI$2,500.", ["2500 SBD"]],
    ["the Bahamas' B$ in a letter about the Bahamas", "A court in Nassau, Bahamas, fined the shop steward B$800.", ["800 BSD"]],
  ])("reads %s", (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["capitals naming no dollar country named: a bare dollar", "The court fined the organiser B$3,000.", ["3000 USD"]],
    ["capitals no dollar's code opens with: a bare dollar", "The court fined the organiser QX$1,000.", ["1000 USD"]],
  ])("reads as a bare dollar: %s", (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});


describe("session 20: initials the letter defines for a fine unit", () => {
  it.each([
    ["a note after the table", "a fine of 40 BCA (UZS 15,000,000).\n\n*BCA: basic calculation amount, 375,000 soums.*", "40 BCA|40|base calculation amount"],
    ["the initials in brackets after the name", "The code sets fines in monthly calculation indices (MCI). She was fined 30 MCI.", "30 MCI|30|monthly calculation index"],
    ["the name in brackets after the initials", "fined 120 FU (fiscal units) in Chisinau", "120 FU|120|fiscal unit"],
    ["a dash between", "PU – penalty units. The magistrate fined him 300 PU.", "300 PU|300|penalty unit"],
  ])("%s", (_, text, expected) => {
    expect(amounts(text)).toContain(expected);
  });

  it.each([
    ["initials of no unit's name", "fined 50 ILO (International Labour Organization) delegates"],
    ["initials whose letters do not match the unit", "XYZ: basic calculation amount. She was fined 50 XYZ."],
    ["undefined initials", "She was fined 50 BCA on Monday."],
  ])("reads no unit from %s", (_, text) => {
    expect(amounts(text).filter((a) => !/\|[A-Z]{3}$/u.test(a))).toEqual([]);
  });

  it("reads `basic calculation amounts` spelled out", () => {
    expect(amounts("fined 25 basic calculation amounts")).toEqual(["25 basic calculation amounts|25|base calculation amount"]);
  });
});
