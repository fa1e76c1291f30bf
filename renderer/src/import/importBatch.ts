import type { ImportOutcome } from '../../../shared/api/types';
import { isCslSidecar, sidecarStem } from '../../../shared/import/cslSidecar';
import { isImportable, sizeLimitReason } from '../../../shared/import/formats';
import { highlightsLine, marksLine, projectLine } from './outcomeWords';
import { t } from '../i18n/i18n';
import { asideText, importLineText, wordingText } from '../i18n/wordingText';
import type { Wording } from '../../../shared/text/wording';

/** What is sent in one request: a file, and the NAME.csl.json that is its metadata. */
export type ImportGroup = { files: File[] } | { refused: ImportOutcome };

/** Relative path inside a chosen folder, or the file's name. */
function pathOf(file: File): string {
  return file.webkitRelativePath || file.name;
}

/**
 * A batch as the importer sends it: hidden files and files of other kinds in a chosen folder
 * left out, a metadata file sent with its text, files over the size limit refused before they
 * are read (so a huge file never fills the window's memory).
 */
export function importGroups(files: readonly File[], fromFolder: boolean): ImportGroup[] {
  const wanted = files.filter(
    (f) =>
      !fromFolder ||
      (!pathOf(f)
        .split('/')
        .some((part) => part.startsWith('.')) &&
        isImportable(f.name)),
  );
  const sidecars = new Map(
    wanted.filter((f) => isCslSidecar(f.name)).map((f) => [sidecarStem(pathOf(f)), f]),
  );
  const groups: ImportGroup[] = [];
  for (const file of wanted.filter((f) => !isCslSidecar(f.name))) {
    const tooLarge = sizeLimitReason(file.name, file.size);
    if (tooLarge) {
      groups.push({
        refused: {
          file: file.name,
          status: 'failed',
          reason: notImported(file.name, tooLarge),
          why: tooLarge,
        },
      });
      continue;
    }
    const key = pathOf(file).replace(/\.[^./]+$/, '');
    const sidecar = sidecars.get(key);
    if (sidecar) sidecars.delete(key);
    groups.push({ files: sidecar ? [file, sidecar] : [file] });
  }
  for (const lone of sidecars.values()) groups.push({ files: [lone] });
  return groups;
}

export function summarise(outcomes: readonly ImportOutcome[], cancelled: boolean): string {
  const count = (status: ImportOutcome['status']) =>
    outcomes.filter((o) => o.status === status).length;
  const files = outcomes.length;
  const parts: string[] = [];
  if (count('metadata'))
    parts.push(t('{{count}} metadata files applied', { count: count('metadata') }));
  if (count('project')) parts.push(t('{{count}} projects read', { count: count('project') }));
  if (count('highlights'))
    parts.push(t('{{count}} files of highlights read', { count: count('highlights') }));
  if (count('duplicate'))
    parts.push(t('{{count}} already in the library', { count: count('duplicate') }));
  if (count('failed')) parts.push(t('{{count}} failed', { count: count('failed') }));
  // "Imported 0 of 1 file" says nothing when the one file was a bibliography or highlights.
  const others = files - count('failed') - count('imported');
  if (count('imported') || !others)
    parts.unshift(
      t('Imported {{imported}} of {{count}} files', { imported: count('imported'), count: files }),
    );
  const sentence = parts.join(', ');
  return `${cancelled ? `${t('Cancelled.')} ` : ''}${asSentence(sentence)}.`;
}

/** A line said after a full stop begins with a capital, in any language. */
const asSentence = (line: string) => `${line.charAt(0).toLocaleUpperCase()}${line.slice(1)}`;

/** A file refused, with the reason in the window's language. */
function notImported(file: string, why: Wording): string {
  return t('{{file}} was not imported: {{reason}}.', { file, reason: wordingText(why) });
}

/** One line of the report for a file. */
export function describeOutcome(outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'imported':
      return `${t('{{file}}: imported as “{{title}}”', { file: outcome.file, title: outcome.source.title })}${outcome.commentIds?.length ? ` ${t('with {{count}} comments', { count: outcome.commentIds.length })}` : ''}${outcome.marks ? `; ${marksLine(t, outcome.marks)}` : ''}${outcome.warnings?.length ? ` — ${outcome.warnings.map(importLineText).join('; ')}` : ''}`;
    case 'duplicate':
      return `${t('{{file}} is already in the library as “{{title}}”', { file: outcome.file, title: outcome.title })}${outcome.marks ? `; ${marksLine(t, outcome.marks)}` : ''}.`;
    case 'metadata':
      return `${outcome.file}: ${t('{{count}} sources updated', { count: outcome.updated.length })}, ${t('{{count}} references added', { count: outcome.created.length })}.${[...(outcome.setAside ?? []), ...(outcome.warnings ?? [])].map((line) => ` ${asSentence(importLineText(line))}.`).join('')}`;
    case 'project':
      return projectLine(t, outcome);
    case 'highlights':
      // Each quote that found no place is named: a writer must see it to trust none was lost.
      return [highlightsLine(t, outcome), ...outcome.notPlaced.map(asideText)].join(' ');
    case 'failed':
      return outcome.why ? notImported(outcome.file, outcome.why) : outcome.reason;
  }
}
