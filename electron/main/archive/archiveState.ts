import { randomUUID } from 'node:crypto';
import { errorWords } from '../../../shared/api/errorWords';
import { ArchiveError } from '../../../shared/api/errors';
import type { HistoryState } from '../../../shared/api/types';
import type { CommandLabel } from '../../../shared/history/commandLabels';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import type { SourceRecord } from '../../../shared/model/source';
import type { LibraryFiles } from '../library/libraryPaths';
import type { LibraryStore } from '../library/libraryStore';
import type { RowScope } from '../library/recordDatabase';
import type { LazySearch } from '../search/lazySearch';
import type { TextCache } from './textCache';
import type { UndoHistory } from './undoHistory';
import type { WriterRulesFile } from './writerRulesFile';

/** What the handlers of an open library share. */
export interface ArchiveState {
  files: LibraryFiles;
  store: LibraryStore;
  texts: TextCache;
  search: LazySearch;
  history: UndoHistory;
  /** The writer's own rules for this library (rules.json). */
  rules: WriterRulesFile;
  now: () => Date;
}

export function newId(prefix: string): string {
  return `${prefix}${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

export function findSource(state: Pick<ArchiveState, 'store'>, id: string): SourceRecord {
  // A writer's citation key ("aksin") names a source wherever its id does.
  const source =
    state.store.sourceById(id) ??
    state.store.doc.sources.find((s) => s.metadata['citation-key'] === id);
  if (!source)
    throw new ArchiveError(
      'NOT_FOUND',
      errorWords('No source with id or citation key {{id}} in this library.', { id }),
    );
  return source;
}

/** A source's text; a missing text file costs only this source, with a message that says so. */
export async function sourceText(
  state: Pick<ArchiveState, 'files' | 'texts'>,
  source: SourceRecord,
): Promise<string> {
  const text = await state.texts.get(source);
  if (text === null) {
    throw new ArchiveError(
      'LIBRARY_UNREADABLE',
      errorWords(
        'The text of “{{title}}” (texts/{{file}}) is missing from {{folder}} or does not hold what its name says. Run dossier check --repair to make it again from its original or a backup, or import the source again.',
        { title: source.title, file: `${source.textHash}.txt`, folder: state.files.dir },
      ),
    );
  }
  return text;
}

/** Runs a change as an undoable command: written at once, its reversal kept in the history. */
export async function command(
  state: Pick<ArchiveState, 'store' | 'history'>,
  label: CommandLabel,
  change: (doc: LibraryDocument) => LibraryDocument,
): Promise<{ doc: LibraryDocument; history: HistoryState }> {
  const { after, patch } = await state.store.update(change);
  state.history.record(label, patch);
  return { doc: after, history: state.history.state() };
}

/**
 * Runs a change of a few named rows (a highlight) as an undoable command: while the library's
 * records are unread, only those rows are read and written (see LibraryStore.updateWithin).
 */
export async function commandWithin(
  state: Pick<ArchiveState, 'store' | 'history'>,
  label: CommandLabel,
  scope: RowScope,
  change: (doc: LibraryDocument) => LibraryDocument,
): Promise<HistoryState> {
  const patch = await state.store.updateWithin(scope, change);
  state.history.record(label, patch);
  return state.history.state();
}
