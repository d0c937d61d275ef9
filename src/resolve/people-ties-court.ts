/**
 * A judge's court (issue 17.1): a judge, magistrate or justice is the court's, and letters name the
 * court once and the judge apart from it:
 *   `Karaganda City Court (judge Ainur Bekova), 12 March:`, `the High Court of Lilongwe, Justice
 *   Chikondi Banda presiding`, `tried before the Second Criminal Chamber, presided over by Judge X`,
 *   `Judge X of the same court`, `Sentence was handed down by magistrate Ms Y` (the court named
 *   before), `La jueza, Dra. Z, …` (el Juzgado named before).
 * The court is the nearest court named before the judge, in the paragraph or the few before it;
 * a judge with no court named before keeps none. Read only when no clause ties the person.
 */
import type { Mention, Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { bodyBefore, placed } from "./people-ties.js";

/** A judicial office: a role, or the words right before the name (`District Judge `, `magistrate Mrs `, `La jueza, Dra. `). */
const JUDICIAL = /\b(?:judges?|justices?|jueza?|jueces|juges?|magistrat[ea]?s?|magistrad[oa]s?)\b/iu;
// Note: not `Minister of Justice, Mr A`, `ministra de Justicia`: an office named after justice is no judge's.
const JUDGE_BEFORE =
  /(?<!\b(?:of|de|de\sla)\s)\b(?:judges?|magistrates?|justices?|jueza?|juges?|magistrat[ea]?|magistrad[oa]),?\s+(?:(?:Mrs|Mr|Ms|Dr|Dra|Sra|Sr|Mme|M|Me|Lic|Lcda|Lcdo|Hon)\.?\s+)?$/iu;
/** A court's name: the body a judge sits in. */
const COURT = /\b(?:courts?|tribunal(?:es)?|juzgados?|cour|chambers?|chambre|sala|bench)\b|\bmagistrates['’]/iu;
/** True when the body is a court (`Gweru Magistrates' Court`, `Juzgado Décimo …`). */
export const isCourt = (body: Organisation): boolean => COURT.test(body.name);

/** How far back the court may be named: a few paragraphs. */
const REACH = 2500;

/** True when the person holds a judicial office, by a role or the title before this mention. */
export function judicial(mention: Mention, roles: readonly string[], text: string): boolean {
  // Note: `Judge` alone, not `judgement`; a role naming another office with `justice` (`Minister of Justice`) is no judge.
  if (roles.some((role) => JUDICIAL.test(role) && !/\bof\s+justice\b|\bde\s+(?:la\s+)?justic/iu.test(role))) return true;
  return JUDGE_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start));
}

/** The court a judge's mention sits in: the nearest court named before it (within a few paragraphs), or undefined. */
export function tieByCourt(mention: Mention, roles: readonly string[], context: TieContext): Organisation | undefined {
  if (!judicial(mention, roles, context.text)) return undefined;
  const all = placed(context.organisations);
  for (let i = bodyBefore(context, mention.start)?.index ?? -1; i >= 0; i--) {
    const body = all[i];
    if (!body) continue;
    if (mention.start - body.end > REACH) return undefined;
    if (COURT.test(body.organisation.name)) return body.organisation;
  }
  return undefined;
}
