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
export interface CommandLabel {
  text: CommandLabelText;
  values: Record<string, string>;
}

/** The placeholders a label's text names, in order. */
export function labelPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]!);
}

/**
 * A label with its values. Every placeholder must be given and nothing else, so a label can
 * never reach the window with a hole in it.
 */
export function commandLabel(
  text: CommandLabelText,
  values: Record<string, string> = {},
): CommandLabel {
  const wanted = labelPlaceholders(text);
  const given = Object.keys(values);
  if (wanted.length !== given.length || wanted.some((name) => !given.includes(name)))
    throw new Error(`The label "${text}" takes ${wanted.join(', ') || 'no values'}.`);
  return { text, values };
}

/** The label in English, its values put in. */
export function labelText(label: CommandLabel): string {
  return label.text.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => label.values[name] ?? '');
}
