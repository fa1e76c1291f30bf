import type { Folder } from '../../../shared/search/fold/folder';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import type { SearchHit, SearchResults } from '../../../shared/api/types';
import type { SourceRecord } from '../../../shared/model/source';
import type { Candidate, IndexDoc } from '../../../shared/search/index/searchIndex';
import {
  isEmptyQuery,
  parseQuery,
  type ParsedQuery,
} from '../../../shared/search/query/parseQuery';
import { selectHits, type FuseClass } from '../../../shared/search/rank/selectHits';
import {
  filterListing,
  hasFilters,
  sourceFilter,
  themeFilter,
  type ListedEntry,
} from '../../../shared/search/filters/searchFilters';
import { documentText } from '../../../shared/search/sourceDocuments';
import type { Highlight } from '../../../shared/model/theme';
import type { TextCache } from '../archive/textCache';
import type { StoredIndex } from './storedIndex';

export interface SearchRequest {
  query: string;
  limit: number;
  filters?: { theme?: string[]; type?: string[]; source?: string[]; date?: string[] };
}

/** What search reads of the library: the whole of it only for a filter. */
export interface SearchedLibrary {
  library(): Readonly<LibraryDocument>;
  sourceById(id: string): SourceRecord | undefined;
  highlightById(id: string): Highlight | undefined;
}

// fuse.js loads with the first search: a command that only lists or cites never parses it.
let fuse: Promise<FuseClass> | null = null;
const fuseClass = () => (fuse ??= import('fuse.js').then((m) => m.default));

/**
 * Answers a query from the stored index: the best candidates by BM25, checked against their
 * texts (phrases) and re-ranked by fuse.js. A query without filters reads only the sources of
 * the hits it shows.
 */
export class SearchService {
  constructor(
    private readonly index: StoredIndex,
    private readonly records: SearchedLibrary,
    private readonly texts: TextCache,
    private readonly folder: () => Folder,
  ) {}

  async search(request: SearchRequest): Promise<SearchResults> {
    const folder = this.folder();
    const query = parseQuery(request.query, folder);
    const filters = {
      theme: [...query.filters.theme, ...(request.filters?.theme ?? [])],
      type: [...query.filters.type, ...(request.filters?.type ?? [])],
      source: [...query.filters.source, ...(request.filters?.source ?? [])],
      date: [...query.filters.date, ...(request.filters?.date ?? [])],
    };
    const filtered = hasFilters(filters);
    if (isEmptyQuery(query)) {
      if (!filtered) return { hits: [], total: 0 };
      const library = this.records.library();
      const byId = new Map(library.sources.map((s) => [s.id, s]));
      return this.listing(filterListing(library, filters, byId, folder), request.limit, byId);
    }
    let accept: ((doc: IndexDoc) => boolean) | null = null;
    if (filtered) {
      const library = this.records.library();
      const byId = new Map(library.sources.map((s) => [s.id, s]));
      const bySource = sourceFilter(filters, byId, folder);
      const byTheme = filters.theme.length ? themeFilter(library, filters.theme) : null;
      accept = (doc) => bySource(doc) && (byTheme === null || byTheme(doc));
    }
    // Phrases are checked against the texts, so they may reject candidates: ask for more then.
    let want = Math.max(request.limit * 2, 60);
    for (;;) {
      const { candidates, total, keys } = this.index.candidates(query, accept, want);
      const hits = await this.verify(query, candidates, keys, request.limit, folder);
      const exhausted = candidates.length < want;
      if (hits.length >= request.limit || exhausted || !query.phrases.length) {
        return {
          hits: hits.slice(0, request.limit),
          total: query.phrases.length && exhausted ? hits.length : total,
        };
      }
      want *= 4;
    }
  }

  /** What a filter alone selects, as hits: tagged passages with their highlights marked. */
  private async listing(
    entries: ListedEntry[],
    limit: number,
    byId: Map<string, SourceRecord>,
  ): Promise<SearchResults> {
    const hits: SearchHit[] = [];
    for (const entry of entries.slice(0, limit)) {
      const source = byId.get(entry.sourceId)!;
      const passage = source.passages.find((p) => p.id === entry.passageId);
      const text = passage ? ((await this.texts.get(source)) ?? '') : '';
      hits.push({
        sourceId: source.id,
        sourceTitle: source.title,
        passageId: passage?.id ?? null,
        field: passage ? 'passage' : 'title',
        text: passage ? text.slice(passage.start, passage.end) : source.title,
        score: 0,
        marks: passage
          ? entry.spans.map(([start, end]): [number, number] => [
              Math.max(start, passage.start) - passage.start,
              Math.min(end, passage.end) - passage.start,
            ])
          : [],
      });
    }
    return { hits, total: entries.length };
  }

  private noteText(key: string | undefined): string {
    if (key?.startsWith('h:')) return this.records.highlightById(key.slice(2))?.note ?? '';
    if (key?.startsWith('s:')) return this.records.sourceById(key.slice(2))?.note ?? '';
    return '';
  }

  /** Reads texts only for the candidates that may be shown, in batches, until enough pass. */
  private async verify(
    query: ParsedQuery,
    candidates: Candidate[],
    keys: Set<string>,
    limit: number,
    folder: Folder,
  ): Promise<SearchHit[]> {
    const batchSize = Math.max(limit, 50);
    const hits: SearchHit[] = [];
    const sources = new Map<string, SourceRecord | undefined>();
    const sourceOf = (id: string) => {
      if (!sources.has(id)) sources.set(id, this.records.sourceById(id));
      return sources.get(id);
    };
    for (let start = 0; start < candidates.length && hits.length < limit; start += batchSize) {
      // A document of a source the library no longer holds (a row set aside) is not shown.
      const batch = candidates
        .slice(start, start + batchSize)
        .filter((c) => sourceOf(c.doc.sourceId) !== undefined);
      // Read in parallel: the first search of a session reads its sources' texts from disk.
      const sourceIds = [...new Set(batch.map((c) => c.doc.sourceId))];
      const loaded = await Promise.all(
        sourceIds.map(async (id) => [id, (await this.texts.get(sourceOf(id)!)) ?? ''] as const),
      );
      const texts = new Map(loaded);
      const textOf = (c: Candidate) =>
        c.doc.field === 'note'
          ? this.noteText(c.doc.key)
          : documentText(sourceOf(c.doc.sourceId)!, texts.get(c.doc.sourceId) ?? '', c.doc);
      for (const hit of selectHits(query, batch, textOf, keys, await fuseClass(), folder)) {
        hits.push({
          sourceId: hit.candidate.doc.sourceId,
          sourceTitle: sourceOf(hit.candidate.doc.sourceId)?.title ?? '',
          passageId: hit.candidate.doc.passageId,
          field: hit.candidate.doc.field,
          text: hit.text,
          score: hit.score,
          marks: hit.marks,
        });
      }
    }
    return hits;
  }
}
