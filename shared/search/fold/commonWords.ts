import { commonEnglishWords } from './commonEnglishWords';

let words: Set<string> | null = null;

/**
 * Whether a lower-case word, without accents, is a common English word. Built on first use:
 * the list is 44,000 words and many commands never fold a word.
 */
export function isCommonWord(plain: string): boolean {
  words ??= new Set(commonEnglishWords.split(' '));
  return words.has(plain);
}
