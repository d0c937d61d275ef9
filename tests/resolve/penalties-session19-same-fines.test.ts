/**
 * Penalty wording (session 19, word19): a restated whole penalty (`the same sentence as X`, `la même peine
 * que X`, a list line's `– same as above;`) carries X's fine as well as X's term; a restated term alone
 * (`the same prison term`) carries no fine. Made-up names and wordings, with near-misses.
 */
import { describe, expect, it } from "vitest";
import { fines, run } from "./penalties-helpers.js";

describe("penalties: a restated whole penalty carries its fine", () => {
  it.each([
    [
      "English, named source",
      "The court sentenced Anil Kumar to six months in prison and a fine of Rs. 10,000. Ravi Shankar received the same sentence as Anil Kumar.",
      ["Anil Kumar", "Ravi Shankar"],
      undefined,
      ["Anil Kumar|10000|INR|-", "Ravi Shankar|10000|INR|-"],
    ],
    [
      "English list line, bare phrase",
      "The sentences were as follows:\n1. Tomás Vidal, chairman – two years' imprisonment and a fine of 3,000 euros;\n2. Iker Sanz, treasurer – the same sentence;\n3. Olga Ruiz, member – six months' imprisonment.",
      ["Tomás Vidal", "Iker Sanz", "Olga Ruiz"],
      undefined,
      ["Tomás Vidal|3000|EUR|-", "Iker Sanz|3000|EUR|-"],
    ],
    [
      "English list line, `same as above`",
      "The court ruled:\n1. Rahim Uddin, secretary – one year's imprisonment and a fine of Tk 8,000;\n2. Nasima Begum, organiser – same as above;",
      ["Rahim Uddin", "Nasima Begum"],
      undefined,
      ["Rahim Uddin|8000|BDT|-", "Nasima Begum|8000|BDT|-"],
    ],
    [
      "French list line, a fine alone restated",
      "Le tribunal a prononcé :\n- Paul Mbarga, présentateur : 300 000 francs CFA d'amende ;\n- Luc Ndongo, correspondant : même peine que Paul Mbarga.",
      ["Paul Mbarga", "Luc Ndongo"],
      "fr",
      ["Paul Mbarga|300000|XAF|-", "Luc Ndongo|300000|XAF|-"],
    ],
    [
      "Spanish, named source",
      "El tribunal condenó a Pedro Gómez a dos años de prisión y a una multa de 5.000 pesos cubanos. Juana Díaz recibió la misma pena que Pedro Gómez.",
      ["Pedro Gómez", "Juana Díaz"],
      "es",
      ["Pedro Gómez|5000|CUP|-", "Juana Díaz|5000|CUP|-"],
    ],
    [
      "French list line, the source after `M.`",
      "Le tribunal a prononcé :\n- Hervé Kamdem Tchoumi, présentateur : 500 000 francs CFA d'amende ;\n- Blaise Ngassa, correspondant : même peine que M. Tchoumi.",
      [["Hervé Kamdem Tchoumi", ["Tchoumi"]], "Blaise Ngassa"],
      "fr",
      ["Hervé Kamdem Tchoumi|500000|XAF|-", "Blaise Ngassa|500000|XAF|-"],
    ],
    [
      "English, the source after `Ms`",
      "The court sentenced Ana Ruiz to a year in prison and fined her 2,000 euros. Juan Soto received the same sentence as Ms Ruiz.",
      [["Ana Ruiz", ["Ruiz"]], "Juan Soto"],
      undefined,
      ["Ana Ruiz|2000|EUR|-", "Juan Soto|2000|EUR|-"],
    ],
  ] as const)("copies the source's fine (%s)", (_, text, names, language, expected) => {
    expect(fines(run(text, names.map((n) => (typeof n === "string" ? n : [n[0], [...n[1]]])), [], null, language))).toEqual(expected);
  });

  it.each([
    ["a restated term alone", "The court sentenced Anil Kumar to six months in prison and a fine of Rs. 10,000. Ravi Shankar received the same prison term as Anil Kumar.", ["Anil Kumar|10000|INR|-"]],
    ["the receiver's own fine beside the phrase", "The sentences were as follows:\n1. Tomás Vidal – two years' imprisonment and a fine of 3,000 euros;\n2. Iker Sanz – the same sentence, and a fine of 500 euros;", ["Tomás Vidal|3000|EUR|-", "Iker Sanz|500|EUR|-"]],
    ["a fine told after the phrase", "Ana Ruiz was sentenced to two years in prison. Juan Soto received the same sentence as Ana Ruiz. Ana Ruiz was later fined 400 euros for contempt.", ["Ana Ruiz|400|EUR|-"]],
  ] as const)("copies no fine for %s", (_, text, expected) => {
    expect(fines(run(text, ["Anil Kumar", "Ravi Shankar", "Tomás Vidal", "Iker Sanz", "Ana Ruiz", "Juan Soto"]))).toEqual(expected);
  });
});
