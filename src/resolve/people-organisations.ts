/**
 * A person's `organisation`: the body the letter ties them to, given as that organisation
 * record's acronym when it has one, else its name (the record's own forms, never the surface). First a body a rule tied the person to (`Finance Minister …`, `…, a
 * representative of the X`) when it is one of the letter's organisations; else a body one of
 * the person's mentions is tied to in its clause (people-ties.ts). A person with no stated tie
 * keeps none.
 */
import type { Mention, Organisation } from "../records.js";
import { tieByLine } from "./people-ties-lines.js";
import { tieByLabel } from "./people-ties-label.js";
import { tieByItem } from "./people-ties-items.js";
import { ruledParent } from "./people-ties-unit.js";
import { tieByShortName } from "./people-ties-short-name.js";
import { respectiveTie } from "./people-ties-respective.js";
import { tieByItsReferral, tieByNoun } from "./people-ties-nouns.js";
import { isCourt, judicial, tieByCourt } from "./people-ties-court.js";
import { tieByNewsroom } from "./people-ties-newsroom.js";
import { tieByCountedGroup, tieByList, tieByListEnd, tieByTableGroup } from "./people-ties-group.js";
import { tieByPossessiveGroup } from "./people-ties-possessive-group.js";
import { tieByGroupAfter } from "./people-ties-group-after.js";
import { tieByNamedGroup } from "./people-ties-group-named.js";
import { languageTieAfter, languageTieBefore, languageTieByReference, languageTieByReferenceAfter } from "../language/ties.js";
import { vocabularyOf } from "../language/vocabulary.js";
import { tieAfter, tieBefore, tieByItsAfter, tieByPossessive, tieByReference } from "./people-ties.js";
import { tieBySignature, tieByWriter } from "./people-ties-writer.js";
import { tieByCredit } from "./people-ties-credit.js";
import { tieByAddressee, tieByYourPost } from "./people-ties-addressee.js";
import { tieByForLine } from "./people-ties-for.js";

/** Officers of a court besides its judges: its advocates (`Advocate, Supreme Court of Bangladesh`), registrars and clerks. */
const COURT_OFFICER = /\b(?:advocates?|registrars?|clerks?)\b/iu;

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

/** The first surface that names a known body, as that body's record; undefined when none does. */
function linked(surfaces: readonly (string | null)[], organisations: readonly Organisation[]): Organisation | undefined {
  for (const surface of surfaces) {
    if (!surface) continue;
    const organisation = find(surface, organisations);
    if (organisation) return organisation;
  }
  return undefined;
}

/** What linking needs: the whole text, every person's mentions, every body's mentions. */
export interface TieContext {
  text: string;
  organisations: readonly Organisation[];
  /** The mentions of every person of the letter (a tie never crosses another person). */
  people: readonly Mention[];
  /** The document's language (ISO 639-1); French and Spanish ties are read through their vocabulary (language/ties.ts). */
  language?: string;
}

/**
 * The organisation record's acronym or name for a person: the first of `surfaces` (what the rules found
 * beside the name) that names a known body, else the body tied to one of `mentions` in its
 * clause, read mention by mention in text order; null when there is none.
 */
export function linkOrganisation(surfaces: readonly (string | null)[], mentions: readonly Mention[], context: TieContext, roles: readonly string[] = []): string | null {
  const found = linked(surfaces, context.organisations);
  if (found) {
    const ruled = ruledParent(found, mentions, context);
    return ruled.acronym ?? ruled.name;
  }
  // Note: a court is the body of its judges only: a party named in a case's title (`State v. A (X Magistrates' Court)`),
  // a defendant or a witness before it is not its member (people-ties-court.ts).
  const admissible = (tie: Organisation | null | undefined): Organisation | undefined =>
    tie && (!isCourt(tie) || roles.some((role) => COURT_OFFICER.test(role)) || mentions.some((m) => judicial(m, roles, context.text))) ? tie : undefined;
  const vocabulary = vocabularyOf(context.language ?? "en");
  // Note: the English clause rules read untagged French and Spanish words as nouns (`el Juzgado impuso al dirigente X`); another language has its own.
  const clauseTie = (m: Mention): Organisation | null | undefined =>
    vocabulary
      ? // Note: a body's possessive ties in every language (`Son secrétaire général, X`, `Y, su secretaria de finanzas`).
        (languageTieAfter(m, context, vocabulary) ?? languageTieBefore(m, context, vocabulary) ?? tieByPossessive(m, context) ?? tieByItsAfter(m, context))
      : (tieAfter(m, context) ?? tieBefore(m, context) ?? tieByItsReferral(m, context) ?? tieByPossessive(m, context) ?? tieByItsAfter(m, context));
  for (const mention of mentions) {
    // Note: a post the letter calls the reader's is the addressee's, wherever it is held (`your chapel secretary at X, A`).
    const tie = admissible(tieByYourPost(mention, context)) ?? admissible(tieByForLine(mention, context)) ?? admissible(clauseTie(mention)) ?? admissible(tieByAddressee(mention, context)) ?? admissible(tieByLine(mention, context)) ?? admissible(tieByLabel(mention, context)) ?? admissible(respectiveTie(mention, context)?.organisation);
    if (tie) return tie.acronym ?? tie.name;
  }
  // Note: weaker ties, read only when no clause ties the person: a common noun referring back
  // (`the federation’s leaders`, `chairman of the union`, `a member of its board`), the writer's
  // body for a signature.
  for (const mention of mentions) {
    const tie = admissible(
      (vocabulary ? (languageTieByReference(mention, context, vocabulary) ?? languageTieByReferenceAfter(mention, context, vocabulary)) : undefined) ??
        tieByReference(mention, context) ??
        tieByNoun(mention, context) ??
        tieByShortName(mention, context) ??
        tieBySignature(mention, context) ??
        tieByCredit(mention, context),
    );
    if (tie) return tie.acronym ?? tie.name;
  }
  // Note: a judge's court, the nearest named before (`Karaganda City Court (judge A)`, `Judge B of the same court`);
  // a newsroom post's outlet (`the news site X … Reporter A`).
  for (const mention of mentions) {
    const tie = tieByCourt(mention, roles, context) ?? tieByNewsroom(mention, roles, context);
    if (tie) return tie.acronym ?? tie.name;
  }
  // Note: a group's members named after it: later names of a list in one sentence, a table's rows
  // under the sentence that names the group's body (people-ties-group.ts).
  const own = (m: Mention): Organisation | undefined => clauseTie(m) ?? tieByReference(m, context) ?? tieByNoun(m, context) ?? undefined;
  for (const mention of mentions) {
    const tie =
      tieByItem(mention, context) ??
      tieByList(mention, context, own) ??
      tieByListEnd(mention, context, own) ??
      tieByTableGroup(mention, context) ??
      tieByCountedGroup(mention, context, roles, vocabulary, own) ??
      (vocabulary ? undefined : tieByNamedGroup(mention, context, roles)) ??
      tieByPossessiveGroup(mention, context, roles, vocabulary) ??
      (vocabulary ? undefined : tieByGroupAfter(mention, context));
    if (tie) return tie.acronym ?? tie.name;
  }
  // Note: weakest, the writer's own body for its officers (`Our chairperson, X`, `Vice-chairperson Y`).
  for (const mention of mentions) {
    const tie = tieByWriter(mention, roles, context);
    if (tie) return tie.acronym ?? tie.name;
  }
  return null;
}
