/**
 * The rules that find figures in quoted passages, as data a writer can read: what a number
 * looks like, the words that qualify it, how dates are told from counts, and the outcome words
 * that say what happened to what was counted. What a figure counts is not in a list: it is the
 * noun the number stands before (or after "of"), found by the sentence's parts of speech.
 */

/** "about", "more than", "at least": kept with the number, as the source wrote it. */
export const qualifiers = [
  'about',
  'around',
  'approximately',
  'roughly',
  'nearly',
  'almost',
  'close to',
  'more than',
  'over',
  'under',
  'at least',
  'at most',
  'up to',
  'some',
  'an estimated',
  'as many as',
  'fewer than',
  'less than',
  'only',
  // Caps and floors: "no more than 128,000", "in excess of 2,000".
  'no more than',
  'not more than',
  'no fewer than',
  'no less than',
  'as few as',
  'upwards of',
  'in excess of',
  'a maximum of',
  'a minimum of',
] as const;

/** Number words and their values. */
export const numberWords: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const scaleWords: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  dozen: 12,
  trillion: 1_000_000_000_000,
  // South Asian English: "Rs 24 lakh" is 2.4 million rupees.
  lakh: 100_000,
  lakhs: 100_000,
  crore: 10_000_000,
  crores: 10_000_000,
};

/** Scales written onto the number: "$12.9bn", "£10m" (m and k only after a currency sign). */
export const gluedScales: Readonly<Record<string, number>> = {
  bn: 1_000_000_000,
  mn: 1_000_000,
  tn: 1_000_000_000_000,
  m: 1_000_000,
  k: 1_000,
};

/** Amounts without a value: "dozens", "several hundred", "tens of thousands". */
export const vagueAmounts = [
  'tens of thousands',
  'hundreds of thousands',
  'many thousands',
  'several thousand',
  'several hundred',
  'a few hundred',
  'a few thousand',
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'millions',
] as const;

/** Shares: "a third of", "three quarters of", "half of". */
export const fractionWords: Readonly<Record<string, number>> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  tenth: 1 / 10,
  tenths: 1 / 10,
};

/** Currency signs and the unit a figure of money counts. */
export const currencySigns: Readonly<Record<string, string>> = {
  $: 'dollars',
  US$: 'dollars',
  '£': 'pounds',
  '€': 'euros',
  '¥': 'yen',
  '₹': 'rupees',
  Rs: 'rupees',
  'Rs.': 'rupees',
  INR: 'rupees',
  HK$: 'dollars',
  A$: 'dollars',
  C$: 'dollars',
};

/** Words before a year ("in 2011", "since 1991"): a four-digit number after them is a date. */
export const yearWords = [
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'to',
  'of',
  'during',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'year',
  'summer',
  'winter',
  'spring',
  'autumn',
] as const;

export const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
] as const;

/**
 * What happened to what was counted, by the words that say so near the figure ("1,134 people
 * were killed" counts people, killed); figures are grouped by noun and outcome.
 */
export const outcomes: { outcome: string; words: string[] }[] = [
  {
    outcome: 'killed',
    words: [
      'killed',
      'killing',
      'dead',
      'died',
      'death',
      'deaths',
      'fatalities',
      'fatal',
      'lives',
      'perished',
      'slain',
      'murdered',
    ],
  },
  {
    outcome: 'injured',
    words: ['injured', 'injuring', 'wounded', 'wounding', 'hurt', 'hospitalised', 'hospitalized'],
  },
  { outcome: 'arrested', words: ['arrested', 'arrest', 'arrests', 'jailed', 'imprisoned'] },
  // Held without (or before) charge: not the same as arrested, and reported apart.
  { outcome: 'detained', words: ['detained', 'detention', 'detentions', 'custody', 'interned'] },
  { outcome: 'missing', words: ['missing', 'unaccounted', 'disappeared'] },
  { outcome: 'displaced', words: ['displaced', 'homeless', 'fled', 'evacuated', 'uprooted'] },
];

/** How far from the number the outcome word may stand, in words. */
export const OUTCOME_WINDOW = 6;
