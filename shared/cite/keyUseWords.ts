import { sayings } from '../text/wording';

/**
 * What a citation key was used for, as a source's record keeps it: English sentences (the CLI
 * shows them as they are, and libraries made before keep theirs), written from these texts and
 * read back into them, so the window can word a use in its own language.
 */
export const KEY_USE_TEXTS = [
  'exported as {{format}} on {{date}}',
  'cited in “{{title}}” on {{date}}',
  'cited in a Word draft on {{date}}',
  'copied as [@{{key}}] on {{date}}',
  'kept in {{path}}',
] as const;

export type KeyUseText = (typeof KEY_USE_TEXTS)[number];

const spoken = sayings(KEY_USE_TEXTS, { date: '\\d{4}-\\d{2}-\\d{2}' });

/** A use as the record keeps it. */
export const keyUse = spoken.say;

/** A kept use read back into its text and values; null for one of no known shape. */
export const readKeyUse = spoken.read;
