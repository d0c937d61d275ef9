/**
 * What pronouns, group words and earlier sentences refer to: every person mention with
 * officials left out, the subject of an earlier sentence, the people named together before,
 * the last people penalised.
 */
import type { Person, Span } from "../records.js";

/** One mention of a person, with the record it belongs to. */
export interface PersonMention extends Span {
  person: Person;
}

/** Mentions of officials of a case, who are never the person penalised. */
const OFFICIAL_BEFORE =
  /(?:\b(?:judge|magistrate|prosecutor|lawyer|attorney|policeman|investigator|minister|mayor|juge|procureure?|jueza?|fiscal)|\b(?:police|investigating|security|customs|prison|intelligence|army|military|border|duty)\s+officer)\s+$/iu;
/**
 * Note: `officer` alone, or after a word of force (`police officer`, `investigating officer`), is
 * an official; a union's `legal officer` or `health and safety officer` is no official.
 */
const OFFICIAL_ROLE =
  /\b(?:judge|magistrate|prosecutor|lawyer|attorney|police|investigator|minister|juge|magistrat|procureure?|ministre|jueza?|magistrad[oa]|fiscal|ministr[oa])\b|^officer$|\b(?:police|investigating|security|customs|prison|intelligence|army|military|border|enforcement|commanding|duty)\s+officers?\b/iu;

/** A role its holder no longer holds (`former prosecutor`, `ex-judge`, `retired police officer`, `ancien magistrat`, `exfiscal`). */
const FORMER_WORD = String.raw`(?<!\p{L})(?:(?:former|retired|dismissed|sacked|erstwhile|one-time|ancien(?:ne)?|antigu[oa])(?!\p{L})|ex(?:-|(?=fiscal|juez|ministr|magistrat|procureur)))`;
const FORMER = new RegExp(FORMER_WORD, "iu");
/** The same right before an official's word before a mention (`former prosecutor X`). */
const FORMER_BEFORE = new RegExp(String.raw`${FORMER_WORD}\s*(?:[\p{L}-]+\s+){1,2}$`, "iu");
/**
 * A role that makes its holder an official. Note: a phrase the people stage took for a role
 * (`placed under house arrest by the investigator`) names an official acting on the person.
 */
// Note: nor is a former holder: in the dock, a former prosecutor is the person penalised.
const official = (role: string): boolean => OFFICIAL_ROLE.test(role) && !/\b(?:by|under|against)\b/iu.test(role) && !FORMER.test(role);

/**
 * Counsel is an official only by context: the court's or the prosecution's lawyer, or the
 * defendant's, is never the person penalised, but a lawyer may be in the dock himself.
 */
const COUNSEL = /\b(?:lawyer|attorney|advocate|barrister|solicitor)s?\b/iu;
/**
 * A role that names an official only perhaps: counsel (COUNSEL), or a bare `officer` with no word of force
 * (`Former planning officer X` keeps only `officer`): its holder in the dock is no official.
 */
const MAYBE_OFFICIAL = new RegExp(`${COUNSEL.source}|^officers?$`, "iu");
/** After a mention: its person is the one penalised (`Solberg received two years`, `X, 41, was convicted`). */
const DOCK_AFTER =
  /^(?:(?:\s*,[^,.;:]{1,80}){1,2},|\s*,)?\s+(?:(?:was|were|has\s+been|had\s+been|is)\s+(?:also\s+|later\s+|then\s+)?(?:sentenced|convicted|fined|jailed|imprisoned|found\s+guilty)\b|(?:also\s+)?(?:received|got|was\s+given|was\s+handed)\s+(?:(?:a|an|the)\s+)?(?:\S+\s+){0,2}?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|half|sentence|prison|jail|fine)\b)/iu;
/**
 * After a mention: the first of a coordinated plural subject of a penalty (`Av. X and Av. Y, were convicted`, `X and
 * lawyer Y were sentenced`): the plural verb makes every conjunct its subject.
 */
