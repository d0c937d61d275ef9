import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const records = (text: string, language?: string) =>
  analyse(text, { ...DEFAULT_OPTIONS, ...(language ? { language } : {}) }).records.organisations.map((o) => ({ name: o.name, aliases: o.aliases }));

describe("a body's proper name in quotes, used alone", () => {
  it("joins the one full name that holds it in quotes, before or after it", () => {
    const found = records('URGENT: Arrests of leaders of the "Metrostroy" union in Kazan\nThe Interregional Trade Union of Metro Workers "Metrostroy" was founded in 2019.');
    expect(found).toEqual([{ name: 'Interregional Trade Union of Metro Workers "Metrostroy"', aliases: ['"Metrostroy" union'] }]);
    expect(records("Ales Bialiatski of the Human Rights Centre “Viasna” was jailed. Viasna said the trial was unfair.").map((o) => o.name)).toEqual(["Human Rights Centre “Viasna”"]);
  });

  it("joins in Spanish letters too", () => {
    expect(records('El sindicato "Esperanza" protestó. El Sindicato de Trabajadores Portuarios "Esperanza" tiene 900 afiliados.', "es")).toEqual([{ name: 'Sindicato de Trabajadores Portuarios "Esperanza"', aliases: ["Esperanza"] }]);
  });

  it("keeps apart an outlet whose title no full name holds in quotes", () => {
    const names = records('The newspaper "Novaya Zhizn" reported on the Union of Journalists "Pravda" and on "Novaya Zhizn" readers.').map((o) => o.name);
    expect(names).toContain("Novaya Zhizn");
    expect(names).toContain('Union of Journalists "Pravda"');
  });

  it("joins neither when two full names hold the same quoted name", () => {
    const names = records('The Miners\' Union "Unity" and the Teachers\' Union "Unity" met. "Unity" said it would strike.').map((o) => o.name);
    expect(names).toContain('Miners\' Union "Unity"');
    expect(names).toContain('Teachers\' Union "Unity"');
  });
});
