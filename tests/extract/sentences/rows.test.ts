/** Every data row of the sentences rules matches its own example. */
import { describe, expect, it } from "vitest";
import { AFTER_ROWS, BEFORE_ROWS, CLAUSE_ROWS } from "../../../src/extract/sentences/guards.js";
import { KIND_ROWS, kindOf } from "../../../src/extract/sentences/kinds.js";
import { NOUN_BEFORE } from "../../../src/extract/sentences/noun-term.js";
import { CONNECTOR, VERB_ROWS } from "../../../src/extract/sentences/verb-term.js";

const once = (pattern: RegExp): RegExp => new RegExp(pattern.source, pattern.flags.replace("g", ""));

describe("sentences rows", () => {
  it.each(KIND_ROWS.map((row) => [row[1], row] as const))("kind %s matches its example and wins on it", (kind, [pattern, , example]) => {
    expect(pattern.test(example)).toBe(true);
    expect(kindOf(example)).toBe(kind);
  });

  it.each(VERB_ROWS.map((row) => [row[2], row] as const))("verb row matches %s", (example, [pattern]) => {
    expect(once(pattern).test(example)).toBe(true);
  });

  it.each([...BEFORE_ROWS, ...CLAUSE_ROWS, ...AFTER_ROWS].map((row) => [row[1], row[2], row] as const))(
    "guard %s matches %j",
    (_, example, [pattern]) => {
      expect(pattern.test(example)).toBe(true);
    },
  );

  it.each(["sentenced to ", "sentenced to serve a ", "for another ", "received sentences of ", "sentenced to a total of ", "given the "])(
    "connector ends %j",
    (left) => {
      expect(CONNECTOR.test(left)).toBe(true);
    },
  );

  it("noun-before matches a prison term of", () => {
    expect(NOUN_BEFORE.test("handed a prison term of ")).toBe(true);
  });
});
