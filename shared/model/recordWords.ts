import { sayings } from '../text/wording';

/**
 * Why a record read from disk or from another tool's file was set aside, and what was repaired
 * in it: English sentences the CLI prints and the library keeps, written from these texts so the
 * window can read them back and word them (readRecordWords): a record set aside at open, a line
 * of the journal that could not be replayed. A schema's or parser's own words ("title: Invalid
 * input") come in as {{detail}} and stay as they said them.
 */
export const RECORD_TEXTS = [
  'its details: {{detail}}',
  'it is not a CSL-JSON item (an object)',
  'it is not a usable CSL-JSON item ({{detail}})',
  '{{field}} was text; kept as one literal name',
  '{{field}} was one name, not a list',
  '{{field}} held names as text; each kept as a literal name',
  '{{field}} was text; kept as a raw date',
  '{{field}} was a number; read as a year',
  'title was a number',
  'its recorded paragraphs run past the end of its text',
  'it is not JSON ({{detail}})',
  'its id is not the id {{id}} it is stored under',
  'the line is not a change',
  'it changes unknown parts ({{parts}})',
  '{{collection}} is not a list',
  'a second record with the id {{id}}',
  'a change to {{collection}} is not [id, record]',
  '{{collection}} {{id}}: the record has another id',
  '{{collection}} {{id}}: {{reason}}',
] as const;

export type RecordText = (typeof RECORD_TEXTS)[number];

const spoken = sayings(RECORD_TEXTS, { collection: '[A-Za-z]+', id: '\\S+' });

/** A reason or repair as the check says it (English). */
export const recordWords = spoken.say;

/** A reason or repair read back into its text and values; null for one of no known shape. */
export const readRecordWords = spoken.read;
