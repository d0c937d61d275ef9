/**
 * People: one record per person per document. Candidates with the same name (any case) merge;
 * a surname-only or honorific-only candidate (`Mr Yeleusinov`) and an `also known as` name join the
 * person they refer to; later bare surnames become mentions. Ids follow the first mention.
 */
import type { Mention, Organisation, Person, PersonCandidate } from "../records.js";
import { FILIAL_PARTICLES, PARTICLES, PATRONYMIC_PARTICLES, SHARED_NAME_HONORIFICS } from "../extract/people/lexicon.js";
import { roleAfter } from "../extract/people/roles.js";
import type { TextContext } from "../extract/types.js";
import { lexiconTags } from "../extract/nlp.js";
import { addLaterMentions, fullFormOf, PATRONYMIC, surnames } from "./people-surnames.js";
import { linkOrganisation } from "./people-organisations.js";
import { tieDeputies } from "./people-ties-deputy.js";
import { plausibleRole, rolesFromTies, withoutDanglingReference } from "./people-tie-roles.js";
import { nicknameForms } from "./people-nicknames.js";
import { placedElsewhere } from "./people-placed.js";
import { isCyrillic, leadingForm, sameInLatin, sameSpelling, sameWord, shortenedForm } from "./people-scripts.js";
import { addressedSurname } from "./people-addressed.js";

interface Draft {
  words: string[];
  first: number;
  mentions: Mention[];
  found: PersonCandidate[];
}

const key = (name: string): string => name.normalize("NFC").toLowerCase();
const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;

function mentionOf(candidate: PersonCandidate): Mention {
  return { start: candidate.start, end: candidate.end, text: candidate.text };
}

/** The draft a short or alternative name refers to: nearest earlier owner of that surname, else first later. */
function ownerOf(drafts: Draft[], candidate: PersonCandidate): Draft | undefined {
  // Note: a surname with its particles (`dela Cruz`, `van der Berg`) is the surname of a name holding them all.
  const word = key(candidate.name).split(" ").at(-1) as string;
  const whole = key(candidate.name);
  const all = drafts.filter((d) => d.words.length > 1 && surnames(d.words).includes(word) && key(d.words.join(" ")).includes(whole));
  // Note: a form of address says the person's sex (`Ms. Cárdenas` is the sister, not `Osvaldo …
  // Cárdenas Leyva`): owners whose given name the dictionary knows as the other sex are left out.
  const sex = addressedSex(candidate.text);
  const fitting = sex ? all.filter((d) => !lexiconTags(d.words[0] as string).includes(sex === "female" ? "MaleName" : "FemaleName")) : all;
  const owners = fitting.length > 0 ? fitting : all;
  const before = owners.filter((d) => d.first < candidate.start).sort((a, b) => b.first - a.first);
  return before[0] ?? owners.sort((a, b) => a.first - b.first)[0];
}

const FEMALE_ADDRESS = /^(?:Ms|Mrs|Miss|Madam|Madame|Mme|Sra|Srta|Señora|Dña|Frau)\b/u;
const MALE_ADDRESS = /^(?:Mr|Sr|Señor|Don|Herr|Monsieur)\b/u;

/** The sex a form of address opening the mention says, if any. */
function addressedSex(text: string): "female" | "male" | null {
  return FEMALE_ADDRESS.test(text) ? "female" : MALE_ADDRESS.test(text) ? "male" : null;
}

/** The draft with the mention ending nearest before `start` (the name an `also known as` follows). */
function nearestBefore(drafts: Draft[], start: number): Draft | undefined {
  let best: Draft | undefined;
  let bestEnd = -1;
  for (const d of drafts) {
    for (const m of d.mentions) {
      if (m.end <= start && m.end > bestEnd) {
        best = d;
        bestEnd = m.end;
      }
    }
  }
  return best;
}

/**
 * A surname alone that is a person of its own: named with a title that is a post (`Judges
 * Petrova and Sidorenko`, `Judge Petrova`), when the letter gives no fuller form.
 */
// Note: and a name the text says someone goes by (`who gave his name only as Somchai`): a single name is all the letter knows.
const named = (candidate: PersonCandidate): boolean =>
  (candidate.rule === "people/honorific" && candidate.roles.length > 0 && /^\p{Lu}\p{Ll}/u.test(candidate.name)) || candidate.rule === "people/named-as";

