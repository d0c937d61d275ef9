import { describe, expect, it } from "vitest";
import { applyRules, SOUND_RULES, SPELLING_RULES } from "../../src/persons/romanise.js";

describe("romanisation rules", () => {
  for (const rule of [...SPELLING_RULES, ...SOUND_RULES]) {
    const [pattern, , input, output, why] = rule;
    it(`${String(pattern)}: ${input} → ${output} (${why})`, () => {
      expect(applyRules(input, [rule])).toBe(output);
    });
  }
});
