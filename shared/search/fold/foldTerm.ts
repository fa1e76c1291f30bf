import { hasCyrillic, transliterate } from './cyrillic';
import { stripCyrillicEnding } from './cyrillicEndings';
import { foldingRules, nameAliases } from './foldingRules';

const COMBINING_MARKS = /\p{M}+/gu;
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

function foldUncached(word: string): string {
  let key = transliterate(word.toLowerCase())
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(/[’'`]/g, '');
  // Digit groups: 40,000 and 40000 are one number.
  if (/^\d[\d.,]*$/.test(key)) return key.replace(/[.,]/g, '');
  for (const rule of foldingRules) key = key.replace(rule.pattern, rule.replacement);
  return nameAliases[key] ?? key;
}

/**
 * The key a word is indexed and searched under: case, diacritics, script and romanisation
 * variants folded away. Memoised, since a library repeats its words far more than it adds them.
 */
export function foldTerm(word: string): string {
  let key = cache.get(word);
  if (key === undefined) {
    key = foldUncached(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, key);
  }
  return key;
}

const stems = new Map<string, string | null>();

/**
 * The key of a Cyrillic word without its case ending, when it has one that differs from its
 * whole key; null otherwise. Indexed beside the whole key, and searched beside it.
 */
export function foldStem(word: string): string | null {
  let stem = stems.get(word);
  if (stem === undefined) {
    const lower = word.toLowerCase();
    const stripped = hasCyrillic(lower) ? stripCyrillicEnding(lower) : null;
    stem = stripped === null ? null : foldTerm(stripped);
    if (stem === foldTerm(word)) stem = null;
    if (stems.size >= CACHE_LIMIT) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}
