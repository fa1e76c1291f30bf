/**
 * The rules that find figures in quoted passages, as data: what a number looks like, the words
 * that qualify it, and what it counts, told by a word near it in the same sentence. A writer
 * can read these and know why a row is in the table; nothing is guessed beyond them.
 */

/** "about", "close to", "more than": kept with the number, as the source wrote it. */
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
  'at least',
  'up to',
  'some',
  'an estimated',
  'as many as',
  'fewer than',
  'less than',
] as const;

/** Number words, with the value they stand for (null: vague, like "several hundred"). */
export const numberWords: Record<string, number | null> = {
  'tens of thousands': null,
  'several thousand': null,
  'several hundred': null,
  'a few hundred': null,
  hundreds: null,
  thousands: null,
  dozens: null,
  'a dozen': 12,
  dozen: 12,
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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  'a hundred': 100,
  'a thousand': 1000,
  thousand: 1000,
};

/**
 * What a figure counts, by the words that say so. What happened to people (killed, injured,
 * arrested) wins over who they were ("16 oil workers were shot dead" counts the killed); among
 * words of the same kind, the nearest to the number wins.
 */
export const countRules: { counts: string; kind: 'outcome' | 'who'; words: RegExp }[] = [
  {
    counts: 'killed',
    kind: 'outcome',
    words: /^(killed|dead|deaths?|died|lives|fatalities|bodies|shot dead)$/i,
  },
  {
    counts: 'injured',
    kind: 'outcome',
    words: /^(injured|wounded|hurt|hospitali[sz]ed|injuries)$/i,
  },
  {
    counts: 'arrested',
    kind: 'outcome',
    words: /^(arrested|detained|detentions?|arrests?|custody|prisoners)$/i,
  },
  {
    counts: 'troops',
    kind: 'who',
    words:
      /^(troops|soldiers|paratroopers|peacekeepers|servicemen|force|forces|contingent|personnel|police|officers)$/i,
  },
  {
    counts: 'workers',
    kind: 'who',
    words: /^(workers|employees|miners|strikers|laid|layoffs|dismissed|jobs)$/i,
  },
  {
    counts: 'protesters',
    kind: 'who',
    words: /^(protesters|protestors|demonstrators|rallied|marchers)$/i,
  },
];

/** How far from the number the word that says what it counts may stand. */
export const WORDS_AFTER = 5;
export const WORDS_BEFORE = 7;
