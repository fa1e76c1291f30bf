import type { DatabaseSync } from 'node:sqlite';
import { IndexSql } from './indexSql';
import {
  decodePostings,
  emptyPostingList,
  type PostingList,
} from '../../../shared/search/index/postingCodec';
import {
  docFields,
  rankCandidates,
  type IndexDoc,
  type IndexReader,
} from '../../../shared/search/index/searchIndex';
import { Vocabulary, type Expansion } from '../../../shared/search/index/vocabulary';
import type { ParsedQuery } from '../../../shared/search/query/parseQuery';

/** Decoded lists kept between queries, up to about this many entries in all. */
const CACHE_ENTRIES = 4_000_000;

/**
 * The search index as library.db holds it, read a word at a time: a query reads the lists of
 * the words it expands to and nothing else. What it read is kept until the index is next
 * written (by this process or another).
 */
export class StoredIndex implements IndexReader {
  private seenWrites: unknown = undefined;
  private lists = new Map<string, PostingList>();
  private cached = 0;
  private counts = new Map<string, number>();
  private averages = new Map<number, number>();
  private removed: Set<number> | null = null;
  private limit = 0;
  private vocabulary: Vocabulary | null = null;
  private lastTermId = 0;
  private stampSeen: unknown = undefined;

  constructor(private readonly db: DatabaseSync) {
    this.q = new IndexSql(db);
  }

  private readonly q: IndexSql;
  /** The stamp the index was built under; undefined while it is not built. */
  stamp(): string | undefined {
    const value = this.q.state('stamp');
    return typeof value === 'string' ? value : undefined;
  }

  /** Forgets what was read if the index was written since. */
  private refresh(): void {
    const writes = this.q.state('writes');
    if (writes === this.seenWrites) return;
    this.seenWrites = writes;
    this.lists = new Map();
    this.cached = 0;
    this.counts = new Map();
    this.averages = new Map();
    this.removed = null;
    this.limit = Number(this.q.state('nextOrdinal') ?? 0);
    const stamp = this.q.state('stamp');
    if (stamp !== this.stampSeen) {
      // Built anew: every word read so far may be gone.
      this.stampSeen = stamp;
      this.vocabulary = null;
      this.lastTermId = 0;
    } else if (this.vocabulary) this.vocabulary.add(this.newTerms());
  }

  /** Words added since the vocabulary last read them. */
  private newTerms(): string[] {
    const rows = this.q
      .sql('SELECT id, term FROM search_terms WHERE id > ? ORDER BY id')
      .all(this.lastTermId);
    if (rows.length) this.lastTermId = Number(rows.at(-1)!.id);
    return rows.map((r) => String(r.term));
  }

  /** How many words the index holds. */
  termCount(): number {
    return Number(this.q.sql('SELECT count(*) AS n FROM search_terms').get()!.n);
  }

  /** The database it reads, for a writer that adds to it (tests, and an index in memory). */
  get database(): DatabaseSync {
    return this.db;
  }

  ordinalLimit(): number {
    return this.limit;
  }

  count(term: string): number {
    let count = this.counts.get(term);
    if (count === undefined) {
      count = Number(
        this.q.sql('SELECT docs FROM search_terms WHERE term = ?').get(term)?.docs ?? 0,
      );
      this.counts.set(term, count);
    }
    return count;
  }

  postings(term: string): PostingList {
    let list = this.lists.get(term);
    if (list) return list;
    const runs = this.q
      .sql(
        'SELECT p.entries, p.data FROM search_postings p JOIN search_terms t ON t.id = p.term_id WHERE t.term = ? ORDER BY p.first',
      )
      .all(term)
      .map((r) => ({ entries: Number(r.entries), data: r.data as Uint8Array }));
    list = runs.length ? decodePostings(runs) : emptyPostingList;
    if (this.cached + list.size > CACHE_ENTRIES) {
      this.lists = new Map();
      this.cached = 0;
    }
    this.lists.set(term, list);
    this.cached += list.size;
    return list;
  }

  averageLength(field: number): number {
    let average = this.averages.get(field);
    if (average === undefined) {
      const row = this.q.sql('SELECT total, docs FROM search_fields WHERE field = ?').get(field);
      const docs = Number(row?.docs ?? 0);
      average = docs > 0 ? Math.max(1, Number(row!.total) / docs) : 1;
      this.averages.set(field, average);
    }
    return average;
  }

  isRemoved(ordinal: number): boolean {
    this.removed ??= new Set(
      this.q
        .sql('SELECT ordinal FROM search_removed')
        .all()
        .map((r) => Number(r.ordinal)),
    );
    return this.removed.has(ordinal);
  }

  expand(term: string, openEnded: boolean): Expansion[] {
    if (!this.vocabulary) {
      this.lastTermId = 0;
      const terms = this.newTerms();
      this.vocabulary = new Vocabulary({
        terms: () => terms,
        count: (t) => this.count(t),
        completions: (prefix, max) =>
          this.q
            .sql(
              'SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY docs DESC, term LIMIT ?',
            )
            .all(prefix, `${prefix}\uffff`, max)
            .map((r) => String(r.term)),
      });
    }
    return this.vocabulary.expand(term, openEnded);
  }

  doc(ordinal: number): IndexDoc | null {
    const row = this.q
      .sql('SELECT source_id, passage_id, field, note_key FROM search_docs WHERE ordinal = ?')
      .get(ordinal);
    if (!row) return null;
    return {
      sourceId: String(row.source_id),
      passageId: row.passage_id === null ? null : String(row.passage_id),
      field: docFields[Number(row.field)] ?? 'passage',
      ...(row.note_key === null ? {} : { key: String(row.note_key) }),
    };
  }

  /** The best `limit` candidates for a query, as rankCandidates finds them. */
  candidates(
    query: ParsedQuery,
    accept: ((doc: IndexDoc) => boolean) | null,
    limit?: number,
  ): ReturnType<typeof rankCandidates> {
    this.refresh();
    return rankCandidates(this, query, accept, limit);
  }
}
