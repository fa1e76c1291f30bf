import { commonEnglishWords } from './commonEnglishWords';

/**
 * Whether a lower-case word, without accents, is a common English word. A binary search over
 * the sorted list as it is stored, one string: building a set of its 32,000 words cost every
 * CLI search 20 ms before it could fold its first word.
 */
export function isCommonWord(plain: string): boolean {
  const list = commonEnglishWords;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf(' ', mid - 1) + 1;
    const space = list.indexOf(' ', start);
    const end = space === -1 ? list.length : space;
    const word = list.slice(start, end);
    if (word === plain) return true;
    if (word < plain) lo = end + 1;
    else hi = start;
  }
  return false;
}
