/**
 * Media nouns that are also a person's job (src/language/media.ts): one decision read by the
 * people rules and the organisation rules. Made-up letters.
 */
import { describe, expect, it } from "vitest";
import { processText } from "../../src/pipeline.js";
import { JOB_NOUN } from "../../src/language/media.js";

async function records(text: string): Promise<{ people: string[]; organisations: string[] }> {
  const { result } = await processText(text, "letter.txt");
  return { people: result.people.map((p) => p.name), organisations: result.organisations.map((o) => o.name) };
}

describe("a media noun that is also a job", () => {
  it.each(["broadcaster", "broadcasters", "Broadcaster"])("is read in any case and number: %s", (word) => {
    expect(JOB_NOUN.test(`the ${word} said`)).toBe(true);
  });

  it.each(["broadcasting", "rebroadcaster"])("is a whole word: not %s", (word) => {
    expect(JOB_NOUN.test(`the ${word} said`)).toBe(false);
  });

  it.each([
    ["the", "On 3 May the broadcaster Radyo Kalayaan aired the verdict."],
    ["state", "On 3 May state broadcaster Sauti ya Pwani aired the verdict."],
    ["public", "On 3 May public broadcaster Kanal Mavi aired the verdict."],
  ])("names an outlet after a body's determiner (%s), no person", async (_, text) => {
    const found = await records(text);
    expect(found.people).toEqual([]);
  });

  it.each([
    ["Radio broadcaster Amina Hadjirul, presenter of a morning show, was convicted of libel on 3 May.", "Amina Hadjirul"],
    ["On 3 May veteran broadcaster Tomasz Wielgus, 54, was fined.", "Tomasz Wielgus"],
  ])("is a person's job without one: %s", async (text, name) => {
    const found = await records(text);
    expect(found.people).toContain(name);
    expect(found.organisations).not.toContain(name);
  });
});
