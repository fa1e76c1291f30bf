import { sayings } from '../text/wording';

/**
 * What reading a file of references (BibTeX, RIS, CSL-JSON) set aside and noted, each record
 * named as a writer would find it in the file: English sentences the CLI prints and the import's
 * report carries, written from these texts so the window can read them back and word them
 * (readReferenceWords). A parser's own message comes in as a reason and stays as it said it.
 */
export const REFERENCE_TEXTS = [
  'entry {{key}} (line {{line}})',
  'record {{number}} (line {{line}})',
  'record {{number}} “{{title}}” (line {{line}})',
  'record {{number}}',
  'record {{number}} ({{id}})',
  'record {{number}} ({{id}} “{{title}}”)',
  'record {{number}} (“{{title}}”)',
  '{{label}} was set aside: {{reason}}',
  'its braces never close',
  'its braces are nested {{depth}} deep, more than the {{limit}} Dossier follows',
  '{{label}} is a set of entries, not a work: its members are imported on their own',
  '{{label}} is a set of entries ({{members}}), not a work: its members are imported on their own',
  '{{label}}: its Dossier record could not be read, so its visible fields were used',
  '{{label}} was edited outside Dossier; its {{fields}} were taken from the file',
  '{{label}}: {{repair}}',
] as const;

export type ReferenceText = (typeof REFERENCE_TEXTS)[number];

const spoken = sayings(REFERENCE_TEXTS, { number: '\\d+', line: '\\d+' });

/** A record's name, or what became of it, as the import says it (English). */
export const referenceWords = spoken.say;

/** A line read back into its text and values; null for one of no known shape. A record's name, and a repair or reason (the record check's, shared/model/recordWords.ts), are values the window reads in turn. */
export const readReferenceWords = spoken.read;
