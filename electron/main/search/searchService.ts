import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import type { SearchHit, SearchResults } from '../../../shared/api/types';
import type { SourceRecord } from '../../../shared/model/source';
import {
  SearchIndex,
  type Candidate,
  type IndexDoc,
} from '../../../shared/search/index/searchIndex';
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
import {
  contentDocuments,
  documentText,
  metadataDocuments,
  metadataFields,
  sourceDocuments,
} from '../../../shared/search/sourceDocuments';
import type { ChangePatch } from '../../../shared/history/changePatch';
import type { Highlight } from '../../../shared/model/theme';
import {
  highlightNoteDoc,
  noteDocuments,
  noteText,
  sourceNoteDoc,
} from '../../../shared/search/noteDocuments';
import type { TextCache } from '../archive/textCache';
import type { LibraryFiles } from '../library/libraryPaths';
import { sourcesMissingContent } from '../../../shared/search/index/indexCoverage';
import { indexStamp, readIndex, writeIndex } from './indexFile';

export interface SearchRequest {
  query: string;
  limit: number;
  filters?: { theme?: string[]; type?: string[]; source?: string[]; date?: string[] };
}

const SAVE_DELAY_MS = 1500;

export interface OpenedIndex {
  service: SearchService;
  /** Made anew: the stored index was missing, unreadable or stale. */
  rebuilt: boolean;
  /** Sources whose passages a stored index lacked and that were indexed again. */
  completed: number;
}

// fuse.js loads with the first search: a command that only lists or cites never parses it.
let fuse: Promise<FuseClass> | null = null;
const fuseClass = () => (fuse ??= import('fuse.js').then((m) => m.default));

/** The search index of one library: loaded or rebuilt on open, kept current on import. */
export class SearchService {
  private saveTimer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();
  /** Whether the index holds changes not yet on disk: a read-only session writes nothing. */
  private dirty = false;

  private constructor(
    private readonly index: SearchIndex,
    private readonly files: LibraryFiles,
    private readonly library: () => LibraryDocument,
    private readonly texts: TextCache,
    /** False for a reader without the lock: the index lives in memory only. */
    private readonly persist = true,
  ) {}

  /**
   * The stored index when it was made for `indexedAs` (the library as it was opened), else one
   * built anew from the library as it is now.
   */
  static async open(
    files: LibraryFiles,
    library: () => LibraryDocument,
    texts: TextCache,
    indexedAs: LibraryDocument = library(),
    persist = true,
  ): Promise<OpenedIndex> {
    const stored = await readIndex(files.searchIndex, indexStamp(indexedAs));
    if (stored) {
      const service = new SearchService(stored, files, library, texts, persist);
      const completed = await service.completeContent(indexedAs.sources);
      if (completed > 0) await service.flush();
      return { service, rebuilt: false, completed };
    }
    const service = new SearchService(new SearchIndex(), files, library, texts, persist);
    const sources = library().sources;
    for (const source of sources) {
      const text = await texts.get(source);
      if (text !== null) service.addToIndex(source, text);
    }
    for (const [doc, text] of noteDocuments(library())) service.index.addDocument(doc, text);
    service.dirty = true;
    await service.flush();
    return { service, rebuilt: true, completed: 0 };
  }

  /**
   * Indexes again the passages of sources the stored index does not hold one for one (an index
   * written by an older Dossier before every new source was in it); answers how many it mended.
   */
  private async completeContent(sources: readonly SourceRecord[]): Promise<number> {
    const missing = sourcesMissingContent(this.index, sources);
    if (!missing.length) return 0;
    const ids = new Set(missing.map((s) => s.id));
    this.index.removeWhere(
      (d) => ids.has(d.sourceId) && (d.field === 'passage' || d.field === 'caption'),
    );
    let mended = 0;
    for (const source of missing) if (await this.indexContent(source)) mended++;
    return mended;
  }

  /** Sources being indexed again after their text changed; a search waits for them. */
  private reindexing: Promise<void> = Promise.resolve();

  private byId: { from: readonly SourceRecord[]; map: Map<string, SourceRecord> } | null = null;

  /** Sources by id, rebuilt only when the library's list changes (updates replace it). */
  private sourcesById(): Map<string, SourceRecord> {
    const sources = this.library().sources;
    if (this.byId?.from !== sources) {
      this.byId = { from: sources, map: new Map(sources.map((s) => [s.id, s])) };
    }
    return this.byId.map;
  }

  private addToIndex(source: SourceRecord, text: string): void {
    for (const [doc, docText] of sourceDocuments(source, text))
      this.index.addDocument(doc, docText);
  }

