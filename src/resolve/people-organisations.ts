/**
 * A person's `organisation`: the first body the rules tied them to that is one of the letter's
 * organisations, given as its acronym when it has one (`UMTO`), else its name.
 */
import type { Organisation } from "../records.js";

const key = (value: string): string => value.normalize("NFC").toLowerCase().replace(/^the\s+/u, "");

function find(surface: string, organisations: readonly Organisation[]): Organisation | undefined {
  const wanted = key(surface);
  return organisations.find(
    (o) =>
      key(o.name) === wanted ||
      (o.acronym !== null && key(o.acronym) === wanted) ||
      o.aliases.some((alias) => key(alias) === wanted) ||
      o.mentions.some((m) => key(m.text) === wanted) ||
      // Note: a letterhead line may hold only the start of a name wrapped onto the next line.
      (wanted.split(" ").length >= 3 && key(o.name).startsWith(`${wanted} `)),
  );
}

/** The first surface that names a known body, as that body's acronym or name; null when none does. */
export function linkOrganisation(surfaces: readonly (string | null)[], organisations: readonly Organisation[]): string | null {
  for (const surface of surfaces) {
    if (!surface) continue;
    const organisation = find(surface, organisations);
    if (organisation) return organisation.acronym ?? organisation.name;
  }
  return null;
}
