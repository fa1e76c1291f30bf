import { copyFile, mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
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
import {
  applyPatch,
  diffLibraries,
  isEmptyPatch,
  type ChangePatch,
} from '../../../shared/history/changePatch';
import { fromJournalEntry, toJournalEntry } from '../../../shared/history/patchCodec';
import { LibraryJournal } from './libraryJournal';
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
  const newest = kept[kept.length - 1] && join(files.backups, kept[kept.length - 1]!);
  // Sizes first: reading a large newest copy only when it may be the same.
  if (newest && (await stat(newest)).size === Buffer.byteLength(current)) {
    if ((await readFile(newest, 'utf8')) === current) return;
  }
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  await copyFile(files.document, join(files.backups, `library-${stamp}.json`));
  kept.push(`library-${stamp}.json`);
  for (const old of kept.slice(0, -BACKUPS_KEPT)) await unlink(join(files.backups, old));
}

/** Journal lines after which library.json is rewritten even while the writer keeps working. */
const COMPACT_AFTER_ENTRIES = 2000;
const COMPACT_WHEN_IDLE_MS = 10_000;

/**
 * library.json through lowdb, with a journal of the changes since it was last written whole.
 * A change is made to a new document and swapped in only once its journal line is on disk, so a
 * failed write leaves both the files and the memory as they were. Rewriting library.json goes
 * through a temporary file and a rename (lowdb), so it is never half written either.
 */
export class LibraryStore {
  /** Updates run one after another, so each one's rollback point is the state it changed. */
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly listeners: ((patch: ChangePatch) => void)[] = [];

  private constructor(
    private readonly db: Low<LibraryDocument>,
    private readonly journal: LibraryJournal,
  ) {}

  static async open(files: LibraryFiles, now: Date): Promise<LibraryStore> {
    await mkdir(files.dir, { recursive: true });
    const db = new Low<LibraryDocument>(
      new DataFile<LibraryDocument>(files.document, {
        parse: (text) => parseWithoutProto(text) as unknown as LibraryDocument,
        stringify: (data) => JSON.stringify(data),
      }),
      emptyLibrary(now),
    );
    const journal = new LibraryJournal(files.journal);
    const text = await readFile(files.document, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw unreadable(files, error.message);
    });
    if (text === null) {
      await db.write();
      await journal.clear();
      return new LibraryStore(db, journal);
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
    // Changes journalled since the last whole write were made to this very schema: replay them
    // before any migration.
    const replayed = (await journal.read().catch(() => [])).reduce(
      (doc, entry) => applyPatch(doc, fromJournalEntry(entry), 'after'),
      raw as unknown as LibraryDocument,
    );
    try {
      db.data = migrateLibrary(replayed as unknown as Record<string, unknown>);
    } catch (error) {
      const code = error instanceof NewerLibraryError ? 'LIBRARY_UNREADABLE' : 'INTERNAL';
      throw new ArchiveError(code, (error as Error).message);
    }
    const store = new LibraryStore(db, journal);
    if (journal.entries > 0 || needsMigration(raw as Record<string, unknown>))
      await store.compact();
    return store;
  }

  /** Writes library.json whole and empties the journal. */
  private async compact(): Promise<void> {
    await this.db.write();
    await this.journal.clear();
  }

  private scheduleCompaction(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(
      () => void this.enqueue(() => this.compact()).catch(() => {}),
      COMPACT_WHEN_IDLE_MS,
    );
    this.idleTimer.unref();
    if (this.journal.entries >= COMPACT_AFTER_ENTRIES)
      void this.enqueue(() => this.compact()).catch(() => {});
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }

  /**
   * Writes library.json whole if anything was journalled since it was last written; a session
   * that only read leaves it untouched. The store is not used after this.
   */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    await this.enqueue(async () => {
      if (this.journal.entries > 0) await this.compact();
    });
    await this.journal.close();
  }

  /** Called after every change with what it changed. */
  onChange(listener: (patch: ChangePatch) => void): void {
    this.listeners.push(listener);
  }

  get doc(): Readonly<LibraryDocument> {
    return this.db.data;
  }

  /** Applies a change and writes it; answers the library as it was, as it became, and the patch. */
  update(
    change: (doc: Readonly<LibraryDocument>) => LibraryDocument,
  ): Promise<{ before: LibraryDocument; after: LibraryDocument; patch: ChangePatch }> {
    return this.enqueue(async () => {
      const before = this.db.data;
      const after = change(before);
      const patch = diffLibraries(before, after);
      if (!isEmptyPatch(patch)) {
        await this.journal.append(toJournalEntry(patch));
        this.scheduleCompaction();
      }
      this.db.data = after;
      for (const listener of this.listeners) listener(patch);
      return { before, after, patch };
    });
  }
}
