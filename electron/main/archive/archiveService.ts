import { mkdir, stat } from 'node:fs/promises';
import type { ArchiveApi, ArchiveHandlers } from '../../../shared/api/contract';
import { createDirectApi } from '../../../shared/api/dispatch';
import { DIR_MODE } from '../library/fileModes';
import { acquireLibraryLock, tryLibraryLock, type LockOptions } from '../library/libraryLock';
import { libraryFiles, type LibraryFiles } from '../library/libraryPaths';
import { LibraryStore } from '../library/libraryStore';
import { LazySearch } from '../search/lazySearch';
import type { ArchiveState } from './archiveState';
import { briefHandlers } from '../brief/briefHandlers';
import { checkLibrary } from '../library/libraryCheck';
import { citationHandlers } from '../cite/citationHandlers';
import { keyHandlers } from '../cite/keyHandlers';
import { ChangeFeed } from './changeFeed';
import { EventHub } from './eventHub';
import { AutoExports } from '../cite/autoExports';
import { WriterRulesFile } from './writerRulesFile';
import { syncHandlers } from '../sync/syncHandlers';
import { forgetWriters } from '../sync/writersFile';
import { codebookHandlers } from '../codebook/codebookHandlers';
import { projectHandlers } from '../interchange/projectHandlers';
import { captureHandlers } from '../capture/captureHandlers';
import { collectionHandlers } from '../library/collectionHandlers';
import { sourceHandlers } from '../library/sourceHandlers';
import { importHandlers } from '../import/importHandlers';
import { taggingHandlers } from '../tagging/taggingHandlers';
import { describeHighlightChanges } from '../tagging/sourceHighlights';
import { TextCache } from './textCache';
import { UndoHistory } from './undoHistory';

export interface Archive {
  readonly libraryDir: string;
  readonly handlers: ArchiveHandlers;
  /** The in-process adapter over the handlers, with the same validation as IPC and HTTP. */
  readonly api: ArchiveApi;
  /** The library beneath the API, for main-process tools that work on it whole (sync). */
  readonly state: ArchiveState;
  /** What changed, told as it happens: the window's transports pass it on. */
  readonly events: EventHub;
  /** Whether the search index had to be rebuilt (missing, stale or unreadable); reads it. */
  searchIndexRebuilt(): Promise<boolean>;
  /**
   * Why this archive only reads, for the writer to be told (another Dossier holds the library,
   * the disk is full); null when it writes, or reads a folder that is not there yet.
   */
  readonly readOnlyWhy: string | null;
  close(): Promise<void>;
}

export interface ArchiveOptions {
  now?: () => Date;
  /** Sync a shared library continuously (the window, the browser shell), every so many ms. */
  syncEveryMs?: number;
  onInternalError?: (error: unknown) => void;
  /**
   * 'read' for a command that only reads: it takes the lock when it is free, and otherwise (another
   * Dossier writes the library, the disk is full) reads the library as it stands and writes
   * nothing. 'write' (the default) waits a few seconds for the lock, then refuses.
   */
  access?: 'read' | 'write';
  /**
   * A session copy is not taken when the newest copy in backups/ is younger than this (the CLI's
   * commands in a row); unset, each session takes one.
   */
  sessionCopyEveryMs?: number;
  /** How long a writer waits for another Dossier to close the library (the CLI's turn). */
  lockWaitMs?: number;
  /** Told when that wait begins. */
  onLockWait?: (holder: string) => void;
}

/** The one implementation of the contract, over a library folder. */
export async function openArchive(
  libraryDir: string,
  options: ArchiveOptions = {},
): Promise<Archive> {
  const now = options.now ?? (() => new Date());
  const files = libraryFiles(libraryDir);
  const taken =
    options.access === 'read'
      ? await tryReadLock(files)
      : await writeLock(files, { waitMs: options.lockWaitMs ?? 0, onWait: options.onLockWait });
  const lock = taken.lock ?? { release: () => {} };
  const readOnly = taken.lock === null;
  const readOnlyWhy = taken.lock === null ? taken.why : null;
  try {
    const store = await LibraryStore.open(files, {
      now: now(),
      readOnly,
      ...(options.sessionCopyEveryMs !== undefined
        ? { sessionCopyEveryMs: options.sessionCopyEveryMs }
        : {}),
      ...(readOnlyWhy !== null ? { readOnlyWhy } : {}),
    });
    const texts = new TextCache(files.texts);
    const events = new EventHub();
    const feed = new ChangeFeed(store, events);
    // Read before anything folds a word: the search index is stamped with the aliases.
    const rules: WriterRulesFile = new WriterRulesFile(files.rules, () => search.rebuild());
    await rules.load();
    const search: LazySearch = new LazySearch(files, store, texts, () => rules.folder);
    await search.startIfNew();
    const state: ArchiveState = {
      files,
      store,
      texts,
      search,
      history: new UndoHistory(store),
      rules,
      now,
    };
    feed.describeWith(describeHighlightChanges(state));
    const citations = citationHandlers(state);
    const autoExports = new AutoExports(state, citations.exportBibliography);
    await autoExports.load();
    const syncLoop =
      options.syncEveryMs && !readOnly
        ? new (await import('../sync/syncLoop')).SyncLoop(state, options.syncEveryMs, () =>
            events.emit({ kind: 'sync' }),
          )
        : null;
    await syncLoop?.start();
    const handlers: ArchiveHandlers = {
      ...syncHandlers(state, syncLoop),
      ...autoExports.handlers(),
      ...sourceHandlers(state),
      ...importHandlers(state),
      ...taggingHandlers(state),
      ...codebookHandlers(state),
      ...projectHandlers(state),
      ...citations,
      ...keyHandlers(state),
      ...briefHandlers(state, citations),
      ...collectionHandlers(state),
      ...captureHandlers(state),
      changesSince: async ({ after }) => feed.since(after),
      libraryHealth: async () => store.health,
      checkLibrary: async ({ repair }) => checkLibrary(state, repair, await search.condition()),
    };
    return {
      libraryDir: files.dir,
      state,
      events,
      handlers,
      searchIndexRebuilt: () => search.rebuilt(),
      readOnlyWhy,
      api: createDirectApi(handlers, options.onInternalError ?? defaultInternalErrorLog),
      close: async () => {
        await syncLoop?.stop();
        await autoExports.flush();
        await store.close();
        // Another process may take the library now, and write its writers.
        forgetWriters(files.dir);
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function writeLock(files: LibraryFiles, wait: LockOptions) {
  await mkdir(files.dir, { recursive: true, mode: DIR_MODE });
  return { lock: acquireLibraryLock(files.lock, files.dir, wait) };
}

/** A folder that does not exist yet is an empty library to a reader: nothing is made for it. */
async function tryReadLock(files: LibraryFiles) {
  const exists = await stat(files.dir).then(
    () => true,
    () => false,
  );
  return exists ? tryLibraryLock(files.lock, files.dir) : { lock: null, why: null };
}

function defaultInternalErrorLog(error: unknown): void {
  console.error('[dossier] internal error:', error);
}