function draft(candidate: PersonCandidate): Draft {
  return { words: candidate.name.split(" "), first: candidate.start, mentions: [mentionOf(candidate)], found: [candidate] };
}

/** One word, or one capitalised word after lower-case particles (`dela Cruz`, `van der Berg`): a surname alone. */
const surnameOnly = (candidate: PersonCandidate): boolean => {
  const words = candidate.name.split(" ");
  // Note: a capitalised particle of two letters is a family name (`Le Sokha`, `Da Silva`'s `Da` aside).
  const particle = (w: string): boolean => PARTICLES.has(w.toLowerCase()) && (w === w.toLowerCase() || w.length >= 3);
  return words.length === 1 || (words.length <= 3 && words.slice(0, -1).every(particle) && /^\p{Lu}/u.test(words.at(-1) as string));
};

function merge(context: TextContext, found: PersonCandidate[]): Draft[] {
  const drafts = new Map<string, Draft>();
  const aka = new Set(found.filter((c) => c.rule === "people/aka").map((c) => c.start));
  // Note: every rule's finding at an `also known as` name is that alias, not a new person.
  const sorted = [...found].sort(byStart).map((c) => (aka.has(c.start) ? { ...c, rule: "people/aka" } : c));
  for (const candidate of sorted.filter((c) => !surnameOnly(c) && c.rule !== "people/aka")) {
    const existing = drafts.get(key(candidate.name));
    if (existing) {
      existing.mentions.push(mentionOf(candidate));
      existing.found.push(candidate);
    } else drafts.set(key(candidate.name), draft(candidate));
  }
  const list = [...drafts.values()];
  for (const candidate of sorted.filter((c) => surnameOnly(c) || c.rule === "people/aka")) {
    const owner =
      candidate.rule === "people/aka"
        ? nearestBefore(list, candidate.start)
        : ownerOf(list, candidate);
    const full = owner || candidate.rule === "people/aka" ? null : fullFormOf(context, candidate.name);
    if (owner) {
      owner.mentions.push(mentionOf(candidate));
      owner.found.push(candidate);
    } else if (full) {
      const words = full.name.split(" ");
      list.push({ words, first: full.mention.start, mentions: [full.mention, mentionOf(candidate)], found: [candidate] });
    } else if (candidate.rule === "people/aka" || named(candidate)) list.push(draft(candidate));
  }
  return list;
}

/** Moves `from`'s mentions and findings into `into` and drops `from` from the drafts. */
function fold(drafts: Draft[], from: Draft, into: Draft): void {
  into.mentions.push(...from.mentions);
  into.found.push(...from.found);
  into.first = Math.min(into.first, from.first);
  drafts.splice(drafts.indexOf(from), 1);
}

/**
 * Folds a name that is the end of a longer person's name into that person: a two-word surname
 * used alone (`Comrade Martínez Pérez` for `José Luis Martínez Pérez`, `Mr. Abu Saleh` for
 * `Abdullah Abu Saleh`). The owner is the nearest such person named before, else the first after.
 */
function mergeSuffixes(drafts: Draft[]): void {
  for (const d of [...drafts].filter((x) => x.words.length >= 2)) {
    const tail = d.words.map(key).join(" ");
    const owners = drafts.filter((o) => o !== d && o.words.length > d.words.length && o.words.slice(-d.words.length).map(key).join(" ") === tail);
    const before = owners.filter((o) => o.first < d.first).sort((a, b) => b.first - a.first);
    const owner = before[0] ?? owners.sort((a, b) => a.first - b.first)[0];
    if (owner) fold(drafts, d, owner);
  }
}

/**
 * Folds a name without its patronymic (`Ilya Voronin`, `Muhammad Hafiz`) into the same name with
 * it (`Ilya Sergeyevich Voronin`, `Muhammad Hafiz bin Abdul Rahman`), the fuller form, whichever comes first.
 */
function mergePatronymics(drafts: Draft[]): void {
  for (const full of [...drafts]) {
    if (!drafts.includes(full)) continue;
    const shorts = shortForms(full.words).map(key);
    if (shorts.length === 0) continue;
    for (const d of drafts.filter((x) => x !== full && shorts.includes(key(x.words.join(" "))))) fold(drafts, d, full);
  }
}

