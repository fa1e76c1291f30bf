import { readFile, rename, stat } from 'node:fs/promises';
import { ArchiveError } from '../../../shared/api/errors';
import { readBackup, takeBackup } from './backups';
import { libraryFromJson, retireLegacyFiles } from './legacyLibraryFile';
import { acquireLibraryLock } from './libraryLock';
import type { LibraryFiles } from './libraryPaths';
import { quarantineRecords } from './quarantine';
import { RecordDatabase } from './recordDatabase';
import { libraryFromRows } from './storedLibrary';

const stampOf = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/**
 * The library as it stands, as JSON for a backup: from library.db, or from library.json where
 * the library has not moved into a database yet. Null when neither holds one.
 */
async function currentLibrary(files: LibraryFiles): Promise<string | null> {
  if (await stat(files.database).catch(() => null)) {
    const database = RecordDatabase.open(files.database, files.dir, { readOnly: false });
    try {
      if (database.complete()) return JSON.stringify(libraryFromRows(database.readAll()).doc);
    } finally {
      database.close();
    }
  }
  return readFile(files.document, 'utf8').catch(() => null);
}

/**
 * Brings back a backup, with the library closed (it may be one that no longer opens). Nothing is
 * lost on the way: the library as it was becomes a backup itself (a database that cannot be read
 * at all is moved aside whole), and a journal of changes to an older library.json is moved
 * aside, not replayed onto the older copy. The backup replaces every row in one transaction.
 */
export async function restoreBackup(
  files: LibraryFiles,
  name: string,
  now: Date,
): Promise<{ replacedKeptAs: string | null; journalKeptAs: string | null }> {
  const lock = acquireLibraryLock(files.lock, files.dir);
  try {
    const bytes = await readBackup(files, name);
    let restored;
    try {
      restored = libraryFromJson(files, name, bytes.toString('utf8'));
    } catch (error) {
      throw new ArchiveError(
        'LIBRARY_UNREADABLE',
        `The backup ${name} cannot be read either (${(error as Error).message}); choose another.`,
      );
    }
    let replacedKeptAs: string | null = null;
    let current: string | null = null;
    try {
      current = await currentLibrary(files);
    } catch {
      // Unreadable even to SQLite: kept whole beside the library, as it was.
      replacedKeptAs = `library.db.before-restore-${stampOf(now)}`;
      await rename(files.database, `${files.dir}/${replacedKeptAs}`);
      for (const end of ['-wal', '-shm'])
        await rename(`${files.database}${end}`, `${files.dir}/${replacedKeptAs}${end}`).catch(
          () => {},
        );
    }
    if (current !== null) {
      const kept = await takeBackup(files, now, 'restore', current);
      replacedKeptAs = `backups/${kept}`;
    }
    let journalKeptAs: string | null = null;
    const journal = await stat(files.journal).catch(() => null);
    if (journal && journal.size > 0) {
      journalKeptAs = `library.journal.before-restore-${stampOf(now)}`;
      await rename(files.journal, `${files.dir}/${journalKeptAs}`);
    }
    await quarantineRecords(files, restored.setAside, now, true);
    const database = RecordDatabase.open(files.database, files.dir, { readOnly: false });
    try {
      database.replaceAll(restored.doc);
    } finally {
      database.close();
    }
    await retireLegacyFiles(files);
    return { replacedKeptAs, journalKeptAs };
  } finally {
    lock.release();
  }
}
