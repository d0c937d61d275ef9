import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const names = (text: string, language?: string) => analyse(text, { ...DEFAULT_OPTIONS, ...(language ? { language } : {}) }).records.organisations.map((o) => o.name);

describe("a platform named as a message's medium", () => {
  it.each([
    ["en", "He was jailed for a WhatsApp voice message about the strike."],
    ["en", "They had subscribed to the union's Telegram channel for years."],
    ["en", "The Viber group of the drivers was read by the police."],
    ["fr", "Ils ont diffusé, dans un groupe WhatsApp d'enseignants, un communiqué."],
    ["es", "Las pruebas se limitaron a mensajes de WhatsApp enviados por los dirigentes."],
  ])("gives no record (%s): %s", (language, text) => {
    expect(names(text, language)).toEqual([]);
  });

  it("keeps an outlet's channel, a body's short form in capitals, and a platform named as a body", () => {
    expect(names("Reporters of the Belsat TV channel were fined.")).toEqual(["Belsat TV"]);
    expect(names("The Kenya Union of Journalists (KUJ) said the KUJ WhatsApp group was hacked.")).toContain("Kenya Union of Journalists");
    expect(names("The Telegraph Workers' Union of Kenya posted messages on its page.")).toContain("Telegraph Workers' Union of Kenya");
  });
});
