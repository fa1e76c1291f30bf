import type { Folder } from './fold/folder';

export interface Token {
  /** Offsets into the text the token came from. */
  start: number;
  end: number;
  key: string;
  /** A Cyrillic word's keys without its case endings, also indexed and searched. */
  stems?: string[];
  /** The joined form of a hyphenated run, beside its parts; phrases step over it. */
  compound?: true;
}

// A word: letters and digits, with digit groups (40,000) and an inner apostrophe kept together.
const WORD = /\p{N}+(?:[.,]\p{N}{3})*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)?/gu;
const POSSESSIVE = /['’]s$/u;

/**
 * Past this length a "word" is no word a writer searches for (a hash, a base64 run, a pasted
 * blob): it is indexed by its first characters, lower-cased, and no folding rule ever sees it,
 * so the work stays linear in the text however long the run.
 */
export const MAX_WORD_LENGTH = 64;

function keyOf(word: string, folder: Folder): string {
  return word.length > MAX_WORD_LENGTH
    ? word.slice(0, MAX_WORD_LENGTH).toLowerCase()
    : folder.term(word);
}

function indexable(key: string): boolean {
  return key.length > 1 || /\p{N}/u.test(key);
}

/**
 * Words of a text with their folded keys. A hyphenated run gives its parts and the joined whole
 * (Nur-Sultan → nur, sultan, nursultan; Alma-Ata → alma, ata, almaata). Folded by the library's
 * folder: its own name aliases as well as Dossier's rules.
 */
export function tokenize(text: string, folder: Folder): Token[] {
  const tokens: Token[] = [];
  let run: { start: number; end: number; words: string[] } | null = null;
  const closeRun = () => {
    if (run && run.words.length > 1 && run.end - run.start <= MAX_WORD_LENGTH) {
      const key = folder.term(run.words.join(''));
      if (indexable(key)) tokens.push({ start: run.start, end: run.end, key, compound: true });
    }
  };
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0].replace(POSSESSIVE, '');
    const end = start + word.length;
    if (run && run.end + 1 === start && text[run.end] === '-') {
      run.words.push(word);
      run.end = end;
    } else {
      closeRun();
      run = { start, end, words: [word] };
    }
    const key = keyOf(word, folder);
    const stems = word.length > MAX_WORD_LENGTH ? [] : folder.stems(word);
    if (indexable(key))
      tokens.push(stems.length ? { start, end, key, stems } : { start, end, key });
  }
  closeRun();
  return tokens;
}

/** The folded keys of a phrase, word by word, as phrases are matched. */
export function keysOf(text: string, folder: Folder): string[] {
  return tokenize(text, folder)
    .filter((t) => !t.compound)
    .map((t) => t.key);
}

/** Query words: a hyphenated run is searched whole (Alma-Ata → almaty). */
export function queryTokensOf(text: string, folder: Folder): Token[] {
  const tokens = tokenize(text, folder);
  const compounds = tokens.filter((t) => t.compound);
  const inCompound = (t: Token) =>
    compounds.some((c) => c !== t && c.start <= t.start && t.end <= c.end);
  return tokens.filter((t) => !inCompound(t));
}
