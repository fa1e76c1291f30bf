import { builtInFigureRules, type FigureRuleSet } from './figureRuleSet';
import { countedNoun, isModelNumber, numberOfNoun } from './countedNoun';
import { currencySigns } from './figureRules';
import { levelOf, measuredThing } from './figureMeasures';
import { outcomeNear } from './figureOutcome';
import {
  amountText,
  figurePatternFor,
  readingsOf,
  SIGNS,
  valueOf,
  type Reading,
} from './figurePattern';
import { isMeasureUnit, isUnitWord } from './figureUnits';
import { hyphenUnit, isDate, notACount } from './notCounts';
import type { Tagger, TaggedWord } from './partsOfSpeech';
import { singleCounts } from './singleCounts';

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
  // "between 2010 and 2015", "2009–2018": a span of years.
  if (
    high &&
    [numeral, amountText(high)].every((n) => /^\d{4}$/.test(n) && +n >= 1000 && +n <= 2100)
  )
    if (!after?.tags.has('Plural')) return null;
  // A decimal counts nothing on its own ("magnitude 7.0"): only with a scale, a unit or a sign.
  // ("3.2 years", "8.69 GW" count: a plural or a unit follows; "the 4.5 formula" names.)
  if (
    /^\d+\.\d+$/.test(numeral) &&
    !percent &&
    !sign &&
    !(after && (after.tags.has('Plural') || isUnitWord(after.text)))
  )
    return null;
  if (suffix && /(^|-)old$/i.test(suffix)) return null;
  // "Ninety Mile Beach", "the Three Gorges Dam": a number word set in capitals mid-sentence,
  // before another capitalised word, is part of a name. (At a sentence's start every word is.)
  const opensSentence =
    !before || before.sentence !== sentence || /:\s*$/.test(text.slice(0, start));
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
  const near = outcomeNear(text, words, wordAt(start), at, sentence, rules.outcomes);
  if (percent) noun = 'percent';
  else if (sign) noun = currencySigns[sign]!;
  else if (!suffix && after && isUnitWord(after.text) && !reading.nounFrom) noun = after.text;
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
  // A unit keeps its capitals in the table ("GW", not "gw").
  const lower = /^[kMGT]?W|^[kMGT]Wh$/.test(noun) ? noun : noun.toLowerCase();
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
  // "$0.23/W today to $0.10": past the unit written onto the earlier figure.
  const between = text.slice(previous.end, start).replace(/^\/\p{L}+/u, '');
  const goesOn =
    /^[^,;.]{0,40},\s*(?:up|down)\s+(?:by\s+|from\s+)?$/i.test(between) ||
    /^,?\s*(?:from|to|and|or)\s+$/i.test(between) ||
    /^\s+\p{L}+\s+to\s+$/iu.test(between);
  if (!goesOn) return undefined;
  return (
    previous.measures ??
    (previous.noun === 'percent' || Object.values(currencySigns).includes(previous.noun)
      ? undefined
      : previous.noun)
  );
}
