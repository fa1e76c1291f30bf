import { hasCyrillic, transliterate } from './cyrillic';
import { stripCyrillicEndings } from './cyrillicEndings';
import { isCommonWord } from './commonWords';
import { nameRules, nameVariants, spellingRules } from './foldingRules';
import { greekToLatin, hasGreek } from './greek';

const COMBINING_MARKS = /\p{M}+/gu;
const cache = new Map<string, string>();
const stems = new Map<string, string[]>();
const CACHE_LIMIT = 200_000;
const MIN_NAME_LENGTH = 4;

/** Letters Unicode does not decompose into a base letter and a mark (Łódź, Ørsted, Straße). */
const lettersWithoutMarks: Readonly<Record<string, string>> = {
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};
const LETTERS_WITHOUT_MARKS = /[ßłøđðþæœı]/g;

/** Raised when folding changes what key a word gets, so stored search indexes are rebuilt. */
export const FOLDING_VERSION = 2;

/** A lower-case word in Latin letters without marks: any script, any accent (Łódź → lodz). */
export function latinLetters(lower: string): string {
  const latin = hasGreek(lower)
    ? greekToLatin(lower.normalize('NFKD').replace(COMBINING_MARKS, ''))
    : transliterate(lower);
  return latin
    .replace(LETTERS_WITHOUT_MARKS, (ch) => lettersWithoutMarks[ch]!)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(/[’'`]/g, '');
}

/** Longer words are not folded (see foldTerm). */
const MAX_FOLDED_LENGTH = 256;

function applyRules(word: string, rules: typeof nameRules): string {
  let key = word;
  for (const rule of rules) key = key.replace(rule.pattern, rule.replacement);
  return key;
}

function foldUncached(word: string): string {
  const plain = latinLetters(word.toLowerCase());
  // Digit groups: 40,000 and 40000 are one number.
  if (/^\d[\d.,]*$/.test(plain)) return plain.replace(/[.,]/g, '');
  const spelled = applyRules(plain, spellingRules);
  // Short words are mostly abbreviations (BBC / BC, CNN / CN), which the rules would merge.
  if (plain.length < MIN_NAME_LENGTH || isCommonWord(plain)) return spelled;
  const named = applyRules(spelled, nameRules);
  const key = aliases().get(named) ?? named;
  // A name's key must not land on a common word (yes → "es"): it keeps its own spelling then.
  return key !== spelled && isCommonWord(key) ? spelled : key;
}

let aliasKeys: Map<string, string> | null = null;

/** A name's key by the rules alone, hyphens joined: what an alias is matched on. */
export function keyOfName(word: string): string {
  const plain = latinLetters(word.replace(/[-\s]/g, '').toLowerCase());
  return applyRules(applyRules(plain, spellingRules), nameRules);
}

/** nameVariants as keys: a variant's key (hyphens joined) to its name's key. */
export function aliases(): Map<string, string> {
  if (!aliasKeys) {
    aliasKeys = new Map();
    for (const [variant, name] of nameVariants) aliasKeys.set(keyOfName(variant), keyOfName(name));
  }
  return aliasKeys;
}

/**
 * The key a word is indexed and searched under: case, diacritics and script folded away, and
 * for names (words that are not common English words) their romanisation variants too.
 * Memoised, since a library repeats its words far more than it adds them. The same for every
 * library: a library's own aliases are its Folder's (folder.ts).
 */
export function foldTerm(word: string): string {
  // The rules run per character with lookarounds: a run this long is no name; bound the work.
  if (word.length > MAX_FOLDED_LENGTH) return word.slice(0, MAX_FOLDED_LENGTH).toLowerCase();
  let key = cache.get(word);
  if (key === undefined) {
    key = foldUncached(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, key);
  }
  return key;
}

const NONE: string[] = [];

/**
 * The keys of a Cyrillic word without its case endings, where they differ from its whole key.
 * Indexed beside the whole key, and searched beside it.
 */
export function foldStems(word: string): string[] {
  let found = stems.get(word);
  if (found === undefined) {
    found = stemKeys(word, foldTerm);
    if (stems.size >= CACHE_LIMIT) stems.clear();
    stems.set(word, found);
  }
  return found;
}

/** A Cyrillic word's stems folded by `term`, those that differ from the whole word's key. */
export function stemKeys(word: string, term: (word: string) => string): string[] {
  const lower = word.toLowerCase();
  if (!hasCyrillic(lower)) return NONE;
  const whole = term(word);
  return [...new Set(stripCyrillicEndings(lower).map(term))].filter((k) => k !== whole);
}
