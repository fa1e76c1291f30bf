import { rm, writeFile } from 'node:fs/promises';
import type { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import type { LibraryDocument } from '../../shared/model/libraryDocument';
import { libraryFiles } from '../../electron/main/library/libraryPaths';
import {
  RecordDatabase,
  TABLE,
  type RowCollection,
} from '../../electron/main/library/recordDatabase';
import { sqlite } from '../../electron/main/library/sqliteModule';

/** The library as library.db holds it, each row as stored (not checked), for a test to look at. */
export function readStoredLibrary(dir: string): LibraryDocument {
  const database = RecordDatabase.open(join(dir, 'library.db'), dir, { readOnly: true });
  try {
    const { meta, rows } = database.readAll();
    const doc: Record<string, unknown> = {};
    for (const [key, value] of meta) doc[key] = JSON.parse(value);
    for (const [name, list] of Object.entries(rows))
      doc[name] = list.map((row) => JSON.parse(row.body) as unknown);
    return doc as unknown as LibraryDocument;
  } finally {
    database.close();
  }
}

/** Writes a whole library into library.db as it is given, unchecked, as a damaged disk might. */
export function writeStoredLibrary(dir: string, doc: unknown): void {
  const database = RecordDatabase.open(join(dir, 'library.db'), dir, { readOnly: false });
  try {
    database.replaceAll(doc as LibraryDocument);
  } finally {
    database.close();
  }
}

/** Puts one row's stored text in place, whatever it holds. */
export function plantRow(dir: string, collection: RowCollection, id: string, body: string): void {
  bySql(dir, (db) =>
    db
      .prepare(
        `INSERT INTO ${TABLE[collection]} (id, body) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body`,
      )
      .run(id, body),
  );
}

/** Puts one named value's stored text in place. */
export function plantMeta(dir: string, key: string, value: string): void {
  bySql(dir, (db) => db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(value, key));
}

/** SQL of a test's own on library.db, as another tool would run it (no Dossier in between). */
export function bySql(dir: string, work: (db: DatabaseSync) => unknown): void {
  const db = new (sqlite().DatabaseSync)(join(dir, 'library.db'));
  try {
    work(db);
  } finally {
    db.close();
  }
}

/**
 * Turns a library back into the form Dossier kept before library.db: library.json, with no
 * database beside it, so the next open moves it in (with its journal, if a test writes one).
 */
export async function asLibraryJson(dir: string, doc?: unknown): Promise<string> {
  const files = libraryFiles(dir);
  const text = JSON.stringify(doc ?? readStoredLibrary(dir));
  for (const end of ['', '-wal', '-shm']) await rm(`${files.database}${end}`, { force: true });
  await rm(files.beforeDatabase, { force: true });
  await writeFile(files.document, text);
  return text;
}
