import type { DatabaseSync } from 'node:sqlite';
import { IndexSql } from './indexSql';
import {
  decodePostings,
  encodePostings,
  entriesOf,
  type PostingEntry,
} from '../../../shared/search/index/postingCodec';
import { docFields, type IndexDoc } from '../../../shared/search/index/searchIndex';
import type { IndexChanges } from '../../../shared/search/indexChanges';
import type { Folder } from '../../../shared/search/fold/folder';
import { tokenize } from '../../../shared/search/tokenize';
import { metadataFields } from '../../../shared/search/sourceDocuments';

/** A run is merged with the one before it once that one is at most this many times its size. */
const MERGE_RATIO = 2;

/**
 * Writes to the search index's tables, inside a transaction its caller holds (the change's
 * own, so the index never lags the records). New documents' words are gathered, then written as
 * one run per word; a word's runs are merged when the newest grows to half the one before, so a
 * word has a run per doubling of its list (about 20 for a million documents) and each entry is
 * rewritten that many times at most, never the list on every change.
 */
export class IndexWriter {
  private readonly pending = new Map<string, PostingEntry[]>();
  private readonly fieldDelta = new Map<number, [number, number]>();
  private nextOrdinal = 0;
  private removed: Set<number> | null = null;

  constructor(
    private readonly db: DatabaseSync,
    /** How the library folds its words: its own name aliases too. */
    private readonly folder: Folder,
  ) {
    this.q = new IndexSql(db);
  }

  private readonly q: IndexSql;
  /** Applies a change's documents out and in, and writes them. */
  apply(changes: IndexChanges): string[] {
    this.begin();
    for (const key of changes.removeKeys)
      this.removeRows('SELECT ordinal, field, length FROM search_docs WHERE note_key = ?', key);
    for (const id of changes.removeSources)
      this.removeRows('SELECT ordinal, field, length FROM search_docs WHERE source_id = ?', id);
    const content = [docFields.indexOf('passage'), docFields.indexOf('caption')];
    for (const id of changes.removeContent)
      this.removeRows(
        `SELECT ordinal, field, length FROM search_docs WHERE source_id = ? AND field IN (${content.join(',')})`,
        id,
      );
    const metadata = metadataFields.map((f) => docFields.indexOf(f));
    for (const id of changes.removeMetadata)
      this.removeRows(
        `SELECT ordinal, field, length FROM search_docs WHERE source_id = ? AND field IN (${metadata.join(',')})`,
        id,
      );
    for (const [doc, text] of changes.add) this.add(doc, text);
    return this.finish();
  }

  /** Starts a batch: the next ordinal as stored. */
  begin(): void {
    this.nextOrdinal = Number(this.q.state('nextOrdinal') ?? 0);
    this.removed = null;
  }

