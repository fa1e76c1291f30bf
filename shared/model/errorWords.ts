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
  'Agreement needs two writers in this library: a shared library’s, or the coders of a project taken in.',
  'This library is not shared.',
  'There is no conflict {{number}}.',
  'That conflict has {{count}} values.',
  'That value cannot be kept: {{reason}}.',
  'A {{format}} file kept up to date must end in {{ending}}: {{path}}.',
  'There is no folder {{folder}}.',
  'Not kept up to date: {{why}}.',
  '{{path}} cannot be written: {{why}}.',
  '{{path}} is not a file Dossier keeps up to date.',
  '“{{title}}” is a comment; re-read its article instead.',
  '“{{title}}” is made of the passages you highlighted in {{file}}; import the export again to add the ones made since.',
  '“{{title}}” is a reference with no text to re-read.',
  'The original of “{{title}}” (originals/{{file}}) is missing from {{folder}}.',
  '{{file}} cannot be read again: {{reason}}.',
  '{{file}}: no theme could be read ({{why}}).',
  '{{file}} cannot be used as a citation style: {{why}}',
  'No passage {{passage}} in “{{title}}”.',
  'The draft was not read: {{why}}.',
  'That browser is not paired with this library.',
  'The text of “{{title}}” (texts/{{file}}) is missing from {{folder}} or does not hold what its name says. Run dossier check --repair to make it again from its original or a backup, or import the source again.',
  'That file is not a CSL style (it has no <style> element).',
  '{{file}} cannot be read ({{why}}); fix or remove it before changing the kept files.',
  '{{file}} cannot be read ({{why}}); fix or remove it before changing the rules.',
  "That value of the rules' {{field}} cannot be used: {{why}}.",
  'The sync server refused this library’s code: it is not one the library was shared with, or the sharer has replaced it. Ask the sharer for a current code (dossier sync codes) and give it here with dossier sync join SERVER CODE.',
  'The sync server takes a new library only with its registration token: share with the address dossier sync serve printed (ws://HOST:PORT/?register=…).',
  'The sync server answered {{status}}.',
  'The sync server cannot be reached: {{why}}.',
  "The sync server refused this replica's changes ({{why}}). Nothing was sent and this library is as it was.",
  "The sync server refused this replica's changes ({{why}}). Nothing was sent and this library is as it was; move its sync folder aside and join again with the share code.",
  'The sharer replaced the code this library syncs with while it synced: ask them for a current code and give it here with dossier sync join SERVER CODE.',
  'The sync server closed the connection before the sync finished: {{why}}.',
  'The sync server closed the connection before the sync finished.',
  "The sync server sent what this replica's document cannot take ({{why}}). Nothing was changed here.",
  'A join of a shared library was cut short here: run the same dossier sync join again to finish it. Nothing of the shared library was changed.',
  '{{file}} is missing: this replica cannot sync without its copy of the shared document. Move the sync folder aside (for example to sync.damaged) and join again with the share code.',
  '{{file}} is damaged ({{why}}). The library itself is as it was. To sync again, move the sync folder aside (for example to sync.damaged) and join again with the share code, or share the library again if you shared it.',
] as const;

export type ErrorText = (typeof ERROR_TEXTS)[number];

/** An error's message with its values (every placeholder given, nothing else). */
export function errorWords(
  text: ErrorText,
  values: Record<string, string | Wording> = {},
): Wording {
  return worded(text, values);
}
