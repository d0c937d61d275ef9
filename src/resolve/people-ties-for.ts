/**
 * A signature under the body it signs for (session 24; heldout22, heldout23): `Pour la CSLN,` / `Le Secrétaire
 * Général` / `A`, `Pour le SPPLG` / `Le Secrétaire général` / `B`, `For the X Union,` / `C`. The name opening its line
 * belongs to the body named on the nearest `Pour`/`Por`/`For`/`On behalf of` line above, when only a title line and blank
 * lines stand between. Each signer of a letter signed for several bodies gets its own.
 */
import type { Mention, Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { peopleWithin, placed } from "./people-ties.js";

/** A line that says for which body the lines below sign. */
const FOR_LINE = /^[ \t*_]*(?:Pour|Por|For|On behalf of|En nombre de|Au nom de)(?!\p{L})[^\n]{2,80}$/u;
/** A body's governing organ, which signs for the body itself. */
const ORGAN = /^(?:(?:the|le|la|el)\s+)?(?:(?:national|regional)\s+)?(?:bureau|secr[ée]tariat|secretaría|presidium|board|executive|comit[ée]|committee|consejo|conseil|council|junta)(?!\p{L})/iu;
/** How many lines above the name the `for` line may stand (a title line and blank lines between). */
const REACH = 3;

/** The line `[start, end)` that ends right before `at` (the line above the one starting at `at`). */
function lineAbove(text: string, lineStart: number): [number, number] | null {
  if (lineStart === 0) return null;
  const end = lineStart - 1;
  return [text.lastIndexOf("\n", end - 1) + 1, end];
}

/** The body of the `for` line above a signer's name that opens its line, or undefined. */
export function tieByForLine(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  if (!/^[ \t*_]*$/u.test(text.slice(lineStart, mention.start))) return undefined;
  let line = lineAbove(text, lineStart);
  let titles = 0;
  for (let n = 0; line && n < REACH; n++, line = lineAbove(text, line[0])) {
    const [from, to] = line;
    const words = text.slice(from, to).trim();
    if (words === "") continue;
    const bodies = placed(context.organisations).filter((m) => m.start >= from && m.end <= to);
    // Note: a governing organ signs for its own body (`Pour le Bureau exécutif national,`, `Por el Consejo Directivo Nacional,`): left to the writer's rules.
    if (FOR_LINE.test(words)) return bodies[0] && !ORGAN.test(bodies[0].organisation.name) ? bodies[0].organisation : undefined;
    // Note: only a title line may stand between (`Le Secrétaire Général`): no body, no person, a few words, no sentence.
    if (bodies.length > 0 || peopleWithin(context, from, to).length > 0 || words.split(/\s+/u).length > 6 || /[.;:!?]$/u.test(words) || ++titles > 1) return undefined;
  }
  return undefined;
}
