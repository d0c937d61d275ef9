/** Clustering cases: what must be one person and what must stay apart (made-up names). */
import { describe, expect, it } from "vitest";
import { cluster } from "../../src/persons/cluster.js";
import type { PersonEntry } from "../../src/persons/entries.js";
import { personKey } from "../../src/persons/key.js";

let next = 0;
function entry(document: string, name: string, more: Partial<PersonEntry> = {}): PersonEntry {
  next++;
  return { document, personId: `person-${next}`, name, key: personKey(name, document), copyOf: null, roles: [], organisation: null, penalties: [], country: null, ...more };
}

const prison = (days: number) => ({ penalty: "sentence" as const, kind: "prison", days, amount: null, currency: null, date: null });
/** The names of each cluster of more than one record. */
const joined = (entries: PersonEntry[]) =>
  cluster(entries)
    .filter((c) => c.entries.length > 1)
    .map((c) => c.entries.map((e) => `${e.document}:${e.name}`));

describe("person clustering: merges", () => {
  it.each([
    ["one key", [entry("a", "Sergei Petrov"), entry("b", "Siarhei Petrov")]],
    ["spelling variant with the same organisation", [entry("a", "Aliaksandr Zhaleznyak", { organisation: "free union of metalworkers" }), entry("b", "Aleksandr Zheleznyak", { organisation: "free union of metalworkers" })]],
    ["spelling variant with the same penalty", [entry("a", "Hanna Tsimashenka", { penalties: [prison(1095)] }), entry("b", "Anna Timoshenko", { penalties: [prison(1095)] })]],
    ["Belarusian/Russian spelling in the same country", [entry("a", "Ivan Tsikhanouski", { country: "BY" }), entry("b", "Ivan Tikhanovski", { country: "BY" })]],
    ["a fuller name with the same role", [entry("a", "Nadia Leonidovna Rusak", { roles: ["nurse"] }), entry("b", "Nadia Rusak", { roles: ["nurse"] })]],
    ["initials with the same organisation", [entry("a", "Tunde Okonkwo", { organisation: "daily courier" }), entry("b", "T. Okonkwo", { organisation: "daily courier" })]],
  ])("%s", (_, entries) => {
    expect(joined(entries)).toHaveLength(1);
    expect(joined(entries)[0]).toHaveLength(2);
  });

  it("records each merge with its evidence", () => {
    const [person] = cluster([entry("a", "Aliaksandr Zhaleznyak", { roles: ["chairman"] }), entry("b", "Aleksandr Zheleznyak", { roles: ["chairman"] })]);
    expect(person?.merges).toEqual([{ rule: "spelling-variant", variants: ["Aliaksandr Zhaleznyak", "Aleksandr Zheleznyak"], why: "same role (chairman)" }]);
  });
});

describe("person clustering: stays apart", () => {
  it.each([
    ["a bare surname", [entry("a", "Mutasa", { organisation: "zctu" }), entry("b", "Mutasa", { organisation: "zctu" })]],
    ["a given name alone", [entry("a", "Farida"), entry("b", "Farida")]],
    ["different given names, one surname", [entry("a", "Oksana Hrytsuk", { organisation: "union" }), entry("b", "Pavel Hrytsuk", { organisation: "union" })]],
    ["namesakes in different countries", [entry("a", "Ahmed Karimi", { country: "EG" }), entry("b", "Ahmad Karimi", { country: "IR" })]],
    ["a spelling variant with no supporting evidence", [entry("a", "Aliaksandr Zhaleznyak"), entry("b", "Aleksandr Zheleznyak")]],
    ["a spelling variant in different countries", [entry("a", "Ivan Tsikhanouski", { country: "BY", roles: ["driver"] }), entry("b", "Ivan Tikhanovski", { country: "RU", roles: ["driver"] })]],
    ["different middle names", [entry("a", "Ali Reza Nejati", { roles: ["worker"] }), entry("b", "Ali Hassan Nejati", { roles: ["worker"] })]],
    ["initials without evidence", [entry("a", "Tunde Okonkwo"), entry("b", "T. Okonkwo")]],
    ["initials that fit two people", [entry("a", "Tunde Okonkwo", { organisation: "courier" }), entry("b", "Taiwo Okonkwo", { organisation: "courier" }), entry("c", "T. Okonkwo", { organisation: "courier" })]],
    ["similar but different surnames", [entry("a", "Ivan Petrov", { roles: ["miner"] }), entry("b", "Ivan Petrenko", { roles: ["miner"] })]],
  ])("%s", (_, entries) => {
    expect(joined(entries)).toEqual([]);
  });

  it("gives namesakes keys qualified by country", () => {
    const keys = cluster([entry("a", "Ahmed Karimi", { country: "EG" }), entry("b", "Ahmad Karimi", { country: "IR" })]).map((c) => c.key);
    expect(keys).toEqual(["ahmad-karimi@eg", "ahmad-karimi@ir"]);
  });
});

describe("person clustering: keys", () => {
  const letters = [
    entry("a", "Aliaksandr Zhaleznyak", { roles: ["chairman"] }),
    entry("b", "Aleksandr Zheleznyak", { roles: ["chairman"] }),
    entry("c", "Aleksandr Zheleznyak", { roles: ["chairman"] }),
    entry("c", "Oksana Hrytsuk"),
  ];

  it("is the same whatever the order of the records", () => {
    expect(cluster([...letters].reverse())).toEqual(cluster(letters));
  });

  it("keeps a person's key when letters about others are added", () => {
    const before = cluster(letters).map((c) => c.key);
    const after = cluster([...letters, entry("d", "Oksana Kuzmina"), entry("e", "Pavel Hrytsuk")]).map((c) => c.key);
    for (const key of before) expect(after).toContain(key);
  });

  it("keeps the key of the spelling most letters use", () => {
    expect(cluster(letters).map((c) => c.key)).toContain("aleksander-zheleznyak");
  });
});
