import { countRules, numberWords, qualifiers, WORDS_AFTER, WORDS_BEFORE } from './figureRules';

export interface FoundFigure {
  /** The figure as the source wrote it: "about 225", "several hundred", "2,030-strong". */
  value: string;
  /** Its value, when it has one ("several hundred" has none). */
  number: number | null;
  /** What it counts: killed, arrested, troops… */
  counts: string;
  /** Where the figure stands in the passage text. */
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const QUALIFIER = qualifiers.slice().sort(byLength).map(escape).join('|');
const WORD_NUMBER = Object.keys(numberWords).sort(byLength).map(escape).join('|');
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${QUALIFIER})\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_NUMBER})(-strong)?(?![\\p{L}\\p{N}])`,
  'giu',
);

function sentenceAround(text: string, start: number, end: number): [string, string] {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const from = Math.max(before.search(/[.!?;]\s[^.!?;]*$/) + 1, 0);
  const stop = after.search(/[.!?;](\s|$)/);
  return [before.slice(from), stop < 0 ? after : after.slice(0, stop)];
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
}

function countsOf(before: string, after: string): string | null {
  const afterWords = wordsOf(after).slice(0, WORDS_AFTER);
  const beforeWords = wordsOf(before).slice(-WORDS_BEFORE).reverse();
  // Nearest first, a word after the number before one as near before it.
  const near: string[] = [];
  for (let i = 0; i < Math.max(afterWords.length, beforeWords.length); i++) {
    if (afterWords[i]) near.push(afterWords[i]!);
    if (beforeWords[i]) near.push(beforeWords[i]!);
  }
  for (const kind of ['outcome', 'who'] as const) {
    for (const word of near) {
      const rule = countRules.find((r) => r.kind === kind && r.words.test(word));
      if (rule) return rule.counts;
    }
  }
  return null;
}

function valueOf(numeral: string): number | null {
  const word = numeral.toLowerCase();
  if (word in numberWords) return numberWords[word]!;
  return Number(numeral.replace(/,/g, ''));
}

/**
 * The figures a passage states with what they count, by the rules in figureRules: a number
 * (digits or words, with its qualifier) and, in the same sentence, a word that says what it
 * counts. A number nothing near it explains (a year, a date) is left out.
 */
export function findFigures(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const [whole, , numeral, strong] = match;
    const start = match.index;
    const end = start + whole.length;
    const number = valueOf(numeral!);
    // A bare year is a date, not a count.
    if (number !== null && number >= 1900 && number <= 2100 && !/,/.test(numeral!) && !strong)
      continue;
    const [before, after] = sentenceAround(text, start, end);
    const counts = strong ? countsOf('', `force ${after}`) : countsOf(before, after);
    if (!counts) continue;
    found.push({ value: whole, number, counts, start, end });
  }
  return found;
}
