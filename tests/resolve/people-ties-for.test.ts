/**
 * resolve/people-ties-for.ts (session 24): a signer under a `Pour la X,` / `For the X` line takes X; a governing organ
 * on that line signs for its own body and gives no tie (heldout9's `Por el Consejo Directivo Nacional,` was tied to the
 * organ by the first version). Made-up names and bodies.
 */
import { describe, expect, it } from "vitest";
import type { Mention, Organisation } from "../../src/records.js";
import { tieByForLine } from "../../src/resolve/people-ties-for.js";

function tie(text: string, body: string, person: string): string | undefined {
  const at = (words: string): Mention => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });
  const organisation = { name: body, acronym: null, aliases: [], mentions: [at(body)] } as unknown as Organisation;
  return tieByForLine(at(person), { text, organisations: [organisation], people: [at(person)] })?.name;
}

describe("a signer under a `for` line", () => {
  it("takes the body named on the line, past a title line", () => {
    expect(tie("We protest.\n\nPour la Confédération syndicale du Sahel,\nLe Secrétaire Général\nMoussa Hamani Garba\n", "Confédération syndicale du Sahel", "Moussa Hamani Garba")).toBe("Confédération syndicale du Sahel");
  });

  it.each([
    ["a governing organ", "Exigimos su libertad.\n\nPor el Consejo Directivo Nacional,\n\nRosendo Quispe Mamani\nSecretario General\n", "Consejo Directivo Nacional", "Rosendo Quispe Mamani"],
    ["a sentence between", "For the Harbour Union, the verdict was a shock.\nSome members wept.\nAmadou Diallo Sarr was fined.\n", "Harbour Union", "Amadou Diallo Sarr"],
  ])("gives no tie (%s)", (_, text, body, person) => {
    expect(tie(text, body, person)).toBeUndefined();
  });
});
