/**
 * Numbers that name, date or describe rather than count: a clock time ("4:30 a.m."), a model or
 * an index ("Boeing 737", "787-9", "S&P 500", "Chapter 3"), a person's age in apposition
 * ("Webb, 51, of…"), "the number eight", "one" standing for "a", and a kind made with a
 * number ("two-stroke engines").
 */
import { COLLECTIVE, isNoun } from './countedNoun';
import { MEASURES } from './figureUnits';
import { monthNames, yearWords } from './figureRules';
import type { TaggedWord } from './partsOfSpeech';

export interface NumberInContext {
  text: string;
  /** Where the figure's match starts (its qualifier included) and ends. */
  start: number;
  end: number;
  /** The number as written, without its sign: "737", "one", "12.9bn". */
  numeral: string;
  high?: string;
  qualified: boolean;
  percent: boolean;
  sign?: string;
  /** The word before the number (after any qualifier), and the word before the qualifier. */
  before?: TaggedWord;
  beforeMatch?: TaggedWord;
  opensSentence: boolean;
  /** Whether the word before the number opens its sentence ("Another 300 people…"). */
  beforeOpensSentence: boolean;
}

/** Words that number a part or a place rather than count: "chapter 3", "section 12", "gate 5". */
const REFERENCE =
  /^(chapter|chap|section|sec|article|art|page|p|paragraph|para|figure|fig|table|verse|clause|part|volume|vol|no|item|appendix|annex|rule|resolution|phase|stage|level|grade|room|flight|route|highway|interstate|platform|gate|terminal|area|district|ward|zone|precinct|channel|episode|season|track|exhibit|model|version|mark|series|magnitude|age|aged|size|number)\.?$/i;
/** A street address after the number: "2134 Caldwell Place", "1119 Eighth St." */
const ADDRESS =
  /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Pl|Place|Blvd|Boulevard|Ln|Lane|Way|Ct|Court|Sq|Square|Terrace|Parkway|Pkwy|Highway|Hwy)\b/u;
/** A telephone number around the number: "(202) 555-0143", "555-0143", "+44 20 7946 0958". */
const PHONE =
  /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])?\d{3}[.-]\d{4}\b|\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}/;

/** Words a hyphen joins to a number to say how much ("a three-hour interview", "eight-storey"). */
const HYPHEN_UNITS = new RegExp(
  `^(${MEASURES}|storey|story|floor|seat|bed|room|member|man|person|people|page|point|lane|game|match|race|round|fold|percent|dollar|billion|million)s?$`,
  'i',
);

/** The noun a hyphenated number counts ("1,900-mile-wide" → mile), or null for a kind. */
export function hyphenUnit(suffix: string): string | null {
  const first = suffix.split('-')[0]!;
  return HYPHEN_UNITS.test(first) ? first : null;
}

const isCapitalised = (w: TaggedWord | undefined) => !!w && /^\p{Lu}/u.test(w.text);

/** Whether the number names, dates or describes something instead of counting it. */
export function notACount(n: NumberInContext): boolean {
  const { text, start, end, numeral } = n;
  const digits = /^\d[\d,.]*$/.test(numeral);
  // A clock time: "4:30", "6:38 p.m.".
  if (text[start - 1] === ':' || /^:\d/.test(text.slice(end))) return true;
  // "the number eight is associated with prosperity": a number named, not a count.
  if (/^numbers?$/i.test(n.before?.text ?? '')) return true;
  // "one estimate", "one woman": English's other "a" (a range or a scale still counts).
  if (/^one$/i.test(numeral) && !n.high && !n.percent && !n.sign) return true;
  if (REFERENCE.test(n.beforeMatch?.text ?? '')) return true;
  if (!digits || n.sign || n.percent) return false;
  if (ADDRESS.test(text.slice(end, end + 60))) return true;
  const from = Math.max(0, start - 8);
  const phone = PHONE.exec(text.slice(from, end + 12));
  if (phone && phone.index <= start - from && phone.index + phone[0].length > start - from)
    return true;
  // Emergency numbers: "called 911", "make 911 calls", "dial 999".
  if (
    /^(911|999|112|000)$/.test(numeral) &&
    (/\b(call|called|calling|dial|dialled|dialed|dialing)\s*$/i.test(text.slice(0, start)) ||
      /^\s+calls?\b/i.test(text.slice(end)))
  )
    return true;
  // A person's age in apposition: "Webb, 51, of Fort Worth".
  const opening = text.slice(Math.max(0, start - 40), start);
  if (
    !n.qualified &&
    !n.high &&
    Number(numeral) < 120 &&
    /\p{Lu}[\p{L}'’.-]*,\s*$/u.test(opening) &&
    /^\s*,/.test(text.slice(end))
  )
    return true;
  // A model or a part of a name: "A350-900", "787-9" (a hyphen to a smaller number).
  if (/[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, start - 2), start))) return true;
  if (n.high && /^\d+$/.test(n.high) && Number(n.high) < Number(numeral.replace(/,/g, '')))
    return /^\d+-\d+$/.test(text.slice(start, end).trim());
  // "400 737 Max jets", "five 787 Dreamliner sales": the second number names the model.
  if (!n.qualified && n.before?.tags.has('Value') && /^\s$/.test(text.slice(n.before.end, start)))
    return true;
  // "Boeing 737", "S&P 500", "Chapter 3", "NBC 5": a number after a name, mid-sentence.
  const name = n.qualified ? undefined : n.before;
  if (
    name &&
    !n.beforeOpensSentence &&
    (isCapitalised(name) || /&/.test(name.text)) &&
    !name.tags.has('Possessive') &&
    !/['’]s$/.test(name.text) &&
    !name.tags.has('Date') &&
    name.sentence === n.beforeMatch?.sentence
  )
    return true;
  return false;
}

const MONTH = new RegExp(`^(${monthNames.join('|')})\\.?$`, 'i');
const YEAR_WORD = new RegExp(`^(${yearWords.join('|')})$`, 'i');
/** Whether a number is a date or a year, told by the words around it. */
export function isDate(
  numeral: string,
  before: TaggedWord | undefined,
  after: TaggedWord | undefined,
) {
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
