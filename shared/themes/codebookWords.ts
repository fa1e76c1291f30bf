import { sayings } from '../text/wording';

/**
 * What reading a codebook file (CSV or REFI-QDA) set aside and noted, and where: the English
 * sentences the CLI prints and the report carries, written from these texts so the window can
 * read them back and word them (readCodebookWords). A CSV reader's own message comes in as a
 * reason of its own and stays as it said it.
 */
export const CODEBOOK_TEXTS = [
  'the file',
  'the header',
  'row {{row}}',
  'code {{number}} of the codebook',
  'code {{number}} under “{{parent}}”',
  'there is no “name” column',
  'it has no name',
  '“{{value}}” is not a colour; none was set',
  'it is not well-formed XML: {{detail}}',
  'it is not a REFI-QDA codebook (no CodeBook element)',
  'Columns not read: {{columns}}.',
  '“{{theme}}” names a parent “{{parent}}” the file does not have; it is a top-level theme.',
  '“{{theme}}” was nested inside itself; it is a top-level theme.',
  '1 code set not read: Dossier has no sets of themes.',
  '{{count}} code sets not read: Dossier has no sets of themes.',
  '1 code was not codable in the other tool; in Dossier every theme can tag.',
  '{{count}} codes were not codable in the other tool; in Dossier every theme can tag.',
  'the file is empty',
  '{{where}}: {{reason}}',
  '{{first}}; {{rest}}',
] as const;

export type CodebookText = (typeof CODEBOOK_TEXTS)[number];

// A list of reasons is only ever sent as a wording, never said as a sentence to be read back;
// read back, it would split any sentence with a semicolon.
const spoken = sayings(
  CODEBOOK_TEXTS.filter((text) => text !== '{{first}}; {{rest}}'),
  { count: '\\d+', row: '\\d+', number: '\\d+' },
);

/** A place, reason or note as the reader says it (English). */
export const codebookWords = spoken.say;

/** The one text or the other, by a count. */
export const countedCodebookWords = spoken.sayCounted;

/** A place, reason or note read back; null for one of no known shape. */
export const readCodebookWords = spoken.read;
