/**
 * The rouble's code from the letter's country and the ruling's date: BYR before the Belarusian
 * redenomination of July 2016, BYN after, RUB only outside Belarus; a stated code stays.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/pipeline.js";
import { belarusianCode } from "../../src/resolve/fines-currency.js";

const fines = (text: string): string[] => analyse(text).records.fines.map((f) => `${f.person}|${f.amount}|${f.currency}`);

describe("resolveFineCurrencies", () => {
  it.each([
    ["before the redenomination", "Minsk, 12 March 2015\n\nA court in Minsk fined journalist Alena Barysava 6,300,000 roubles on 10 March 2015.", ["Alena Barysava|6300000|BYR"]],
    ["after it", "Minsk, 12 March 2019\n\nA court in Minsk fined journalist Alena Barysava 630 roubles on 10 March 2019.", ["Alena Barysava|630|BYN"]],
    ["with the adjective, before it", "Homel, 3 May 2014\n\nThe Belarusian activist Pavel Lipski was fined 2 million Belarusian roubles on 2 May 2014.", ["Pavel Lipski|2000000|BYR"]],
    ["in a Russian letter", "Moscow, 3 May 2014\n\nThe Russian activist Pavel Lipski was fined 20,000 roubles on 2 May 2014.", ["Pavel Lipski|20000|RUB"]],
    ["Russian roubles named as such in a Belarusian letter", "Minsk, 12 March 2019\n\nA court in Minsk fined journalist Alena Barysava 3,000 Russian roubles on 10 March 2019.", ["Alena Barysava|3000|RUB"]],
    ["a year stated with an older fine", "Minsk, 12 March 2019\n\nA court in Minsk fined journalist Alena Barysava 600 roubles on 10 March 2019. She had been fined 4,200,000 roubles in 2014 for a picket.", ["Alena Barysava|600|BYN", "Alena Barysava|4200000|BYR"]],
    ["a sum only old roubles reach, undated", "Minsk, 12 March 2019\n\nJournalist Alena Barysava, a Minsk reporter, was once fined 3,000,000 roubles for a picket.", ["Alena Barysava|3000000|BYR"]],
    ["a sum only old roubles reach, dated by a later clause", "Vilnius, 4 March 2026\n\nIn Belarus, on 14 May 2016 a Hrodna court fined Maryna Sakalova 4.2 million roubles; on 3 August 2016 it fined Ihar Kazlou 630 roubles.",
      ["Maryna Sakalova|4200000|BYR", "Ihar Kazlou|630|BYN"]],
    ["a stated code", "Minsk, 12 March 2015\n\nA court in Minsk fined journalist Alena Barysava BYN 630 on 10 March 2015.", ["Alena Barysava|630|BYN"]],
  ])("%s", (_, text, expected) => {
    expect(fines(text)).toEqual(expected);
  });

  it("reads the month of the redenomination as new roubles", () => {
    expect(belarusianCode("2016-06-30")).toBe("BYR");
    expect(belarusianCode("2016-07")).toBe("BYN");
    expect(belarusianCode(null)).toBe("BYN");
  });
});
