import { describe, expect, it } from "vitest";
import { GENERIC_INSTITUTION_WORDS, isBranchOnly, isGenericInstitution } from "../../src/resolve/organisations-generic.js";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const names = (text: string) => analyse(text, DEFAULT_OPTIONS).records.organisations.map((o) => o.name);

describe("generic institutional names", () => {
  it.each(GENERIC_INSTITUTION_WORDS.map(([word, example]) => ({ word, example })))("$word: `$example` is generic", ({ example }) => {
    expect(isGenericInstitution(example.replace(/^the /u, "The "))).toBe(true);
  });

  it.each(["Lagos High Court", "Supreme Court of Pakistan", "Specialised Criminal Court", "National Human Rights Commission", "Permanent Mission of Ghana", "Kampala Court of Appeal", "Electoral Commission", "Cour d'appel de Dakar", "Tribunal administratif du travail", "Juzgado de lo Social de Vigo", "Corte Superior de Justicia de Lima", "Sala Constitucional", "Tribunal de Commerce de Kinshasa", "Basic Court of Prizren"])("`%s` names one body", (name) => {
    expect(isGenericInstitution(name)).toBe(false);
  });

  it("gives no record for a court named only by its rank", () => {
    const text = "On 3 June the High Court upheld the conviction of Amara Okafor. Her appeal to the Court of Appeal failed, and the Court of First Instance in Sfax had denied bail. The Magistrates' Court and the Supreme Court did not sit.";
    expect(names(text)).toEqual([]);
  });

  it("gives no record for a court of another system named only by its level or branch", () => {
    const text = "On 2 March the Basic Court convicted Dren Hoxha, and the Federal Oral Criminal Court later sentenced Inés Ayala. The Circuit Court and the Primary Court did not sit.";
    expect(names(text)).toEqual([]);
    expect(names("El Juzgado de Instrucción condenó a Marta Pizarro; la Corte de Apelaciones y el Tribunal de Juicio Oral confirmaron la pena.")).toEqual([]);
    expect(names("Le Tribunal correctionnel a condamné Awa Diallo ; la Cour d'appel a confirmé la peine.")).toEqual([]);
  });

  it("joins a generic name to the one fuller name it opens or closes", () => {
    const text = "We wrote to the Permanent Mission of Nigeria to the United Nations and to the Enugu High Court. The Permanent Mission did not reply; the High Court adjourned.";
    const found = analyse(text, DEFAULT_OPTIONS).records.organisations;
    expect(found.map((o) => o.name)).toEqual(["Permanent Mission of Nigeria to the United Nations", "Enugu High Court"]);
    expect(found.map((o) => o.aliases)).toEqual([["Permanent Mission"], ["High Court"]]);
  });

  it("joins neither of two fuller names a generic one could refer to", () => {
    const text = "The High Commission of Kenya in London and the High Commission of Ghana in Ottawa both replied. The High Commission thanked us.";
    expect(names(text)).toEqual(["High Commission of Kenya", "High Commission of Ghana"]);
  });
});

describe("a body named by its place and a common noun", () => {
  it("is the one fuller name opening with those words and holding that noun", () => {
    const text = "The Tema Harbour Dockworkers' Union says they are innocent. Two further members of the Tema Harbour union were jailed.";
    const found = analyse(text, DEFAULT_OPTIONS).records.organisations;
    expect(found.map((o) => o.name)).toEqual(["Tema Harbour Dockworkers' Union"]);
    expect(found[0]?.aliases).toEqual(["Tema Harbour union"]);
  });

  it("stays apart when the fuller name lacks the noun", () => {
    const text = "The Tema Harbour Authority refused. Members of the Tema Harbour union were jailed.";
    expect(names(text)).toEqual(["Tema Harbour Authority", "Tema Harbour"]);
  });
});

describe("a branch named only by where it sits", () => {
  it.each(["Bureau de Bukavu", "Oficina de Lima", "Antenne de Goma", "Office in Nairobi", "Délégation du Sénégal"])("`%s` names no body", (name) => {
    expect(isBranchOnly(name)).toBe(true);
  });

  it.each(["Bureau of Labor Statistics", "Oficina de Derechos Humanos", "Bureau de coordination", "Office of the Attorney General"])("`%s` is not a branch's place", (name) => {
    expect(isBranchOnly(name)).toBe(false);
  });

  it.each([
    ["cc: Organisation internationale du Travail (OIT), Bureau de Bukavu ; Syndicat des Mineurs du Kivu", "Bureau de Bukavu"],
    ["Inform the Sahel desk of any action.\nSahel Desk Coordinator", "Sahel Desk"],
    ["cc: Global Dockers' Solidarity Network, East Africa Office", "East Africa Office"],
  ])("gives no record for a desk or office named by a region or a town: %s", (text, name) => {
    expect(names(text)).not.toContain(name);
  });

  it("keeps a desk or office named by a body or a field", () => {
    expect(names("The MJSA Maghreb Desk and the Mekong Rights Desk wrote to the Kenya Office of the ILO.")).toEqual(["MJSA Maghreb Desk", "Mekong Rights Desk", "Kenya Office of the ILO"]);
  });
});

