import type { DatabaseSync } from 'node:sqlite';
import { createIndexTables } from '../search/indexTables';
import { inTransaction } from './sqliteAccess';

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
export const FORMAT_KEY = 'format';
export const FORMAT = '1';
export const SUMMARY_FORMAT_KEY = 'summaryFormat';
/** A number every write moves on (see the triggers): which state of the library this is. */
export const VERSION_KEY = 'version';

/** The source a highlight's row names, as its index and its queries spell it. */
export const HIGHLIGHT_SOURCE = `iif(json_valid(body), json_extract(body, '$.sourceId'), NULL)`;

/** A highlight row's themes, one row each (none for a row that is not JSON). */
const themesOf = (row: 'NEW' | 'OLD' | 'highlights') =>
  `json_each(iif(json_valid(${row}.body), ${row}.body, '{}'), '$.themeIds')`;

/** Each theme's count of highlights, counted from every highlight row (theme, n). */
export const THEME_USES_FROM_ROWS = `SELECT t.value AS theme, count(*) AS n FROM highlights, ${themesOf('highlights')} AS t WHERE true GROUP BY t.value`;

/**
 * How many highlights carry each theme, kept by triggers on every highlight written (by Dossier
 * or anything else), so the codebook's counts are read without reading any highlight. Filled
 * from the highlights once, when a database made before it first opens for writing.
 */
function createThemeUses(db: DatabaseSync): void {
  const made = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'theme_uses'`)
    .get();
  db.exec(`CREATE TABLE IF NOT EXISTS theme_uses (theme TEXT PRIMARY KEY, n INTEGER NOT NULL)`);
  // The upsert needs the WHERE to parse (SQLite's rule for INSERT … SELECT … ON CONFLICT).
  const add = (row: 'NEW' | 'OLD') =>
    `INSERT INTO theme_uses (theme, n) SELECT value, 1 FROM ${themesOf(row)} WHERE true ON CONFLICT(theme) DO UPDATE SET n = n + 1;`;
  const take = (row: 'NEW' | 'OLD') =>
    `UPDATE theme_uses SET n = n - (SELECT count(*) FROM ${themesOf(row)} WHERE value = theme_uses.theme) WHERE theme IN (SELECT value FROM ${themesOf(row)}); DELETE FROM theme_uses WHERE n <= 0;`;
  db.exec(
    `CREATE TRIGGER IF NOT EXISTS highlights_uses_insert AFTER INSERT ON highlights BEGIN ${add('NEW')} END`,
  );
  db.exec(
    `CREATE TRIGGER IF NOT EXISTS highlights_uses_delete AFTER DELETE ON highlights BEGIN ${take('OLD')} END`,
  );
  db.exec(
    `CREATE TRIGGER IF NOT EXISTS highlights_uses_update AFTER UPDATE OF body ON highlights BEGIN ${take('OLD')} ${add('NEW')} END`,
  );
  if (!made)
    db.exec(
      `INSERT INTO theme_uses (theme, n) ${THEME_USES_FROM_ROWS} ON CONFLICT(theme) DO UPDATE SET n = excluded.n`,
    );
}

/** The article a source's summary names as the one it comments on. */
export const SUMMARY_PARENT = `iif(json_valid(summary), json_extract(summary, '$.parent'), NULL)`;

/**
 * The tables and triggers of library.db, made if missing: WAL with each commit synced, a row per
 * record, a checked flag a trigger clears when anything but Dossier edits a body, and a version
 * every row written moves on.
 */
export function createSchema(db: DatabaseSync): void {
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  // One transaction: a new library's tables, triggers and indexes are one commit (one sync of
  // the WAL, not forty), and a kill in the middle leaves none of them half made.
  inTransaction(db, () => createTables(db), 'BEGIN IMMEDIATE');
}

function createTables(db: DatabaseSync): void {
  db.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
  for (const name of rowCollections) {
    const table = TABLE[name];
    // checked: the body passed the record schemas when Dossier wrote it. Any other writer
    // (a hand edit, another tool) leaves it 0: its insert takes the default, and its
    // update, which does not move the write count on, is caught by the trigger.
    // A source's summary (what a list shows) comes before its body, so a list reads the
    // summaries without the bodies' pages.
    const summary = name === 'sources' ? 'summary TEXT, ' : '';
    db.exec(
      `CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, ${summary}body TEXT NOT NULL, checked INTEGER NOT NULL DEFAULT 0, writes INTEGER NOT NULL DEFAULT 0)`,
    );
    db.exec(
      `CREATE TRIGGER IF NOT EXISTS ${table}_edited AFTER UPDATE OF ${name === 'sources' ? 'summary, ' : ''}body ON ${table} WHEN NEW.writes = OLD.writes BEGIN UPDATE ${table} SET checked = 0 WHERE id = NEW.id; END`,
    );
    // Finding the rows still to check costs what there is to check, not the library.
    db.exec(`CREATE INDEX IF NOT EXISTS ${table}_unchecked ON ${table} (id) WHERE checked = 0`);
    // The library's version moves with every row written, by Dossier or anything else:
    // a sync round that finds it where the last round left it has nothing to send.
    for (const event of ['INSERT', 'UPDATE OF body', 'DELETE'])
      db.exec(
        `CREATE TRIGGER IF NOT EXISTS ${table}_${event.split(' ')[0]!.toLowerCase()}_version AFTER ${event} ON ${table} BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = '${VERSION_KEY}'; END`,
      );
  }
  // A database made before sources carried summaries gets the column (at the end: such a
  // list reads past the bodies, which stays correct).
  const columns = db.prepare('SELECT name FROM pragma_table_info(?)').all('sources');
  if (!columns.some((c) => c.name === 'summary'))
    db.exec('ALTER TABLE sources ADD COLUMN summary TEXT');
  // A source's highlights found without reading every highlight. A row that is not JSON (a
  // damaged one, set aside at the next open) is indexed under nothing rather than refused.
  db.exec(`CREATE INDEX IF NOT EXISTS highlights_source ON highlights (${HIGHLIGHT_SOURCE})`);
  // An article's comments found without reading every summary.
  db.exec(`CREATE INDEX IF NOT EXISTS sources_parent ON sources (${SUMMARY_PARENT})`);
  db.exec(`INSERT OR IGNORE INTO meta (key, value) VALUES ('${VERSION_KEY}', '0')`);
  createThemeUses(db);
  createIndexTables(db);
}
