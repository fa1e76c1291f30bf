import type { ImportOutcome } from '../../../shared/api/types';
import { isCslSidecar, sidecarStem } from '../../../shared/import/cslSidecar';
import { isImportable, sizeLimitReason } from '../../../shared/import/formats';
import { projectSummary } from '../../../shared/interchange/projectSummary';
import { highlightsSummary, marksSummary } from '../../../shared/annotations/highlightsSummary';

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
          reason: `${file.name} was not imported: ${tooLarge}.`,
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
    parts.push(`${count('metadata')} metadata file${count('metadata') === 1 ? '' : 's'} applied`);
  if (count('project'))
    parts.push(`${count('project')} project${count('project') === 1 ? '' : 's'} read`);
  if (count('highlights'))
    parts.push(
      `${count('highlights')} file${count('highlights') === 1 ? '' : 's'} of highlights read`,
    );
  if (count('duplicate')) parts.push(`${count('duplicate')} already in the library`);
  if (count('failed')) parts.push(`${count('failed')} failed`);
  // "Imported 0 of 1 file" says nothing when the one file was a bibliography or highlights.
  const others = files - count('failed') - count('imported');
  if (count('imported') || !others)
    parts.unshift(`Imported ${count('imported')} of ${files} file${files === 1 ? '' : 's'}`);
  const sentence = parts.join(', ');
  return `${cancelled ? 'Cancelled. ' : ''}${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

/** One line of the report for a file. */
export function describeOutcome(outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'imported':
      return `${outcome.file}: imported as “${outcome.source.title}”${outcome.commentIds?.length ? ` with ${outcome.commentIds.length} comment${outcome.commentIds.length === 1 ? '' : 's'}` : ''}${outcome.marks ? `; ${marksSummary(outcome.marks)}` : ''}${outcome.warnings?.length ? ` — ${outcome.warnings.join('; ')}` : ''}`;
    case 'duplicate':
      return `${outcome.file} is already in the library as “${outcome.title}”${outcome.marks ? `; ${marksSummary(outcome.marks)}` : ''}.`;
    case 'metadata':
      return `${outcome.file}: ${outcome.updated.length} source${outcome.updated.length === 1 ? '' : 's'} updated, ${outcome.created.length} reference${outcome.created.length === 1 ? '' : 's'} added.${[...(outcome.setAside ?? []), ...(outcome.warnings ?? [])].map((line) => ` ${line}.`).join('')}`;
    case 'project':
      return projectSummary(outcome);
    case 'highlights':
      // Each quote that found no place is named: a writer must see it to trust none was lost.
      return [highlightsSummary(outcome), ...outcome.notPlaced].join(' ');
    case 'failed':
      return outcome.reason;
  }
}
