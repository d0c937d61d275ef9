/** Head-first roles in French and Spanish (language/roles.ts): what they find before a name, and what they must not. */
import { describe, expect, it } from "vitest";
import { modifiersAfter, roleBeforeName } from "../../src/language/roles.js";
import { vocabularyOf, type Vocabulary } from "../../src/language/vocabulary.js";

const fr = vocabularyOf("fr") as Vocabulary;
const es = vocabularyOf("es") as Vocabulary;
const of = (language: string): Vocabulary => (language === "fr" ? fr : es);

/** The role read before the name, which starts at `name`'s first occurrence in `text`. */
function before(language: string, text: string, name: string): ReturnType<typeof roleBeforeName> {
  return roleBeforeName(text, 0, text.indexOf(name), of(language));
}

describe("a head-first role before a name", () => {
  it.each([
    ["fr", "le président national Gaspard Lemoine a dit", "Gaspard", { role: "président national", organisation: null, bodyInRun: false }],
    ["fr", "la secrétaire générale adjointe de la CGTM, Odile Ferrand, a dit", "Odile", { role: "secrétaire générale adjointe", organisation: "CGTM", bodyInRun: false }],
    ["fr", "le secrétaire régional de la CNTB Métal Bastien Rouvière", "CNTB", { role: "secrétaire régional", organisation: null, bodyInRun: true }],
    ["es", "el gerente de la empresa NORTEX, Evaristo Quiroga", "Evaristo", { role: "gerente", organisation: "NORTEX", bodyInRun: false }],
    ["es", "el Secretario General de SELMA, Ramiro Ayala", "Ramiro", { role: "Secretario General", organisation: "SELMA", bodyInRun: false }],
    ["es", "la dirigente sindical Marisol Echeverría", "Marisol", { role: "dirigente sindical", organisation: null, bodyInRun: false }],
    // Note: the body referred back to by its noun, set off by a comma (session 19).
    ["es", "La tesorera de la cooperativa, Marta Inés Bolaños, fue multada", "Marta", { role: "tesorera", organisation: null, bodyInRun: false }],
    ["es", "la corresponsal de la emisora en Tarija, Silvia Rocha Mendieta", "Silvia", { role: "corresponsal", organisation: null, bodyInRun: false }],
    ["fr", "Le directeur général de la société, M. Théophile Ngoumou, a porté plainte", "M.", { role: "directeur général", organisation: null, bodyInRun: false }],
    ["fr", "le caricaturiste Honoré Kaboré", "Honoré", { role: "caricaturiste", organisation: null, bodyInRun: false }],
    // Note: session 22: a determiner joined to its preposition or a possessive opens the post (`al`, `su`), a form of
    // address written as a noun stands before the name, a field of several words follows the head, `son adjoint`.
    ["es", "El juez condenó al presidente de la cooperativa, el compañero Aurelio Paz, a dos años", "Aurelio", { role: "presidente", organisation: null, bodyInRun: false }],
    ["es", "Al secretario general del SINTRAMAR, el doctor Julio Cifuentes, y", "Julio", { role: "secretario general", organisation: "SINTRAMAR", bodyInRun: false }],
    ["es", "y al secretario de asuntos laborales, Rubén Ortega Díaz, les impuso", "Rubén", { role: "secretario de asuntos laborales", organisation: null, bodyInRun: false }],
    ["es", "a la secretaria de organización, la licenciada Nora Izquierdo, una multa", "Nora", { role: "secretaria de organización", organisation: null, bodyInRun: false }],
    ["fr", "et le secrétaire à l'organisation, M. Firmin Ouattara, ont été", "M.", { role: "secrétaire à l'organisation", organisation: null, bodyInRun: false }],
    ["fr", "le secrétaire général, M. Paul Nana, et son adjoint, M. Eric Sawadogo, ont", "M. Eric", { role: "adjoint", organisation: null, bodyInRun: false }],
    ["fr", "Le directeur de publication de la radio, Honorine Rabe, a été", "Honorine", { role: "directeur de publication", organisation: null, bodyInRun: false }],
    // Note: a qualifier after its head stays the head's (not a post of its own).
    ["fr", "le secrétaire général adjoint Marc Ouédraogo", "Marc", { role: "secrétaire général adjoint", organisation: null, bodyInRun: false }],
  ])("%s: %s", (language, text, name, expected) => {
    expect(before(language, text, name)).toEqual(expected);
  });

  it.each([
    ["fr", "le président a quitté Lyon Saint-Exupéry", "Lyon", "a verb after the role"],
    ["fr", "la ville de Marseille", "Marseille", "no role head"],
    ["es", "el secretario general, en Buenos Aires", "Buenos", "a preposition, not a body's `de`"],
    ["es", "el presidente dijo que Juan Ortiz", "Juan", "a clause between the role and the name"],
    ["fr", "M. Paul Ekané, secrétaire général du syndicat, M. Jules Mballa", "Jules", "the apposition of the name before, no article"],
    ["fr", "secrétaire générale du syndicat USTB Kossi Amavi", "USTB", "no comma: the capitalised words name the body"],
    ["es", "el secretario de la federación de los trabajadores, Ana Ruiz", "Ana", "an article inside the field: a body, not a post's field"],
    ["es", "condenó a los compañeros de Mario Lemus, Rosa Díaz", "Rosa", "a comrade's word with no post before it"],
  ])("%s: nothing in %s (%s)", (language, text, name) => {
    expect(before(language, text, name)).toBeNull();
  });
});

describe("words that go on a role", () => {
  it("reads French and Spanish qualifiers after their own heads only", () => {
    expect(modifiersAfter("secrétaire", ["général", "adjoint", "de"])).toBe(2);
    expect(modifiersAfter("presidenta", ["nacional", "del"])).toBe(1);
    expect(modifiersAfter("journalist", ["critical", "of"])).toBe(0);
    expect(modifiersAfter("secrétaire", ["Lemoine"])).toBe(0);
  });
  it("reads a charge's field, with its article or `des`; `des` after another head names people", () => {
    expect(modifiersAfter("chargé", ["de", "communication"])).toBe(2);
    expect(modifiersAfter("chargée", ["de", "la", "mobilisation"])).toBe(3);
    expect(modifiersAfter("chargé", ["de", "l’organisation", "et"])).toBe(2);
    expect(modifiersAfter("chargée", ["des", "affaires"])).toBe(2);
    expect(modifiersAfter("avocate", ["des", "prévenus"])).toBe(0);
    expect(modifiersAfter("chargé", ["de", "la", "FTRS"])).toBe(0);
  });
});
