import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { ArchiveError } from '../../../shared/api/errors';
import type { ChangePatch } from '../../../shared/history/changePatch';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import { chmodSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { faultPoint } from './faultPoints';
import { FILE_MODE } from './fileModes';
import { sqlite } from './sqliteModule';

/** The collections kept a row per record, each in its own table. */
export const rowCollections = [
  'sources',
  'themes',
  'highlights',
  'briefs',
  'sourceCollections',
] as const;
export type RowCollection = (typeof rowCollections)[number];

export const TABLE: Record<RowCollection, string> = {
  sources: 'sources',
  themes: 'themes',
  highlights: 'highlights',
  briefs: 'briefs',
  sourceCollections: 'source_collections',
};

/** Written last by the transaction that fills a new database: without it the store is unfinished. */
const FORMAT_KEY = 'format';
const FORMAT = '1';
/** A number every write moves on (see the triggers): which state of the library this is. */
const VERSION_KEY = 'version';

/** What a database holds, each row's JSON as it is stored: parsing and checking come after. */
export interface StoredRows {
  meta: Map<string, string>;
  /** checked: written by Dossier from records that passed their schemas, untouched since. */
  rows: Record<RowCollection, { id: string; body: string; checked: boolean }[]>;
}

/** A disk that cannot take the write, said as the lock says it; other errors as they are. */
function writeError(error: unknown, dir: string): unknown {
  const code = (error as { errcode?: number }).errcode;
  // SQLITE_FULL, and SQLITE_IOERR, which a full disk gives while the WAL grows.
  if (
    code === 13 ||
    (code !== undefined && (code & 0xff) === 10 && /full|space/i.test(String(error)))
  )
    return new ArchiveError(
      'DISK_FULL',
      `Dossier cannot write to ${dir} (the disk is full), so nothing was changed. Free some space and try again; commands that only read (list, show, search, cite) still work.`,
    );
  return error;
}

/**
 * A reader's connection that works where SQLite cannot make its shared-memory file (a full disk,
 * a folder this user may not write): when no other process has changes in the WAL, the file is
 * read as it stands (immutable), which needs no file beside it.
 */
function readableOnAnyDisk(db: DatabaseSync, file: string): DatabaseSync {
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
        db.exec('PRAGMA journal_mode = WAL');
        db.exec('PRAGMA synchronous = FULL');
        db.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
        for (const name of rowCollections) {
          const table = TABLE[name];
          // checked: the body passed the record schemas when Dossier wrote it. Any other writer
          // (a hand edit, another tool) leaves it 0: its insert takes the default, and its
          // update, which does not move the write count on, is caught by the trigger.
          db.exec(
            `CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, body TEXT NOT NULL, checked INTEGER NOT NULL DEFAULT 0, writes INTEGER NOT NULL DEFAULT 0)`,
          );
          db.exec(
            `CREATE TRIGGER IF NOT EXISTS ${table}_edited AFTER UPDATE OF body ON ${table} WHEN NEW.writes = OLD.writes BEGIN UPDATE ${table} SET checked = 0 WHERE id = NEW.id; END`,
          );
          // The library's version moves with every row written, by Dossier or anything else:
          // a sync round that finds it where the last round left it has nothing to send.
          for (const event of ['INSERT', 'UPDATE OF body', 'DELETE'])
            db.exec(
              `CREATE TRIGGER IF NOT EXISTS ${table}_${event.split(' ')[0]!.toLowerCase()}_version AFTER ${event} ON ${table} BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = '${VERSION_KEY}'; END`,
            );
        }
        db.exec(`INSERT OR IGNORE INTO meta (key, value) VALUES ('${VERSION_KEY}', '0')`);
      }
      // Answers at once instead of failing when another process holds a write for a moment.
      db.exec('PRAGMA busy_timeout = 5000');
    } catch (error) {
      db.close();
      throw writeError(error, dir);
    }
    return new RecordDatabase(db, dir, readOnly);
  }

  /** Whether the transaction that filled this database finished (a migration cut short did not). */
  complete(): boolean {
    try {
      const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(FORMAT_KEY);
      return row !== undefined;
    } catch (error) {
      // A reader of a database no writer has made tables in yet.
      if (/no such table/.test((error as Error).message)) return false;
      throw error;
    }
  }

  /** Every row as stored, in the order it was first written. */
  readAll(): StoredRows {
    const meta = new Map<string, string>();
    for (const row of this.db.prepare('SELECT key, value FROM meta').all())
      meta.set(String(row.key), String(row.value));
    const rows = {} as StoredRows['rows'];
    for (const name of rowCollections)
      rows[name] = this.db
        .prepare(`SELECT id, body, checked FROM ${TABLE[name]} ORDER BY rowid`)
        .all()
        .map((row) => ({ id: String(row.id), body: String(row.body), checked: row.checked === 1 }));
    return { meta, rows };
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

  private upsert(name: RowCollection): StatementSync {
    let statement = this.upserts.get(name);
    if (!statement) {
      // ON CONFLICT keeps the row (and its rowid, so its place in the order).
      statement = this.db.prepare(
        `INSERT INTO ${TABLE[name]} (id, body, checked, writes) VALUES (?, ?, 1, 1) ON CONFLICT(id) DO UPDATE SET body = excluded.body, checked = 1, writes = writes + 1`,
      );
      this.upserts.set(name, statement);
    }
    return statement;
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

  /** Writes what a change changed, and nothing else, as one transaction. */
  writePatch(patch: ChangePatch): void {
    this.transaction(() => {
      for (const name of rowCollections) {
        for (const [id, change] of patch[name] ?? []) {
          if (change.after) this.upsert(name).run(id, JSON.stringify(change.after));
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
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(VERSION_KEY);
    return row ? Number(row.value) || 0 : 0;
  }

  /** Replaces everything with a whole library, as one transaction (a new store, a restore). */
  replaceAll(doc: LibraryDocument): void {
    this.transaction(() => {
      const version = this.version();
      this.db.exec('DELETE FROM meta');
      this.meta(VERSION_KEY, version + 1);
      for (const name of rowCollections) {
        this.db.exec(`DELETE FROM ${TABLE[name]}`);
        const insert = this.upsert(name);
        for (const record of doc[name] as { id: string }[])
          insert.run(record.id, JSON.stringify(record));
      }
      this.meta('schemaVersion', doc.schemaVersion);
      this.meta('createdAt', doc.createdAt);
      this.meta('dismissedSuggestions', doc.dismissedSuggestions);
      if (doc.codebookPending !== undefined) this.meta('codebookPending', doc.codebookPending);
      this.db
        .prepare('INSERT INTO meta (key, value) VALUES (?, ?)')
        .run(FORMAT_KEY, JSON.stringify(FORMAT));
    });
  }

  /** Marks rows as checked (they passed their schemas at this open). */
  markChecked(rows: { collection: RowCollection; id: string }[]): void {
    if (rows.length === 0) return;
    this.transaction(() => {
      const statements = new Map<RowCollection, StatementSync>();
      for (const { collection, id } of rows) {
        let statement = statements.get(collection);
        if (!statement) {
          statement = this.db.prepare(
            `UPDATE ${TABLE[collection]} SET checked = 1, writes = writes + 1 WHERE id = ?`,
          );
          statements.set(collection, statement);
        }
        statement.run(id);
      }
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