// Note: no `i` flag: case-insensitive, `\p{Lu}\p{Ll}{0,3}\.` would take any short word's full stop (`the team.`) as a title's.
export const DOCK_FIRST_OF_LIST =
  /^\s+and\s+(?:[^.;:!?,]|(?<=\b\p{Lu}\p{Ll}{0,3})\.){0,60}?[^\s.;:!?,](?:,[^.;:!?]{1,80}?,|,)?\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+|later\s+|then\s+|each\s+|both\s+)?(?:sentenced|convicted|fined|jailed|imprisoned|found\s+guilty)\b/u;
/** Before a mention: `by` and at most a few words (`represented by lawyer `, `defended by Me `): the name is an agent's. */
const AGENT_BEFORE = /\bby\s+(?:(?:the|his|her|their|its)\s+)?(?:[\p{L}.-]+\s+){0,2}$/iu;
/** Before a mention: a lawyer coordinated with a convicted person (`convicted X and the union's lawyer, Ms Y`). */
const DOCK_BEFORE =
  /\b(?:convicted|sentenced|fined|jailed|imprisoned|found\s+guilty)\s+(?:[^.;:!?]{0,60}?\s)?and\s+(?:(?:the|his|her|their|its)\s+)?[^.;:!?,]{0,40}?(?:lawyer|attorney|advocate)[,\s]+(?:(?:Ms|Mr|Mrs|Dr|Me)\.?\s+)?$/iu;

/**
 * Before a mention: it is a penalty verb's object, alone or in a list of names (`sentenced Mr. A and
 * Mr. B to 15 years`, `jailed C, D and lawyer E`): a lawyer so named is in the dock.
 */
// Note: the lawyer's noun may carry its own words (`fined labour lawyer X`, `sentenced human rights lawyer X`).
const DOCK_OBJECT =
  /\b(?:sentenced|convicted|condemned|fined|jailed|imprisoned)\s+(?:[^.;:!?]{0,80}?(?:,|\band)\s+)?(?:(?:(?:Mr|Ms|Mrs|Dr|Me)\.?|(?:[a-z-]+\s+){0,2}?(?:lawyer|attorney|advocate))\s+)?$/iu;

/**
 * After a mention, in its sentence: a penalty verb whose object is a pronoun standing for it (`When Mr
 * X protested, the judge fined him`), with no word of speech or of a client between (`X said the
 * court had sentenced him` speaks of the client).
 */
const DOCK_PRONOUN = /^[^.;:!?]{0,80}?\b(?:fined|sentenced|jailed|imprisoned|detained)\s+(?:him|her)\b/iu;
const SPEECH = /\b(?:said|says|told|tells|stated|argued|added|explained|noted|claimed|insisted|complained|wrote|client|defendant)\b/iu;

/**
 * A mention that opens its sentence, then the next sentence with a subject pronoun of a penalty (`Alena Yasiuk, 34, a
 * lawyer in the union's legal department, was the target of … . On 3 March she was sentenced to 15 days`): group 1 is
 * what stands between (session 23).
 */
const DOCK_NEXT =
  /^([^.!?]{0,250}[.!?][^\s\p{L}]*\s+(?:[^.!?]{0,60}?[,\s])?)(?:she|he)\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|then\s+|later\s+)?(?:sentenced|fined|jailed|convicted|imprisoned)\b/iu;
/** Counsel's or a speaker's words in the sentence: the lawyer defends or speaks, and the pronoun is the client's. */
const COUNSEL_OF = /\b(?:his|her|their|the\s+defen[cs]e|defen[cs]e)\s+(?:\w+\s+)?(?:lawyer|attorney|counsel|advocate)s?\b|\b(?:said|says|told|argued|represent(?:s|ed|ing)?|defend(?:s|ed|ing)?|clients?)\b/iu;

