import { describe, expect, it } from "vitest";
import { normaliseName, organisationKey, personKey, personKeys } from "../../src/evaluate/normalise.js";

describe("name normalisation", () => {
  it("ignores case and accents", () => {
    expect(normaliseName("Fethullah Gülen")).toBe(normaliseName("FETHULLAH GULEN"));
    expect(normaliseName("Jaŭhien Šajbak")).toBe("jauhien sajbak");
  });

  it("reads every dash as a hyphen and drops quotes and full stops", () => {
    expect(normaliseName("ACV–CSC")).toBe("acv-csc");
    expect(normaliseName("Human Rights Centre “Viasna”")).toBe("human rights centre viasna");
    expect(normaliseName("workers’ union")).toBe("workers' union");
    expect(normaliseName("‘Belsat’ TV channel")).toBe("belsat tv channel");
  });

  it("strips honorifics but keeps roles and particles", () => {
    expect(personKey("Ms Sharan Burrow")).toBe("sharan burrow");
    expect(personKey("Mr. Marc Leemans")).toBe("marc leemans");
    expect(personKey("His Excellency Mr Aleksandr MIKHNEVICH")).toBe("aleksandr mikhnevich");
    expect(personKey("Fred van Leeuwen")).toBe("fred van leeuwen");
    expect(personKey("President Lukashenko")).toBe("president lukashenko");
  });

  it("keeps a bare honorific that is the whole name", () => {
    expect(personKey("Mr")).toBe("mr");
  });

  it("drops a leading 'the' from organisations", () => {
    expect(organisationKey("the Observatory")).toBe("observatory");
  });

  it("gives a person's keys from name and aliases", () => {
    expect([...personKeys({ name: "Khaled Drareni", aliases: ["Drareni", "Mr Drareni"] })]).toEqual(["khaled drareni", "drareni"]);
  });
});
