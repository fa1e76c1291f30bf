import type { NameAlias } from '../../rules/writerRules';
import { aliases, foldStems, foldTerm, keyOfName, latinLetters, stemKeys } from './foldTerm';

/**
 * How one library folds words into search keys: Dossier's rules for every library, then the
 * library's own name aliases (rules.json: "Salisbury is searched as Harare"). Made from the
 * library's rules and handed to whatever folds its words, so two libraries in one process (the
 * sync server, tests, benches) each fold by their own aliases.
 */
export interface Folder {
  /** The key a word is indexed and searched under. */
  term(word: string): string;
  /** A Cyrillic word's keys without its case endings, where they differ from its whole key. */
  stems(word: string): string[];
  /** The aliases it folds by: a stored index records them, and is rebuilt when they differ. */
  readonly aliases: readonly NameAlias[];
}

/** Dossier's own rules and no aliases of a library's: for words no library owns. */
export const plainFolder: Folder = { term: foldTerm, stems: foldStems, aliases: [] };

const CACHE_LIMIT = 200_000;
const MAX_FOLDED_LENGTH = 256;

/** A folder for a library whose rules name these aliases. */
export function createFolder(list: readonly NameAlias[]): Folder {
  if (!list.length) return plainFolder;
  // Each alias leads to the key its name has by every other rule.
  const own = new Map<string, string>();
  for (const { from, to } of list) {
    const target = keyOfName(to);
    own.set(keyOfName(from), aliases().get(target) ?? target);
  }
  const terms = new Map<string, string>();
  const stemsOf = new Map<string, string[]>();
  const term = (word: string): string => {
    let key = terms.get(word);
    if (key === undefined) {
      // Numbers and over-long runs fold as for any library; a name the writer aliased, by it.
      const numeric = /^\d[\d.,]*$/u.test(latinLetters(word.toLowerCase()));
      const aliased =
        word.length > MAX_FOLDED_LENGTH || numeric ? undefined : own.get(keyOfName(word));
      key = aliased ?? foldTerm(word);
      if (terms.size >= CACHE_LIMIT) terms.clear();
      terms.set(word, key);
    }
    return key;
  };
  const stems = (word: string): string[] => {
    let found = stemsOf.get(word);
    if (found === undefined) {
      found = stemKeys(word, term);
      if (stemsOf.size >= CACHE_LIMIT) stemsOf.clear();
      stemsOf.set(word, found);
    }
    return found;
  };
  return { term, stems, aliases: list };
}
