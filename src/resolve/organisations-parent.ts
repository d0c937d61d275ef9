/**
 * An organ named with the body it belongs to, by that body's acronym (`Comité de la liberté
 * syndicale de l'OIT`, `Committee on Freedom of Association of the ILO`, `Junta Directiva Central de
 * la FESAMH`): letters name the organ with and without its parent, so its record carries both forms,
 * the name without the parent and the mention with it; and the organ is no record of the parent,
 * whose acronym it ends with (organisations.ts parentAtTail).
 */
import type { OrganisationCandidate } from "../records.js";
import { isCountryInitials } from "../language/country-initials.js";
import { ORG_HEADS } from "../extract/organisations/lexicon.js";
import { isRoleWord } from "../extract/people/roles.js";

/** The organ's own words, a link (and its article) and the parent's acronym closing the name. */
const ORGAN_OF_PARENT = /^(\p{Lu}.*?)\s(?:of the|of|de la|de las|de los|del|de|du|des)\s(\p{Lu}[\p{Lu}\p{N}-]+)$|^(\p{Lu}.*?)\s(?:de l|d)['’](\p{Lu}[\p{Lu}\p{N}-]+)$/su;

/** A word without its accents, lower case (`Comité` → `comite`). */
const bare = (word: string): string => word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
const HEADS = new Set([...ORG_HEADS].map(bare));

/** True when the words open with a body's head, or hold two capitalised words: an organ's own name, not a post (`Coordinadora general`). */
export function ownOrganName(words: string): boolean {
  const first = words.split(/\s+/u)[0] ?? "";
  const capitals = words.match(/(?<![\p{L}\p{M}])\p{Lu}/gu)?.length ?? 0;
  // Note: a head that is also a post (`Coordinadora`, `Secretariat`) opens a post when no other word is capitalised.
  return capitals >= 2 || (HEADS.has(bare(first)) && !isRoleWord(first));
}

/** The candidate named without its parent's acronym, its mention keeping it; any other candidate as it is. */
export function withoutParent(candidate: OrganisationCandidate): OrganisationCandidate {
  const m = ORGAN_OF_PARENT.exec(candidate.name);
  const own = m?.[1] ?? m?.[3];
  const parent = m?.[2] ?? m?.[4];
  if (!own || !parent || candidate.acronym !== null || isCountryInitials(parent)) return candidate;
  // Note: the organ has a name of its own, two words at least, opening with its head (`Comité de la liberté syndicale`).
  const first = own.split(/\s+/u)[0] ?? "";
  if (!own.includes(" ") || !HEADS.has(bare(first)) || !ownOrganName(own)) return candidate;
  return { ...candidate, name: own };
}
