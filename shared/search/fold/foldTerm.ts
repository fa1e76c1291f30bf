import { hasCyrillic, transliterate } from './cyrillic';
import { stripCyrillicEndings } from './cyrillicEndings';
import { isCommonWord } from './commonWords';
import { nameRules, nameVariants, spellingRules } from './foldingRules';
import { greekToLatin, hasGreek } from './greek';
import type { NameAlias } from '../../rules/writerRules';

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
  // The writer's own "Bombay = Mumbai" holds for any word they name, common or not.
  const own = writerAliases.length ? writerAliasKeys().get(keyOfName(word)) : undefined;
  if (own !== undefined) return own;
  // Short words are mostly abbreviations (BBC / BC, CNN / CN), which the rules would merge.
  if (plain.length < MIN_NAME_LENGTH || isCommonWord(plain)) return spelled;
  const named = applyRules(spelled, nameRules);
  const key = aliases().get(named) ?? named;
  // A name's key must not land on a common word (yes → "es"): it keeps its own spelling then.
  return key !== spelled && isCommonWord(key) ? spelled : key;
}

let aliasKeys: Map<string, string> | null = null;
let writerAliases: readonly NameAlias[] = [];
let writerKeys: Map<string, string> | null = null;

/** A name's key by the rules alone, hyphens joined: what an alias is matched on. */
function keyOfName(word: string): string {
  const plain = latinLetters(word.replace(/[-\s]/g, '').toLowerCase());
  return applyRules(applyRules(plain, spellingRules), nameRules);
}

/** nameVariants as keys: a variant's key (hyphens joined) to its name's key. */
function aliases(): Map<string, string> {
  if (!aliasKeys) {
    aliasKeys = new Map();
    for (const [variant, name] of nameVariants) aliasKeys.set(keyOfName(variant), keyOfName(name));
  }
  return aliasKeys;
}

/** The writer's aliases as keys, each leading to the key its name has by every other rule. */
function writerAliasKeys(): Map<string, string> {
  if (!writerKeys) {
    writerKeys = new Map();
    for (const { from, to } of writerAliases) {
      const target = keyOfName(to);
      writerKeys.set(keyOfName(from), aliases().get(target) ?? target);
    }
  }
  return writerKeys;
}

/**
 * The open library's own aliases (rules.json), used by every fold from now on: one library is
 * open per process. Keys made before are forgotten; a stored search index records the aliases
 * it was made with (nameAliasesInUse) and is rebuilt when they differ.
 */
export function useNameAliases(list: readonly NameAlias[]): void {
  writerAliases = list;
  writerKeys = null;
  cache.clear();
  stems.clear();
}

export function nameAliasesInUse(): readonly NameAlias[] {
  return writerAliases;
}

/**
 * The key a word is indexed and searched under: case, diacritics and script folded away, and
 * for names (words that are not common English words) their romanisation variants too.
 * Memoised, since a library repeats its words far more than it adds them.
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
