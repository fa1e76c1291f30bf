import { mkdir, readFile, stat } from 'node:fs/promises';
import { Low } from 'lowdb';
import { ArchiveError } from '../../../shared/api/errors';
import { parseBoundedJson } from '../../../shared/import/boundedJson';
import { emptyLibrary, type LibraryDocument } from '../../../shared/model/libraryDocument';
import {
  migrateLibrary,
  needsMigration,
  NewerLibraryError,
} from '../../../shared/model/libraryMigrations';
import type { LibraryHealth } from '../../../shared/api/types';
import { checkLibraryDocument } from '../../../shared/model/libraryRecords';
import {
  applyPatch,
  diffLibraries,
  isEmptyPatch,
  type ChangePatch,
} from '../../../shared/history/changePatch';
import { fromJournalEntry, toJournalEntry } from '../../../shared/history/patchCodec';
import { mirrorTexts, takeBackup, type BackupReason } from './backups';
import { sha256 } from '../import/hash';
import { writeAtomically } from './blobStore';
import { DurableJsonFile } from './durableFile';
import { faultPoint } from './faultPoints';
import { DIR_MODE } from './fileModes';
import { LibraryJournal, type JournalReading } from './libraryJournal';
import type { LibraryFiles } from './libraryPaths';
import { quarantineRecords } from './quarantine';
import { libraryTraces, missingDocument } from './missingDocument';

/** An object with at least one of a library's own fields (a version 0 one may lack the rest). */
function holdsALibrary(raw: unknown): raw is Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  return ['schemaVersion', 'sources', 'createdAt', 'themes', 'highlights'].some((k) => k in raw);
}

function unreadable(files: LibraryFiles, why: string): ArchiveError {
  return new ArchiveError(
    'LIBRARY_UNREADABLE',
    `library.json in ${files.dir} cannot be read (${why}). It was left as it is; list the copies in ${files.backups} with "dossier restore --list --library ${files.dir}" and bring one back with "dossier restore NAME".`,
  );
}

/** Whether library.json holds exactly the bytes this Dossier last wrote whole. */
async function wroteThese(files: LibraryFiles, text: string): Promise<boolean> {
  const stamp = await readFile(files.checked, 'utf8').catch(() => null);
  return stamp !== null && stamp === sha256(text);
}

/** Journal lines after which library.json is rewritten even while the writer keeps working. */
const COMPACT_AFTER_ENTRIES = 2000;
const COMPACT_WHEN_IDLE_MS = 10_000;

export interface StoreOptions {
  now: Date;
  /**
   * Read the library as it stands and write nothing: no compaction, no cut of a torn journal
   * line, no quarantine file; a change is refused. For a reader without the lock.
   */
  readOnly?: boolean;
  /** Why the store only reads, said when a change is refused. */
  readOnlyWhy?: string;
}

/**
 * library.json and the journal as one state. Without the lock another process may rewrite
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
      throw unreadable(files, error.message);
    });
    const reading = await journal.read({ write: !readOnly });
    if (!readOnly || attempt >= 50 || (await inode()) === before) return { text, reading };
  }
}

/**
 * library.json through lowdb, with a journal of the changes since it was last written whole.
 * A change is made to a new document and swapped in only once its journal line is on disk, so a
 * failed write leaves both the files and the memory as they were. library.json is replaced
 * durably (synced temporary file, rename, synced folder) before the journal is emptied.
 * Everything read from disk passes the record schemas: a bad record is set aside, not fatal.
 */
export class LibraryStore {
  /** Updates run one after another, so each one's rollback point is the state it changed. */
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly listeners: ((patch: ChangePatch) => void)[] = [];
  private backedUp = false;

  private constructor(
    private readonly db: Low<LibraryDocument>,
    private readonly adapter: DurableJsonFile<LibraryDocument>,
    private readonly journal: LibraryJournal,
    private readonly files: LibraryFiles,
    private readonly options: StoreOptions,
    readonly health: LibraryHealth,
  ) {}

