/**
 * The cheap gates that let the resolve steps skip windows and letters (docs/performance.md,
 * session 18): each must hold for every text its rule can match, so that skipping changes no
 * record. Invented sentences, in English, French and Spanish.
 */
import { describe, expect, it } from "vitest";
import { WEEKDAY_OF } from "../../src/resolve/penalties-dates.js";
import { DAY_OF_RULING, RULING_ON_DAY } from "../../src/resolve/penalties-dates-relative.js";
import { DAY_WORD, RULING_NOUN_DAY, sharedRulingDate } from "../../src/resolve/penalties-dates-shared.js";
import { courtDay } from "../../src/resolve/penalties-dates-relative.js";
import { SAME_AS, SAME_AS_RELATION, SAME_BARE, SAME_FINE, SAME_WORD } from "../../src/resolve/penalties-same.js";
import { POSSESSIVE_ANYWHERE, POSSESSIVE_GROUP } from "../../src/resolve/people-ties-possessive-group.js";
import type { Span } from "../../src/records.js";

const whole = (text: string): Span[] => [{ start: 0, end: text.length }];

describe("the day gate of ruling days (DAY_WORD)", () => {
  const ruled = [
    "The verdict delivered on Thursday by the district court was harsh.",
    "Yesterday's conviction of the two drivers shocked the port.",
    "A court in Lusaka on Monday sentenced Chanda Mwale to six months.",
    "The magistrate's court fined them on Saturday, and jailed one.",
    "Les condamnations prononcées mardi par le tribunal sont injustes.",
    "Le jugement rendu hier contre le syndicaliste Paul Ekra est inacceptable.",
    "La sentencia dictada el miércoles contra la dirigente fue apelada.",
    "El fallo del pasado viernes condenó a Rosa Quispe.",
    "A COURT TODAY SENTENCED THE TWO ORGANISERS.",
  ];
  it.each(ruled)("holds for a ruling day: %s", (text) => {
    const read = RULING_NOUN_DAY.exec(text) ?? WEEKDAY_OF.exec(text) ?? courtDay(text) ?? RULING_ON_DAY.exec(text) ?? DAY_OF_RULING.exec(text);
    expect(read, "one of the ruling-day patterns reads it").not.toBeNull();
    expect(DAY_WORD.test(text)).toBe(true);
  });

  it("a ruling day is still dated from the letter's date, in each language", () => {
    const en = "The verdict delivered on Tuesday by the Harare court sentenced Tendai Moyo to two years.";
    expect(sharedRulingDate(en, whole(en), [], "2025-03-07")).toBe("2025-03-04");
    const es = "La sentencia del pasado lunes condenó a Rosa Quispe a tres años de prisión.";
    expect(sharedRulingDate(es, whole(es), [], "2025-03-07")).toBe("2025-03-03");
  });

  it.each([
    "The court sentenced Tendai Moyo to two years in prison.",
    "Le tribunal a condamné Paul Ekra à six mois de prison.",
  ])("no day word, no ruling day: %s", (text) => {
    expect(DAY_WORD.test(text)).toBe(false);
    expect(sharedRulingDate(text, whole(text), [], "2025-03-07")).toBeNull();
  });
});

describe("the `same` gate of restated penalties (SAME_WORD)", () => {
  const restated = [
    "Nadia Rahal received two years; Omar Zaki received the same sentence as Nadia Rahal.",
    "Three others received an identical term.",
    "- Kofi Mensah, treasurer: likewise;",
    "Pierre Diouf a reçu la même peine qu'Awa Ndiaye.",
    "Luis Mamani recibió la misma pena que su hermano.",
    "Ana Torres was fined the same amount.",
    "Li Wei got the same sentence as his co-defendant.",
  ];
  it.each(restated)("holds for a restated penalty: %s", (text) => {
    const read = [SAME_AS, SAME_BARE, SAME_AS_RELATION, SAME_FINE].some((pattern) => [...text.matchAll(pattern)].length > 0);
    expect(read, "one of the phrases reads it").toBe(true);
    expect(SAME_WORD.test(text)).toBe(true);
  });

  it.each(["Omar Zaki received two years in prison.", "Ana Torres was fined 500 euros."])("no `same`: %s", (text) => {
    expect(SAME_WORD.test(text)).toBe(false);
  });
});

describe("the letter gate of possessive counted groups (POSSESSIVE_ANYWHERE)", () => {
  const groups = [
    "The Drivers' Union condemns the arrest of two of its members, A and B.",
    "Four other of their officials were detained.",
    "We protest the conviction of 3 of our elected delegates.",
    "Le SNT dénonce la condamnation de trois de ses dirigeants.",
    "El sindicato denuncia la detención de dos de sus afiliados.",
    "Cinco de nuestros delegados fueron detenidos.",
  ];
  it.each(groups)("holds for a counted group: %s", (text) => {
    expect([...text.matchAll(POSSESSIVE_GROUP)].length).toBeGreaterThan(0);
    expect(POSSESSIVE_ANYWHERE.test(text)).toBe(true);
  });

  it.each(["The union condemns the arrest of its president.", "Two members of the union were detained.", "Most of their families left."])(
    "no possessive group: %s",
    (text) => {
      expect(POSSESSIVE_ANYWHERE.test(text)).toBe(false);
    },
  );
});
