/**
 * A short form the letter defines in words rather than in brackets: `… du Burkina, notre organisation
 * affiliée, plus connue sous le sigle SAISF-B`, `… of Kenya, better known as KUTW`, `… de Honduras,
 * conocido por sus siglas SITRAH`. The short form is the acronym of the body named before it in the
 * sentence, when its letters spell that name from its first word (Schwartz–Hearst, as a bracket's).
 */
import type { OrganisationCandidate } from "../records.js";
import { longFormStart } from "../extract/organisations/schwartz-hearst.js";

/** The words that introduce a body's other name, right before it (an opening quote allowed). */
const KNOWN_AS = new RegExp(
  [
    String.raw`\b(?:known|referred[ \u00a0]to)[ \u00a0]+(?:as|by[ \u00a0]+(?:its|the)[ \u00a0]+(?:acronym|initials|abbreviation|short[ \u00a0]+name))`,
    String.raw`\b(?:hereinafter|hereafter)(?:[ \u00a0]+(?:referred[ \u00a0]+to[ \u00a0]+as|called))?`,
    String.raw`\b(?:connue?s?|désignée?s?)[ \u00a0]+(?:sous|par)[ \u00a0]+(?:le|son)[ \u00a0]+(?:sigle|acronyme|nom)(?:[ \u00a0]+de)?`,
    String.raw`\bci-après(?:[ \u00a0]+(?:dénommée?|désignée?))?`,
    String.raw`\b(?:conocid[oa]s?|denominad[oa]s?)[ \u00a0]+(?:como|por[ \u00a0]+(?:sus|la)[ \u00a0]+siglas?)`,
    String.raw`\ben[ \u00a0]+adelante`,
  ]
    .map((source) => `(?:${source})`)
    .join("|") + String.raw`[ \u00a0]*[«“"‘]?[ \u00a0]*$`,
  "iu",
);

/** A short form in capitals (`SAISF-B`, `KUTW`, `Komnas`-like words are names, not acronyms). */
const SHORT = /^\p{Lu}[\p{Lu}\p{N}-]{1,11}$/u;

/** A sentence's end between the body and its short form (the short form must be defined in the sentence naming the body). */
const SENTENCE_END = /[.!?;]\s|\n\s*\n/u;

/**
 * Each short form so defined, mapped to the body candidate it abbreviates. `found` is sorted by start.
 */
export function knownAs(text: string, found: readonly OrganisationCandidate[]): Map<OrganisationCandidate, OrganisationCandidate> {
  const out = new Map<OrganisationCandidate, OrganisationCandidate>();
  found.forEach((short, i) => {
    if (!SHORT.test(short.name)) return;
    const cue = KNOWN_AS.exec(text.slice(Math.max(0, short.start - 60), short.start));
    if (!cue) return;
    const cueStart = short.start - (cue.input.length - cue.index);
    // Note: the nearest such name, whichever rule found it (a part of it may end there too).
    for (let j = i - 1; j >= 0 && (found[j] as OrganisationCandidate).start >= cueStart - 400; j--) {
      const body = found[j] as OrganisationCandidate;
      if (body.end > cueStart || cueStart - body.end > 160 || !body.name.includes(" ") || SENTENCE_END.test(text.slice(body.end, cueStart))) continue;
      if (longFormStart(short.name, body.name) !== 0) continue;
      out.set(short, body);
      return;
    }
  });
  return out;
}