/** The mention opens its sentence and the next sentence's pronoun subject is penalised, nobody named between (DOCK_NEXT). */
function dockNext(text: string, m: Span, starts: readonly number[]): boolean {
  if (!/(?:^|[.!?\n]["”’\]\d^]*\s*)$/u.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
  const next = DOCK_NEXT.exec(text.slice(m.end, m.end + 400));
  const gap = next?.[1];
  return gap !== undefined && !COUNSEL_OF.test(gap) && !starts.some((s) => s > m.end && s < m.end + gap.length);
}

/** A lawyer in the dock: a mention is the subject of a penalty or coordinated with a convicted person. */
function inDock(text: string, person: Person, starts: readonly number[]): boolean {
  return person.mentions.some((m) => {
    if (dockNext(text, m, starts)) return true;
    const after = text.slice(m.end, m.end + 180);
    const pronoun = DOCK_PRONOUN.exec(after);
    const before = text.slice(Math.max(0, m.start - 160), m.start);
    // Note: an agent's name (`represented by lawyer X, were convicted`) is no subject of the verb after it.
    const agent = AGENT_BEFORE.test(before);
    return (!agent && (DOCK_AFTER.test(after) || DOCK_FIRST_OF_LIST.test(after))) || DOCK_BEFORE.test(before) || DOCK_OBJECT.test(before) || (pronoun !== null && !SPEECH.test(pronoun[0]));
  });
}

/**
 * A byline before a mention on its line (`By Ana Ruiz`, `Reporting by …`, `Text: …`, `par …`): the
 * writer of the piece, never the person penalised in it.
 */
const BYLINE_LEAD = /^[\s*_>#]*(?:(?:written|reporting|reported|words|text|story)\s+)?(?:by|par|por|text:|texte\s*:|texto\s*:)\s*$/iu;

/** True when the mention opens a byline line. */
function onByline(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return start - lineStart <= 40 && BYLINE_LEAD.test(text.slice(lineStart, start));
}

/**
 * A union's own `fiscal` (its auditor: `fiscal del sindicato`, `presidenta y fiscal de la subdirectiva`), no prosecutor
 * (session 23): beside one of the person's mentions, the role is the union's.
 */
const UNION_FISCAL = /\bfiscal\s+(?:del|de\s+la|de\s+los)\s+(?:[\p{L}-]+\s+){0,2}?(?:sindicato|junta|subdirectiva|directiva|federación|seccional|comité|asociación|gremio|organización)\b/iu;
const unionFiscal = (text: string, person: Person): boolean =>
  person.mentions.some((m) => UNION_FISCAL.test(text.slice(Math.max(0, m.start - 80), m.end + 80)));

/** Every mention of every person, officials and bylines' writers left out, in text order. */
export function mentionsOf(text: string, people: readonly Person[]): PersonMention[] {
  let starts: number[] | undefined;
  const allStarts = (): number[] => (starts ??= people.flatMap((p) => p.mentions.map((x) => x.start)));
  return people
    .flatMap((person) => {
      let fiscal: boolean | undefined;
      const roles = person.roles.filter((r) => official(r) && !(/^(?:[\p{L}\s]*\s)?fiscal$/iu.test(r) && (fiscal ??= unionFiscal(text, person))));
      // Note: `convicted X and the union's lawyer, Ms Y. Y received two years`: counsel in the dock is no official.
      // Asked only of a person some official word touches (memoised: it scans every mention).
      let dock: boolean | undefined;
      // Note: so is an officer of no force in the dock (`Former planning officer X, 38, who …, was sentenced`).
      const counsel = (): boolean => (dock ??= roles.every((r) => MAYBE_OFFICIAL.test(r)) && inDock(text, person, allStarts()));
      if (roles.length > 0 && !counsel()) return [];
      return person.mentions
        .filter((m) => {
          const before = text.slice(Math.max(0, m.start - 30), m.start);
          if (onByline(text, m.start)) return false;
          return !OFFICIAL_BEFORE.test(before) || FORMER_BEFORE.test(before) || (COUNSEL.test(before) && counsel());
        })
        .map((m) => ({ start: m.start, end: m.end, person }));
    })
    .sort((a, b) => a.start - b.start);
}

/** The people of some mentions, each once, in order. */
export function distinct(mentions: readonly PersonMention[]): Person[] {
  const seen = new Set<string>();
  return mentions.flatMap((m) => (seen.has(m.person.id) ? [] : (seen.add(m.person.id), [m.person])));
}

/** The last `n` people of a list (all of them when `n` is null or larger). */
export function lastOf(people: readonly Person[], n: number | null): Person[] {
  return n === null || n >= people.length ? [...people] : people.slice(people.length - n);
}

/** The people named in the nearest earlier sentence that names any, for `they`. */
export function pluralAntecedent(previous: readonly Span[], mentions: readonly PersonMention[]): Person[] {
  for (const w of previous) {
    const inside = mentions.filter((m) => m.start >= w.start && m.end <= w.end);
    if (inside.length > 0) return distinct(inside);
  }
  return [];
}

/**
 * The people a plural pronoun stands for when the letter names nobody before it (a quoted verdict
 * opening the letter: `"… orders that they are each sentenced to …" With these words, Judge X
 * closed … ¶ The two convicted workers are A and B.`): the first of the next sentences that names
 * two or more people (officials are not mentions). Else nobody.
 */
export function pluralAhead(start: number, following: readonly Span[], mentions: readonly PersonMention[]): Person[] {
  if (mentions.some((m) => m.start < start)) return [];
  for (const w of following.slice(0, PLURAL_AHEAD_REACH)) {
    const named = distinct(mentions.filter((m) => m.start >= w.start && m.end <= w.end));
    if (named.length >= 2) return named;
  }
  return [];
}
/** How many sentences on a plural pronoun with nothing before it may find its people. */
const PLURAL_AHEAD_REACH = 3;

/** A window that opens with a pronoun continues the previous subject. */
const OPENS_WITH_PRONOUN = /^\W*(?:he|she|they)\b/iu;
/** How far into a window a name still counts as its subject. */
const SUBJECT_REACH = 60;

/** Before a mention: a ruling's verb acting on it (`found X`, `convicted union leader X`, `sentenced Mr X`). */
const RULING_OBJECT = /\b(?:found|convicted|sentenced|fined|jailed|imprisoned|tried|charged|prosecuted|indicted)\s+(?:[\p{Ll}'’-]+\s+){0,3}(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u;

/** Titles that may stand before an apposed name (`Mr. Farrukh Q.`, `M. Y`, `la Sra. Z`). */
const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Me|Sr|Sra|Dña?)\.?\s+)?`;
/** A possessive and its noun, then the apposed name (`'s brother, `, `’s wife, Ms `). */
const POSSESSIVE_APPOSED = new RegExp(String.raw`^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+,\s+${TITLE}$`, "u");
/** A noun's `of`-complement before a name, then the apposed name (`the brother of X, Y`, `le frère de X, Y`, `el hermano de X, Y`). */
const OF_BEFORE = new RegExp(String.raw`(?<!\p{L})\p{Ll}[\p{Ll}-]*\s+(?:of|de|du|del|d['’])\s*${TITLE}$`, "u");
const APPOSED = new RegExp(String.raw`^,\s+${TITLE}$`, "u");

/**
 * A mention that only names whose the subject's noun is, with the subject's own name set right after it
 * (`X's brother, Y,`, `the wife of X, Y,`): the possessor, never the subject.
 */
function possessor(text: string, m: PersonMention, next: PersonMention | undefined): boolean {
  if (!next || next.person.id === m.person.id || next.start - m.end > 40) return false;
  const between = text.slice(m.end, next.start);
  return POSSESSIVE_APPOSED.test(between) || (APPOSED.test(between) && OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)));
}

/**
 * The person a pronoun or an elided subject refers to: the subject of the nearest earlier
 * window that names one, passing over windows that themselves open with a pronoun.
 */
export function antecedent(text: string, previous: readonly Span[], mentions: readonly PersonMention[]): Person | null {
  for (const w of previous) {
    if (OPENS_WITH_PRONOUN.test(text.slice(w.start, w.end))) continue;
    const inside = mentions.filter((m) => m.start >= w.start && m.end <= w.end);
    // Note: `Mr. X's brother, Mr. Y, was arrested`: the possessor of the subject's noun is no subject; its apposed name is.
    const subject = inside.find((m, i) => m.start - w.start <= SUBJECT_REACH && !possessor(text, m, inside[i + 1]));
    if (subject) return subject.person;
    // Note: `Last month, the … Court found X, director of …, guilty … after he dismissed the union's deputy chair, Y`: past
    // the subject's reach, the person the ruling's verb acts on, not the last one named (session 22).
    const acted = inside.find((m) => RULING_OBJECT.test(text.slice(Math.max(w.start, m.start - 60), m.start)));
    if (acted) return acted.person;
    const last = inside[inside.length - 1];
    if (last) return last.person;
  }
  return null;
}
