import { mkdir } from 'node:fs/promises';
import { ArchiveError } from '../../../shared/api/errors';
import type { ArchiveApi, ArchiveHandlers } from '../../../shared/api/contract';
import { createDirectApi } from '../../../shared/api/dispatch';
import type { ImportOutcome } from '../../../shared/api/types';
import type { SourceRecord } from '../../../shared/model/source';
import { writeOnce } from '../library/blobStore';
import { acquireLibraryLock } from '../library/libraryLock';
import { libraryFiles, type LibraryFiles } from '../library/libraryPaths';
import { LibraryStore } from '../library/libraryStore';
import { baseName, prepareTextImport } from './importText';
import { SearchService } from '../search/searchService';
import { TextCache } from './textCache';
import { toDetail, toSummary } from './sourceViews';

export interface Archive {
  readonly libraryDir: string;
  readonly handlers: ArchiveHandlers;
  /** The in-process adapter over the handlers, with the same validation as IPC and HTTP. */
  readonly api: ArchiveApi;
  /** Whether opening had to rebuild the search index (missing, stale or unreadable). */
  readonly searchIndexRebuilt: boolean;
  close(): Promise<void>;
}

export interface ArchiveOptions {
  now?: () => Date;
  onInternalError?: (error: unknown) => void;
}

const DEFAULT_SEARCH_LIMIT = 50;

/** The one implementation of the contract, over a library folder. */
export async function openArchive(
  libraryDir: string,
  options: ArchiveOptions = {},
): Promise<Archive> {
  const now = options.now ?? (() => new Date());
  const files = libraryFiles(libraryDir);
  await mkdir(files.dir, { recursive: true });
  const lock = acquireLibraryLock(files.lock, files.dir);
  try {
    const store = await LibraryStore.open(files, now());
    const texts = new TextCache(files.texts);
    const { service: search, rebuilt } = await SearchService.open(
      files,
      () => store.doc.sources,
      texts,
    );
    const handlers = createHandlers({ files, store, texts, search, now });
    return {
      libraryDir: files.dir,
      handlers,
      searchIndexRebuilt: rebuilt,
      api: createDirectApi(handlers, options.onInternalError ?? defaultInternalErrorLog),
      close: async () => {
        await store.idle();
        await search.flush();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function defaultInternalErrorLog(error: unknown): void {
  console.error('[dossier] internal error:', error);
}

/** A text file that went missing (a partial sync, a stray delete) costs only its own source. */
function missingText(files: LibraryFiles, source: SourceRecord): ArchiveError {
  return new ArchiveError(
    'LIBRARY_UNREADABLE',
    `The text of "${source.title}" (texts/${source.textHash}.txt) is missing from ${files.dir}. Restore that file from a backup of the library, or import the source again.`,
  );
}

interface ArchiveState {
  files: LibraryFiles;
  store: LibraryStore;
  texts: TextCache;
  search: SearchService;
  now: () => Date;
}

function createHandlers(state: ArchiveState): ArchiveHandlers {
  const { store, texts, search } = state;
  const findSource = (id: string) => store.doc.sources.find((s) => s.id === id);

  return {
    listSources: async () => store.doc.sources.map(toSummary),

    getSource: async ({ id }) => {
      const source = findSource(id);
      if (!source) throw new ArchiveError('NOT_FOUND', `No source with id ${id} in this library.`);
      const text = await texts.get(source);
      if (text === null) throw missingText(state.files, source);
      return toDetail(source, text);
    },

    importFiles: async ({ files }) => {
      const results: ImportOutcome[] = [];
      // One file at a time, each its own write: a broken file fails alone.
      for (const file of files)
        results.push(
          await importOne(state, baseName(file.name), Buffer.from(file.dataBase64, 'base64')),
        );
      return { results };
    },

    search: async ({ query, limit, filters }) =>
      search.search({ query, limit: limit ?? DEFAULT_SEARCH_LIMIT, filters }),
  };
}

async function importOne(state: ArchiveState, name: string, bytes: Buffer): Promise<ImportOutcome> {
  const { files, store, texts, search, now } = state;
  const prepared = prepareTextImport(name, bytes);
  if (prepared.kind === 'refused') {
    return {
      file: name,
      status: 'failed',
      reason: `${name} was not imported: ${prepared.reason}.`,
    };
  }
  const existing = store.doc.sources.find((s) => s.textHash === prepared.textHash);
  if (existing)
    return { file: name, status: 'duplicate', sourceId: existing.id, title: existing.title };

  const record = prepared.record(now());
  try {
    // Content files first, the library last: a crash in between leaves only an unused file.
    await writeOnce(files.texts, `${prepared.textHash}.txt`, prepared.text);
    await writeOnce(files.originals, prepared.originalName, bytes);
    await store.update((doc) => ({ ...doc, sources: [...doc.sources, record] }));
  } catch (error) {
    return {
      file: name,
      status: 'failed',
      reason: `${name} was not imported: the library could not be written (${(error as Error).message}).`,
    };
  }
  texts.set(prepared.textHash, prepared.text);
  search.addSource(record, prepared.text);
  return { file: name, status: 'imported', source: toSummary(record) };
}
