import { builtInFigureRules, type FigureRuleSet } from '../rules/writerRules';
import {
  currencySigns,
  fractionWords,
  gluedScales,
  monthNames,
  numberWords,
  OUTCOME_WINDOW,
  scaleWords,
  yearWords,
} from './figureRules';
import { levelOf, measuredThing } from './figureMeasures';
import { hyphenUnit, isMeasureUnit, notACount } from './notCounts';
import { singleCounts } from './singleCounts';
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
  // A share counts only before "of" ("a third of the employees"; "a third buyer" is an ordinal).
  const share = `(?:(?:a|one|two|three|four|nine)[\\s-](?:${alternatives(Object.keys(fractionWords))})|half)(?=\\s+of\\b)`;
  const core = `(?:${share}|(?:${DIGITS}|${WORD_NUMBER})${SCALE}*|(?:a|an|half\\s+a)${SCALE}+${vagueAmount})`;
  // A sign glues to its number ("$5"); a sign in letters stands apart ("Rs 300").
  const amount = `(?:${CURRENCY}\\s?(?:${core})(?:bn|mn|tn|m|k)?|(?:${core})(?:bn|mn|tn)?)`;
  const qualifier = qualifiers.length ? `(?:(${alternatives(qualifiers)})\\s+)?` : '()';
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}$£€.,])${qualifier}(between\s+)?(${amount})(${PERCENT})?(?:(\s*[–—-]\s*|\s+to\s+|\s+and\s+)(${amount}))?(${PERCENT})?(?:-(\p{L}+(?:-\p{L}+)*))?(?![\p{L}\p{N}])`,
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
const DETERMINER = /^(the|its|their|his|her|our|these|those)$/i;
/** Nouns that count in the singular: "200 personnel", "5,000 police", "12 freight". */
const COLLECTIVE =
  /^(personnel|police|staff|people|cattle|livestock|troops|crew|freight|fish|sheep|deer|aircraft|offspring|series|species|youth|militia|infantry|clergy|poultry|cavalry|artillery|manpower|workforce)$/i;
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
  for (const part of lower.replace(/-(?=[a-z]+s?$)/, ' ').split(/\s+/)) {
    const glued = /^([\d,.]+)(bn|mn|tn|m|k)?$/.exec(part);
    if (glued) {
      current = Number(glued[1]!.replace(/,/g, '')) * (gluedScales[glued[2] ?? ''] ?? 1);
      if (glued[2]) {
        value += current;
        current = 0;
      }
    } else if (part === 'a' || part === 'an') current ||= 1;
    else if (part in fractionWords) current = (current || 1) * fractionWords[part]!;
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
/** "737 Max jet", "Hong Kong dollar": after a name, the tagger may read the noun as a verb. */
const nounAfterName = (w: TaggedWord, before: TaggedWord | undefined) =>
  w.tags.has('Infinitive') && !!before?.tags.has('ProperNoun') && !before.punctuated;
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
  // "a million or more Uighurs": the hedge stands between the number and its noun.
  if (
    /^or$/i.test(words[i]?.text ?? '') &&
    /^(more|so|fewer|less)$/i.test(words[i + 1]?.text ?? '')
  )
    i += 2;
  let afterOf = false;
  if (words[i]?.text.toLowerCase() === 'of') {
    afterOf = true;
    i++;
    // "hundreds of them": the noun is in another sentence.
    if (/^(them|us|you|whom|which)$/i.test(words[i]?.text ?? '')) return null;
    // "of the state's school districts", "of WeWork's 12,000 employees", "of Boeing 's jets":
    // past the owner.
    for (;;) {
      const word = words[i];
      if (word && (DETERMINER.test(word.text) || word.tags.has('Possessive'))) i++;
      else if (word?.tags.has('ProperNoun') && /^['’]?s$/.test(words[i + 1]?.text ?? '')) i += 2;
      else break;
    }
    if (words[i]?.tags.has('Value') && words[i + 1] && isNoun(words[i + 1]!)) i++;
  }
  let head: TaggedWord | null = null;
  let last: TaggedWord | null = null;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    // A weekday or a month closes the phrase: "30 Boeing jets Wednesday"; so does an age's
    // "old" ("14 years old").
    if (last && (word.tags.has('WeekDay') || word.tags.has('Month'))) break;
    if (last && /^old$/i.test(word.text)) break;
    // "400 737 Max jets", "the embattled 737 Max jet": a model number inside the phrase.
    const model =
      word.tags.has('Value') && /^\p{Lu}/u.test(next?.text ?? '') && /\d/.test(word.text);
    // "its Hong Kong shares.": a plural the tagger read as a verb, closing the phrase.
    const plural =
      last !== null &&
      isNoun(last) &&
      !last.tags.has('Plural') &&
      (word.punctuated || !next || (!isNoun(next) && !next.tags.has('Determiner'))) &&
      word.tags.has('PresentTense') &&
      /[^s]s$/.test(word.text);
    // "of the accused": after "of", a participle stands for the people it describes.
    const asNoun = afterOf && last === null && isParticiple(word);
    const named = last !== null && nounAfterName(word, last);
    if (!asNoun && !model && !plural && !named && !isModifier(word, next, last === null)) break;
    last = word;
    if (isNoun(word) || asNoun || plural || named) head = word;
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

/**
 * The nearest word in the sentence that says what happened (killed, arrested…), and its kind;
 * not past a semicolon, colon, parenthesis or dash, where another statement begins.
 */
function outcomeNear(
  text: string,
  words: readonly TaggedWord[],
  at: number,
  sentence: number,
  groups: readonly { outcome: string; words: readonly string[] }[],
): { outcome: string; word: string } | null {
  // "Two crashes … killed 346 people": the crashes did it; the outcome is the object's.
  const agentOf = (k: number) =>
    k > at &&
    /^(killed|injured|wounded|arrested|detained|displaced|evacuated)$/i.test(words[k]!.text) &&
    !/^(was|were|is|are|been|be|being|got|get)$/i.test(words[k - 1]?.text ?? '') &&
    words.slice(k + 1, k + 5).some((w) => w.tags.has('Value'));
  const barrier = (a: TaggedWord, b: TaggedWord) => /[;:()—–]/.test(text.slice(a.end, b.start));
  const open = { ahead: true, back: true };
  // "At least 106 protesters in 21 cities have been killed": counted from the noun onwards.
  const reach = OUTCOME_WINDOW + (words[at + 1] && isNoun(words[at + 1]!) ? 1 : 0);
  for (let d = 0; d <= reach; d++) {
    for (const [i, way] of [
      [at + d, 'ahead'],
      [at - d, 'back'],
    ] as const) {
      const word = words[i];
      if (!word || word.sentence !== sentence || !open[way]) continue;
      if (way === 'back' && d > OUTCOME_WINDOW) continue;
      const inner = words[way === 'ahead' ? i - 1 : i + 1];
      if (
        d > 0 &&
        inner &&
        barrier(way === 'ahead' ? inner : word, way === 'ahead' ? word : inner)
      ) {
        open[way] = false;
        continue;
      }
      const found = groups.find((o) => o.words.includes(word.text.toLowerCase()));
      if (found && agentOf(i)) {
        open[way] = false;
        continue;
      }
      // "missing the 4.8 percent gain": the verb "to miss", not people missing.
      if (
        found &&
        /^missing$/i.test(word.text) &&
        /^(the|a|an|its|their|out)$/i.test(words[i + 1]?.text ?? '')
      )
        continue;
      if (found) return { outcome: found.outcome, word: word.text.toLowerCase() };
    }
  }
  return null;
}

/**
 * "its popular 737 Max jet": digits before a capitalised name whose noun is in the singular name
 * a model; "30 Boeing jets" (a plural) counts.
 */
function isModelNumber(
  numeral: string,
  words: readonly TaggedWord[],
  from: number,
  opens: boolean,
) {
  if (!/^\d+$/.test(numeral) || Number(numeral) < 2 || opens) return false;
  if (!/^\p{Lu}/u.test(words[from]?.text ?? '') || words[from]!.tags.has('Date')) return false;
  let head: TaggedWord | undefined;
  for (let i = from; i < from + 5; i++) {
    const word = words[i];
    if (!word || word.tags.has('Date')) break;
    const named = i > from && nounAfterName(word, words[i - 1]);
    if (!isNoun(word) && !named) break;
    // "30 Boeing jets": a plural in the phrase, so the number counts.
    if (word.tags.has('Plural')) return false;
    head = word;
    if (word.punctuated) break;
  }
  return (
    !!head &&
    head !== words[from] &&
    (head.tags.has('Singular') || nounAfterName(head, words[words.indexOf(head) - 1])) &&
    !COLLECTIVE.test(head.text)
  );
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
  // "their 2020 session", "the 2016 election": a year before a noun in the singular names it.
  if (after?.tags.has('Singular') && !after.tags.has('Plural') && !COLLECTIVE.test(after.text))
    return true;
  const countsSomething = after !== undefined && isNoun(after) && !after.tags.has('Date');
  return !countsSomething || YEAR_WORD.test(before?.text ?? '') || MONTH.test(before?.text ?? '');
}

/** Currency signs, longest first: "HK$" before "$". */
const SIGNS = Object.keys(currencySigns).sort((a, b) => b.length - a.length);

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
  const [
    whole,
    qualifier,
    between,
    first,
    firstPercent,
    joiner,
    secondAmount,
    lastPercent,
    suffix,
  ] = m;
  // "3.38% to $55.12" is a change and a price, not a range: a percentage ranges to a percentage.
  const unlike = !!firstPercent && !!secondAmount && !lastPercent;
  const second = unlike ? undefined : secondAmount;
  const percent = firstPercent ?? lastPercent;
  const start = m.index;
  const end = start + whole.length;
  const firstAt = whole.indexOf(first!, (qualifier?.length ?? 0) + (between?.length ?? 0));
  const fromBefore = /\bfrom\s+$/i.test(text.slice(Math.max(0, start - 8), start));
  const isAnd = /and/i.test(joiner ?? '');
  const range = !!second && (between ? isAnd : !isAnd && !(fromBefore && /to/i.test(joiner!)));
  const whole1 = { start, amount: first!, percent: !!percent, ...(suffix ? { suffix } : {}) };
  if (unlike) return [{ ...whole1, end: start + firstAt + first!.length + firstPercent!.length }];
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
    const readings = readingsOf(text, m);
    for (const reading of readings) {
      const figure = figureOf(text, words, wordAt, reading, found.at(-1), rules);
      if (figure) found.push(figure);
    }
    // A reading may end before its match did ("3.38% to $55.12"): read on from there.
    matcher.lastIndex = readings.at(-1)!.end;
  }
  for (const one of singleCounts(words, rules.outcomes)) {
    if (found.some((f) => f.start < one.end && one.start < f.end)) continue;
    const noun = one.noun.toLowerCase();
    found.push({
      value: text.slice(one.start, one.end),
      number: 1,
      noun: one.noun,
      outcome: one.outcome,
      counts: one.word === noun ? one.outcome : `${noun} ${one.outcome}`,
      start: one.start,
      end: one.end,
    });
  }
  found.sort((a, b) => a.start - b.start);
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
  const sign = SIGNS.find((s) => amount.startsWith(s));
  const numeral = sign ? amount.slice(sign.length).trim() : amountText(amount);
  const at = wordAt(text.indexOf(amount, start));
  const lastWord = wordAt(end - 1);
  const before = words[at - 1];
  const after = words[lastWord + 1];
  const sentence = words[at]?.sentence ?? 0;
  if (!high && isDate(numeral, before, after)) return null;
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
  const first = wordAt(start);
  const beforeMatch = words[first - 1];
  if (
    notACount({
      text,
      start,
      end,
      numeral,
      ...(high ? { high: amountText(high) } : {}),
      qualified: first !== at,
      percent,
      ...(sign ? { sign } : {}),
      ...(before ? { before } : {}),
      ...(beforeMatch ? { beforeMatch } : {}),
      opensSentence,
      beforeOpensSentence: !!before && words[at - 2]?.sentence !== before.sentence,
    })
  )
    return null;
  if (isModelNumber(numeral, words, lastWord + 1, opensSentence)) return null;
  let noun: string | null;
  const near = outcomeNear(text, words, at, sentence, rules.outcomes);
  if (percent) noun = 'percent';
  else if (sign) noun = currencySigns[sign]!;
  else if (suffix && !/^strong$/i.test(suffix)) {
    // "a three-hour interview" counts hours; "two-stroke engines" are a kind, not a count.
    noun = hyphenUnit(suffix);
    if (!noun) return null;
  } else {
    const from = wordAt(reading.nounFrom ?? end - 1) + (reading.nounFrom ? 0 : 1);
    // "one night out of 17, Paganini wrote": no noun past the comma that closes the number.
    const closed = !reading.nounFrom && words[from - 1]?.punctuated;
    const counted = closed ? null : countedNoun(words, from);
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
  // "the air quality index … is 218", "ratings of 999": a level of what the sentence names.
  if (!noun && !reading.nounFrom && !percent) noun = levelOf(words, wordAt(start)) ?? null;
  // "the number of people killed … is 164": with no noun of its own, it counts what happened.
  if (!noun && near && !reading.nounFrom && !words[lastWord]?.tags.has('Date')) noun = near.word;
  if (!noun) return null;
  // What a unit of time or measure counts is not killed; nor is a place or a time a figure
  // stands in ("killed in 21 cities", "in less than five months").
  const placeOrTime = /^(in|within|across|on|for|during|after|before|since|until|from|per)$/i;
  const takesOutcome = !sign && !isMeasureUnit(noun) && !placeOrTime.test(beforeMatch?.text ?? '');
  const outcome = takesOutcome ? near?.outcome : undefined;
  const lower = noun.toLowerCase();
  const low = valueOf(numeral, rules.vagueAmounts);
  const top = high ? valueOf(amountText(high), rules.vagueAmounts) : null;
  const measures =
    percent || sign
      ? (continuedFrom(text, previous, start) ??
        measuredThing({ words, first: wordAt(start), last: lastWord }, !!sign))
      : undefined;
  const counted =
    !outcome || outcome === lower || near?.word === lower
      ? (outcome ?? lower)
      : `${lower} ${outcome}`;
  return {
    value: text.slice(start, end),
    number: low,
    ...(top !== null ? { high: top } : {}),
    noun,
    ...(measures ? { measures } : {}),
    ...(outcome ? { outcome } : {}),
    counts: measures ? `${measures}${outcome ? ` ${outcome}` : ''} (${lower})` : counted,
    start,
    end,
  };
}

/**
 * What a figure goes on from, in "rose by 37 percent, from 0.90 percent to 1.23 percent" or
 * "sold 303,417 new vehicles, up 4 percent": the earlier figure's measure, or what it counted.
 */
function continuedFrom(text: string, previous: FoundFigure | undefined, start: number) {
  if (!previous) return undefined;
  const between = text.slice(previous.end, start);
  const goesOn =
    /^[^,;.]{0,40},\s*(?:up|down)\s+(?:by\s+|from\s+)?$/i.test(between) ||
    /^,?\s*(?:from|to|and|or)\s+$/i.test(between) ||
    /^\s+\p{L}+\s+to\s+$/iu.test(between);
  if (!goesOn) return undefined;
  return (
    previous.measures ??
    (/^(percent|dollars|pounds|euros|yen|rupees)$/i.test(previous.noun) ? undefined : previous.noun)
  );
}
