import type { IndexDoc } from '../../../shared/search/index/searchIndex';
import { plainFolder, type Folder } from '../../../shared/search/fold/folder';
import { sqlite } from '../library/sqliteModule';
import { createIndexTables } from './indexTables';
import { IndexWriter } from './indexWriter';
import { StoredIndex } from './storedIndex';

/**
 * An index of the given documents in a database of its own in memory: the same tables, writer
 * and reader as library.db's, for a reader that may not write and for tests and benchmarks.
 */
export function inMemoryIndex(
  docs: Iterable<[IndexDoc, string]>,
  folder: Folder = plainFolder,
): StoredIndex {
  const { DatabaseSync } = sqlite();
  const db = new DatabaseSync(':memory:');
  createIndexTables(db);
  const writer = new IndexWriter(db, folder);
  db.exec('BEGIN');
  writer.begin();
  for (const [doc, text] of docs) writer.add(doc, text);
  writer.finish();
  db.exec('COMMIT');
  return new StoredIndex(db);
}
