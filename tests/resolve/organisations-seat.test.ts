import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const records = (text: string, language?: string) => analyse(text, { ...DEFAULT_OPTIONS, ...(language ? { language } : {}) }).records.organisations;
const forms = (text: string, language?: string) => records(text, language).map((o) => [o.name, ...o.aliases]);

describe("a state's mission and the town it sits in", () => {
  it.each([
    ["en", "We have also written to the Malawian High Commission in Lusaka to ask for his release.", "Malawian High Commission", "Malawian High Commission in Lusaka"],
    ["fr", "Nous avons écrit à l'ambassade du Niger à Genève pour demander sa libération.", "ambassade du Niger", "ambassade du Niger à Genève"],
  ])("carries both forms (%s): %s", (language, text, name, long) => {
    expect(forms(text, language)).toContainEqual([name, long]);
  });

  it.each([
    ["en", "The appeal was handed to the Nigerian High Commission in Federation House on Monday.", "Nigerian High Commission in Federation House"],
    ["en", "The Ghana Teachers' Union in Accra protested on Monday.", "Ghana Teachers' Union in Accra"],
  ])("takes no host body, and no seat of a body other than a mission (%s): %s", (language, text, absent) => {
    expect(forms(text, language).flat()).not.toContain(absent);
  });
});

describe("a body named with its town, then without it", () => {
  it.each([
    ["en", "The Bar Association of Kisumu protested. The Bar Association called a boycott.", "Bar Association of Kisumu", "Bar Association"],
  ])("is one body (%s): %s", (language, text, name, short) => {
    expect(forms(text, language)).toEqual([[name, short]]);
  });

  it("is one body named without the town when it is a station (a station's town is its seat)", () => {
    expect(forms("Deux journalistes de la station Radio Mahavelona de Fianara ont été condamnés. Radio Mahavelona a protesté.", "fr")).toEqual([["Radio Mahavelona", "Radio Mahavelona de Fianara"]]);
  });

  it.each([
    ["en", "The Committee of Families of Workers met. The Committee of Families spoke.", "Committee of Families of Workers"],
    ["en", "The Union of Workers of Harbour Knit struck; the Union of Workers of Delta Textiles too, and the Union of Workers met.", "Union of Workers of Harbour Knit"],
  ])("not after an English word, nor when two full names give the short form (%s): %s", (language, text, name) => {
    expect(forms(text, language).find((f) => f[0] === name) ?? []).not.toContain(name.replace(/ of \S+(?: \S+)?$/u, ""));
  });
});

describe("a station named once with its town", () => {
  it.each([
    ["fr", "Moussa Diallo, journaliste à la radio communautaire Sahel FM de Kantchari, a été condamné.", "Sahel FM", "Sahel FM de Kantchari"],
    ["fr", "Deux journalistes de la station privée Radio Fanilo de Manakara ont été condamnés le 3 mai.", "Radio Fanilo", "Radio Fanilo de Manakara"],
  ])("is named without the town, its mention keeping it (%s): %s", (language, text, name, long) => {
    expect(forms(text, language)).toContainEqual([name, long]);
  });

  it.each([
    ["fr", "La Radio Nationale de Madagascar a protesté contre la condamnation.", "Radio Nationale de Madagascar"],
    ["fr", "Le Syndicat des journalistes de Toamasina a protesté contre la condamnation.", "Syndicat des journalistes de Toamasina"],
  ])("keeps a country, and the town of a body that is no station (%s): %s", (language, text, name) => {
    expect(records(text, language).map((o) => o.name)).toContain(name);
  });
});
