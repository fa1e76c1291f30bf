import type { Folder } from '../search/fold/folder';
import { tokenize, type Token } from '../search/tokenize';
import { englishForms } from '../text/englishForms';

/**
 * How a cue is written decides how it matches. A cue in lower case ("strike") matches the word
 * in lower case, at the start of a sentence or in a headline in capitals, and in its regular
 * forms (strikes, striking, strikers), but not inside a name ("Strike Force Alpha" mid-sentence).
 * A capitalised cue ("Western") matches only capitalised words, so "western Kazakhstan" is not
 * a foreign power; a cue in capitals (CSTO, UN) matches only capitals. Names match in any
 * spelling search folds together. "…" or "..." between words allows a gap of up to MAX_GAP
 * words in the same sentence ("troops … sent" meets "troops were quickly sent"). The cue
 * "{another country}" matches any country or nationality named in a source except the one the
 * source names most (countryMentions.ts). A cue starting with "-" excludes: "-air strike"
 * keeps "strike" from matching in "air strikes".
 */
export const MAX_GAP = 6;

type CaseShape = 'any' | 'capital' | 'upper';

interface CueWord {
  keys: ReadonlySet<string>;
  shape: CaseShape;
}

export interface CuePattern {
  cue: string;
  /** Runs of consecutive words; a gap separates one run from the next. */
  runs: CueWord[][];
  /** "{another country}": any country or nationality but the source's own. */
  anotherCountry?: true;
  /** "-air strike": where this matches, the theme's other cues do not ("strike" in it). */
  exclude?: true;
}

/** The cue that stands for any country a source names other than its own. */
export const ANOTHER_COUNTRY = '{another country}';

/** A word of a sentence, with what case matching needs to know. */
export interface SentenceWord extends Token {
  surface: string;
  sentenceStart: boolean;
}

const GAP = /\s*(?:…|\.{3})\s*/u;
const UPPER = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const CAPITAL = /^\p{Lu}/u;

function shapeOf(surface: string): CaseShape {
  if (surface.length > 1 && UPPER.test(surface)) return 'upper';
  return CAPITAL.test(surface) ? 'capital' : 'any';
}

function cueWords(run: string, folder: Folder): CueWord[] {
  const tokens = tokenize(run, folder).filter((t) => !t.compound);
  return tokens.map((token, i) => {
    const surface = run.slice(token.start, token.end);
    const shape = shapeOf(surface);
    const last = i === tokens.length - 1;
    // Only the last word of a phrase inflects: trade unions, not trades union.
    const forms =
      !last || shape === 'upper'
        ? [surface]
        : shape === 'capital'
          ? [surface, `${surface}s`]
          : englishForms(surface);
    return { keys: new Set([token.key, ...forms.map(folder.term)]), shape };
  });
}

export function compileCue(cue: string, folder: Folder): CuePattern | null {
  if (cue.trim().toLowerCase() === ANOTHER_COUNTRY) return { cue, runs: [], anotherCountry: true };
  const exclude = /^\s*-\s*\S/.test(cue);
  const runs = (exclude ? cue.replace(/^\s*-/, '') : cue)
    .split(GAP)
    .map((run) => cueWords(run, folder))
    .filter((run) => run.length > 0);
  if (!runs.length) return null;
  return exclude ? { cue, runs, exclude } : { cue, runs };
}

function caseFits(word: SentenceWord, shape: CaseShape): boolean {
  const shapeOfWord = shapeOf(word.surface);
  if (shape === 'upper') return shapeOfWord === 'upper';
  if (shape === 'capital') return shapeOfWord !== 'any';
  // A capitalised word inside a sentence is a name or part of one.
  return shapeOfWord !== 'capital' || word.sentenceStart;
}

function wordFits(word: SentenceWord, cueWord: CueWord): boolean {
  if (!caseFits(word, cueWord.shape)) return false;
  return cueWord.keys.has(word.key) || (word.stems?.some((s) => cueWord.keys.has(s)) ?? false);
}

function runAt(
  words: readonly SentenceWord[],
  at: number,
  run: CueWord[],
  blocked: ReadonlySet<number>,
): boolean {
  return (
    at + run.length <= words.length &&
    run.every((w, k) => !blocked.has(at + k) && wordFits(words[at + k]!, w))
  );
}

/** Where the runs match from run `r` on, starting between `from` and `to`: [first, last]. */
function matchFrom(
  words: readonly SentenceWord[],
  runs: CueWord[][],
  r: number,
  from: number,
  to: number,
  blocked: ReadonlySet<number>,
): [number, number] | null {
  const run = runs[r]!;
  for (let at = from; at <= Math.min(to, words.length - run.length); at++) {
    if (!runAt(words, at, run, blocked)) continue;
    const next = at + run.length;
    if (r === runs.length - 1) return [at, next - 1];
    const rest = matchFrom(words, runs, r + 1, next, next + MAX_GAP, blocked);
    if (rest) return [at, rest[1]];
  }
  return null;
}

const NONE: ReadonlySet<number> = new Set();

/**
 * The first place in a sentence's words where the cue matches, as word indexes, using none of
 * the blocked words.
 */
export function matchCue(
  words: readonly SentenceWord[],
  pattern: CuePattern,
  blocked: ReadonlySet<number> = NONE,
): [number, number] | null {
  return matchFrom(words, pattern.runs, 0, 0, words.length, blocked);
}

/** The words an excluding cue covers, wherever it matches in a sentence. */
export function excludedWords(
  words: readonly SentenceWord[],
  patterns: readonly CuePattern[],
): Set<number> {
  const covered = new Set<number>();
  for (const pattern of patterns) {
    if (!pattern.exclude) continue;
    for (let from = 0; from < words.length;) {
      const at = matchFrom(words, pattern.runs, 0, from, words.length, NONE);
      if (!at) break;
      for (let i = at[0]; i <= at[1]; i++) covered.add(i);
      from = at[1] + 1;
    }
  }
  return covered;
}
