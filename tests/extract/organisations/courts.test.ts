import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../../src/pipeline.js";

const bodies = (text: string, language?: string) =>
  analyse(text, { ...DEFAULT_OPTIONS, ...(language ? { language } : {}) }).records.organisations.map((o) => ({ name: o.name, aliases: o.aliases }));

describe("a court's extent", () => {
  it.each([
    ["On 4 May, Branch 15 of the Revolutionary Court of Ahvaz convicted Reza Karimi.", "Revolutionary Court of Ahvaz", "Branch 15 of the Revolutionary Court of Ahvaz"],
    ["Their appeal went to Branch No. 7 of the Shiraz Court of Appeals in June.", "Shiraz Court of Appeals", "Branch No. 7 of the Shiraz Court of Appeals"],
    ["Mara Lopez was convicted by the Regional Trial Court, Branch 9, of Cebu City on Monday.", "Regional Trial Court", "Regional Trial Court, Branch 9, of Cebu City"],
    ["The Regional Trial Court of Baguio City, Branch 61, acquitted Jun Santos.", "Regional Trial Court of Baguio City", "Regional Trial Court of Baguio City, Branch 61"],
  ])("keeps a numbered branch in the mention: %s", (text, name, alias) => {
    expect(bodies(text)).toContainEqual({ name, aliases: [alias] });
  });

  it.each([
    ["Last week the Medan District Court in North Sumatra sentenced Budi Santoso.", "Medan District Court", "Medan District Court in North Sumatra"],
    ["On 9 May the Labour Court in Panama City fined Rosa Vega.", "Labour Court", "Labour Court in Panama City"],
    ["He is held at Vakilabad Prison in Khorasan.", "Vakilabad Prison", "Vakilabad Prison in Khorasan"],
  ])("names a court or prison without the place it sits in: %s", (text, name, alias) => {
    expect(bodies(text)).toContainEqual({ name, aliases: [alias] });
  });

  it("keeps a country after another body's head", () => {
    expect(bodies("The Domestic Workers' Association in Peru protested.").map((b) => b.name)).toEqual(["Domestic Workers' Association in Peru"]);
  });

  it.each([
    ["The ruling of the Magistrate's Court of Galle was appealed.", "Magistrate's Court of Galle"],
    ["They appeared before the Nakuru Magistrate's Court on 4 June.", "Nakuru Magistrate's Court"],
    ["The Sheriff's Court of Paisley heard the case.", "Sheriff's Court of Paisley"],
  ])("keeps a judicial post's possessive before its court: %s", (text, name) => {
    expect(bodies(text).map((b) => b.name)).toEqual([name]);
  });

  it.each([
    "The Chief Magistrate's Court in Kano convicted Sani Bello.",
    "A Senior Resident Magistrate's Court sentenced Grace Banda.",
    "The Principal Magistrate's Court at Eldoret adjourned.",
  ])("gives no record for a magistrate's court named only by its rank: %s", (text) => {
    expect(bodies(text)).toEqual([]);
  });

  it("does not read a branch of a union or a judge's word as a court's", () => {
    expect(bodies("Branch 12 of the Metalworkers' Union of Ghana met. The Judge's decision came later.")).toEqual([{ name: "Metalworkers' Union of Ghana", aliases: [] }]);
  });

  it.each([
    ["El recurso ante la Sala de lo Penal de la Corte Suprema de Justicia fue rechazado.", "Sala de lo Penal de la Corte Suprema de Justicia"],
    ["El Juzgado de lo Social de Oviedo condenó a la empresa.", "Juzgado de lo Social de Oviedo"],
    ["La audiencia ante la Sala Tercera de lo Civil de la Corte Suprema fue aplazada.", "Sala Tercera de lo Civil de la Corte Suprema"],
    ["El Juzgado de lo Penal número 2 de Cádiz condenó a Luis Gómez.", "Juzgado de lo Penal número 2 de Cádiz"],
    ["El Juzgado de lo Social núm. 5 de Bilbao falló el lunes.", "Juzgado de lo Social núm. 5 de Bilbao"],
  ])("reads a Spanish court's `de lo` field and its number: %s", (text, name) => {
    expect(bodies(text, "es").map((b) => b.name)).toEqual([name]);
  });

  it.each(["Hizo todo lo posible por Ana Ruiz de lo que pudo.", "El Tribunal falló sobre el número 4 de la lista."])("reads no court in `de lo` or `número` elsewhere: %s", (text) => {
    expect(bodies(text, "es")).toEqual([]);
  });

  it.each([
    ["The Court of the Senior Judicial Magistrate convicted Rina Akter.", "Court of the Senior Judicial Magistrate"],
    ["Their case is before the Court of the District Sessions Judge in Khulna.", "Court of the District Sessions Judge"],
  ])("keeps the judge's post a court is named after: %s", (text, name) => {
    expect(bodies(text).map((b) => b.name)).toEqual([name]);
  });

  it.each([
    ["The Court of the Metropolitan Magistrate, Chittagong, fined Abul Hasan.", "Court of the Metropolitan Magistrate", "Court of the Metropolitan Magistrate, Chittagong"],
    ["Last week the Special Tribunal No. 3, Karachi, acquitted Nadia Baloch.", "Special Tribunal No. 3", "Special Tribunal No. 3, Karachi"],
    // Note: a town no lexicon knows, then a verb, a stop, a line's end or a dash (session 23).
    ["On 2 May the Court of the Senior Judicial Magistrate, Kalipur, found the four guilty.", "Court of the Senior Judicial Magistrate", "Court of the Senior Judicial Magistrate, Kalipur"],
    ["On 9 June the Judicial Magistrate Court No. III, Pattukadu convicted all three.", "Judicial Magistrate Court No. III", "Judicial Magistrate Court No. III, Pattukadu"],
    ["The complaints are pending before the Second Labour Court, Dhaka.", "Second Labour Court", "Second Labour Court, Dhaka"],
    ["State v. Rina Akter and others\nCourt of the Additional Chief Judicial Magistrate, Kalipur\nCase No. 12 of 2024", "Court of the Additional Chief Judicial Magistrate", "Court of the Additional Chief Judicial Magistrate, Kalipur"],
    ["Sub: Conviction of leaders by the Judicial First Class Magistrate Court, Kovilur – request for intervention", "Judicial First Class Magistrate Court", "Judicial First Class Magistrate Court, Kovilur"],
    ["They were sentenced by the Anti-Terrorism Court-III, Multan, on 3 May.", "Anti-Terrorism Court-III", "Anti-Terrorism Court-III, Multan"],
  ])("keeps a court's town after a comma in the mention: %s", (text, name, alias) => {
    expect(bodies(text)).toContainEqual({ name, aliases: [alias] });
  });

  it.each([
    ["On Monday the Anti-Corruption Court No. IV sentenced Imran Shah.", "Anti-Corruption Court No. IV"],
    ["On Friday, Federal Oral Criminal Court No. 3 of Mendoza convicted Pablo Díaz.", "Federal Oral Criminal Court No. 3 of Mendoza"],
    ["The People's Court of Nam Định province tried Trần Văn Minh.", "People's Court of Nam Định province"],
    ["The Intermediate Court of Lhasa municipality heard the appeal.", "Intermediate Court of Lhasa municipality"],
  ])("keeps a court's number and its place's division in its name: %s", (text, name) => {
    expect(bodies(text).map((b) => b.name)).toEqual([name]);
  });

  it.each([
    ["The High Court, Ruth said, had erred.", "High Court"],
    ["The Labour Court, Monday, was closed.", "Labour Court"],
    ["The Workers' Union of Kenya province branch met.", ""],
    ["Before the High Court, Justice Rao said, the lawyers objected.", "High Court"],
    ["The Labour Court, which sits weekly, was closed.", "Labour Court"],
  ])("takes no town, number or division that is not one: %s", (text, absent) => {
    expect(bodies(text).flatMap((b) => b.aliases)).not.toContain(`${absent}, Ruth`);
    expect(bodies(text).flatMap((b) => b.aliases).some((a) => /Monday|province|Justice|which/u.test(a))).toBe(false);
  });
});
