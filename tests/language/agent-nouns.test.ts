/**
 * French and Spanish nouns of agents as a class (session 19, ties19): a job noun written with an agent
 * ending is a post next to a name though no list of ours names it. Invented sentences, varied names,
 * countries and word order; near-misses that share the ending and are no one's post.
 */
import { describe, expect, it } from "vitest";
import { agentVocabulary } from "../../src/language/agent-nouns.js";
import { analyse, DEFAULT_OPTIONS } from "../../src/pipeline.js";

const rolesOf = (text: string): Record<string, string[]> =>
  Object.fromEntries(analyse(text, DEFAULT_OPTIONS).records.people.map((p) => [p.name, p.roles]));

describe("the agent-noun class", () => {
  it.each([
    ["présentatrice", "fr"], ["grutier", "fr"], ["coordonnateur", "fr"], ["technicienne", "fr"], ["caricaturistes", "fr"], ["blogueuse", "fr"],
    ["cochero", "es"], ["camillera", "es"], ["operador", "es"], ["colaboradora", "es"], ["panaderos", "es"],
  ])("holds %s (%s)", (word, language) => expect(agentVocabulary(word)?.language).toBe(language));
  it.each([
    // Note: capitalised, a name (`Julien`, `Rivera`, `Mercier`); months, ordinals, adverbs and things that share the ending.
    "Julien", "Rivera", "Mercier", "janvier", "premier", "ancien", "quotidien", "ailleurs", "plusieurs", "quartier", "valeur", "auteur",
    "enero", "primera", "cualquiera", "revista", "frontera", "sector", "defensor", "autora",
    // Note: English words compromise knows (`hero`, `earlier`), and an English agent no ending of these languages has.
    "hero", "earlier", "farmer",
  ])("does not hold %s", (word) => expect(agentVocabulary(word)).toBeNull());
});

describe("an agent noun next to a name is the person's post", () => {
  it.each([
    ["fr, after an article", "Thiès, le 4 mars 2025\n\nLe tribunal a condamné le grutier Abdoulaye Sène Mbaye à six mois de prison.", "Abdoulaye Sène Mbaye", ["grutier"]],
    ["fr, in apposition", "Lomé, le 2 avril 2025\n\nMme Akossiwa Mensah-Attipoe, présentatrice de la radio Kanal FM, a été condamnée à une amende.", "Akossiwa Mensah-Attipoe", ["présentatrice"]],
    ["fr, a plural after the names", "Nantes, le 5 mai 2025\n\nLes deux prévenus, Yann Le Goff et Erwan Kerjean, tous deux grutiers chez Atlantique Manutention, ont été condamnés.", "Erwan Kerjean", ["grutier"]],
    ["es, after an article", "La Paz, 3 de marzo de 2025\n\nEl juzgado condenó a la camillera Rosmery Quispe Mamani a un año de prisión.", "Rosmery Quispe Mamani", ["camillera"]],
    ["es, two people", "Quito, 8 de abril de 2025\n\nEl cochero Wilson Andrade Pazmiño y la panadera Nelly Guamán Tixi fueron multados.", "Nelly Guamán Tixi", ["panadera"]],
  ])("%s", (_, text, name, roles) => {
    expect(rolesOf(text)[name]).toEqual(roles);
  });

  it.each([
    ["fr, an adverb before a body in apposition", "Yaoundé, le 3 mai 2025\n\nLa société éditrice du journal, la SARL Sahel Presse, a par ailleurs été condamnée à une amende.", "Sarl Sahel Presse"],
    ["fr, the author of a text", "Dakar, le 3 mai 2025\n\nL'auteur de l'article, M. Pape Modou Faye, a été relaxé.", "Pape Modou Faye"],
  ])("no post: %s", (_, text, name) => {
    expect(rolesOf(text)[name] ?? []).toEqual([]);
  });
});
