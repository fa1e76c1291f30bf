import type { Folder } from '../../../shared/search/fold/folder';
import { unlink } from 'node:fs/promises';
import type { DatabaseSync } from 'node:sqlite';
import type { ChangePatch } from '../../../shared/history/changePatch';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import type { SourceRecord } from '../../../shared/model/source';
import { indexChanges, sourcesToRead } from '../../../shared/search/indexChanges';
import { noteDocuments } from '../../../shared/search/noteDocuments';
import { metadataDocuments, sourceDocuments } from '../../../shared/search/sourceDocuments';
import type { RecordDatabase } from '../library/recordDatabase';
import { inTransaction } from '../library/sqliteAccess';
import { sqlite } from '../library/sqliteModule';
import { createIndexTables, clearIndexTables, foldingStamp } from './indexTables';
import { IndexWriter } from './indexWriter';
import { StoredIndex } from './storedIndex';

/** Sources indexed per transaction while the index is built. */
const BUILD_BATCH = 200;

export interface KeeperSources {
  /** The library as it is now (reads every record). */
  library(): Readonly<LibraryDocument>;
  text(source: SourceRecord): Promise<string | null>;
  /** Runs work while no change is being made to the library. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** How the library folds its words now (its name aliases can change while it is open). */
  folder(): Folder;
}

/**
 * Keeps the search index in library.db in step with the records: each change's rows are
 * written in the change's own transaction (see LibraryStore.update), so the index is never
 * stale and never rebuilt after open. It is built once: for a library that has none yet (moved
 * in, restored, repaired), or when the folding rules change (the writer's name aliases).
 */
export class IndexKeeper {
  private writer: IndexWriter | null = null;
  private builtUnder: string | undefined;
  /** The rules in use, stamped when first needed (after the writer's aliases are read). */
  private stampInUse: string | null = null;
  private get stampNow(): string {
    this.stampInUse ??= foldingStamp(this.sources.folder().aliases);
    return this.stampInUse;
  }
  private reading: StoredIndex | null = null;
  /** Whether this session built the index (the library had none, or its rules changed). */
  rebuilt = false;

  constructor(
    private readonly database: RecordDatabase | null,
    private readonly sources: KeeperSources,
    /** The index file an older Dossier kept, removed once the index is in the database. */
    private readonly oldIndexFile: string,
  ) {
    this.builtUnder = this.database ? this.storedStamp(this.database.connection) : undefined;
  }

  private storedStamp(db: DatabaseSync): string | undefined {
    try {
      return new StoredIndex(db).stamp();
    } catch {
      // A database an older Dossier made, read by a reader that may not add the tables.
      return undefined;
    }
  }

  private get writable(): boolean {
    return this.database !== null && !this.database.readOnly;
  }

  /** Whether the stored index holds the library under the rules in use. */
  private current(): boolean {
    return this.builtUnder !== undefined && this.builtUnder === this.stampNow;
  }

  /**
   * What the index must write for a change, read before its transaction (the texts it brings
   * in); null when there is no index to keep (it is built whole when a search needs it).
   */
  async prepare(
    patch: ChangePatch,
    after: LibraryDocument,
  ): Promise<((db: DatabaseSync) => void) | null> {
    if (!this.writable || !this.current()) return null;
    const texts = new Map<string, string | null>();
    for (const source of sourcesToRead(patch))
      texts.set(source.id, await this.sources.text(source));
    // A tag asks for one source: a search of the list, not a map of 50,000 built per tag. A
    // change of many highlights (an import of annotations, an undo) gets the map.
    let byId: Map<string, SourceRecord> | null = null;
    let asked = 0;
    const sourceOf = (id: string) => {
      if (++asked <= 4) return after.sources.find((s) => s.id === id);
      byId ??= new Map(after.sources.map((s) => [s.id, s]));
      return byId.get(id);
    };
    const changes = indexChanges(patch, sourceOf, (s) => texts.get(s.id) ?? null);
    if (
      !changes.add.length &&
      !changes.removeKeys.length &&
      !changes.removeSources.length &&
      !changes.removeContent.length &&
      !changes.removeMetadata.length
    )
      return null;
    return (db) => {
      this.writer ??= new IndexWriter(db, this.sources.folder());
      this.writer.apply(changes);
    };
  }

