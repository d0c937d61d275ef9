/**
 * French and Spanish letters capitalise a role's qualifiers with it (`Secrétaire Générale Adjointe`,
 * `Presidente Nacional`): the qualifiers go on with the role and never open a name (session 22). Made-up letters.
 */
import { describe, expect, it } from "vitest";
import { processText } from "../../src/pipeline.js";

async function people(text: string): Promise<{ name: string; roles: string[] }[]> {
  const { result } = await processText(text, "lettre.txt");
  return result.people.map((p) => ({ name: p.name, roles: [...p.roles] }));
}

describe("capitalised role qualifiers in French and Spanish letters", () => {
  it.each([
    ["N'Djamena, le 4 avril 2024\n\nLa camarade Awa Moussa Haroun, Secrétaire Générale Adjointe, et le camarade Idriss Ali Mahamat, Trésorier Général, ont écopé chacun de six mois avec sursis.\n", ["Awa Moussa Haroun", "Idriss Ali Mahamat"]],
    ["Moundou, le 3 mars 2024\n\nLe camarade Paul Ngarta Kossi, Secrétaire Général de l'UNST-Tchad, a été condamné à six mois d'emprisonnement ferme.\n", ["Paul Ngarta Kossi"]],
    ["Tegucigalpa, 3 de marzo de 2025\n\nLa compañera Rosa Elena Ruiz, Secretaria General Adjunta, y el compañero Pedro Luis Mejía, Secretario Ejecutivo Nacional, fueron condenados a dos años de prisión.\n", ["Rosa Elena Ruiz", "Pedro Luis Mejía"]],
  ])("no person is made of the role's qualifiers: %s", async (text, expected) => {
    const found = (await people(text)).map((p) => p.name);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it("keeps the name after the qualifiers, and the qualifiers in the role", async () => {
    const found = await people("Ouagadougou, le 2 mai 2025\n\nLe Secrétaire Général Adjoint Jean Kaboré a été condamné à trois mois avec sursis.\n");
    expect(found).toEqual([{ name: "Jean Kaboré", roles: ["Secrétaire Général Adjoint"] }]);
    const spanish = await people("Bogotá, 2 de mayo de 2025\n\nEl Presidente Nacional Gustavo Ruiz Peña fue condenado a dos años de prisión.\n");
    expect(spanish).toEqual([{ name: "Gustavo Ruiz Peña", roles: ["Presidente Nacional"] }]);
  });

  it("leaves English letters and names that are no qualifiers alone", async () => {
    const english = (await people("Accra, 2 May 2025\n\nGeneral Secretary General Mensah spoke. The court sentenced Secretary Pascal Ouedraogo to two years in prison.\n")).map((p) => p.name);
    expect(english).toContain("Pascal Ouedraogo");
    const french = (await people("Dakar, le 2 mai 2025\n\nLe Ministre Pascal Diouf et le Président Nationale Sow ont parlé.\n")).map((p) => p.name);
    expect(french).toContain("Pascal Diouf");
  });
});
