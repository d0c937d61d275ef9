/**
 * Who a penalty reaches (session 21, subj21): a list whose members carry their own asides (`the union's president, A,
 * and its treasurer, B`; `A, a welder; B, a driver; and C`) as the people a group stands for (`fined each of them`,
 * `Each received …`, `sentenced three members of X to …: A; B; and C`), terms shared out in order to members with ages
 * and forms of address, and `of the same penalty, respectively`. Made-up names and wordings, with near-misses.
 */
import { describe, expect, it } from "vitest";
import { run } from "./penalties-helpers.js";

const reached = (r: ReturnType<typeof run>): string[] => r.sentences.map((s) => `${s.person}|${s.days}`).sort();
const fined = (r: ReturnType<typeof run>): string[] => r.fines.map((f) => `${f.person}|${f.amount}`).sort();

describe("penalties: terms shared out in order to list members with ages and forms of address", () => {
  it("gives each member of `Ms. A, 29, and Ms. B, 26` one of the terms `respectively`, not the clause's earlier name", () => {
    const text = "The court sentenced Mr. Tomas Berg to four years' imprisonment, while Ms. Clara Holm, 29, and Ms. Dora Lind, 26, both cleaners, received two years and eighteen months respectively.";
    expect(reached(run(text, ["Tomas Berg", "Clara Holm", "Dora Lind"]))).toEqual(["Clara Holm|730", "Dora Lind|540", "Tomas Berg|1460"]);
  });

  it("gives each member with a bracketed age one term", () => {
    const text = "The tribunal sentenced Lena Voss (41) and Mr. Piet Kramer (38) to three and two years in prison respectively.";
    expect(reached(run(text, ["Lena Voss", "Piet Kramer"]))).toEqual(["Lena Voss|1095", "Piet Kramer|730"]);
  });
});
