/**
 * Organisations: one record per body per document. Candidates sharing a name, acronym or alias
 * merge (`International Trade Union Confederation (ITUC)` and a later `ITUC`), as do a name and
 * the same name after a prefix (`UN Working Group on Arbitrary Detention`). Every occurrence of a
 * record's forms becomes a mention; ids follow the first mention.
 */
import type { Mention, Organisation, OrganisationCandidate } from "../records.js";
import type { TextContext } from "../extract/types.js";
import { occurrences, overlaps, quotedPart } from "./organisations-mentions.js";

const key = (value: string): string =>
  value.normalize("NFC").toLowerCase().replace(/[‘’'“”"]/gu, "").replace(/\s+/gu, " ").replace(/^the /u, "").trim();

function keys(candidate: OrganisationCandidate): string[] {
  return [candidate.name, candidate.acronym ?? "", candidate.text].map(key).filter(Boolean);
}

/** Groups candidates that share a key, or whose name ends with another's multi-word name. */
function groups(found: OrganisationCandidate[]): OrganisationCandidate[][] {
  const parent = found.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  const owner = new Map<string, number>();
  found.forEach((candidate, i) => {
    for (const k of keys(candidate)) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[root(i)] = root(j);
    }
  });
  found.forEach((a, i) =>
    found.forEach((b, j) => {
      const long = key(a.name);
      const short = key(b.name);
      if (i !== j && short.includes(" ") && long.length > short.length && long.endsWith(` ${short}`)) parent[root(i)] = root(j);
      // Note: one span inside another is one body seen by two rules (`World Organisation` in
      // `World Organisation Against Torture (OMCT)`).
      if (i !== j && a.start <= b.start && b.end <= a.end) parent[root(i)] = root(j);
    }),
  );
  const out = new Map<number, OrganisationCandidate[]>();
  found.forEach((candidate, i) => out.set(root(i), [...(out.get(root(i)) ?? []), candidate]));
  return [...out.values()];
}

function draft(text: string, group: OrganisationCandidate[], taken: Mention[]): Omit<Organisation, "id"> {
  const defined = group.filter((c) => c.rule === "organisations/definition");
  const acronym = defined[0]?.acronym ?? group.find((c) => c.acronym)?.acronym ?? null;
  const names = group.map((c) => c.name).filter((n) => n !== acronym);
  const name = defined[0]?.name ?? [...names].sort((a, b) => b.length - a.length)[0] ?? acronym ?? group[0]?.name ?? "";
  const mentions: Mention[] = group.map((c) => ({ start: c.start, end: c.end, text: c.text }));
  const quoted = quotedPart(name);
  const forms = [name, ...names, ...(acronym ? [acronym] : []), ...(quoted ? [quoted] : [])];
  for (const form of [...new Set(forms)].sort((a, b) => b.length - a.length)) {
    // Note: an all-caps acronym matches only in capitals (`EI`, not `ei`); `Tucoswa` also matches `TUCOSWA`.
    const exact = form === acronym && form === form.toUpperCase();
    for (const m of occurrences(text, form, exact)) if (!overlaps(m, [...mentions, ...taken])) mentions.push(m);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = mentions.filter((m, i) => !mentions.slice(0, i).some((o) => o.start <= m.start && m.end <= o.end && (o.start !== m.start || o.end !== m.end)));
  const first = kept[0] as Mention;
  return {
    start: first.start,
    end: first.end,
    rules: [...new Set(group.map((c) => c.rule))].sort(),
    name,
    acronym,
    aliases: [...new Set(kept.map((m) => m.text.replace(/\s+/gu, " ")))].filter((t) => t !== name && t !== acronym),
    mentions: kept,
  };
}

/** One record per organisation, in order of first mention. */
export function resolveOrganisations(context: TextContext, found: OrganisationCandidate[]): Organisation[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const taken: Mention[] = [];
  const drafts = groups(sorted)
    .sort((a, b) => Math.max(...b.map((c) => c.name.length)) - Math.max(...a.map((c) => c.name.length)))
    .map((group) => {
      const d = draft(context.text, group, taken);
      taken.push(...d.mentions);
      return d;
    });
  return drafts.sort((a, b) => a.start - b.start).map((d, i) => ({ id: `organisation-${i + 1}`, ...d }));
}