/**
 * Folds a name written family first with a given name after it (`ZHAKSYLYKOV Nurlan Bakhytuly`,
 * `Hasanov Elvin Rauf oglu`, as tables and court lists write it) into the same person named given
 * name first (`Nurlan Zhaksylykov`): its first word is the other's last, its second the other's first.
 * Note: three words or more, so two-word names that are one another's reverse (`Li Wei`, `Wei Li`) stay two people,
 * unless the family name is written in capitals (`SOBIROV Jasur`, session 21).
 */
function mergeFamilyFirst(drafts: Draft[]): void {
  // Note: two words too when a mention writes the first in capitals (`SOBIROV Jasur` for `Jasur Sobirov`): the capitals mark it as the family name.
  const capsFamily = (d: Draft): boolean => d.words.length === 2 && d.mentions.some((m) => m.text.startsWith(`${(d.words[0] ?? "").toUpperCase()} `) && (d.words[0] ?? "").length >= 2);
  for (const d of [...drafts].filter((x) => x.words.length >= 3 || capsFamily(x))) {
    const [family, given] = d.words.map(key);
    const shorter = (o: Draft): boolean => o.words.length < d.words.length || (d.words.length === 2 && o.words.length === 2);
    const owner = drafts.find((o) => o !== d && o.words.length >= 2 && shorter(o) && key(o.words.at(-1) ?? "") === family && key(o.words[0] ?? "") === given);
    if (owner) fold(drafts, d, owner);
  }
}

/**
 * The shorter forms a letter uses for a name with a patronymic: `Ilya Voronin` for `Ilya
 * Sergeyevich Voronin`; `Elvin Mammadli` and `Elvin Rauf` for `Elvin Rauf oglu Mammadli`; `Muhammad
 * Hafiz` for `Muhammad Hafiz bin Abdul Rahman` (the words before a filial particle).
 */
function shortForms(words: readonly string[]): string[] {
  if (words.length === 3 && PATRONYMIC.test(words[1] as string)) return [`${words[0]} ${words[2]}`];
  const lower = words.map((w) => w.toLowerCase());
  const filial = lower.findIndex((w) => FILIAL_PARTICLES.has(w));
  if (filial >= 1 && filial < words.length - 1) return [words.slice(0, filial).join(" ")];
  const turkic = lower.findIndex((w) => PATRONYMIC_PARTICLES.has(w));
  if (turkic >= 2 && turkic < words.length - 1) return [[words[0], ...words.slice(turkic + 1)].join(" "), words.slice(0, turkic).join(" ")];
  return [];
}

/**
 * Folds two spellings of one person's name in one letter (`Mustapha Abd Daiem`, `Mustafa Abdel
 * Dayem`) into the form named more often (the longer one on a tie); the other becomes an alias.
 */
function mergeSpellings(drafts: Draft[]): void {
  for (const d of [...drafts]) {
    if (!drafts.includes(d)) continue;
    const other = drafts.find((o) => o !== d && sameSpelling(o.words, d.words));
    if (!other) continue;
    const weight = (x: Draft): number => x.mentions.length * 1000 + x.words.join(" ").length;
    if (weight(other) >= weight(d)) fold(drafts, d, other);
    else fold(drafts, other, d);
  }
}

/**
 * Folds a name written without its middle words or with them as initials (`Neema Mollel`,
 * `Joselyn B. Magbanua`) into the one person whose fuller name it shortens (`Neema Joseph Mollel`,
 * `Jocelyn Bautista Magbanua`). Note: when two people could own it, it stays apart.
 */
function mergeShortened(text: string, drafts: Draft[]): void {
  for (const d of [...drafts]) {
    if (!drafts.includes(d)) continue;
    // Note: the first words alone (`José Gregorio`) only after the full name: in a list of accused
    // (`Ahmed Ali, Ahmed Ali Mohamed`) a shorter name before or beside a longer one is another person.
    const candidates = drafts.filter((o) => o !== d && shortenedForm(d.words, o.words) && (!leadingForm(d.words, o.words) || laterAlone(text, d, o)));
    // Note: an owner that is itself a shorter form of another (`Ammani J. Kiwelu`) is that one.
    const owners = candidates.filter((o) => !candidates.some((x) => x !== o && shortenedForm(o.words, x.words)));
    if (owners.length === 1) fold(drafts, d, owners[0] as Draft);
  }
}

