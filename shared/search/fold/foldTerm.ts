import { hasCyrillic, transliterate } from './cyrillic';
import { stripCyrillicEndings } from './cyrillicEndings';
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

const stems = new Map<string, string[]>();
const NONE: string[] = [];

/**
 * The keys of a Cyrillic word without its case endings, where they differ from its whole key.
 * Indexed beside the whole key, and searched beside it.
 */
export function foldStems(word: string): string[] {
  let found = stems.get(word);
  if (found === undefined) {
    const lower = word.toLowerCase();
    const whole = foldTerm(word);
    found = hasCyrillic(lower)
      ? [...new Set(stripCyrillicEndings(lower).map(foldTerm))].filter((k) => k !== whole)
      : NONE;
    if (stems.size >= CACHE_LIMIT) stems.clear();
    stems.set(word, found);
  }
  return found;
}