  /** The index to search: the stored one, built first if the library has none. */
  async index(): Promise<StoredIndex> {
    if (this.current() && this.database) {
      this.reading ??= new StoredIndex(this.database.connection);
      return this.reading;
    }
    if (this.writable) {
      await this.sources.exclusive(async () => {
        if (this.current()) return;
        const db = this.database!.connection;
        await buildIndex(this.sources, (work) => this.database!.inTransaction(work), db);
        this.builtUnder = this.stampNow;
        this.writer = null;
        this.rebuilt = true;
        await unlink(this.oldIndexFile).catch(() => {});
      });
      this.reading ??= new StoredIndex(this.database!.connection);
      return this.reading;
    }
    // A reader that may not write, of a library whose index is not built: one in memory,
    // for this session alone.
    this.reading = null;
    const { DatabaseSync } = sqlite();
    const memory = new DatabaseSync(':memory:');
    createIndexTables(memory);
    await buildIndex(this.sources, (work) => inMemoryTransaction(memory, work), memory);
    this.rebuilt = true;
    return new StoredIndex(memory);
  }

  /** The folding rules changed (the writer's name aliases): the index is built anew. */
  async rulesChanged(): Promise<void> {
    this.stampInUse = null;
    if (this.current()) return;
    this.reading = null;
    if (this.writable)
      await this.sources.exclusive(async () => {
        this.database!.clearSearchIndex();
        this.builtUnder = undefined;
        this.writer = null;
      });
  }

  /** Stops keeping the index: it is emptied and built whole by the next search. */
  async suspend(): Promise<void> {
    this.reading = null;
    if (this.builtUnder === undefined || !this.writable) return;
    await this.sources.exclusive(async () => {
      this.database!.clearSearchIndex();
      this.builtUnder = undefined;
      this.writer = null;
    });
  }

  /**
   * A new library starts with an index: an empty one is built at once, so that every import
   * into it is indexed as it comes rather than all at the first search.
   */
  async startIfEmpty(isEmpty: () => boolean): Promise<void> {
    if (!this.writable || this.current() || !isEmpty()) return;
    await this.index();
    this.rebuilt = false;
  }
}

function inMemoryTransaction(db: DatabaseSync, work: (db: DatabaseSync) => void): void {
  inTransaction(db, () => work(db));
}

/**
 * Indexes the whole library, a batch of sources per transaction; the stamp is written with the
 * last batch, so a build cut short starts over.
 */
async function buildIndex(
  sources: KeeperSources,
  transaction: (work: (db: DatabaseSync) => void) => void,
  db: DatabaseSync,
): Promise<void> {
  const library = sources.library();
  transaction(clearIndexTables);
  const writer = new IndexWriter(db, sources.folder());
  for (let start = 0; start < library.sources.length; start += BUILD_BATCH) {
    const batch = library.sources.slice(start, start + BUILD_BATCH);
    const texts = await Promise.all(batch.map((s) => sources.text(s)));
    transaction(() => {
      writer.begin();
      batch.forEach((source, i) => {
        const text = texts[i] ?? null;
        // A text that cannot be read leaves its passages out; `check` names such sources.
        const docs = text === null ? metadataDocuments(source) : sourceDocuments(source, text);
        for (const [doc, docText] of docs) writer.add(doc, docText);
      });
      writer.finish();
    });
  }
  transaction(() => {
    writer.begin();
    for (const [doc, text] of noteDocuments(library)) writer.add(doc, text);
    writer.finish();
    writer.markBuilt(foldingStamp(sources.folder().aliases));
  });
}
