import { parseBoundedJson } from '../../../shared/import/boundedJson';
import { readFile, rename, stat } from 'node:fs/promises';
import { ArchiveError } from '../../../shared/api/errors';
import { readBackup, takeBackup } from './backups';
import { writeDurably } from './durableFile';
import { acquireLibraryLock } from './libraryLock';
import type { LibraryFiles } from './libraryPaths';

/**
 * Brings back a backup as library.json, with the library closed (it may be one that no longer
 * opens). Nothing is lost on the way: library.json as it was becomes a backup itself, and a
 * journal of changes made to it is moved aside, not replayed onto the older copy.
 */
export async function restoreBackup(
  files: LibraryFiles,
  name: string,
  now: Date,
): Promise<{ replacedKeptAs: string | null; journalKeptAs: string | null }> {
  const lock = acquireLibraryLock(files.lock, files.dir);
  try {
    const bytes = await readBackup(files, name);
    try {
      const doc = parseBoundedJson(bytes.toString('utf8'));
      if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new Error('not a library');
    } catch (error) {
      throw new ArchiveError(
        'LIBRARY_UNREADABLE',
        `The backup ${name} cannot be read either (${(error as Error).message}); choose another.`,
      );
    }
    const current = await readFile(files.document).catch(() => null);
    let replacedKeptAs: string | null = null;
    if (current) {
      const name = await takeBackup(files, now, 'restore');
      replacedKeptAs = name && `backups/${name}`;
    }
    let journalKeptAs: string | null = null;
    const journal = await stat(files.journal).catch(() => null);
    if (journal && journal.size > 0) {
      journalKeptAs = `library.journal.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
      await rename(files.journal, `${files.dir}/${journalKeptAs}`);
    }
    await writeDurably(files.document, bytes);
    return { replacedKeptAs, journalKeptAs };
  } finally {
    lock.release();
  }
}
