import { mkdir, stat, unlink } from 'node:fs/promises';
import type { DatabaseSync } from 'node:sqlite';
import { ArchiveError } from '../../../shared/api/errors';
import { errorWords } from '../../../shared/api/errorWords';
import type { LibraryHealth, SourceSummary } from '../../../shared/api/types';
import {
  applyPatch,
  diffLibraries,
  isEmptyPatch,
  type ChangePatch,
} from '../../../shared/history/changePatch';
import { emptyLibrary, type LibraryDocument } from '../../../shared/model/libraryDocument';
import type { SourceRecord } from '../../../shared/model/source';
import { highlightCounts } from '../../../shared/themes/codebookEdits';
import type { Highlight, Theme } from '../../../shared/model/theme';
import { listBackups, mirrorNewTexts, mirrorTexts, takeBackup, type BackupReason } from './backups';
import { DIR_MODE } from './fileModes';
import { readLegacyLibrary, retireLegacyFiles, unreadable } from './legacyLibraryFile';
import type { LibraryFiles } from './libraryPaths';
import { libraryTraces, missingDocument } from './missingDocument';
import { quarantineRecords } from './quarantine';
import { RecordDatabase, type RowScope } from './recordDatabase';
import { libraryFromRows, parseRow, soundMeta } from './storedLibrary';

export interface StoreOptions {
  now: Date;
  /**
   * Read the library as it stands and write nothing: no migration, no quarantine file; a change
   * is refused. For a reader without the lock.
   */
  readOnly?: boolean;
  /** Why the store only reads, said when a change is refused. */
  readOnlyWhy?: string;
  /** No session copy while the newest copy is younger than this (see the CLI). */
  sessionCopyEveryMs?: number;
}

