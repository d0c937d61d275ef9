/**
 * Nicknames quoted inside a name (`Ramon "Bong" dela Cruz Jr.`, `Gérald « Ti Jé » Saint-Fleur`):
 * the letter may later call the person by the nickname and the surname (`Bong dela Cruz`).
 */

/** A nickname in quotes between a given name and a surname. */
const QUOTED = /^(.+?)[ \u00a0]+["“«‘][ \u00a0]?([^"”»’\n]{1,24}?)[ \u00a0]?["”»’][ \u00a0]+(.+)$/u;
/** A generation suffix after the surname: the nickname form may leave it out. */
const GENERATION = /[ \u00a0]+(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?$/u;

/**
 * The names a mention with a quoted nickname stands for when the nickname replaces the given
 * names (`Bong dela Cruz Jr`, `Bong dela Cruz`), in lower case; none for a mention without one.
 */
export function nicknameForms(mention: string): string[] {
  const m = QUOTED.exec(mention.normalize("NFC"));
  if (!m?.[2] || !m[3]) return [];
  const nickname = m[2].trim();
  const surname = m[3].replace(/\.$/u, "");
  return [...new Set([`${nickname} ${surname}`, `${nickname} ${surname.replace(GENERATION, "")}`])].map((form) => form.toLowerCase());
}
