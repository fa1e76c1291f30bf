import { chmodSync } from 'node:fs';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { ChangePatch } from '../../../shared/history/changePatch';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import type { SourceSummary } from '../../../shared/api/types';
import type { SourceRecord } from '../../../shared/model/source';
import { SUMMARY_FORMAT, toSummary } from '../../../shared/model/sourceSummary';
import { faultPoint } from './faultPoints';
import { FILE_MODE } from './fileModes';
import { clearIndexTables } from '../search/indexTables';
import {
  createSchema,
  FORMAT,
  FORMAT_KEY,
  HIGHLIGHT_SOURCE,
  rowCollections,
  SUMMARY_PARENT,
  THEME_USES_FROM_ROWS,
  SUMMARY_FORMAT_KEY,
  TABLE,
  VERSION_KEY,
  type RowCollection,
} from './recordSchema';
import { readableOnAnyDisk, writeError } from './sqliteAccess';
import { sqlite } from './sqliteModule';

export { rowCollections, TABLE, type RowCollection } from './recordSchema';

/**
 * Which rows a change reads while the library's records are unread: the rows it may change and
 * those it checks against, named by id (or, for highlights, by their source).
 */
export interface RowScope {
  sources?: readonly string[];
  highlights?: readonly string[];
  highlightsOfSources?: readonly string[];
  /** The whole codebook: a change checks the themes it names. */
  themes?: boolean;
}

/** What a database holds, each row's JSON as it is stored: parsing and checking come after. */
export interface StoredRows {
  meta: Map<string, string>;
  /** checked: written by Dossier from records that passed their schemas, untouched since. */
  rows: Record<RowCollection, { id: string; body: string; checked: boolean }[]>;
}

/**
 * The library's records in SQLite (library.db): a row per source, theme, highlight, brief and
 * collection, the rest in a table of named values. A change is one transaction that writes only
 * the rows it changed, in WAL mode with every commit synced: what a commit acknowledged survives
 * a kill or a power cut, and a change cut short is rolled back whole. Nothing is ever rewritten
 * whole, so a change costs the same in a library of 100 sources or 100,000.
 */
export class RecordDatabase {
  private readonly upserts = new Map<RowCollection, StatementSync>();
  private readonly deletes = new Map<RowCollection, StatementSync>();
  private setMeta: StatementSync | null = null;

  private constructor(
    private readonly db: DatabaseSync,
    private readonly dir: string,
    readonly readOnly: boolean,
  ) {}

  static open(file: string, dir: string, { readOnly }: { readOnly: boolean }): RecordDatabase {
    const { DatabaseSync } = sqlite();
    let db: DatabaseSync;
    try {
      db = new DatabaseSync(file, { readOnly, timeout: 5000 });
      if (readOnly) db = readableOnAnyDisk(db, file);
    } catch (error) {
      throw writeError(error, dir);
    }
    try {
      if (!readOnly) {
        // Readable by the writer only, like every file of the library (SQLite gives its WAL the
        // same mode).
        chmodSync(file, FILE_MODE);
        // A kill or a power cut keeps every committed change: each commit syncs the WAL.
        createSchema(db);
      }
      // Answers at once instead of failing when another process holds a write for a moment.
      db.exec('PRAGMA busy_timeout = 5000');
    } catch (error) {
      db.close();
      throw writeError(error, dir);
    }
    return new RecordDatabase(db, dir, readOnly);
  }