  /**
   * Keeps notes and sources' metadata in step with a change to the library (tagging, editing
   * details, importing, undo, redo).
   */
  syncWithLibrary(patch: ChangePatch): void {
    const byId = this.sourcesById();
    let changed = false;
    // All of a patch's highlight notes in one pass over the index, not one pass each: a sync
    // round may bring thousands.
    // Only a highlight whose note document changes touches the index: tagging a passage
    // without a note leaves it (and the file it is kept in) as it was.
    const noteDoc = (h: Highlight | undefined) =>
      h ? highlightNoteDoc(h, byId.get(h.sourceId)) : null;
    const sameDoc = (a: [IndexDoc, string] | null, b: [IndexDoc, string] | null) =>
      a === b || (a !== null && b !== null && a[1] === b[1] && a[0].passageId === b[0].passageId);
    const highlights = [...(patch.highlights ?? [])].filter(
      ([, change]) =>
        !sameDoc(noteDoc(change.before as Highlight), noteDoc(change.after as Highlight)),
    );
    if (highlights.length) {
      const keys = new Set(highlights.map(([id]) => `h:${id}`));
      this.index.removeWhere((d) => d.key !== undefined && keys.has(d.key));
      for (const [, { after }] of highlights) {
        const doc =
          after && highlightNoteDoc(after as Highlight, byId.get((after as Highlight).sourceId));
        if (doc) this.index.addDocument(...doc);
      }
      changed = true;
    }
    for (const [id, change] of patch.sources ?? []) {
      const before = change.before as SourceRecord | undefined;
      const after = change.after as SourceRecord | undefined;
      if (before?.note !== after?.note) {
        this.index.removeWhere((d) => d.key === `s:${id}`);
        const doc = after && sourceNoteDoc(after);
        if (doc) this.index.addDocument(...doc);
        changed = true;
      }
      if (before && !after) {
        this.index.removeSource(id);
        changed = true;
        continue;
      }
      // A new source, or one whose text was replaced: its passages and captions from the text.
      if (after && before?.textHash !== after.textHash) {
        if (before) {
          this.index.removeWhere(
            (d) => d.sourceId === id && (d.field === 'passage' || d.field === 'caption'),
          );
        }
        this.reindexing = this.reindexing
          .then(() => this.indexContent(after))
          .then(
            () => undefined,
            (error: unknown) =>
              // The index then lacks this source; the count check at the next open mends it.
              console.error(`[dossier] the passages of ${id} could not be indexed:`, error),
          );
        changed = true;
      }
      if (before?.title !== after?.title || before?.metadata !== after?.metadata) {
        if (before)
          this.index.removeWhere((d) => d.sourceId === id && metadataFields.includes(d.field));
        for (const doc of after ? metadataDocuments(after) : []) this.index.addDocument(...doc);
        changed = true;
      }
    }
    if (changed) this.scheduleSave();
  }

  /** A source's passages and captions, read from its text (in the cache after an import). */
  private async indexContent(source: SourceRecord): Promise<boolean> {
    const text = await this.texts.get(source);
    if (text === null) return false;
    for (const [doc, docText] of contentDocuments(source, text))
      this.index.addDocument(doc, docText);
    this.scheduleSave();
    return true;
  }

  private scheduleSave(): void {
    this.dirty = true;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
    this.saveTimer.unref();
  }

  /**
   * Writes the index if it changed, once every source queued for indexing is in it: the stamp
   * says the index holds the library, so it is never written ahead of the work it stands for.
   * A crash before this leaves a stale index, rebuilt at open.
   */
  flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.saving = this.saving.then(async () => {
      let queued: Promise<void> | null = null;
      while (queued !== this.reindexing) {
        queued = this.reindexing;
        await queued;
      }
      if (this.saveTimer) clearTimeout(this.saveTimer);
      this.saveTimer = null;
      if (!this.dirty || !this.persist) return;
      this.dirty = false;
      await writeIndex(this.files.searchIndex, this.index, indexStamp(this.library())).catch(
        (error: unknown) => {
          this.dirty = true;
          console.error(
            '[dossier] the search index could not be saved; it will be rebuilt:',
            error,
          );
        },
      );
    });
    return this.saving;
  }

  async search(request: SearchRequest): Promise<SearchResults> {
    await this.reindexing;
    const query = parseQuery(request.query);
    const filters = {
      theme: [...query.filters.theme, ...(request.filters?.theme ?? [])],
      type: [...query.filters.type, ...(request.filters?.type ?? [])],
      source: [...query.filters.source, ...(request.filters?.source ?? [])],
      date: [...query.filters.date, ...(request.filters?.date ?? [])],
    };
    const byId = this.sourcesById();
    if (isEmptyQuery(query)) {
      if (!hasFilters(filters)) return { hits: [], total: 0 };
      return this.listing(filterListing(this.library(), filters, byId), request.limit, byId);
    }
    const bySource = sourceFilter(filters, byId);
    const byTheme = filters.theme.length ? themeFilter(this.library(), filters.theme) : null;
    const accept = (doc: IndexDoc) => bySource(doc) && (byTheme === null || byTheme(doc));
    // Phrases are checked against the texts, so they may reject candidates: ask for more then.
    let want = Math.max(request.limit * 2, 60);
    for (;;) {
      const { candidates, total, keys } = this.index.candidates(query, accept, want);
      const hits = await this.verify(query, candidates, keys, request.limit, byId);
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

  /** Reads texts only for the candidates that may be shown, in batches, until enough pass. */
  private async verify(
    query: ParsedQuery,
    candidates: Candidate[],
    keys: Set<string>,
    limit: number,
    byId: Map<string, SourceRecord>,
  ): Promise<SearchHit[]> {
    const batchSize = Math.max(limit, 50);
    const hits: SearchHit[] = [];
    for (let start = 0; start < candidates.length && hits.length < limit; start += batchSize) {
      const batch = candidates.slice(start, start + batchSize);
      // Read in parallel: the first search of a session reads its sources' texts from disk.
      const sourceIds = [...new Set(batch.map((c) => c.doc.sourceId))];
      const loaded = await Promise.all(
        sourceIds.map(async (id) => {
          const source = byId.get(id);
          return [id, source ? ((await this.texts.get(source)) ?? '') : ''] as const;
        }),
      );
      const texts = new Map(loaded);
      const textOf = (c: Candidate) =>
        c.doc.field === 'note'
          ? noteText(this.library(), c.doc.key)
          : documentText(byId.get(c.doc.sourceId)!, texts.get(c.doc.sourceId) ?? '', c.doc);
      for (const hit of selectHits(query, batch, textOf, keys, await fuseClass())) {
        hits.push({
          sourceId: hit.candidate.doc.sourceId,
          sourceTitle: byId.get(hit.candidate.doc.sourceId)?.title ?? '',
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
