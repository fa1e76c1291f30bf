import { sayings } from '../text/wording';

/**
 * What taking in a REFI-QDA project set aside and noted, and where, and what writing one left out: the English sentences the
 * CLI prints and the report carries, written from these texts so the window can read them back
 * and word them (readProjectWords). The codebook inside a project says its own
 * (shared/themes/codebookWords.ts), a source's record its own (shared/model/recordWords.ts).
 */
export const PROJECT_TEXTS = [
  '“{{name}}”',
  'a selection in “{{name}}”',
  'its text {{path}} is not inside the project',
  'it has no plain text (only a rich-text file Dossier does not read yet)',
  'its positions {{start}}–{{end}} are not inside the text',
  'it is a {{kind}} source; Dossier holds texts',
  "1 coding named a code the project's codebook does not have; the highlight was kept without that theme.",
  "{{count}} codings named a code the project's codebook does not have; the highlight was kept without that theme.",
  '1 link between sources not read: Dossier links only comments to their article.',
  '{{count}} links between sources not read: Dossier links only comments to their article.',
  '1 coding of whole sources not read: Dossier tags passages.',
  '{{count}} codings of whole sources not read: Dossier tags passages.',
  '{{where}}: {{reason}}',
  '“{{title}}” was left out: its text is missing from the library.',
  'A highlight in “{{title}}” (“{{quote}}”) was left out: its words are no longer in the text.',
] as const;

export type ProjectText = (typeof PROJECT_TEXTS)[number];

const spoken = sayings(PROJECT_TEXTS, { count: '\\d+' });

/** A place, reason or note as the project's reader says it (English). */
export const projectWords = spoken.say;

/** The one text or the other, by a count. */
export const countedProjectWords = spoken.sayCounted;

/** A place, reason or note read back; null for one of no known shape. */
export const readProjectWords = spoken.read;
