import { readdir, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ArchiveError } from '../../../shared/api/errors';
import { listBackups } from './backups';
import type { LibraryFiles } from './libraryPaths';

const count = async (dir: string) =>
  (await readdir(dir).catch(() => [] as string[])).filter((n) => !n.startsWith('.')).length;

/**
 * What shows that a folder without library.db or library.json held a library: changes in an
 * older library's journal, texts, originals, backups, the library.json it was moved from, or the
 * stamp of one once written. Such a folder is never opened as a new, empty library.
 */
export async function libraryTraces(files: LibraryFiles): Promise<string[]> {
  const traces: string[] = [];
  const journal = await stat(files.journal).catch(() => null);
  if (journal && journal.size > 0)
    traces.push(`library.journal (${journal.size} bytes of changes)`);
  for (const folder of ['texts', 'originals', 'backups'] as const) {
    const n = await count(files[folder]);
    if (n > 0) traces.push(`${folder}/ (${n} file${n === 1 ? '' : 's'})`);
  }
  for (const file of [files.checked, files.beforeDatabase])
    if (await stat(file).catch(() => null)) traces.push(basename(file));
  return traces;
}

/** The refusal for a library whose records are gone: what is there and what to do. */
export async function missingDocument(
  files: LibraryFiles,
  traces: string[],
): Promise<ArchiveError> {
  const newest = (await listBackups(files)).at(-1);
  const next = newest
    ? `The newest backup is ${newest.name} (${newest.takenAt}): bring it back with "dossier restore ${newest.name} --library ${files.dir}"; what is left of the library now is kept beside it, not replayed onto the older copy.`
    : `There is no backup in ${files.backups}. Put library.db back from a copy of the folder, or, to start an empty library here, move the folder's contents elsewhere first.`;
  return new ArchiveError(
    'LIBRARY_UNREADABLE',
    `The library's records (library.db) are missing from ${files.dir}, but the folder holds a library: ${traces.join(', ')}. Nothing was changed. ${next}`,
  );
}
