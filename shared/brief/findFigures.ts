import { builtInFigureRules, type FigureRuleSet } from '../rules/writerRules';
import {
  currencySigns,
  monthNames,
  numberWords,
  OUTCOME_WINDOW,
  scaleWords,
  yearWords,
} from './figureRules';
import type { Tagger, TaggedWord } from './partsOfSpeech';

export interface FoundFigure {
  /** The figure as the source wrote it: "about 225", "between 200 and 300", "$1.2 billion". */
  value: string;
  /** Its value (the lower end of a range); null for "dozens" or "several hundred". */
  number: number | null;
  /** The upper end of a range. */
  high?: number;
  /** The noun it counts, as written: "miners", "hectares", "dollars", "percent". */
  noun: string;
  /** What a percentage or a sum of money is of, where the sentence says: "fuel prices", "damage". */
  measures?: string;
  /** What happened to what it counts, where the sentence says: killed, injured, arrested… */
  outcome?: string;
  /** What the figures table groups it under: its noun and outcome ("people killed"). */
  counts: string;
  /** Where the figure stands in the text. */
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so "more than" is tried before "more"; a phrase's space is any run of space.
const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, String.raw`\s+`))
    .join('|');

const UNIT = Object.keys(numberWords).filter((w) => numberWords[w]! < 10);
const TENS = Object.keys(numberWords).filter((w) => numberWords[w]! >= 20);
const WORD_NUMBER = `(?:(?:${alternatives(TENS)})(?:-(?:${alternatives(UNIT)}))?|${alternatives(Object.keys(numberWords))})`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = `(?:\\s+(?:${alternatives(Object.keys(scaleWords))}))`;
const CURRENCY = `(?:${alternatives(Object.keys(currencySigns))})`;
const PERCENT = String.raw`(?:\s*%|\s+per\s?cent|\s+percent)`;

