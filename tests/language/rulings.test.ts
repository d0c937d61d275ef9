/**
 * The ruling-word table (src/language/rulings.ts): each part of speech reads its words in each
 * language, and `words` joins only the languages asked for.
 */
import { describe, expect, it } from "vitest";
import { DELIVERED_PARTICIPLES, GUILTY, PENALTY_PARTICIPLES, RULING_FINITE, RULING_NOUNS, words } from "../../src/language/rulings.js";

const whole = (alternatives: string): RegExp => new RegExp(`^(?:${alternatives})$`, "iu");

describe("ruling words", () => {
  it.each([
    [RULING_NOUNS, ["verdict", "sentencing", "décisions", "jugement", "sentencia", "veredictos"], ["sentenced", "trial", "peine"]],
    [DELIVERED_PARTICIPLES, ["handed down", "read out", "prononcées", "rendu", "dictada", "pronunciados"], ["imposed", "sentenced"]],
    [PENALTY_PARTICIPLES, ["sentenced", "jailed", "condamnées", "multados", "sentenciada"], ["condenó", "guilty"]],
    [RULING_FINITE, ["condenó", "multaron", "condamnait"], ["condamné"]],
    [GUILTY, ["guilty", "coupables", "culpable"], ["innocent"]],
  ])("%#: finds its words in each language and no others", (part, found, not) => {
    for (const w of found) expect(whole(words(part)).test(w), w).toBe(true);
    for (const w of not) expect(whole(words(part)).test(w), w).toBe(false);
  });

  it("joins only the languages asked for", () => {
    expect(whole(words(RULING_NOUNS, "en")).test("verdict")).toBe(true);
    expect(whole(words(RULING_NOUNS, "en")).test("sentencia")).toBe(false);
    expect(whole(words(DELIVERED_PARTICIPLES, "fr", "es")).test("dictadas")).toBe(true);
    expect(whole(words(DELIVERED_PARTICIPLES, "fr", "es")).test("delivered")).toBe(false);
  });
});