  static async open(files: LibraryFiles, options: StoreOptions): Promise<LibraryStore> {
    const readOnly = options.readOnly === true;
    if (!readOnly) await mkdir(files.dir, { recursive: true, mode: DIR_MODE });
    const adapter = new DurableJsonFile<LibraryDocument>(files.document);
    const db = new Low<LibraryDocument>(adapter, emptyLibrary(options.now));
    const journal = new LibraryJournal(files.journal, files.journalDamaged, () => options.now);
    const health: LibraryHealth = {
      setAside: [],
      repairs: [],
      journalDamage: [],
      journalTorn: false,
    };
    const snapshot = await readSnapshot(files, journal, readOnly);
    if (snapshot.text === null) {
      const traces = await libraryTraces(files);
      if (traces.length) throw await missingDocument(files, traces);
      const store = new LibraryStore(db, adapter, journal, files, options, health);
      if (!readOnly) await store.compact();
      return store;
    }
    const { text, reading } = snapshot;
    let raw: unknown;
    try {
      // Bounded in depth, and unable to reach Object.prototype.
      raw = parseBoundedJson(text);
    } catch (error) {
      throw unreadable(files, (error as Error).message);
    }
    if (!holdsALibrary(raw)) throw unreadable(files, 'it does not hold a Dossier library');
    let migrated: LibraryDocument;
    try {
      migrated = migrateLibrary(raw as Record<string, unknown>);
    } catch (error) {
      const code = error instanceof NewerLibraryError ? 'LIBRARY_UNREADABLE' : 'INTERNAL';
      throw new ArchiveError(code, (error as Error).message);
    }
    // Bytes this Dossier wrote whole from a checked library need no second check: that check is
    // most of what a one-command process spends opening a library. Any other bytes (edited,
    // restored, from an older version) pass every record's schema.
    const known =
      !needsMigration(raw as Record<string, unknown>) && (await wroteThese(files, text));
    const checked = known
      ? { doc: migrated, setAside: [], repairs: [] }
      : checkLibraryDocument(migrated as unknown as Record<string, unknown>);
    db.data = reading.entries.reduce(
      (doc, entry) => applyPatch(doc, fromJournalEntry(entry), 'after'),
      checked.doc,
    );
    const store = new LibraryStore(db, adapter, journal, files, options, {
      setAside: await quarantineRecords(files, checked.setAside, options.now, !readOnly),
      repairs: checked.repairs,
      journalDamage: reading.damaged,
      journalTorn: reading.tornTail,
    });
    // A healthy library that only needs reading is left byte for byte as it was.
    if (!readOnly && (journal.entries > 0 || needsMigration(raw as Record<string, unknown>))) {
      // The copy before this session is of the library with the journal's changes (a previous
      // session's, not yet written whole), except a migration's: the older format as it was.
      if (needsMigration(raw as Record<string, unknown>)) await store.backUpOnce();
      await store.compact();
      await store.backUpOnce();
    }
    return store;
  }

  /** Whether this store only reads: another Dossier writes the library, or the disk is full. */
  get readOnly(): boolean {
    return this.options.readOnly === true;
  }

  /** A copy of library.json as it was before this session changed it, with its texts. */
  private async backUpOnce(): Promise<void> {
    if (this.backedUp) return;
    this.backedUp = true;
    await this.backUp('session');
  }

  /**
   * A copy of library.json as it is now, before a step that replaces much at once (a repair, a
   * sync round that deletes, a codebook replaced), and a copy of every text it names.
   */
  async backUp(reason: BackupReason): Promise<string | null> {
    if (this.readOnly) return null;
    // Of the library as it is now: what only the journal holds is written whole first, or the
    // copy would lack the writer's latest changes.
    if (reason !== 'session') await this.enqueue(() => this.compact());
    const name = await takeBackup(this.files, this.options.now, reason);
    await mirrorTexts(
      this.files,
      this.db.data.sources.map((s) => s.textHash),
    );
    return name;
  }

  /**
   * Writes library.json whole and durably, and only then empties the journal; notes the hash of
   * what it wrote (the document in memory is made only of checked records and checked input).
   */
  private async compact(): Promise<void> {
    await this.db.write();
    await this.journal.clear();
    faultPoint('after-journal-cut');
    if (this.adapter.lastWritten !== null)
      await writeAtomically(this.files.checked, sha256(this.adapter.lastWritten));
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
    if (this.readOnly) return;
    await this.enqueue(async () => {
      if (this.journal.entries === 0) return;
      // On a full disk the changes stay in the journal, durable, and are replayed at next open.
      await this.compact().catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOSPC' && error.code !== 'EDQUOT') throw error;
      });
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
      if (this.readOnly)
        throw new ArchiveError(
          'READ_ONLY',
          `This library is open for reading only, so nothing was changed: ${this.options.readOnlyWhy ?? 'another Dossier is writing it'}`,
        );
      const before = this.db.data;
      const after = change(before);
      const patch = diffLibraries(before, after);
      if (!isEmptyPatch(patch)) {
        await this.backUpOnce();
        await this.journal.append(toJournalEntry(patch));
        this.scheduleCompaction();
      }
      this.db.data = after;
      for (const listener of this.listeners) listener(patch);
      return { before, after, patch };
    });
  }
}
