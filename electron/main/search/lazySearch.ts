import type { SearchResults } from '../../../shared/api/types';
import type { ChangePatch } from '../../../shared/history/changePatch';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import type { Highlight } from '../../../shared/model/theme';
import type { TextCache } from '../archive/textCache';
import type { LibraryFiles } from '../library/libraryPaths';
import { SearchService, type OpenedIndex, type SearchRequest } from './searchService';

/** Whether a change may touch what the index holds: sources, or highlights with notes. */
export function touchesIndex(patch: ChangePatch): boolean {
  if (patch.sources?.size) return true;
  const noted = (h: unknown) => Boolean((h as Highlight | undefined)?.note?.trim());
  for (const change of patch.highlights?.values() ?? [])
    if (noted(change.before) || noted(change.after)) return true;
  return false;
}

/**
 * The search index, read from disk when first needed: a command that does not search (list,
 * show, cite) never pays for it. Changes made before it is read are kept and applied to it
 * then, so the stored index, made for the library as it was opened, is still used.
 */
export class LazySearch {
  private loading: Promise<OpenedIndex> | null = null;
  private loaded: SearchService | null = null;
  private pending: ChangePatch[] = [];
  constructor(
    private readonly files: LibraryFiles,
    private readonly library: () => LibraryDocument,
    private readonly texts: TextCache,
    /** The library as it was opened, which the stored index was made for; read when needed. */
    private openedAs: () => LibraryDocument,
  ) {}

  private load(): Promise<OpenedIndex> {
    this.loading ??= (async () => {
      const before = this.pending.length;
      const opened = await SearchService.open(
        this.files,
        this.library,
        this.texts,
        this.openedAs(),
        !this.readOnly,
      );
      // A rebuilt index was made from the library with the changes already in it.
      for (const patch of this.pending.slice(opened.rebuilt ? before : 0))
        opened.service.syncWithLibrary(patch);
      this.pending = [];
      this.loaded = opened.service;
      return opened;
    })();
    return this.loading;
  }

  syncWithLibrary(patch: ChangePatch): void {
    if (this.loaded) this.loaded.syncWithLibrary(patch);
    // A change the index holds nothing of (a tag without a note, a theme, a brief) is not kept
    // for it: a command that made only such changes never reads or rewrites the index.
    else if (touchesIndex(patch)) this.pending.push(patch);
  }

  async search(request: SearchRequest): Promise<SearchResults> {
    return (await this.load()).service.search(request);
  }

  /**
   * Forgets the index so the next search makes it again from the library as it is: after a
   * change to how words are folded (the writer's name aliases), which every entry depends on.
   */
  async rebuild(): Promise<void> {
    const previous = this.loading;
    this.loading = null;
    this.loaded = null;
    this.pending = [];
    const now = this.library();
    this.openedAs = () => now;
    await previous?.catch(() => undefined);
  }

  /** Whether the index had to be rebuilt (missing, stale or unreadable); reads it if need be. */
  async rebuilt(): Promise<boolean> {
    return (await this.load()).rebuilt;
  }

  /** How the index was found when read: current, rebuilt, or lacking sources it was given. */
  async condition(): Promise<{ rebuilt: boolean; completed: number }> {
    const { rebuilt, completed } = await this.load();
    return { rebuilt, completed };
  }

  /** Whether the index is left to the next session that searches, if this one never did. */
  private leftForLater = false;

  /**
   * A bulk arrival (a replica joining with the whole library) does not build the index at
   * close: the next session that searches builds it from the library, and the joining process
   * holds the library once, not with its index beside it.
   */
  leaveForNextSession(): void {
    this.leftForLater = true;
  }

  /** A reader without the lock uses the index in memory and writes none. */
  private readOnly = false;

  readOnlyFromNowOn(): void {
    this.readOnly = true;
  }

  /** Writes the index if it changed; an index never read, with changes waiting, is read first. */
  async flush(): Promise<void> {
    if (this.readOnly) return;
    if (!this.loading && this.pending.length === 0) return;
    if (!this.loading && this.leftForLater) return;
    await (await this.load()).service.flush();
  }
}
