/** Currency rows: every code is ISO 4217 per currency-codes, and every example resolves to it. */
import currencyCodes from "currency-codes";
import { describe, expect, it } from "vitest";
import { NAME_ROWS, SHARED_SYMBOL_ROWS, SYMBOL_ROWS, nameCode, singular } from "../../../src/extract/fines/currencies.js";
import { findAmounts } from "../../../src/extract/fines/money.js";

describe("currency rows", () => {
  it.each([...SYMBOL_ROWS, ...NAME_ROWS].map((row) => [row[0], row] as const))("%s names a code the package knows", (_, [, code]) => {
    expect(currencyCodes.code(code)?.code).toBe(code);
  });

  it.each(SYMBOL_ROWS.map((row) => [row[0], row] as const))("symbol %s resolves in its example", (_, [, code, example]) => {
    expect(findAmounts(example, 0, example.length).map((a) => a.currency)).toContain(code);
  });

  it.each(SHARED_SYMBOL_ROWS.map((row) => [row[0], row] as const))("shared symbol %s names a currency row", (_, [, name, example]) => {
    const code = NAME_ROWS.find(([n]) => n === name)?.[1];
    expect(findAmounts(example, 0, example.length).map((a) => a.currency)).toEqual([code]);
  });

  it.each(NAME_ROWS.map((row) => [row[0], row] as const))("name %s resolves in its example", (_, [, code, example]) => {
    expect(findAmounts(example, 0, example.length).map((a) => a.currency)).toContain(code);
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
  ])("%s", (_, name, adjective, text, code) => {
    expect(nameCode(name, adjective, text)).toBe(code);
  });

  it.each([["rubles", "ruble"], ["roubles", "rouble"], ["liras", "lira"], ["taka", "taka"], ["manats", "manat"]])("singular of %s is %s", (plural, one) => {
    expect(singular(plural)).toBe(one);
  });
});
