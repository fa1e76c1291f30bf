import { copyFile, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
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

/** Stored JSON must not be able to reach Object.prototype. */
function parseWithoutProto(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (key === '__proto__' ? undefined : value));
}

function unreadable(files: LibraryFiles, why: string): ArchiveError {
  return new ArchiveError(
    'LIBRARY_UNREADABLE',
    `library.json in ${files.dir} cannot be read (${why}). It was left as it is; earlier copies are in ${files.backups}.`,
  );
}

/** Keeps a copy of library.json as it was when opened, unless the newest copy already is one. */
async function backUp(files: LibraryFiles, current: string, now: Date): Promise<void> {
  await mkdir(files.backups, { recursive: true });
  const kept = (await readdir(files.backups)).filter((f) => f.startsWith('library-')).sort();
  const newest = kept[kept.length - 1];
  if (newest && (await readFile(join(files.backups, newest), 'utf8')) === current) return;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  await copyFile(files.document, join(files.backups, `library-${stamp}.json`));
  kept.push(`library-${stamp}.json`);
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
    const db = new Low<LibraryDocument>(
      new DataFile<LibraryDocument>(files.document, {
        parse: (text) => parseWithoutProto(text) as unknown as LibraryDocument,
        stringify: (data) => JSON.stringify(data),
      }),
      emptyLibrary(now),
    );
    const text = await readFile(files.document, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw unreadable(files, error.message);
    });
    if (text === null) {
      await db.write();
      return new LibraryStore(db);
    }
    let raw: unknown;
    try {
      raw = parseWithoutProto(text);
    } catch (error) {
      throw unreadable(files, (error as Error).message);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw unreadable(files, 'it does not hold a Dossier library');
    }
    await backUp(files, text, now);
    try {
      db.data = migrateLibrary(raw as Record<string, unknown>);
    } catch (error) {
      const code = error instanceof NewerLibraryError ? 'LIBRARY_UNREADABLE' : 'INTERNAL';
      throw new ArchiveError(code, (error as Error).message);
    }
    if (needsMigration(raw as Record<string, unknown>)) await db.write();
    return new LibraryStore(db);
  }

  get doc(): Readonly<LibraryDocument> {
    return this.db.data;
  }

  /** Resolves once every update asked for so far has been written or has failed. */
  idle(): Promise<void> {
    return this.queue.then(() => {});
  }

  /** Applies a change and writes it; answers the library as it was and as it became. */
  update(
    change: (doc: Readonly<LibraryDocument>) => LibraryDocument,
  ): Promise<{ before: LibraryDocument; after: LibraryDocument }> {
    const run = async () => {
      const before = this.db.data;
      const after = change(before);
      this.db.data = after;
      try {
        await this.db.write();
      } catch (error) {
        this.db.data = before;
        throw error;
      }
      return { before, after };
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => {});
    return next;
  }
}
