import type { SearchResults } from '../../../shared/api/types';
import type { TextCache } from '../archive/textCache';
import type { LibraryStore } from '../library/libraryStore';
import type { LibraryFiles } from '../library/libraryPaths';
import type { Folder } from '../../../shared/search/fold/folder';
import { IndexKeeper } from './indexKeeper';
import { SearchService, type SearchRequest } from './searchService';

/**
 * Search over a library: the index kept in step with every change from the moment the library
 * opens, and read (or, the first time, built) when a search first needs it: a command that does
 * not search (list, show, cite) never pays for it.
 */
export class LazySearch {
  private readonly keeper: IndexKeeper;
  private service: Promise<SearchService> | null = null;

  constructor(
    files: LibraryFiles,
    private readonly store: LibraryStore,
    private readonly texts: TextCache,
    /** How the library folds words: its rules' name aliases, read before anything is folded. */
    private readonly folder: () => Folder,
  ) {
    this.keeper = new IndexKeeper(
      store.indexUntrusted ? null : store.recordDatabase,
      {
        library: () => store.doc,
        text: (source) => texts.get(source),
        exclusive: (work) => store.exclusive(work),
        folder,
      },
      files.searchIndex,
    );
    store.writeAlongside((patch, after) => this.keeper.prepare(patch, after));
  }

  /** Gives a new library its (empty) index at once, so imports into it are indexed as made. */
  async startIfNew(): Promise<void> {
    await this.keeper.startIfEmpty(
      () => (this.store.sourceSummaries() ?? this.store.doc.sources).length === 0,
    );
  }

  private load(): Promise<SearchService> {
    this.service ??= this.keeper.index().then(
      (index) =>
        new SearchService(
          index,
          {
            library: () => this.store.doc,
            sourceById: (id) => this.store.sourceById(id),
            highlightById: (id) => this.store.highlightById(id),
          },
          this.texts,
          this.folder,
        ),
    );
    // A failed build is tried again by the next search.
    this.service.catch(() => (this.service = null));
    return this.service;
  }

  async search(request: SearchRequest): Promise<SearchResults> {
    return (await this.load()).search(request);
  }

  /** The name aliases changed: every word is folded anew, so the index is built again. */
  async rebuild(): Promise<void> {
    this.service = null;
    await this.keeper.rulesChanged();
  }

  /**
   * A bulk arrival (a replica joining with the whole library) is not indexed as it comes: the
   * next search builds the index from the library, and the joining process holds the library
   * once, not with the index's words beside it.
   */
  async leaveForNextSession(): Promise<void> {
    this.service = null;
    await this.keeper.suspend();
  }

  /** Whether this session had to build the index (the library had none); reads it if need be. */
  async rebuilt(): Promise<boolean> {
    await this.load();
    return this.keeper.rebuilt;
  }

  /** How the index was found when read: current, or built by this session. */
  async condition(): Promise<{ rebuilt: boolean }> {
    return { rebuilt: await this.rebuilt() };
  }
}
