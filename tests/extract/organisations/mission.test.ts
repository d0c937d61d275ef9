/**
 * The mission rule's patterns, built on the first text with a mission's head word (session 22):
 * texts before it find nothing, and every text after it finds what a first text would.
 */
import { describe, expect, it } from "vitest";
import { missionRule } from "../../../src/extract/organisations/mission.js";
import { run } from "../people/cases.js";

const names = (text: string, language?: string): string[] => run(missionRule, text, language).map((found) => found.name);

describe("organisations/mission, patterns built on first use", () => {
  it("finds nothing in texts without a head word, then each language's missions, in any order of texts", () => {
    expect(names("The union wrote to the Ministry of Labour on 3 May.")).toEqual([]);
    expect(names("Escribimos a la Embajada de la República de Chile ante el Reino de Bélgica y la Unión Europea.", "es")).toEqual([
      "Embajada de la República de Chile ante el Reino de Bélgica y la Unión Europea",
    ]);
    expect(names("We wrote to the Embassy of Georgia to the Kingdom of Belgium and the Grand Duchy of Luxembourg on 3 May.")).toEqual([
      "Embassy of Georgia to the Kingdom of Belgium and the Grand Duchy of Luxembourg",
    ]);
    expect(names("Copie : Ambassade de la République du Niger auprès de la Confédération suisse", "fr")).toEqual(["Ambassade de la République du Niger auprès de la Confédération suisse"]);
    expect(names("The Commission met the union on 3 May.")).toEqual([]);
    expect(names("We wrote to the Embassy of Georgia to the Kingdom of Belgium and the Grand Duchy of Luxembourg on 3 May.")).toHaveLength(1);
  });
});
