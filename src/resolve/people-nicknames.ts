/**
 * Nicknames quoted inside a name (`Ramon "Bong" dela Cruz Jr.`, `Gérald « Ti Jé » Saint-Fleur`):
 * the letter may later call the person by the nickname and the surname (`Bong dela Cruz`).
 */

/** A nickname in quotes between a given name and a surname, spaces around it. */
const QUOTED = /\s["“«‘]\s?([^"”»’\n]{1,24}?)\s?["”»’]\s/u;
/** A generation suffix after the surname: the nickname form may leave it out. */
const GENERATION = /[ \u00a0]+(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?$/u;

/**
 * The names a mention with a quoted nickname stands for when the nickname replaces the given
 * names (`Bong dela Cruz Jr`, `Bong dela Cruz`), in lower case; none for a mention without one.
 */
export function nicknameForms(mention: string): string[] {
  const text = mention.normalize("NFC");
  const m = QUOTED.exec(text);
  if (!m?.[1]) return [];
  const nickname = m[1].trim();
  const surname = text.slice(m.index + m[0].length).trim().replace(/\.$/u, "");
  if (m.index === 0 || surname === "") return [];
  return [...new Set([`${nickname} ${surname}`, `${nickname} ${surname.replace(GENERATION, "")}`])].map((form) => form.toLowerCase());
}
