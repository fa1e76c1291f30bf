import { inEnglish, worded, type Wording } from '../text/wording';

/**
 * What each undoable command is called, in English with {{placeholders}} for the names it
 * carries (a theme's, a file's, a source's title). The window shows a label in its own language:
 * the English text is the key of its catalogue and the values are put in by i18next. The CLI,
 * the logs and the tests read the English (see labelText).
 */
export const COMMAND_LABELS = [
  'Tag as {{themes}}',
  'Add theme {{name}}',
  'Edit theme {{name}}',
  'Merge {{from}} into {{into}}',
  'Delete theme {{name}}',
  'Change highlight themes',
  'Edit highlight note',
  'Delete highlight',
  'Dismiss {{theme}} suggestion',
  'Start with the four general themes',
  'Start with an empty codebook',
  'Read codebook {{file}}',
  'Add cue pack {{pack}}',
  'Import project {{file}}',
  'Import highlights from {{file}}',
  'Import {{file}}',
  'Import “{{title}}”',
  'Re-read “{{title}}”',
  'Edit source note',
  'Edit details of “{{title}}”',
  'Refresh the key of “{{title}}”',
  'Save brief “{{title}}”',
  'Delete brief “{{title}}”',
  'Save collection “{{name}}”',
  'Delete collection “{{name}}”',
  'Mend references to records that are gone',
  'the changes another writer’s sync brought',
] as const;

export type CommandLabelText = (typeof COMMAND_LABELS)[number];

/** A command's label: which one, and the names it carries. */
export type CommandLabel = Wording<CommandLabelText>;

/** A label with its values (every placeholder given, nothing else). */
export function commandLabel(
  text: CommandLabelText,
  values: Record<string, string> = {},
): CommandLabel {
  return worded(text, values);
}

/** The label in English, its values put in. */
export const labelText: (label: CommandLabel) => string = inEnglish;
