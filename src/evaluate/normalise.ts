/**
 * How names are compared: case- and accent-insensitively, without honorifics, quotes,
 * full stops or a leading "the", with every dash read as a hyphen and spaces collapsed.
 */

// Note: forms of address only (GUIDELINES.md "Person"); titles that are roles
// ("President", "Judge") are not stripped, since a record named "President X" is an error.
const HONORIFICS = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "madam", "madame",
  "mme", "ambassador", "comrade", "brother", "sister", "rev", "reverend", "hon", "honourable",
  "his excellency", "her excellency", "excellency",
]);

/** Lower-cases, strips accents, quotes, full stops and surplus spaces; dashes become `-`. */
export function normaliseName(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/gu, "-")
    .replace(/[\u2018\u2019\u02bc`´]/gu, "'")
    .replace(/["\u201c\u201d\u201e\u00ab\u00bb]/gu, "")
    // Note: single quotes around a word (‘Belsat’ TV channel) are quotation marks; an
    // apostrophe inside or after a word (workers' union) is kept.
    .replace(/(^|\s)'([^'\s]+)'(?=\s|$)/gu, "$1$2")
    .replace(/\./g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A person's comparison key: `normaliseName` without leading honorifics. */
export function personKey(name: string): string {
  let key = normaliseName(name);
  for (;;) {
    const words = key.split(" ");
    const two = words.slice(0, 2).join(" ");
    if (words.length > 2 && HONORIFICS.has(two)) key = words.slice(2).join(" ");
    else if (words.length > 1 && HONORIFICS.has(words[0] ?? "")) key = words.slice(1).join(" ");
    else return key;
  }
}

/** An organisation's comparison key: `normaliseName` without a leading "the". */
export function organisationKey(name: string): string {
  return normaliseName(name).replace(/^the /, "");
}

/** The keys of a person: name and aliases. */
export function personKeys(person: { name: string; aliases: readonly string[] }): Set<string> {
  return new Set([person.name, ...person.aliases].map(personKey).filter((key) => key !== ""));
}

/** The keys of an organisation: name, acronym and aliases. */
export function organisationKeys(org: {
  name: string;
  acronym: string | null;
  aliases: readonly string[];
}): Set<string> {
  const forms = [org.name, ...(org.acronym ? [org.acronym] : []), ...org.aliases];
  return new Set(forms.map(organisationKey).filter((key) => key !== ""));
}

/** True when the two sets share an element. */
export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}
