/**
 * Per-word memoisation for the word tests every rule asks again and again (`isCapitalised`,
 * compromise's lexicon tags): a letter repeats its words, and a batch repeats its vocabulary.
 */

/** Entries kept before the cache starts afresh, so that memory stays bounded over any batch. */
const MAX_ENTRIES = 50_000;

/** `test` with its answers remembered per word. `test` must be pure; its results are shared, never copied. */
export function memoised<T>(test: (word: string) => T): (word: string) => T {
  let cache = new Map<string, T>();
  return (word) => {
    const known = cache.get(word);
    if (known !== undefined || cache.has(word)) return known as T;
    if (cache.size >= MAX_ENTRIES) cache = new Map();
    const answer = test(word);
    cache.set(word, answer);
    return answer;
  };
}
