import { statSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { ArchiveError } from '../../../shared/api/errors';
import { errorWords } from '../../../shared/api/errorWords';
import { sqlite } from './sqliteModule';

/** A disk that cannot take the write, said as the lock says it; other errors as they are. */
export function writeError(error: unknown, dir: string): unknown {
  const code = (error as { errcode?: number }).errcode;
  // SQLITE_FULL, and SQLITE_IOERR, which a full disk gives while the WAL grows.
  if (
    code === 13 ||
    (code !== undefined && (code & 0xff) === 10 && /full|space/i.test(String(error)))
  )
    return new ArchiveError(
      'DISK_FULL',
      errorWords(
        'Dossier cannot write to {{folder}} (the disk is full), so nothing was changed. Free some space and try again; commands that only read (list, show, search, cite) still work.',
        { folder: dir },
      ),
    );
  return error;
}

/**
 * A reader's connection that works where SQLite cannot make its shared-memory file (a full disk,
 * a folder this user may not write): when no other process has changes in the WAL, the file is
 * read as it stands (immutable), which needs no file beside it.
 */
export function readableOnAnyDisk(db: DatabaseSync, file: string): DatabaseSync {
  try {
    db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
    return db;
  } catch (error) {
    const code = ((error as { errcode?: number }).errcode ?? 0) & 0xff;
    // SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_FULL.
    if (![10, 14, 8, 13].includes(code)) throw error;
    const wal = statSync(`${file}-wal`, { throwIfNoEntry: false });
    if (wal && wal.size > 0) throw error;
    db.close();
    const url = pathToFileURL(file);
    url.searchParams.set('immutable', '1');
    return new (sqlite().DatabaseSync)(url, { readOnly: true });
  }
}

/**
 * Runs `work` in one transaction: committed whole, or rolled back and its error thrown. A failed
 * commit that SQLite rolled back itself (a full disk does that) throws its own error, not the
 * rollback's "no transaction is active".
 */
export function inTransaction(
  db: DatabaseSync,
  work: () => void,
  begin: 'BEGIN' | 'BEGIN IMMEDIATE' = 'BEGIN',
): void {
  db.exec(begin);
  try {
    work();
    db.exec('COMMIT');
  } catch (error) {
    try {
      db.exec('ROLLBACK');
    } catch {
      // Already rolled back by SQLite itself.
    }
    throw error;
  }
}