/** The pattern of a figure under a set of qualifiers and vague amounts. */
function figurePattern(qualifiers: readonly string[], vague: readonly string[]): RegExp {
  const vagueAmount = vague.length ? `|${alternatives(vague)}` : '';
  const core = `(?:(?:${DIGITS}|${WORD_NUMBER})${SCALE}*|(?:a|an|half\\s+a)${SCALE}+${vagueAmount})`;
  const amount = `${CURRENCY}?(?:${core})`;
  const qualifier = qualifiers.length ? `(?:(${alternatives(qualifiers)})\\s+)?` : '()';
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}$£€.,])${qualifier}(between\s+)?(${amount})(?:(\s*[–—-]\s*|\s+to\s+|\s+and\s+)(${amount}))?(${PERCENT})?(?:-(\p{L}+(?:-\p{L}+)*))?(?![\p{L}\p{N}])`,
    'giu',
  );
}

const patterns = new Map<string, RegExp>();
/** The pattern for a rule set, made once: a brief runs it on every quote. */
function figurePatternFor(rules: FigureRuleSet): RegExp {
  const key = JSON.stringify([rules.qualifiers, rules.vagueAmounts]);
  let pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size > 20) patterns.clear();
    pattern = figurePattern(rules.qualifiers, rules.vagueAmounts);
    patterns.set(key, pattern);
  }
  return pattern;
}

const MONTH = new RegExp(`^(${monthNames.join('|')})\\.?$`, 'i');
const YEAR_WORD = new RegExp(`^(${yearWords.join('|')})$`, 'i');
const DETERMINER = /^(the|its|their|his|her|our|these|those|them|whom)$/i;
// Tagged as nouns by the tagger, they stand for no one counted: "for seventeen days nobody knew".
const INDEFINITE =
  /^(nobody|somebody|anybody|everybody|no-one|someone|anyone|everyone|nothing|something|anything|everything)$/i;

function valueOf(amount: string, vague: readonly string[]): number | null {
  const lower = amount
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .trim()
    .replace(/\s+/g, ' ');
  if (vague.includes(lower)) return null;
  let value = 0;
  let current = 0;
  for (const part of lower.split(/\s+/)) {
    if (/^\d/.test(part)) current = Number(part.replace(/,/g, ''));
    else if (part === 'a' || part === 'an') current ||= 1;
    else if (part === 'half') current = 0.5;
    else if (part in scaleWords) {
      current = (current || 1) * scaleWords[part]!;
      if (scaleWords[part]! >= 1000) {
        value += current;
        current = 0;
      }
    } else {
      const [tens, unit] = part.split('-');
      current += (numberWords[tens!] ?? 0) + (unit ? (numberWords[unit] ?? 0) : 0);
    }
  }
  return value + current;
}

const isNoun = (w: TaggedWord) =>
  w.tags.has('Noun') &&
  !w.tags.has('Pronoun') &&
  !w.tags.has('Possessive') &&
  !INDEFINITE.test(w.text);
const isParticiple = (w: TaggedWord) => w.tags.has('Gerund') || w.tags.has('PastTense');
const isModifier = (w: TaggedWord, next: TaggedWord | undefined, first: boolean) =>
  w.tags.has('Adjective') ||
  isNoun(w) ||
  // "two striking miners", "5,000 armed men": a participle right after the number, before a
  // noun, describes it ("two years hearing evidence" is a verb after the phrase).
  (first && isParticiple(w) && !w.punctuated && next !== undefined && isNoun(next));

interface Counted {
  noun: string;
  /** Read from an adjective standing as a noun ("50,000 wounded"), not from a noun. */
  adjective: boolean;
}

/**
 * The noun a number counts: the head of the noun phrase after it ("1,134 garment workers" →
 * workers), or after "of" ("dozens of the wounded" → wounded, "89 of the 217 seats" → seats);
 * a word used as a noun at the end of the phrase counts ("50,000 wounded").
 */
function countedNoun(words: readonly TaggedWord[], from: number): Counted | null {
  let i = from;
  let afterOf = false;
  if (words[i]?.text.toLowerCase() === 'of') {
    afterOf = true;
    i++;
    while (words[i] && DETERMINER.test(words[i]!.text)) i++;
    if (words[i]?.tags.has('Value') && words[i + 1] && isNoun(words[i + 1]!)) i++;
  }
  let head: TaggedWord | null = null;
  let last: TaggedWord | null = null;
  for (; i < words.length; i++) {
    const word = words[i]!;
    // "of the accused": after "of", a participle stands for the people it describes.
    const asNoun = afterOf && last === null && isParticiple(word);
    if (!asNoun && !isModifier(word, words[i + 1], last === null)) break;
    last = word;
    if (isNoun(word) || asNoun) head = word;
    if (word.punctuated) break;
  }
  const noun = head ?? (last?.tags.has('Adjective') ? last : null);
  return noun ? { noun: noun.text.replace(/['’]s?$/, ''), adjective: noun !== head } : null;
}

/** "the number of people killed … is 164": the noun "the number of" names before the figure. */
function numberOfNoun(words: readonly TaggedWord[], at: number, sentence: number) {
  for (let i = at - 2; i > 0 && words[i]!.sentence === sentence; i--) {
    if (/^of$/i.test(words[i]!.text) && /^number$/i.test(words[i - 1]!.text))
      return countedNoun(words, i);
  }
  return null;
}

/** The nearest word in the sentence that says what happened (killed, arrested…), and its kind. */
function outcomeNear(
  words: readonly TaggedWord[],
  at: number,
  sentence: number,
  groups: readonly { outcome: string; words: readonly string[] }[],
): { outcome: string; word: string } | null {
  for (let d = 0; d <= OUTCOME_WINDOW; d++) {
    for (const i of [at + d, at - d]) {
      const word = words[i];
      if (!word || word.sentence !== sentence) continue;
      const found = groups.find((o) => o.words.includes(word.text.toLowerCase()));
      if (found) return { outcome: found.outcome, word: word.text.toLowerCase() };
    }
  }
  return null;
}

/** Whether a number is a date or a year, told by the words around it. */
function isDate(numeral: string, before: TaggedWord | undefined, after: TaggedWord | undefined) {
  if (!/^\d+$/.test(numeral)) return false;
  const n = Number(numeral);
  if (n >= 1 && n <= 31 && (MONTH.test(before?.text ?? '') || MONTH.test(after?.text ?? '')))
    return true;
  // A clock time: "1 a.m.", "11 pm" (the tagger marks both words as a time).
  if (after?.tags.has('Time')) return true;
  if (n < 1000 || n > 2100) return false;
  const countsSomething = after !== undefined && isNoun(after) && !after.tags.has('Date');
  return !countsSomething || YEAR_WORD.test(before?.text ?? '') || MONTH.test(before?.text ?? '');
}

const amountText = (amount: string) => amount.replace(/^[^\p{L}\p{N}]+/u, '');

interface Reading {
  start: number;
  end: number;
  amount: string;
  high?: string;
  percent: boolean;
  suffix?: string;
  /** Where the noun of a pair ("from 3,000 to 5,300 taka") is read: after its second number. */
  nounFrom?: number;
}

/** The figures a match of FIGURE holds: one, a range, or a pair that shares its noun. */
function readingsOf(text: string, m: RegExpExecArray): Reading[] {
  const [whole, qualifier, between, first, joiner, second, percent, suffix] = m;
  const start = m.index;
  const end = start + whole.length;
  const firstAt = whole.indexOf(first!, (qualifier?.length ?? 0) + (between?.length ?? 0));
  const fromBefore = /\bfrom\s+$/i.test(text.slice(Math.max(0, start - 8), start));
  const isAnd = /and/i.test(joiner ?? '');
  const range = !!second && (between ? isAnd : !isAnd && !(fromBefore && /to/i.test(joiner!)));
  const whole1 = { start, amount: first!, percent: !!percent, ...(suffix ? { suffix } : {}) };
  if (!second || range) return [{ ...whole1, end, ...(range ? { high: second } : {}) }];
  const secondAt = start + whole.lastIndexOf(second);
  return [
    {
      start,
      end: start + firstAt + first!.length,
      amount: first!,
      percent: !!percent,
      nounFrom: end,
    },
    { start: secondAt, end, amount: second, percent: !!percent, ...(suffix ? { suffix } : {}) },
  ];
}

/**
 * The figures a text states, each with the noun it counts: numbers in digits or words, with
 * their qualifiers, ranges, money and percentages; dates, years and numbers that name things
 * ("Resolution 1973", "magnitude 7.0") are left out, as is a number nothing counts.
 */
export function findFigures(
  text: string,
  tag: Tagger,
  /** Qualifiers, vague amounts and outcome words: the library's, or Dossier's own. */
  rules: FigureRuleSet = builtInFigureRules,
): FoundFigure[] {
  const words = tag(text);
  const wordAt = (offset: number) => {
    const i = words.findIndex((w) => w.end > offset);
    return i === -1 ? words.length : i;
  };
  const found: FoundFigure[] = [];
  const pattern = figurePatternFor(rules);
  const matcher = new RegExp(pattern.source, pattern.flags);
  for (let m = matcher.exec(text); m; m = matcher.exec(text)) {
    for (const reading of readingsOf(text, m)) {
      const figure = figureOf(text, words, wordAt, reading, found.at(-1), rules);
      if (figure) found.push(figure);
    }
  }
  return found;
}

function figureOf(
  text: string,
  words: readonly TaggedWord[],
  wordAt: (offset: number) => number,
  reading: Reading,
  previous: FoundFigure | undefined,
  rules: FigureRuleSet,
): FoundFigure | null {
  const { start, end, amount, high, percent, suffix } = reading;
  const numeral = amountText(amount);
  const at = wordAt(text.indexOf(amount, start));
  const lastWord = wordAt(end - 1);
  const before = words[at - 1];
  const after = words[lastWord + 1];
  const sentence = words[at]?.sentence ?? 0;
  if (!high && isDate(numeral, before, after)) return null;
  const sign = Object.keys(currencySigns).find((s) => amount.startsWith(s));
  // A decimal counts nothing on its own ("magnitude 7.0"): only with a scale, a unit or a sign.
  if (/^\d+\.\d+$/.test(numeral) && !percent && !sign) return null;
  if (suffix && /(^|-)old$/i.test(suffix)) return null;
  // "Ninety Mile Beach", "the Three Gorges Dam": a number word set in capitals mid-sentence,
  // before another capitalised word, is part of a name. (At a sentence's start every word is.)
  const opensSentence = !before || before.sentence !== sentence;
  if (
    /^\p{Lu}\p{Ll}/u.test(amount) &&
    !/\d/.test(amount) &&
    !opensSentence &&
    /^\p{Lu}/u.test(after?.text ?? '')
  )
    return null;
  // "one of the largest tribes" picks one out; it counts nothing.
  if (/^one$/i.test(numeral) && /^of$/i.test(after?.text ?? '')) return null;
  let noun: string | null;
  const near = outcomeNear(words, at, sentence, rules.outcomes);
  if (percent) noun = 'percent';
  else if (sign) noun = currencySigns[sign]!;
  else if (suffix && !/^strong$/i.test(suffix)) noun = suffix;
  else {
    const from = wordAt(reading.nounFrom ?? end - 1) + (reading.nounFrom ? 0 : 1);
    const counted = countedNoun(words, from);
    noun = counted?.noun ?? null;
    // "220 escaped" after "Seventy people were injured": a verb read as an adjective, which
    // no outcome names, counts what the figure before it counted.
    const previousHere = previous && words[wordAt(previous.start)]?.sentence === sentence;
    if (counted?.adjective && previousHere && near?.word !== counted.noun.toLowerCase())
      noun = previous.noun;
  }
  // "about 2,500 were injured": a number a verb follows counts what the figure before it did.
  const last = words[lastWord];
  if (!noun && previous && after?.tags.has('Verb') && last && !last.punctuated) {
    if (words[wordAt(previous.start)]?.sentence === sentence) noun = previous.noun;
  }
  if (!noun && !reading.nounFrom) noun = numberOfNoun(words, at, sentence)?.noun ?? null;
  // "the number of people killed … is 164": with no noun of its own, it counts what happened.
  if (!noun && near && !reading.nounFrom && !words[lastWord]?.tags.has('Date')) noun = near.word;
  if (!noun) return null;
  const outcome = near?.outcome;
  const lower = noun.toLowerCase();
  const low = valueOf(numeral, rules.vagueAmounts);
  const top = high ? valueOf(amountText(high), rules.vagueAmounts) : null;
  return {
    value: text.slice(start, end),
    number: low,
    ...(top !== null ? { high: top } : {}),
    noun,
    ...(outcome ? { outcome } : {}),
    counts:
      !outcome || outcome === lower || near?.word === lower
        ? (outcome ?? lower)
        : `${lower} ${outcome}`,
    start,
    end,
  };
}
