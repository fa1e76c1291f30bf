import { copyFile, mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { ArchiveError } from '../../../shared/api/errors';
import { emptyLibrary, type LibraryDocument } from '../../../shared/model/libraryDocument';
import {
  migrateLibrary,
  needsMigration,
  NewerLibraryError,
} from '../../../shared/model/libraryMigrations';
import type { LibraryFiles } from './libraryPaths';

const BACKUPS_KEPT = 10;

/** Imported JSON must not be able to reach Object.prototype. */
function parseWithoutProto(text: string): Record<string, unknown> {
  return JSON.parse(text, (key, value: unknown) =>
    key === '__proto__' ? undefined : value,
  ) as Record<string, unknown>;
}

async function backUp(files: LibraryFiles, now: Date): Promise<void> {
  await mkdir(files.backups, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  await copyFile(files.document, join(files.backups, `library-${stamp}.json`));
  const kept = (await readdir(files.backups)).filter((f) => f.startsWith('library-')).sort();
  for (const old of kept.slice(0, -BACKUPS_KEPT)) await unlink(join(files.backups, old));
}

/**
 * library.json through lowdb. Changes are made to a new document and swapped in only once the
 * write has landed (lowdb writes through a temporary file and a rename), so a failed write
 * leaves both the file and the memory as they were.
 */
export class LibraryStore {
  /** Updates run one after another, so each one's rollback point is the state it changed. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Low<LibraryDocument>) {}

  static async open(files: LibraryFiles, now: Date): Promise<LibraryStore> {
    await mkdir(files.dir, { recursive: true });
    let raw: Record<string, unknown> | null;
    const file = new DataFile<Record<string, unknown> | null>(files.document, {
      parse: parseWithoutProto,
      stringify: (data) => JSON.stringify(data),
    });
    try {
      raw = await file.read();
    } catch (error) {
      throw new ArchiveError(
        'LIBRARY_UNREADABLE',
        `library.json in ${files.dir} cannot be read (${(error as Error).message}). It was left as it is; earlier copies are in ${files.backups}.`,
      );
    }
    const db = new Low<LibraryDocument>(
      file as unknown as DataFile<LibraryDocument>,
      emptyLibrary(now),
    );
    if (raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
      throw new ArchiveError(
        'LIBRARY_UNREADABLE',
        `library.json in ${files.dir} does not hold a Dossier library. It was left as it is.`,
      );
    }
    if (raw === null) {
      await db.write();
      return new LibraryStore(db);
    }
    await backUp(files, now);
    try {
      db.data = migrateLibrary(raw);
    } catch (error) {
      const code = error instanceof NewerLibraryError ? 'LIBRARY_UNREADABLE' : 'INTERNAL';
      throw new ArchiveError(code, (error as Error).message);
    }
    if (needsMigration(raw)) await db.write();
    return new LibraryStore(db);
  }

  get doc(): Readonly<LibraryDocument> {
    return this.db.data;
  }

  update(change: (doc: Readonly<LibraryDocument>) => LibraryDocument): Promise<void> {
    const run = async () => {
      const before = this.db.data;
      this.db.data = change(before);
      try {
        await this.db.write();
      } catch (error) {
        this.db.data = before;
        throw error;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => {});
    return next;
  }
}
