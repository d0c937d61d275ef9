import { describe, expect, it } from "vitest";
import { NAMED_AS, namedAsRule } from "../../../src/extract/people/named-as.js";
import { run } from "./cases.js";

describe("people/named-as patterns", () => {
  it.each(NAMED_AS.map(([pattern, label, example]) => [label, pattern, example] as const))("%s: its example matches before the name and the rule finds it", (_label, pattern, example) => {
    const name = /(?<=\s)\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*(?=,|\s\p{Ll})/u.exec(example.slice(example.search(/\b(?:as|name,|named|called)\s/u)))?.[0] ?? "";
    expect(name).not.toBe("");
    expect(pattern.test(example.slice(0, example.indexOf(name)))).toBe(true);
    expect(run(namedAsRule, example).map((c) => c.name)).toEqual([name]);
  });
});
