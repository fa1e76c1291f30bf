import { sayings } from '../text/wording';

/**
 * What an import tells beside the source it made (broken bytes, lines of the site left out, a
 * chapter missing): English sentences, as the CLI prints them and the outcome carries them,
 * written from these texts so the window can read them back and word them (readWarning).
 */
export const WARNING_TEXTS = [
  'parts of the document could not be read ({{detail}})',
  '1 byte sequence was not valid UTF-8 and shows as �',
  '{{count}} byte sequences were not valid UTF-8 and show as �',
  'read as Windows-1251 (Cyrillic): the file is not UTF-8',
  'read as Windows-1252 (Western): the file is not UTF-8',
  'the front matter is nested {{depth}} levels deep, more than the {{limit}} Dossier follows, and was left out',
  'the front matter is not valid YAML and was left out ({{detail}})',
  'no article text was found in the page',
  '1 line of the site left in the article (picture credits and counters, stamps, menus) removed; they are kept with the source and listed in its details',
  '{{count}} lines of the site left in the article (picture credits and counters, stamps, menus) removed; they are kept with the source and listed in its details',
  '1 line of site furniture (menus, buttons, links) removed; they are kept with the source and listed in its details',
  '{{count}} lines of site furniture (menus, buttons, links) removed; they are kept with the source and listed in its details',
  '1 line under the headline ({{lines}}) read as its credits, not as paragraphs; they are kept with the source and listed in its details',
  '{{count}} lines under the headline ({{lines}}) read as its credits, not as paragraphs; they are kept with the source and listed in its details',
  '{{path}}, listed in its reading order, is not in the book; left out',
  '{{path}} could not be read ({{detail}}); left out',
  'the page gives “{{value}}” as its date, which no publication can have; it was not taken',
  'it looks like another copy of “{{title}}” ({{share}} % of its paragraphs are the same); both are kept',
] as const;

export type WarningText = (typeof WARNING_TEXTS)[number];

const spoken = sayings(WARNING_TEXTS, { count: '\\d+' });

/** A warning as the import says it (English). */
export const warning = spoken.say;

/** The one text or the other, by a count: "1 line …" or "12 lines …". */
export const countedWarning = spoken.sayCounted;

/** A warning read back into its text and values; null for one of no known shape. */
export const readWarning = spoken.read;
