/** Currency rows: every code is ISO 4217 per currency-codes, and every example resolves to it. */
import currencyCodes from "currency-codes";
import { describe, expect, it } from "vitest";
import { HISTORIC_CODES, IRREGULAR_PLURALS, NAME_ROWS, PACKAGE_NAME_ROWS, SHARED_SYMBOL_ROWS, SYMBOL_ROWS, countryCurrency, nameCode, singular, symbolCode } from "../../../src/extract/fines/currencies.js";
import { COUNTRY_ROWS, countryMentions, letterCountry } from "../../../src/extract/fines/countries.js";
import { findAmounts } from "../../../src/extract/fines/money.js";

describe("currency rows", () => {
  it.each([...SYMBOL_ROWS, ...NAME_ROWS].map((row) => [row[0], row] as const))("%s names a code the package knows, or a withdrawn one", (_, [, code]) => {
    expect(currencyCodes.code(code)?.code ?? HISTORIC_CODES.find((c) => c === code)).toBe(code);
  });

  it.each(SYMBOL_ROWS.map((row) => [row[0], row] as const))("symbol %s resolves in its example", (_, [, code, example]) => {
    expect(findAmounts(example, 0, example.length).map((a) => a.currency)).toContain(code);
  });

  it.each(SHARED_SYMBOL_ROWS.map((row) => [row[0], row] as const))("shared symbol %s resolves to its default with no country", (_, [, codes, example]) => {
    for (const code of codes) expect(currencyCodes.code(code)?.code).toBe(code);
    expect(findAmounts(example, 0, example.length).map((a) => a.currency)).toEqual([codes[0]]);
  });

  it.each(NAME_ROWS.map((row) => [row[0], row] as const))("name %s resolves in its example", (_, [, code, example]) => {
    expect(findAmounts(example, 0, example.length).map((a) => a.currency)).toContain(code);
  });
});

describe("country rows", () => {
  const known = new Set(currencyCodes.data.flatMap((r) => r.countries));
  it.each(COUNTRY_ROWS.map((row) => [row[0], row] as const))("%s is a country currency-codes names", (country) => {
    expect(known.has(country)).toBe(true);
  });

  it("counts a country's name, demonym and capital, and reads the letter's country", () => {
    const text = "Kathmandu: the Nepali court fined the editor. Nepal's press council objected; an Indian observer agreed.";
    expect(countryMentions(text).get("Nepal")).toBe(3);
    expect(letterCountry(text)).toBe("Nepal");
    expect(letterCountry("No place at all.")).toBeNull();
  });

  it("reads a country written in capitals, as a digest heads its items, but no short acronym-like word", () => {
    expect(letterCountry("MOLDOVA – 4 May. A court in the capital fined the organiser.")).toBe("Moldova (The Republic Of)");
    expect(countryMentions("The PERU desk and IRAN desk.").size).toBe(2);
  });

  it("does not read a place word that ends a person's name (`Robles de Santiago`) as the letter's country", () => {
    expect(letterCountry("El juez condenó a Efraín Robles de Santiago y a Marta Ruiz a una multa de 15,000 pesos.")).toBeNull();
    expect(letterCountry("Ana Lucía Pérez de Lima fue multada.")).toBeNull();
    expect(letterCountry("Paul Martin du Sénégal, correspondent.")).toBeNull();
    expect(nameCode("pesos", null, "La sindicalista Rosa Elena Gómez de Santiago pagó una multa de 9,000 pesos.")).toBe("MXN");
  });

  it("still reads a place after a word for a place or an institution (`Ciudad de México`, `el Tribunal de Santiago`)", () => {
    expect(letterCountry("Desde la Ciudad de México, el sindicato protesta.")).toBe("Mexico");
    expect(letterCountry("Desde Ciudad de México, el sindicato protesta.")).toBe("Mexico");
    expect(letterCountry("El Tribunal de Santiago multó a Juan Soto.")).toBe("Chile");
    expect(letterCountry("Santiago, 3 de marzo. Juan Pérez de la Cruz fue multado.")).toBe("Chile");
  });

  it("gives a country's one cash currency, none where it has two", () => {
    expect(countryCurrency("Serbia")).toBe("RSD");
    expect(countryCurrency("Kazakhstan")).toBe("KZT");
    expect(countryCurrency("United States of America (The)")).toBe("USD");
    expect(countryCurrency("Panama")).toBeNull();
  });
});

