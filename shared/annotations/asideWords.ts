import { sayings } from '../text/wording';

/**
 * What a file of another reader's highlights left out, and the quotes that found no place: the
 * English sentences the CLI prints and the import's report carries, written from these texts so
 * the window can read them back and word them (readAside).
 */
export const ASIDE_TEXTS = [
  'A clipping could not be read: {{detail}}.',
  '“{{head}}” has no line saying what it is',
  '1 bookmark: a bookmark marks no words.',
  '{{count}} bookmarks: a bookmark marks no words.',
  "1 empty highlight: Kindle keeps no words for a highlighted image, or past the publisher's clipping limit.",
  "{{count}} empty highlights: Kindle keeps no words for a highlighted image, or past the publisher's clipping limit.",
  '1 highlight the writer later widened: kept once, as the wider one.',
  '{{count}} highlights the writer later widened: kept once, as the wider one.',
  '1 reply in a thread: a reply quotes no words.',
  '{{count}} replies in a thread: a reply quotes no words.',
  "1 annotation not in Hypothesis's shape, not read.",
  "{{count}} annotations not in Hypothesis's shape, not read.",
  '{{name}} could not be read: {{detail}}.',
  '{{name}}: not a list of saved items as Omnivore wrote them.',
  "1 saved item without highlights (their pages are in the export's content folder; import those you want as articles).",
  "{{count}} saved items without highlights (their pages are in the export's content folder; import those you want as articles).",
  '1 file of highlights whose item is in no list of the export.',
  '{{count}} files of highlights whose item is in no list of the export.',
  '1 empty highlight.',
  '{{count}} empty highlights.',
  '1 row without a highlight or a title.',
  '{{count}} rows without a highlight or a title.',
  '1 row the CSV reader could not split.',
  '{{count}} rows the CSV reader could not split.',
  '{{quote}} in “{{title}}”: {{reason}}.',
  'A note on “{{title}}”, which the library does not hold: {{note}}',
  'its text could not be read',
  'its words are in a line import left out as site furniture; put the line back to place it',
  'its words are not in the text',
] as const;

export type AsideText = (typeof ASIDE_TEXTS)[number];

const spoken = sayings(ASIDE_TEXTS, { count: '\\d+' });

/** A line of what was left out, as the import says it (English). */
export const aside = spoken.say;

/** The one text or the other, by a count. */
export const countedAside = spoken.sayCounted;

/** A line read back into its text and values; null for one of no known shape. */
export const readAside = spoken.read;
