/**
 * Who a penalty reaches (session 23, subj23). Made-up names and wordings, with near-misses.
 */
import { describe, expect, it } from "vitest";
import { run } from "./penalties-helpers.js";

const reached = (r: ReturnType<typeof run>): string[] => r.sentences.map((s) => `${s.person}|${s.days}`).sort();
const fined = (r: ReturnType<typeof run>): string[] => r.fines.map((f) => `${f.person}|${f.amount}`).sort();
const sorted = (records: readonly string[]): string[] => [...records].sort();

describe("penalties: people described after the hand word, then named", () => {
  it("gives a fine `imposed on two shop stewards from <long complement>, A and B` to A and B", () => {
    const text =
      "Oren Vasko was fined US$100. Fines of ZiG4 000 each were imposed on two shop stewards from the Hillside branch of the Leather Workers Union (LWU), Tendai Kora and Musa Ndlovu, for singing at the gate.";
    const r = run(text, ["Oren Vasko", "Tendai Kora", "Musa Ndlovu"]);
    expect(fined(r)).toEqual(sorted(["Musa Ndlovu|4000", "Oren Vasko|100", "Tendai Kora|4000"]));
  });

  it("gives `detention for five days of two other members of the board, A and B` to A and B", () => {
    const text =
      "Lina Haddad was fined JD 2,000. Later that month, the governor ordered the administrative detention for five days of two other members of the council's board, Omar Saleh and Rana Taha, after they met teachers.";
    const r = run(text, ["Lina Haddad", "Omar Saleh", "Rana Taha"]);
    expect(reached(r)).toEqual(sorted(["Omar Saleh|5", "Rana Taha|5"]));
  });

  it("gives `arrest for the union's deputy chairwoman, A, and for its spokesman, B` to A and B, not the person named before", () => {
    const text =
      "Bat Oyun was fined 900 units. On 3 May the district court ordered ten days' administrative arrest for the union's deputy chairwoman, D. Saran, and for its spokesman, T. Bold, who had spoken to reporters.";
    const r = run(text, ["Bat Oyun", "D. Saran", "T. Bold"]);
    expect(reached(r)).toEqual(sorted(["D. Saran|10", "T. Bold|10"]));
  });

  it("gives nobody a counted description whose names are fewer than it counts (near-miss)", () => {
    const text = "Fines of ZiG4 000 each were imposed on two shop stewards from the Hillside branch, Tendai Kora told us.";
    expect(fined(run(text, ["Tendai Kora"]))).toEqual([]);
  });

  it("never gives the penalty to a victim named after `for the killing of` a role (near-miss)", () => {
    const text = "Oren Vasko stood trial in June. A soldier was sentenced to ten years for the killing of the union's treasurer, Ana Ruiz, in 2021.";
    expect(reached(run(text, ["Oren Vasko", "Ana Ruiz"]))).not.toContain("Ana Ruiz|3650");
  });
});
