import { worded, type Wording } from '../text/wording';

/**
 * Errors a writer meets in the window, as it words them in its own language (see
 * text/wording.ts). Others keep the English the service writes.
 */
export const ERROR_TEXTS = [
  'Select some words to highlight.',
  'A highlight needs at least one theme.',
  'The selection {{start}}–{{end}} is not inside the source’s text.',
  'A theme needs a name.',
  'There is already a theme named “{{name}}”.',
  'A theme cannot be merged into itself.',
  'A theme cannot be nested inside itself.',
  'No theme with id {{id}} in the codebook.',
  'No highlight with id {{id}}.',
  'No source with id or citation key {{id}} in this library.',
  'This style has no bibliography.',
  'This library is open for reading only, so nothing was changed: another Dossier is writing it',
  'This library is open for reading only, so nothing was changed: {{why}}',
  'Dossier cannot write to {{folder}} (the disk is full), so nothing was changed. Free some space and try again; commands that only read (list, show, search, cite) still work.',
  'The disk is full, so {{operation}} could not finish; what was saved before stays saved. Free some space and try again.',
  'Dossier hit an unexpected error while running {{operation}}; the details are in its log.',
] as const;

export type ErrorText = (typeof ERROR_TEXTS)[number];

/** An error's message with its values (every placeholder given, nothing else). */
export function errorWords(text: ErrorText, values: Record<string, string> = {}): Wording {
  return worded(text, values);
}