  add(doc: IndexDoc, text: string): void {
    const ordinal = this.nextOrdinal++;
    const tokens = tokenize(text, this.folder);
    const field = docFields.indexOf(doc.field);
    this.q
      .sql(
        'INSERT INTO search_docs (ordinal, source_id, passage_id, field, note_key, length) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(ordinal, doc.sourceId, doc.passageId, field, doc.key ?? null, tokens.length);
    const delta = this.fieldDelta.get(field) ?? [0, 0];
    this.fieldDelta.set(field, [delta[0] + tokens.length, delta[1] + 1]);
    const frequency = new Map<string, number>();
    for (const { key, stems } of tokens)
      for (const k of stems ? [key, ...stems] : [key])
        frequency.set(k, (frequency.get(k) ?? 0) + 1);
    for (const [term, tf] of frequency) {
      const entry = { ordinal, tf, length: tokens.length, field };
      const list = this.pending.get(term);
      if (list) list.push(entry);
      else this.pending.set(term, [entry]);
    }
  }

  private removeRows(select: string, value: string): void {
    const rows = this.q.sql(select).all(value);
    for (const row of rows) {
      const ordinal = Number(row.ordinal);
      this.q.sql('DELETE FROM search_docs WHERE ordinal = ?').run(ordinal);
      this.q.sql('INSERT OR IGNORE INTO search_removed (ordinal) VALUES (?)').run(ordinal);
      this.removed?.add(ordinal);
      const field = Number(row.field);
      const delta = this.fieldDelta.get(field) ?? [0, 0];
      this.fieldDelta.set(field, [delta[0] - Number(row.length), delta[1] - 1]);
    }
  }

  private removedSet(): Set<number> {
    this.removed ??= new Set(
      this.q
        .sql('SELECT ordinal FROM search_removed')
        .all()
        .map((r) => Number(r.ordinal)),
    );
    return this.removed;
  }

  /** Writes the batch's words and lengths; answers the words new to the index. */
  finish(): string[] {
    const added: string[] = [];
    for (const [term, entries] of this.pending) {
      const existing = this.q.sql('SELECT id FROM search_terms WHERE term = ?').get(term);
      let id: number;
      if (existing) {
        id = Number(existing.id);
        this.q.sql('UPDATE search_terms SET docs = docs + ? WHERE id = ?').run(entries.length, id);
      } else {
        id = Number(
          this.q
            .sql('INSERT INTO search_terms (term, docs) VALUES (?, ?)')
            .run(term, entries.length).lastInsertRowid,
        );
        added.push(term);
      }
      this.q
        .sql('INSERT INTO search_postings (term_id, first, entries, data) VALUES (?, ?, ?, ?)')
        .run(id, entries[0]!.ordinal, entries.length, encodePostings(entries));
      if (existing) this.mergeRuns(id);
    }
    this.pending.clear();
    for (const [field, [total, docs]] of this.fieldDelta)
      this.q
        .sql(
          'INSERT INTO search_fields (field, total, docs) VALUES (?, ?, ?) ON CONFLICT (field) DO UPDATE SET total = total + excluded.total, docs = docs + excluded.docs',
        )
        .run(field, total, docs);
    this.fieldDelta.clear();
    this.q.setState('nextOrdinal', this.nextOrdinal);
    this.q.setState('writes', Number(this.q.state('writes') ?? 0) + 1);
    return added;
  }

  /**
   * Merges a word's newest runs while the one before is at most twice their size, leaving out
   * documents taken out of the index (and counting them out of the word's documents).
   */
  private mergeRuns(termId: number): void {
    const runs = this.q
      .sql('SELECT first, entries FROM search_postings WHERE term_id = ? ORDER BY first')
      .all(termId)
      .map((r) => ({ first: Number(r.first), entries: Number(r.entries) }));
    let start = runs.length - 1;
    let size = runs[start]!.entries;
    while (start > 0 && runs[start - 1]!.entries <= MERGE_RATIO * size)
      size += runs[--start]!.entries;
    if (start === runs.length - 1) return;
    const merging = runs.slice(start);
    const read = this.q.sql(
      'SELECT entries, data FROM search_postings WHERE term_id = ? AND first = ?',
    );
    const data = merging.map((run) => {
      const row = read.get(termId, run.first)!;
      return { entries: Number(row.entries), data: row.data as Uint8Array };
    });
    const removed = this.removedSet();
    const list = decodePostings(data, (ordinal) => !removed.has(ordinal));
    const before = data.reduce((sum, r) => sum + r.entries, 0);
    this.q
      .sql('DELETE FROM search_postings WHERE term_id = ? AND first >= ?')
      .run(termId, merging[0]!.first);
    if (list.size > 0)
      this.q
        .sql('INSERT INTO search_postings (term_id, first, entries, data) VALUES (?, ?, ?, ?)')
        .run(termId, merging[0]!.first, list.size, encodePostings(entriesOf(list)));
    if (list.size < before)
      this.q
        .sql('UPDATE search_terms SET docs = docs - ? WHERE id = ?')
        .run(before - list.size, termId);
  }

  /** Marks the index as built under `stamp`: from now on every change keeps it current. */
  markBuilt(stamp: string): void {
    this.q.setState('stamp', stamp);
  }
}
