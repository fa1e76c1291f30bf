/**
 * What a figure looks like in text: digits or number words with their scale, sign, share,
 * qualifier and percent, a range or a pair, and the value each stands for.
 */
import type { FigureRuleSet } from './figureRuleSet';
import { currencySigns, fractionWords, gluedScales, numberWords, scaleWords } from './figureRules';

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
    String.raw`(?<![\p{L}\p{N}$£€.,])${qualifier}(between\s+)?(${amount})(${PERCENT})?(?:(-to-|\s*[–—-]\s*|\s+to\s+|\s+and\s+)(${amount}))?(${PERCENT})?(?:-(\p{L}+(?:-\p{L}+)*))?(?![\p{L}\p{N}])`,
    'giu',
  );
}

const patterns = new Map<string, RegExp>();
/** The pattern for a rule set, made once: a brief runs it on every quote. */
export function figurePatternFor(rules: FigureRuleSet): RegExp {
  const key = JSON.stringify([rules.qualifiers, rules.vagueAmounts]);
  let pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size > 20) patterns.clear();
    pattern = figurePattern(rules.qualifiers, rules.vagueAmounts);
    patterns.set(key, pattern);
  }
  return pattern;
}

export function valueOf(amount: string, vague: readonly string[]): number | null {
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

/** Currency signs, longest first: "HK$" before "$". */
export const SIGNS = Object.keys(currencySigns).sort((a, b) => b.length - a.length);

export const amountText = (amount: string) => amount.replace(/^[^\p{L}\p{N}]+/u, '');

export interface Reading {
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
export function readingsOf(text: string, m: RegExpExecArray): Reading[] {
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
      end: start + firstAt + first!.length + (firstPercent?.length ?? 0),
      amount: first!,
      percent: !!percent,
      nounFrom: end,
    },
    { start: secondAt, end, amount: second, percent: !!percent, ...(suffix ? { suffix } : {}) },
  ];
}
