/**
 * An adverb of time before a post dates it and is no part of it: `then secretary`, `alors secrétaire
 * général`, `el entonces secretario general` (session 24; heldout23 by all three writers). The post and
 * its body are read as without it. Made-up names and bodies.
 */
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_OPTIONS } from "../../../src/pipeline.js";

const people = (text: string, language = "en"): Record<string, { roles: string[]; organisation: string | null }> =>
  Object.fromEntries(analyse(text, { ...DEFAULT_OPTIONS, language }).records.people.map((p) => [p.name, { roles: p.roles, organisation: p.organisation }]));

describe("an adverb of time before a post", () => {
  it.each([
    ["English apposition", "In March 2021, Armindo Macuácua, then secretary of the estate committee, was sentenced to a year in prison.", { "Armindo Macuácua": { roles: ["secretary"] } }, "en"],
    ["French apposition, with its body", "En août 2016, M. Moctar Ould Sidi, alors secrétaire général du Syndicat libre des marins de Nouadhibou (SLMN), a été condamné.", { "Moctar Ould Sidi": { roles: ["secrétaire général"], organisation: "SLMN" } }, "fr"],
    ["Spanish post before the name", "La Federación Única de Trabajadores del Agua (FUTA) denuncia la condena. En 2021, el entonces secretario general de la federación, Wilber Quispe Huamán, fue condenado a dos años de prisión.", { "Wilber Quispe Huamán": { roles: ["secretario general"] } }, "es"],
  ])("reads the post after it (%s)", (_, text, expected, language) => {
    expect(people(text, language)).toMatchObject(expected);
  });

  it.each([
    ["`then` opening a clause after the name", "Police arrested Tomasz Wrona, then released him the same night.", { "Tomasz Wrona": { roles: [] } }],
    ["`former` is kept", "The court sentenced Hanna Lisowska, a former union treasurer, to a fine.", { "Hanna Lisowska": { roles: ["former union treasurer"] } }],
  ])("adds no post (%s)", (_, text, expected) => {
    expect(people(text)).toMatchObject(expected);
  });
});