describe("symbolCode by the letter's country", () => {
  it.each([
    ["Rs in a Nepali letter", "Rs", "The court in Kathmandu fined the Nepali publisher.", "NPR"],
    ["Rs in an Indian letter naming a Sri … person", "Rs.", "Sri Ramesh, a worker in Chennai, India, was fined.", "INR"],
    ["Rs in a Sri Lankan letter", "Rs", "A court in Colombo, Sri Lanka, fined him.", "LKR"],
    ["Rs in a letter naming only a Lanka body and Kandy", "Rs.", "LANKA TEA WORKERS' CENTRE, Kandy Road. The court fined him.", "LKR"],
    ["Rs in a letter naming Ceylon", "Rs", "The Ceylon Teachers' Union said the court fined him.", "LKR"],
    ["C$ in a Nicaraguan letter", "C$", "A court in Managua fined the students.", "NIO"],
    ["C$ with no country", "C$", "The court fined him.", "CAD"],
    ["DH in a Moroccan letter", "DH", "Casablanca court fines a journalist.", "MAD"],
    ["¥ in a Japanese letter", "¥", "A court in Tokyo fined the union's secretary.", "JPY"],
    ["¥ in a Chinese letter", "¥", "A court in Shanghai fined the strike leader.", "CNY"],
    // Note: countries the fines' place table does not list, read from the world's countries (session 15).
    ["Rs in a Mauritian letter named by its capital only", "Rs", "Port-Louis, le 4 décembre 2024. Le tribunal a condamné la trésorière.", "MUR"],
    ["Rs in a Seychellois letter", "Rs", "A court in Victoria, Seychelles, fined the Seychellois fisherman.", "SCR"],
    ["₨ in a Pakistani letter", "₨", "A Lahore court fined the reporter.", "PKR"],
    ["K in a Papua New Guinean letter", "K", "A court in Port Moresby, Papua New Guinea, fined the dockers.", "PGK"],
    ["P in a Botswana letter", "P", "The Gaborone magistrate fined the teachers in Botswana.", "BWP"],
    ["P with no country", "P", "The court fined him.", "PHP"],
    ["Rs with a capital of no rupee country named", "Rs", "The court in Ottawa fined him.", "INR"],
  ])("%s", (_, symbol, text, code) => {
    expect(symbolCode(symbol, text)).toBe(code);
  });
});

describe("nameCode", () => {
  it.each([
    ["an adjective naming the currency", "dinars", "Algerian", "", "DZD"],
    ["an adjective naming the country", "tenge", "Kazakh", "", "KZT"],
    ["US dollars", "dollars", "US", "", "USD"],
    ["rubles in a Belarusian letter", "rubles", null, "Minsk, Belarus. The Belarusian court…", "BYN"],
    ["rubles in a Russian letter", "rubles", null, "Moscow, Russia.", "RUB"],
    ["dinar in an Iraqi letter", "dinar", null, "Baghdad, Iraq.", "IQD"],
    ["rials with no country", "rials", null, "", "IRR"],
    ["manats in an Azerbaijani letter", "manats", null, "Baku, Azerbaijan.", "AZN"],
    ["manats in a Turkmen letter", "manats", null, "A court in Ashgabat fined the Turkmen reporter.", "TMT"],
    ["roubles in a letter naming only Minsk", "roubles", null, "A court in Minsk fined her.", "BYN"],
    ["CFA francs in a Cameroonian letter", "francs", "CFA", "A court in Yaoundé, Cameroon, fined him.", "XAF"],
    ["CFA francs in a Senegalese letter", "francs", "CFA", "The Dakar court fined the Senegalese reporter.", "XOF"],
    ["francs in a Swiss letter", "francs", null, "A Geneva court fined him.", "CHF"],
    ["dinars in a Tunisian letter", "dinars", null, "A court in Tunis fined the Tunisian blogger.", "TND"],
    ["dirhams in an Emirati letter", "dirhams", null, "A Dubai court fined him.", "AED"],
    ["rupees in a letter naming only Port-Louis", "rupees", null, "Port-Louis, 4 December. The court in Port-Louis fined the docker.", "MUR"],
    ["rupees with no country", "rupees", null, "The court fined the docker.", "INR"],
    ["dirhams in a Moroccan letter", "dirhams", null, "A court in Rabat fined him.", "MAD"],
    ["a demonym as the adjective", "dinars", "Jordanian", "", "JOD"],
    ["riyals in a Qatari letter (the package spells Qatar's rial)", "riyals", null, "A court in Doha, Qatar, fined the driver.", "QAR"],
    ["rials in an Omani letter", "rials", null, "A Muscat court in Oman fined the teacher.", "OMR"],
    ["rials with no country", "rials", null, "The court fined him.", "IRR"],
    ["riyals with no country", "riyals", null, "The court fined him.", "SAR"],
    ["francs in a Congolese letter", "francs", null, "A Kinshasa court fined the teacher.", "CDF"],
    ["dollars in a Liberian letter", "dollars", "Liberian", "", "LRD"],
  ])("%s", (_, name, adjective, text, code) => {
    expect(nameCode(name, adjective, text)).toBe(code);
  });

  it.each([["rubles", "ruble"], ["roubles", "rouble"], ["liras", "lira"], ["taka", "taka"], ["manats", "manat"]])("singular of %s is %s", (plural, one) => {
    expect(singular(plural)).toBe(one);
  });

  it.each([
    ["nakfas", "ERN"], ["pula", "BWP"], ["dalasis", "GMD"], ["kwanzas", "AOA"], ["rufiyaa", "MVR"], ["kina", "PGK"], ["denars", "MKD"], ["lek", "ALL"],
    ["maloti", "LSL"], ["emalangeni", "SZL"], ["leva", "BGN"], ["reais", "BRL"], ["meticais", "MZN"],
  ])("a currency the package names by its own word: %s is %s", (name, code) => {
    expect(nameCode(name, null, "")).toBe(code);
  });

  it("reads the package's own currency words as names, but not common words (`mark`, `real`, `gold`) nor shared ones", () => {
    const names = PACKAGE_NAME_ROWS.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(["nakfa", "pula", "dalasi", "kwanza", "rufiyaa", "lilangeni", "ariary", "kina", "denar", "lek", "loti", "lev"]));
    for (const word of ["mark", "real", "gold", "account", "rupee", "dollar", "krone", "leu"]) expect(names).not.toContain(word);
    for (const singularName of Object.values(IRREGULAR_PLURALS)) expect(currencyCodes.data.some((r) => r.currency.toLowerCase().endsWith(singularName))).toBe(true);
  });
});