/** The texts a change brought in: new sources, and sources whose text was replaced. */
function newTexts(patch: ChangePatch): string[] {
  const hashes: string[] = [];
  for (const { before, after } of patch.sources?.values() ?? []) {
    const hash = (after as SourceRecord | undefined)?.textHash;
    if (hash && hash !== (before as SourceRecord | undefined)?.textHash) hashes.push(hash);
  }
  return hashes;
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

const emptyHealth = (): LibraryHealth => ({
  setAside: [],
  repairs: [],
  journalDamage: [],
  journalTorn: false,
});

/** SQLite's own words for a file that is not a database, or one damaged inside. */
function databaseUnreadable(files: LibraryFiles, error: unknown): unknown {
  const code = (error as { errcode?: number }).errcode;
  // SQLITE_CORRUPT, SQLITE_NOTADB.
  if (code === 11 || code === 26) return unreadable(files, 'library.db', (error as Error).message);
  return error;
}

/**
 * The library held in memory as one document, kept in library.db a row per record: a change is
 * made to a new document, written as one transaction of the rows it changed, and swapped in only
 * once the transaction committed, so a failed write leaves both the disk and the memory as they
 * were. Everything read from disk passes the record schemas: a bad row is set aside, not fatal.
 * A library kept the older way (library.json and its journal) moves into library.db at the first
 * open that may write, with a copy in backups/.
 */
export class LibraryStore {
  /** Updates run one after another, so each one's rollback point is the state it changed. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners: ((patch: ChangePatch) => void)[] = [];
  private backedUp = false;

  /**
   * A reader found rows written by something else: the stored search index may not hold them
   * as they are, so this session searches an index of its own.
   */
  indexUntrusted = false;

  /** Reads what a change also writes (the search index), before its transaction. */
  private companion:
    | ((patch: ChangePatch, after: LibraryDocument) => Promise<((db: DatabaseSync) => void) | null>)
    | null = null;

  private constructor(
    /** Null until something asks for the records (see fromDatabase). */
    private data: LibraryDocument | null,
    private readonly database: RecordDatabase | null,
    private readonly files: LibraryFiles,
    private readonly options: StoreOptions,
    readonly health: LibraryHealth,
  ) {}

  static async open(files: LibraryFiles, options: StoreOptions): Promise<LibraryStore> {
    const readOnly = options.readOnly === true;
    if (!readOnly) await mkdir(files.dir, { recursive: true, mode: DIR_MODE });
    const hasDatabase = await exists(files.database);
    let database: RecordDatabase | null = null;
    if (hasDatabase || !readOnly) {
      try {
        database = RecordDatabase.open(files.database, files.dir, { readOnly });
      } catch (error) {
        throw databaseUnreadable(files, error);
      }
    }
    try {
      if (database && database.complete())
        return await LibraryStore.fromDatabase(files, options, database);
      return await LibraryStore.moveIn(files, options, database);
    } catch (error) {
      database?.close();
      // A refused open leaves no database it made itself behind.
      if (!hasDatabase && database)
        for (const end of ['', '-wal', '-shm'])
          await unlink(`${files.database}${end}`).catch(() => {});
      throw databaseUnreadable(files, error);
    }
  }

  /** The library as library.db holds it, each row checked. */
  private static async fromDatabase(
    files: LibraryFiles,
    options: StoreOptions,
    database: RecordDatabase,
  ): Promise<LibraryStore> {
    const readOnly = database.readOnly;
    // A move cut short after its commit: library.json is already in the database.
    if (!readOnly && (await exists(files.document))) await retireLegacyFiles(files);
    // Nothing to check, repair or say: every row is one Dossier wrote from a checked record, so
    // the records are read when something first asks for them, and a list of sources is drawn
    // from the summaries beside them without reading any.
    if (
      database.uncheckedRows() === 0 &&
      database.summariesCurrent() &&
      soundMeta(database.readMeta())
    )
      return new LibraryStore(null, database, files, options, emptyHealth());
    const read = libraryFromRows(database.readAll());
    const health: LibraryHealth = {
      ...emptyHealth(),
      setAside: await quarantineRecords(files, read.setAside, options.now, !readOnly),
      repairs: read.repairs,
    };
    const store = new LibraryStore(read.doc, database, files, options, health);
    if (!readOnly) {
      // Rows of an older format, or repaired, or a damaged value of the library's own: written
      // back as they now are, so the next open has nothing to repair or say again. Rare, so the
      // whole library, in one transaction; otherwise only the rows set aside go.
      const rewrite =
        read.migrated ||
        read.repairs.length > 0 ||
        read.setAside.some((aside) => aside.collection === 'library');
      if (rewrite) {
        await store.backUpAlways();
        database.replaceAll(read.doc);
      } else {
        database.dropRows(read.unusable);
        database.markChecked(read.newlyChecked);
        if (!database.summariesCurrent()) database.rewriteSummaries(read.doc.sources);
        // Rows written by something else: what the search index holds of them may be out of
        // date, so it is built anew when a search needs it.
        if (read.newlyChecked.length || read.unusable.length) database.clearSearchIndex();
      }
    } else if (read.newlyChecked.length || read.unusable.length) store.indexUntrusted = true;
    return store;
  }

  /**
   * A library without a finished database: library.json (and its journal) moved into a new one,
   * a copy kept first; a new library; or, for a reader, library.json read as it is. A move cut
   * short (a kill) left no committed rows, so it starts over at the next open.
   */
  private static async moveIn(
    files: LibraryFiles,
    options: StoreOptions,
    database: RecordDatabase | null,
  ): Promise<LibraryStore> {
    const readOnly = database === null || database.readOnly;
    const legacy = await readLegacyLibrary(files, options.now, readOnly);
    if (legacy === null) {
      const traces = await libraryTraces(files);
      if (traces.length) throw await missingDocument(files, traces);
      const doc = emptyLibrary(options.now);
      if (!readOnly) database!.replaceAll(doc);
      return new LibraryStore(doc, database, files, options, emptyHealth());
    }
    const health: LibraryHealth = {
      setAside: await quarantineRecords(files, legacy.setAside, options.now, !readOnly),
      repairs: legacy.repairs,
      journalDamage: legacy.reading.damaged,
      journalTorn: legacy.reading.tornTail,
    };
    const store = new LibraryStore(legacy.doc, database, files, options, health);
    if (readOnly) return store;
    // The way back: library.json as it was, if it was of an older format; and as it is read.
    if (legacy.migrated) {
      await takeBackup(files, options.now, 'session', legacy.text);
      store.backedUp = true;
    } else await store.backUpAlways();
    database!.replaceAll(legacy.doc);
    await retireLegacyFiles(files);
    return store;
  }

  /**
   * Sets what each change also writes in its own transaction: `prepare` reads what it needs
   * first and answers the writing (the search index keeps in step this way).
   */
  writeAlongside(
    prepare: (
      patch: ChangePatch,
      after: LibraryDocument,
    ) => Promise<((db: DatabaseSync) => void) | null>,
  ): void {
    this.companion = prepare;
  }

  /** The database the records are kept in; null for a library read without one. */
  get recordDatabase(): RecordDatabase | null {
    return this.database;
  }

  /** Runs work while no change is being made (the search index being built). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.enqueue(work);
  }

  /** Whether this store only reads: another Dossier writes the library, or the disk is full. */
  get readOnly(): boolean {
    return this.options.readOnly === true;
  }

  /** This session's copy, taken whatever the age of the newest (before a move or a repair). */
  private async backUpAlways(): Promise<void> {
    this.backedUp = true;
    await this.backUp('session');
  }

  /** A copy of the library as it was before this session changed it, with its texts. */
  private async backUpOnce(): Promise<void> {
    if (this.backedUp) return;
    this.backedUp = true;
    const every = this.options.sessionCopyEveryMs;
    if (every !== undefined) {
      const newest = (await listBackups(this.files)).at(-1);
      const age = newest ? this.options.now.getTime() - Date.parse(newest.takenAt) : Infinity;
      if (age >= 0 && age < every) return;
    }
    await this.backUp('session');
  }

  /**
   * A copy of the library as it is now, before a step that replaces much at once (a repair, a
   * sync round that deletes, a codebook replaced), and a copy of every text it names.
   */
  async backUp(reason: BackupReason): Promise<string | null> {
    if (this.readOnly) return null;
    const library = this.records();
    const name = await takeBackup(this.files, this.options.now, reason, JSON.stringify(library));
    await mirrorTexts(
      this.files,
      library.sources.map((s) => s.textHash),
    );
    return name;
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }

  /** Closes the database; every change is already on disk. The store is not used after this. */
  async close(): Promise<void> {
    await this.enqueue(async () => this.database?.close());
  }

  /** Called after every change with what it changed. */
  onChange(listener: (patch: ChangePatch) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Which state of the library is on disk: it moves on with every change, whoever wrote it;
   * null for a library read without a database.
   */
  get version(): number | null {
    return this.database?.version() ?? null;
  }

  get doc(): Readonly<LibraryDocument> {
    return this.records();
  }

  /**
   * What a list shows of each source, read from the summaries stored beside the records while
   * the records themselves are unread; null once they are (the library in memory is then what
   * a list is made from).
   */
  sourceSummaries(): SourceSummary[] | null {
    return this.unread ? this.unread.sourceSummaries() : null;
  }

  /**
   * One source, by id: from memory, or, while the records are unread, its row alone (every row
   * is then one Dossier wrote from a checked record, see fromDatabase).
   */
  sourceById(id: string): SourceRecord | undefined {
    if (!this.unread) return this.records().sources.find((s) => s.id === id);
    const body = this.unread.recordBody('sources', id);
    return body === null ? undefined : (parseRow(body, true) as SourceRecord);
  }

  /** One highlight, by id: from memory, or, while the records are unread, its row alone. */
  highlightById(id: string): Highlight | undefined {
    if (!this.unread) return this.records().highlights.find((h) => h.id === id);
    const body = this.unread.recordBody('highlights', id);
    return body === null ? undefined : (parseRow(body, true) as Highlight);
  }

  /** A source's highlights: from memory, or, while the records are unread, their rows alone. */
  highlightsOf(sourceId: string): Highlight[] {
    if (!this.unread) return this.records().highlights.filter((h) => h.sourceId === sourceId);
    return this.unread.highlightBodies(sourceId).map((body) => parseRow(body, true) as Highlight);
  }

  /** The codebook: from memory, or, while the records are unread, its rows alone. */
  themes(): readonly Theme[] {
    return this.scoped({ themes: true })?.themes ?? this.records().themes;
  }

  /** How many highlights carry each theme, without reading them while the records are unread. */
  themeUseCounts(): Map<string, number> {
    return this.unread ? this.unread.themeUseCounts() : highlightCounts(this.records());
  }

  /**
   * The library cut down to the rows a scope names (the library's own values with them), read
   * and checked as the whole library would be; null when the records are already in memory, or
   * when a row of the scope would be set aside or repaired (the whole read then says so).
   */
  private scoped(scope: RowScope): LibraryDocument | null {
    const database = this.unread;
    if (!database) return null;
    const read = libraryFromRows(database.readSome(scope));
    if (read.setAside.length || read.repairs.length || read.migrated) return null;
    return read.doc;
  }

  /**
   * The article a source comments on and the comments on it (id, title and article of each):
   * while the records are unread, read from those sources' summaries alone.
   */
  sourceFamily(source: SourceRecord): Pick<SourceRecord, 'id' | 'title' | 'parentId'>[] {
    const database = this.unread;
    const comments = database?.commentSummaries(source.id);
    if (!database || !comments) {
      const { sources } = this.records();
      return sources.filter((s) => s.id === source.parentId || s.parentId === source.id);
    }
    const parent = source.parentId ? database.summaryOf(source.parentId) : null;
    return [...(parent ? [parent] : []), ...comments].map(({ id, title, parent }) => ({
      id,
      title,
      ...(parent ? { parentId: parent } : {}),
    }));
  }

  /** The database, while the records have not been read from it; null once they are. */
  private get unread(): RecordDatabase | null {
    return this.data === null ? this.database : null;
  }

  /** The records, read on first use. */
  private records(): LibraryDocument {
    if (this.data !== null) return this.data;
    const read = libraryFromRows(this.database!.readAll());
    this.data = read.doc;
    // Rows trusted as checked that no longer read (a disk that damaged them): left out now,
    // and counted as unchecked, so the next open sets them aside in quarantine/ and says so.
    if (read.setAside.length && !this.readOnly) this.database!.uncheck(read.unusable);
    return this.data;
  }

  /** Applies a change and writes it; answers the library as it was, as it became, and the patch. */
  update(
    change: (doc: Readonly<LibraryDocument>) => LibraryDocument,
  ): Promise<{ before: LibraryDocument; after: LibraryDocument; patch: ChangePatch }> {
    return this.enqueue(async () => {
      this.refuseIfReadOnly();
      const before = this.records();
      const { after, patch } = await this.write(before, change, true);
      return { before, after, patch };
    });
  }

  /**
   * Applies a change that touches only the rows a scope names (a highlight tagged, edited or
   * removed) and writes it. While the records are unread, the change is made to those rows
   * alone, so a tag costs the same in any library; otherwise it is an update. Answers the patch.
   */
  updateWithin(
    scope: RowScope,
    change: (doc: Readonly<LibraryDocument>) => LibraryDocument,
  ): Promise<ChangePatch> {
    return this.enqueue(async () => {
      this.refuseIfReadOnly();
      const part = this.scoped(scope);
      if (part === null) return (await this.write(this.records(), change, true)).patch;
      // The records stay unread: whatever asks for them next reads the rows as now written.
      return (await this.write(part, change, false)).patch;
    });
  }

  private refuseIfReadOnly(): RecordDatabase {
    if (this.readOnly || !this.database)
      throw new ArchiveError(
        'READ_ONLY',
        this.options.readOnlyWhy === undefined
          ? errorWords(
              'This library is open for reading only, so nothing was changed: another Dossier is writing it',
            )
          : errorWords('This library is open for reading only, so nothing was changed: {{why}}', {
              why: this.options.readOnlyWhy,
            }),
      );
    return this.database;
  }

  /**
   * Makes a change to `before` and writes what it changed as one transaction; `inMemory`: the
   * result becomes the library in memory before anyone is told of the change.
   */
  private async write(
    before: LibraryDocument,
    change: (doc: Readonly<LibraryDocument>) => LibraryDocument,
    inMemory: boolean,
  ): Promise<{ after: LibraryDocument; patch: ChangePatch }> {
    const database = this.refuseIfReadOnly();
    const after = change(before);
    const patch = diffLibraries(before, after);
    if (!isEmptyPatch(patch)) {
      await this.backUpOnce();
      const alongside = this.companion ? await this.companion(patch, after) : null;
      database.writePatch(patch, alongside);
    }
    if (inMemory) this.data = after;
    // The session's copy read every record meanwhile: they take the change as written.
    else if (this.data !== null) this.data = applyPatch(this.data, patch, 'after');
    // Committed: a copy that cannot be made now (a full disk) is made with the next session's
    // copy of the library, which mirrors every text it names.
    if (patch.sources) await mirrorNewTexts(this.files, newTexts(patch)).catch(() => {});
    for (const listener of this.listeners) listener(patch);
    return { after, patch };
  }
}
