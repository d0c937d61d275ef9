import { describe, expect, it } from "vitest";
import { keyRecords, personKey } from "../../src/persons/key.js";
import { emptyRecords } from "../../src/records.js";

describe("person key", () => {
  it.each([
    ["Ales Bialiatski", "Aleś Bialiatski"],
    ["Siarhei Tsikhanouski", "Сяргей Ціханоўскі"],
    ["Sergey Petrov", "Sergei Petrov"],
    ["Sergey Petrov", "Сергей Петров"],
    ["Elizaveta Merlyak", "Lizaveta Merliak"],
    ["Aleksei Navalny", "Alexei Navalny"],
    ["Dmitriy Sokolovskiy", "Dmitry Sokolovsky"],
    ["Mohammed Rahimi", "Muhammad Rahimi"],
    ["Yıldırım Türker", "Yildirim Turker"],
    ["Tạ Phong Tần", "Ta Phong Tan"],
    ["Mostafa El-Sayed", "Mustafa Elsayed"],
    ["MARIA PETROVA", "Maria Petrova"],
  ])("%s and %s have one key", (a, b) => {
    expect(personKey(a, "a.txt")).toBe(personKey(b, "b.txt"));
  });

  it.each([
    ["Oksana Hrytsuk", "Pavel Hrytsuk"],
    ["Recep Tayyip Erdoğan", "Bilal Erdoğan"],
    ["Ali Hassan", "Hassan Ali"],
    ["Anna Petrova", "Alena Petrova"],
    ["Elena Ulrich", "Elena Alrich"],
  ])("%s and %s have different keys", (a, b) => {
    expect(personKey(a, "a.txt")).not.toBe(personKey(b, "a.txt"));
  });

  it("scopes a one-word name or initials to its document, so they never join across letters", () => {
    expect(personKey("Mutasa", "a.txt")).not.toBe(personKey("Mutasa", "b.txt"));
    expect(personKey("Mutasa", "a.txt")).toBe(personKey("Mutasa", "a.txt"));
    expect(personKey("A. Mutasa", "a.txt")).not.toBe(personKey("A. Mutasa", "b.txt"));
    expect(personKey("Mutasa", "a.txt")).toMatch(/^mutasa~[0-9a-f]{8}$/);
  });

  it("stamps the key on people and on the penalties that name them", () => {
    const records = emptyRecords();
    records.people.push({ id: "person-1", start: 0, end: 9, rules: [], name: "Ivan Kuzmin", aliases: [], roles: [], organisation: null, mentions: [] });
    const penalty = { start: 20, end: 30, rules: [], person: "Ivan Kuzmin", kind: "prison" as const, duration: "P1Y", days: 365, date: null, text: "one year" };
    records.sentences.push({ ...penalty, id: "sentence-1", person_id: "person-1" }, { ...penalty, id: "sentence-2", person: null, person_id: null });
    keyRecords(records, "a.txt");
    expect(records.people[0]?.person_key).toBe("ivan-kuzmin");
    expect(records.sentences.map((s) => s.person_key)).toEqual(["ivan-kuzmin", null]);
  });
});
