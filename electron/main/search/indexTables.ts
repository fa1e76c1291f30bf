import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { cyrillicToLatin } from '../../../shared/search/fold/cyrillic';
import { nameRules, nameVariants, spellingRules } from '../../../shared/search/fold/foldingRules';
import { FOLDING_VERSION } from '../../../shared/search/fold/foldTerm';
import type { NameAlias } from '../../../shared/rules/writerRules';

/** The layout of the tables below and of their postings: a change to either builds anew. */
const INDEX_FORMAT = 1;

/**
 * The search index's tables in library.db, beside the records they index and written in the same
 * transactions:
 * - search_docs: a row per indexed document (a passage, a caption, a note, a title…);
 * - search_terms: each folded word, in the order first seen, with how many documents hold it;
 * - search_postings: a word's documents as runs of encoded entries (see postingCodec), each run
 *   named by its first ordinal; new documents add a run, and runs are merged as they pile up;
 * - search_fields: each field's total length and document count (BM25's averages);
 * - search_removed: documents taken out whose ordinals some run may still hold;
 * - search_state: the stamp the index was built under, the next ordinal, and a count every
 *   write moves on (what a reader's caches are good for).
 */
export function createIndexTables(db: DatabaseSync): void {
  db.exec(
    `CREATE TABLE IF NOT EXISTS search_docs (ordinal INTEGER PRIMARY KEY, source_id TEXT NOT NULL, passage_id TEXT, field INTEGER NOT NULL, note_key TEXT, length INTEGER NOT NULL)`,
  );
  db.exec('CREATE INDEX IF NOT EXISTS search_docs_source ON search_docs (source_id)');
  db.exec(
    'CREATE INDEX IF NOT EXISTS search_docs_note ON search_docs (note_key) WHERE note_key IS NOT NULL',
  );
  db.exec(
    'CREATE TABLE IF NOT EXISTS search_terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, docs INTEGER NOT NULL)',
  );
  db.exec(
    'CREATE TABLE IF NOT EXISTS search_postings (term_id INTEGER NOT NULL, first INTEGER NOT NULL, entries INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (term_id, first))',
  );
  db.exec(
    'CREATE TABLE IF NOT EXISTS search_fields (field INTEGER PRIMARY KEY, total INTEGER NOT NULL, docs INTEGER NOT NULL)',
  );
  db.exec('CREATE TABLE IF NOT EXISTS search_removed (ordinal INTEGER PRIMARY KEY)');
  db.exec('CREATE TABLE IF NOT EXISTS search_state (key TEXT PRIMARY KEY, value NOT NULL)');
}

const INDEX_TABLES = [
  'search_docs',
  'search_terms',
  'search_postings',
  'search_fields',
  'search_removed',
  'search_state',
];

/** Empties the index: it is then built anew when a search first needs it. */
export function clearIndexTables(db: DatabaseSync): void {
  for (const table of INDEX_TABLES) db.exec(`DELETE FROM ${table}`);
}

/**
 * What the index is built under: its format and the folding rules, the writer's name aliases
 * among them. Every entry depends on these, so an index built under others is built anew.
 */
export function foldingStamp(aliases: readonly NameAlias[]): string {
  const hash = createHash('sha256');
  hash.update(`format ${INDEX_FORMAT} folding ${FOLDING_VERSION}\n`);
  for (const rules of [spellingRules, nameRules])
    hash.update(
      JSON.stringify(rules.map((r) => [r.pattern.source, r.pattern.flags, r.replacement])),
    );
  hash.update(JSON.stringify(cyrillicToLatin));
  hash.update(JSON.stringify(nameVariants));
  hash.update(JSON.stringify(aliases));
  return hash.digest('hex');
}
