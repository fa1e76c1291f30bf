import { readFile, rename, stat, unlink } from 'node:fs/promises';
import { ArchiveError } from '../../../shared/api/errors';
import { applyPatch } from '../../../shared/history/changePatch';
import { fromJournalEntry } from '../../../shared/history/patchCodec';
import { parseBoundedJson } from '../../../shared/import/boundedJson';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import {
  migrateLibrary,
  needsMigration,
  NewerLibraryError,
} from '../../../shared/migrate/libraryMigrations';
import { checkLibraryDocument, type SetAsideRecord } from '../../../shared/model/libraryRecords';
import { LibraryJournal, type JournalReading } from './libraryJournal';
import type { LibraryFiles } from './libraryPaths';

/** An object with at least one of a library's own fields (a version 0 one may lack the rest). */
function holdsALibrary(raw: unknown): raw is Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  return ['schemaVersion', 'sources', 'createdAt', 'themes', 'highlights'].some((k) => k in raw);
}

export function unreadable(files: LibraryFiles, file: string, why: string): ArchiveError {
  return new ArchiveError(
    'LIBRARY_UNREADABLE',
    `${file} in ${files.dir} cannot be read (${why}). It was left as it is; list the copies in ${files.backups} with "dossier restore --list --library ${files.dir}" and bring one back with "dossier restore NAME".`,
  );
}

export interface CheckedLibrary {
  doc: LibraryDocument;
  setAside: SetAsideRecord[];
  repairs: string[];
  /** Whether the text was of an older format (migrated now). */
  migrated: boolean;
}

/**
 * A library's JSON (library.json, a backup) parsed, bounded in depth and unable to reach
 * Object.prototype, brought to the current format and checked record by record.
 */
export function libraryFromJson(files: LibraryFiles, file: string, text: string): CheckedLibrary {
  let raw: unknown;
  try {
    raw = parseBoundedJson(text);
  } catch (error) {
    throw unreadable(files, file, (error as Error).message);
  }
  if (!holdsALibrary(raw)) throw unreadable(files, file, 'it does not hold a Dossier library');
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateLibrary(raw);
  } catch (error) {
    const code = error instanceof NewerLibraryError ? 'LIBRARY_UNREADABLE' : 'INTERNAL';
    throw new ArchiveError(code, (error as Error).message);
  }
  const checked = checkLibraryDocument(migrated);
  return { ...checked, migrated: needsMigration(raw) };
}

/**
 * library.json and its journal as one state. Without the lock another process may rewrite
 * library.json and then empty the journal between the two reads: a new file (another inode)
 * after the journal was read means the pair may not match, and both are read again.
 */
async function readSnapshot(
  files: LibraryFiles,
  journal: LibraryJournal,
  readOnly: boolean,
): Promise<{ text: string | null; reading: JournalReading }> {
  const inode = () =>
    stat(files.document).then(
      (s) => s.ino,
      () => null,
    );
  for (let attempt = 0; ; attempt++) {
    const before = readOnly ? await inode() : null;
    const text = await readFile(files.document, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw unreadable(files, 'library.json', error.message);
    });
    const reading = await journal.read({ write: !readOnly });
    if (!readOnly || attempt >= 50 || (await inode()) === before) return { text, reading };
  }
}

export interface LegacyLibrary extends CheckedLibrary {
  /** library.json as it was, for the copy kept before it is moved into the database. */
  text: string;
  reading: JournalReading;
}

/**
 * A library as Dossier kept it before its database: library.json with the journal of changes
 * since it was last written whole, replayed. Null when there is no library.json.
 */
export async function readLegacyLibrary(
  files: LibraryFiles,
  now: Date,
  readOnly: boolean,
): Promise<LegacyLibrary | null> {
  const journal = new LibraryJournal(files.journal, files.journalDamaged, () => now);
  const { text, reading } = await readSnapshot(files, journal, readOnly);
  if (text === null) return null;
  const checked = libraryFromJson(files, 'library.json', text);
  const doc = reading.entries.reduce(
    (d, entry) => applyPatch(d, fromJournalEntry(entry), 'after'),
    checked.doc,
  );
  return { ...checked, doc, text, reading };
}

/**
 * Once the database holds the library, library.json is kept under a name no Dossier opens (the
 * copy in backups/ is the one to restore), and the journal and stamp, now replayed, go.
 */
export async function retireLegacyFiles(files: LibraryFiles): Promise<void> {
  await rename(files.document, files.beforeDatabase).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  for (const file of [files.journal, files.checked])
    await unlink(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
}