/** True when every mention of `short` comes after the first of `long`, in a later sentence. */
function laterAlone(text: string, short: Draft, long: Draft): boolean {
  return short.mentions.every((m) => m.start > long.first && /[.!?;:]["”’)]?\s/u.test(text.slice(long.first, m.start)));
}

/** Folds `M. Konaté` in a French letter into the one person named `… Konaté` in full (people-addressed.ts). */
function mergeAddressed(language: string | undefined, drafts: Draft[]): void {
  for (const d of [...drafts]) {
    const surname = addressedSurname(d.words, language);
    if (!surname) continue;
    const owners = drafts.filter((o) => o !== d && o.words.length >= 2 && addressedSurname(o.words, language) === null && sameWord(o.words.at(-1) as string, surname));
    if (owners.length === 1) fold(drafts, d, owners[0] as Draft);
  }
}

/**
 * Folds a form of address shared with names and one word (`Ato Dawit`, `Khun Somchai`, `Ko Zaw`) into the one person
 * named in full before whose given name that word is (`Dawit Mekonnen Haile`): Ethiopian, Thai and Burmese letters
 * call people so. Note: with no such person, or two, the pair stays a name (`Ato Boldon`, a Ghanaian given name).
 */
function mergeAddressedGiven(drafts: Draft[]): void {
  for (const d of [...drafts]) {
    const [address, given] = d.words;
    if (d.words.length !== 2 || !address || !given || !SHARED_NAME_HONORIFICS.has(address.toLowerCase())) continue;
    const owners = drafts.filter((o) => o !== d && o.words.length >= 2 && o.first < d.first && sameWord(o.words[0] as string, given));
    if (owners.length === 1) fold(drafts, d, owners[0] as Draft);
  }
}

/** Folds a name made of a quoted nickname and the surname (`Bong dela Cruz`) into the person the nickname was quoted in. */
function mergeNicknames(drafts: Draft[]): void {
  for (const owner of [...drafts]) {
    const forms = new Set(owner.mentions.flatMap((m) => nicknameForms(m.text)));
    if (forms.size === 0 || !drafts.includes(owner)) continue;
    for (const d of drafts.filter((x) => x !== owner && forms.has(key(x.words.join(" "))))) fold(drafts, d, owner);
  }
}

/** Never two records with one name: drafts whose names are equal (any case) become one. */
function mergeSameNames(drafts: Draft[]): void {
  const seen = new Map<string, Draft>();
  for (const d of [...drafts]) {
    const name = key(d.words.join(" "));
    const first = seen.get(name);
    if (first) fold(drafts, d, first);
    else seen.set(name, d);
  }
}

/** Folds Cyrillic drafts into the Latin person they transliterate to (see people-scripts.ts). */
function mergeScripts(drafts: Draft[]): void {
  const latin = drafts.filter((d) => !isCyrillic(d.words.join(" ")));
  for (const d of drafts.filter((x) => isCyrillic(x.words.join(" ")))) {
    const target = latin[sameInLatin(d.words.join(" "), latin.map((l) => l.words.join(" ")))];
    if (target) fold(drafts, d, target);
  }
}

const RANK_AFTER = /^,?[ \u00a0](QC|KC|SC|SAN)\b/u;
/** Candidates that carry only a counsel's rank: their role counts only when no other is stated. */
const RANKS = new WeakSet<PersonCandidate>();

/**
 * A person's roles; a counsel's rank (`QC`) only when no post is stated (`Kirsty Brimelow QC` →
 * `QC`, but `Judge Christopher Ward QC` → `Judge`, `counsel Helen Rowley SC` → `counsel`).
 */
function rolesOf(found: readonly PersonCandidate[]): string[] {
  const posts = unique(found.filter((c) => !RANKS.has(c)).flatMap((c) => c.roles));
  return withoutBareHeads(posts.length > 0 ? posts : unique(found.flatMap((c) => c.roles)));
}

/** Words that make another office of the head they qualify (`Vice President` is not the `President`). */
const OTHER_OFFICE = /(?:^|[\s-])(?:vice|deputy|assistant|associate|co|under|sub|former|ex|general|acting|interim|honorary|joint|first|second|third|past)(?:$|[\s-])/iu;

/**
 * A title written once with its qualifier and once bare, as a form of address before the name, is one
 * post (`District Judge A` … `Judge A`, `Principal Magistrate B` … `Magistrate B`): the bare title goes;
 * not when the qualifier makes another office (`Vice President` of one body and `President` of another).
 * Note: a lower-case bare head is left (`a physics teacher` and a table's `teacher`): the golds keep both.
 */
function withoutBareHeads(roles: string[]): string[] {
  const qualified = (other: string, role: string): boolean =>
    /^\p{Lu}\p{Ll}+$/u.test(role) && other !== role && other.endsWith(` ${role}`) && !OTHER_OFFICE.test(other.slice(0, other.length - role.length));
  return roles.filter((role) => !roles.some((other) => qualified(other, role)));
}

/**
 * Roles stated at later mentions (`Drareni was the editor of the Casbah Tribune news site`,
 * `Benissad is also the president of …`): an apposition after any mention adds a role and body.
 */
function addLaterRoles(text: string, drafts: Draft[]): void {
  for (const d of drafts) {
    for (const m of d.mentions) {
      // Note: a counsel's rank after the name (`Kirsty Brimelow QC`) is a role; it is never part of the name.
      const rank = RANK_AFTER.exec(text.slice(m.end, m.end + 6));
      if (rank?.[1]) {
        const candidate: PersonCandidate = { ...(d.found[0] as PersonCandidate), roles: [rank[1]], organisation: null };
        RANKS.add(candidate);
        d.found.push(candidate);
      }
      const stop = text.slice(m.end, m.end + 200).search(/[.;!?\n]/u);
      const after = roleAfter(text, m.end, m.end + (stop < 0 ? 200 : stop));
      if (!after.role && !after.organisation) continue;
      d.found.push({ ...(d.found[0] as PersonCandidate), rule: d.found[0]?.rule ?? "people/apposition", roles: [...(after.role ? [after.role] : []), ...after.also], organisation: after.organisation });
    }
  }
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(key(value)) && seen.add(key(value)));
}

/** One record per person, in order of first mention, with every mention's offsets. */
export function resolvePeople(context: TextContext, found: PersonCandidate[], organisations: Organisation[]): Person[] {
  // Note: a body's mention across a table's cells (`Thiri Aung<tab>same union`) is a misreading, and blocks no person.
  const blocked = organisations.flatMap((o) => o.mentions).filter((m) => !m.text.includes("\t"));
  const drafts = merge(context, found).filter((d) => !d.mentions.every((m) => blocked.some((b) => b.start <= m.start && m.end <= b.end)) &&
    !placedElsewhere(context.text, context.language, d.found, organisations));
  mergeSuffixes(drafts);
  mergePatronymics(drafts);
  mergeFamilyFirst(drafts);
  addLaterMentions(context.text, drafts, blocked);
  mergeScripts(drafts);
  mergeSpellings(drafts);
  mergeShortened(context.text, drafts);
  mergeAddressed(context.language, drafts);
  mergeAddressedGiven(drafts);
  mergeNicknames(drafts);
  mergeSameNames(drafts);
  addLaterRoles(context.text, drafts);
  const ties = { text: context.text, organisations, people: drafts.flatMap((d) => d.mentions), language: context.language };
  const people = drafts.map((d): Omit<Person, "id"> => {
    const mentions = dedupe(d.mentions);
    const name = d.words.join(" ");
    const first = mentions[0] as Mention;
    return {
      start: first.start,
      end: first.end,
      rules: [...new Set(d.found.map((c) => c.rule))].sort(),
      name,
      aliases: [...new Set(mentions.map((m) => m.text).filter((text) => text !== name))],
      // Note: a person whose mentions gave no role may have one in the words tying them to a body.
      roles: rolesOf(d.found).some(plausibleRole) ? rolesOf(d.found).filter(plausibleRole).map(withoutDanglingReference) : rolesFromTies(mentions, ties),
      organisation: linkOrganisation(d.found.map((c) => c.organisation), mentions, ties, rolesOf(d.found)),
      mentions,
    };
  });
  return tieDeputies(people, ties).sort(byStart).map((p, i) => ({ id: `person-${i + 1}`, ...p }));
}

function dedupe(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return [...mentions].sort(byStart).filter((m) => !seen.has(`${m.start}:${m.end}`) && seen.add(`${m.start}:${m.end}`));
}
