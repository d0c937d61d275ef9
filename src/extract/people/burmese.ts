/**
 * Burmese names by shape: a Burmese name is two to four one-syllable words with no family name
 * (`Zaw Min Htike`, `Hnin Wai Phyo`, `Kyaw Soe`). Some syllables are English words (`Min`, `Win`,
 * `Tin`), so the dictionary cannot vouch for them; the romanisation's own onsets and rimes can.
 */

/** One romanised Burmese syllable: an onset (`Ht`, `Hn`, `Ky`, `Ny`, `Th`…), a medial `y`/`w`, a rime. */
const SYLLABLE = /^(?:Hm|Hn|Hl|Ht|Hs|Hny|Ky|Gy|Ch|Th|Ph|Kh|Sh|Ny|Ng|[BDGHK-NPSTWYZ])?[yw]?(?:aung|aing|aik|aw|ay|ar|ai|eik|ein|ei|ike|ine|in|yint|yin|yi|ye|oe|oo|o|ut|un|u|an|ant|at|et|it|[aei])$/u;

/** What only Burmese romanisation writes: an aspirated or palatal onset (`Htike`, `Hnin`, `Kyaw`, `Nyein`), or a rime like `-aung`, `-aw`, `-ike`, `-ein`, `-oe`. */
const MARKED = /^(?:Hm|Hn|Hl|Ht|Hs|Ky|Gy|Ny)|(?:aung|aing|aw|ike|eik|ein|oe|yint)$/u;

/** True for one romanised Burmese syllable (`Thet`, `Khine`, `Aung`). */
export const isBurmeseSyllable = (word: string): boolean => SYLLABLE.test(word);

/**
 * True for two to four words that are all Burmese syllables, one of them marked as only Burmese
 * spelling writes it, and at most one an English word (`Zaw Min Htike`; not `Min Tin`, `Win Win Win`).
 */
export function burmeseName(name: readonly { text: string }[], isCommonWord: (word: string) => boolean): boolean {
  if (name.length < 2 || name.length > 4 || !name.every((t) => SYLLABLE.test(t.text))) return false;
  // Note: a chunk can open with `May` only before two Burmese syllables (family-first.ts): that marks it too.
  return (name[0]?.text === "May" || name.some((t) => MARKED.test(t.text))) && name.filter((t) => isCommonWord(t.text)).length <= 1;
}