  /** One of the library's own values as stored, or undefined. */
  private metaValue(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key);
    return row === undefined ? undefined : String(row.value);
  }

  /** Whether the transaction that filled this database finished (a migration cut short did not). */
  complete(): boolean {
    try {
      return this.metaValue(FORMAT_KEY) !== undefined;
    } catch (error) {
      // A reader of a database no writer has made tables in yet.
      if (/no such table/.test((error as Error).message)) return false;
      throw error;
    }
  }

  /** The library's own values (schema version, creation date, …) as stored. */
  readMeta(): Map<string, string> {
    const meta = new Map<string, string>();
    for (const row of this.db.prepare('SELECT key, value FROM meta').all())
      meta.set(String(row.key), String(row.value));
    return meta;
  }

  /** Every row as stored, in the order it was first written. */
  readAll(): StoredRows {
    const meta = this.readMeta();
    const rows = {} as StoredRows['rows'];
    for (const name of rowCollections)
      rows[name] = this.db
        .prepare(`SELECT id, body, checked FROM ${TABLE[name]} ORDER BY rowid`)
        .all()
        .map((row) => ({ id: String(row.id), body: String(row.body), checked: row.checked === 1 }));
    return { meta, rows };
  }

  /** The rows a scope names, as readAll reads them (the other collections empty). */
  readSome(scope: RowScope): StoredRows {
    const rows = {} as StoredRows['rows'];
    for (const name of rowCollections) rows[name] = [];
    const take = (name: RowCollection, sql: string, ...values: string[]) => {
      const seen = new Set(rows[name].map((row) => row.id));
      for (const row of this.db.prepare(sql).all(...values)) {
        const id = String(row.id);
        if (seen.has(id)) continue;
        seen.add(id);
        rows[name].push({ id, body: String(row.body), checked: row.checked === 1 });
      }
    };
    for (const id of scope.sources ?? [])
      take('sources', 'SELECT id, body, checked FROM sources WHERE id = ?', id);
    for (const id of scope.highlights ?? [])
      take('highlights', 'SELECT id, body, checked FROM highlights WHERE id = ?', id);
    for (const id of scope.highlightsOfSources ?? [])
      take(
        'highlights',
        `SELECT id, body, checked FROM highlights WHERE ${HIGHLIGHT_SOURCE} = ? ORDER BY rowid`,
        id,
      );
    if (scope.themes) take('themes', 'SELECT id, body, checked FROM themes ORDER BY rowid');
    return { meta: this.readMeta(), rows };
  }

  /**
   * How many highlights carry each theme: from the counts the triggers keep (see recordSchema),
   * or, in a database made before them and opened for reading only, counted from every row.
   */
  themeUseCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    const kept = this.db
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'theme_uses'`)
      .get();
    const rows = this.db
      .prepare(kept ? 'SELECT theme, n FROM theme_uses' : THEME_USES_FROM_ROWS)
      .all();
    for (const row of rows) counts.set(String(row.theme), Number(row.n));
    return counts;
  }

  /** The connection, for the search index kept in the same file (see IndexKeeper). */
  get connection(): DatabaseSync {
    return this.db;
  }

  /** Runs work as one transaction of its own (a batch of the search index being built). */
  inTransaction(work: (db: DatabaseSync) => void): void {
    this.transaction(() => work(this.db));
  }

  /** Empties the search index, in a transaction of its own: it is built anew when needed. */
  clearSearchIndex(): void {
    this.transaction(() => clearIndexTables(this.db));
  }

  private transaction(work: () => void): void {
    if (this.readOnly) throw new Error('a database opened for reading was asked to write');
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      throw writeError(error, this.dir);
    }
    try {
      work();
      faultPoint('before-commit');
      this.db.exec('COMMIT');
    } catch (error) {
      try {
        this.db.exec('ROLLBACK');
      } catch {
        // Already rolled back by SQLite itself (a full disk does that).
      }
      throw writeError(error, this.dir);
    }
    faultPoint('after-commit');
  }

  /** Writes a record that passed its schemas (and a source's summary with it). */
  private put(name: RowCollection, record: { id: string }): void {
    let statement = this.upserts.get(name);
    if (!statement) {
      // ON CONFLICT keeps the row (and its rowid, so its place in the order).
      statement = this.db.prepare(
        name === 'sources'
          ? `INSERT INTO sources (id, summary, body, checked, writes) VALUES (?, ?, ?, 1, 1) ON CONFLICT(id) DO UPDATE SET summary = excluded.summary, body = excluded.body, checked = 1, writes = writes + 1`
          : `INSERT INTO ${TABLE[name]} (id, body, checked, writes) VALUES (?, ?, 1, 1) ON CONFLICT(id) DO UPDATE SET body = excluded.body, checked = 1, writes = writes + 1`,
      );
      this.upserts.set(name, statement);
    }
    if (name === 'sources')
      statement.run(
        record.id,
        JSON.stringify(toSummary(record as SourceRecord)),
        JSON.stringify(record),
      );
    else statement.run(record.id, JSON.stringify(record));
  }

  private remove(name: RowCollection): StatementSync {
    let statement = this.deletes.get(name);
    if (!statement) {
      statement = this.db.prepare(`DELETE FROM ${TABLE[name]} WHERE id = ?`);
      this.deletes.set(name, statement);
    }
    return statement;
  }

  private meta(key: string, value: unknown): void {
    this.setMeta ??= this.db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
    this.setMeta.run(key, JSON.stringify(value));
  }

  /**
   * Writes what a change changed, and nothing else, as one transaction; `alongside` writes in
   * the same transaction what follows from it (the search index's rows).
   */
  writePatch(patch: ChangePatch, alongside?: ((db: DatabaseSync) => void) | null): void {
    this.transaction(() => {
      alongside?.(this.db);
      for (const name of rowCollections) {
        for (const [id, change] of patch[name] ?? []) {
          if (change.after) this.put(name, change.after);
          else this.remove(name).run(id);
        }
      }
      if (patch.dismissedSuggestions)
        this.meta('dismissedSuggestions', patch.dismissedSuggestions.after);
      if (patch.codebookPending) this.meta('codebookPending', patch.codebookPending.after);
      // The library's own values have no trigger (the version is one of them).
      if (patch.dismissedSuggestions || patch.codebookPending)
        this.meta(VERSION_KEY, this.version() + 1);
    });
  }

  /** Which state of the library this is: it moves on with every change written. */
  version(): number {
    return Number(this.metaValue(VERSION_KEY) ?? 0) || 0;
  }

  /** Replaces everything with a whole library, as one transaction (a new store, a restore). */
  replaceAll(doc: LibraryDocument): void {
    this.transaction(() => {
      const version = this.version();
      this.db.exec('DELETE FROM meta');
      // Every record replaced: the index is built anew from them when a search needs it.
      clearIndexTables(this.db);
      this.meta(VERSION_KEY, version + 1);
      for (const name of rowCollections) {
        this.db.exec(`DELETE FROM ${TABLE[name]}`);
        for (const record of doc[name] as { id: string }[]) this.put(name, record);
      }
      this.meta(SUMMARY_FORMAT_KEY, SUMMARY_FORMAT);
      this.meta('schemaVersion', doc.schemaVersion);
      this.meta('createdAt', doc.createdAt);
      this.meta('dismissedSuggestions', doc.dismissedSuggestions);
      if (doc.codebookPending !== undefined) this.meta('codebookPending', doc.codebookPending);
      this.meta(FORMAT_KEY, FORMAT);
    });
  }

  /** Writes again rows that passed their schemas at this open, so they count as checked. */
  markChecked(rows: { collection: RowCollection; record: { id: string } }[]): void {
    if (rows.length === 0) return;
    this.transaction(() => {
      for (const { collection, record } of rows) this.put(collection, record);
    });
  }

  /**
   * What a list shows of each source, from the summaries stored beside the records, without
   * reading a record; null when any is missing or of another format.
   */
  sourceSummaries(): SourceSummary[] | null {
    if (!this.summariesCurrent()) return null;
    const summaries: SourceSummary[] = [];
    for (const row of this.db.prepare('SELECT summary FROM sources ORDER BY rowid').all()) {
      if (typeof row.summary !== 'string') return null;
      summaries.push(JSON.parse(row.summary) as SourceSummary);
    }
    return summaries;
  }

  /**
   * The summaries of a source's comments (the sources whose summary names it as their article),
   * in the order they were written; null when the summaries are not of this Dossier's format.
   */
  commentSummaries(sourceId: string): SourceSummary[] | null {
    if (!this.summariesCurrent()) return null;
    return this.db
      .prepare(`SELECT summary FROM sources WHERE ${SUMMARY_PARENT} = ? ORDER BY rowid`)
      .all(sourceId)
      .map((row) => JSON.parse(String(row.summary)) as SourceSummary);
  }

  /** One source's summary as stored, or null. */
  summaryOf(sourceId: string): SourceSummary | null {
    const row = this.db.prepare('SELECT summary FROM sources WHERE id = ?').get(sourceId);
    return typeof row?.summary === 'string' ? (JSON.parse(row.summary) as SourceSummary) : null;
  }

  /** One record's stored JSON, or null. */
  recordBody(name: RowCollection, id: string): string | null {
    const row = this.db.prepare(`SELECT body FROM ${TABLE[name]} WHERE id = ?`).get(id);
    return row ? String(row.body) : null;
  }

  /** The stored JSON of a source's highlights, in the order they were written. */
  highlightBodies(sourceId: string): string[] {
    return this.db
      .prepare(`SELECT body FROM highlights WHERE ${HIGHLIGHT_SOURCE} = ? ORDER BY rowid`)
      .all(sourceId)
      .map((row) => String(row.body));
  }

  /** Counts rows as unchecked again, so the next open checks them (and sets them aside). */
  uncheck(rows: { collection: RowCollection; id: string }[]): void {
    if (rows.length === 0) return;
    this.transaction(() => {
      for (const { collection, id } of rows)
        this.db.prepare(`UPDATE ${TABLE[collection]} SET checked = 0 WHERE id = ?`).run(id);
    });
  }

  /** How many rows Dossier did not write from a checked record (another tool, a hand edit). */
  uncheckedRows(): number {
    let count = 0;
    for (const name of rowCollections)
      count += Number(
        this.db.prepare(`SELECT count(*) AS n FROM ${TABLE[name]} WHERE checked = 0`).get()?.n ?? 0,
      );
    return count;
  }

  /** Whether the stored summaries are of this Dossier's format. */
  summariesCurrent(): boolean {
    return Number(this.metaValue(SUMMARY_FORMAT_KEY)) === SUMMARY_FORMAT;
  }

  /** Writes every source's summary again, in this Dossier's format. */
  rewriteSummaries(sources: readonly SourceRecord[]): void {
    this.transaction(() => {
      for (const source of sources) this.put('sources', source);
      this.meta(SUMMARY_FORMAT_KEY, SUMMARY_FORMAT);
    });
  }

  /** Takes rows out that could not be used (they were copied to quarantine/ first). */
  dropRows(rows: { collection: RowCollection; id: string }[]): void {
    if (rows.length === 0) return;
    this.transaction(() => {
      for (const { collection, id } of rows) this.remove(collection).run(id);
    });
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }
}
